// upsert-nodes: creates or replaces nodes of one label, keyed by id; properties become exactly the row's.
// params: $rows
// placeholders: label
// returns: written
UNWIND $rows AS row
MERGE (n:{{label}} {id: row.id})
SET n = row.properties
RETURN count(n) AS written
