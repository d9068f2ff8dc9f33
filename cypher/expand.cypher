// expand: the relationships around some nodes of one label, either direction, optionally restricted to
// relationship types and neighbour labels (null = any); one breadth-first step of a subgraph.
// params: $ids, $types, $labels, $limit
// placeholders: label
// returns: type, relationship, from, to, otherLabel, other
UNWIND $ids AS nodeId
MATCH (n:{{label}} {id: nodeId})-[r]-(m)
WHERE ($types IS NULL OR type(r) IN $types) AND ($labels IS NULL OR labels(m)[0] IN $labels)
RETURN type(r) AS type, properties(r) AS relationship, startNode(r).id AS from, endNode(r).id AS to, labels(m)[0] AS otherLabel, properties(m) AS other
LIMIT $limit
