// get-nodes: nodes of one label by id, one row per id, properties null for an unknown id.
// params: $ids
// placeholders: label
// returns: id, properties
UNWIND $ids AS nodeId
OPTIONAL MATCH (n:{{label}} {id: nodeId})
RETURN nodeId AS id, properties(n) AS properties
