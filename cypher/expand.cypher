// expand: the relationships around some nodes of one label, either direction, optionally restricted to
// relationship types and neighbour labels (null = any); one breadth-first step of a subgraph. The neighbour
// comes as its id alone: in a dense network the same few nodes end thousands of rows, so the caller reads
// the properties of each new neighbour once (get-nodes) instead of once per row.
// params: $ids, $types, $labels, $limit
// placeholders: label
// returns: type, relationship, from, to, otherId
UNWIND $ids AS nodeId
MATCH (n:{{label}} {id: nodeId})-[r]-(m)
WHERE ($types IS NULL OR type(r) IN $types) AND ($labels IS NULL OR labels(m)[0] IN $labels)
RETURN type(r) AS type, properties(r) AS relationship, startNode(r).id AS from, endNode(r).id AS to, m.id AS otherId
LIMIT $limit
