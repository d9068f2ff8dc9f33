// get-nodes: nodes of one label by id, one row per id found (the caller answers null for the others).
// MATCH, not OPTIONAL MATCH: Grafeo 0.6.0 uses its id index only for MATCH (docs/grafeo.md).
// params: $ids
// placeholders: label, nodeValues
// returns: id, values
UNWIND $ids AS nodeId
MATCH (n:{{label}})
WHERE n.id = nodeId
RETURN nodeId AS id, {{nodeValues}} AS values
