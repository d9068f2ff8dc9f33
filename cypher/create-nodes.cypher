// create-nodes: creates nodes of one label that the caller knows are new (a bulk load into an empty store).
// Each row is the node's stored properties, id included. For new ids the result is exactly upsert-nodes',
// without its lookup; an id that exists after all breaks the label's uniqueness constraint and fails the batch.
// params: $rows
// placeholders: label
// returns: written
UNWIND $rows AS row
CREATE (n:{{label}})
SET n = row
RETURN count(n) AS written
