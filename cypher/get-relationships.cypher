// get-relationships: relationships of one type by id (found through their endpoints), one row per id found.
// MATCH, not OPTIONAL MATCH: Grafeo 0.6.0 uses its id index only for MATCH (docs/grafeo.md).
// params: $rows
// placeholders: type, fromLabel, toLabel
// returns: id, properties
UNWIND $rows AS row
MATCH (a:{{fromLabel}})
WHERE a.id = row.from
MATCH (a)-[r:{{type}}]->(b:{{toLabel}})
WHERE r.id = row.id AND b.id = row.to
RETURN row.id AS id, properties(r) AS properties
