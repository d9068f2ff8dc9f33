// upsert-relationships: creates or replaces relationships of one type between existing nodes, keyed by id.
// A row whose endpoint is missing matches nothing, so `written` falls short and the caller fails the batch.
// params: $rows
// placeholders: type, fromLabel, toLabel
// returns: written
UNWIND $rows AS row
MATCH (a:{{fromLabel}} {id: row.from})
MATCH (b:{{toLabel}} {id: row.to})
MERGE (a)-[r:{{type}} {id: row.id}]->(b)
SET r = row.properties
RETURN count(r) AS written
