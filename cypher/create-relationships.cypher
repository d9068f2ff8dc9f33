// create-relationships: creates relationships of one type, between existing nodes, that the caller knows are new
// (a bulk load into an empty store). For new ids the result is exactly upsert-relationships', without MERGE's
// search through the endpoints' relationships (every one of them on a node with thousands).
// A row whose endpoint is missing matches nothing, so `written` falls short and the caller fails the batch.
// params: $rows
// placeholders: type, fromLabel, toLabel
// returns: written
UNWIND $rows AS row
MATCH (a:{{fromLabel}} {id: row.from})
MATCH (b:{{toLabel}} {id: row.to})
CREATE (a)-[r:{{type}}]->(b)
SET r = row.properties
RETURN count(r) AS written
