// relationships-of-types: relationships of some types with their endpoint ids, optionally only between nodes of some
// labels (null = any), in id order, up to a limit: a whole-graph network selection without a starting node.
// params: $types, $labels, $limit
// placeholders: none
// returns: type, relationship, from, to
MATCH (a)-[r]->(b)
WHERE type(r) IN $types AND ($labels IS NULL OR (labels(a)[0] IN $labels AND labels(b)[0] IN $labels))
RETURN type(r) AS type, properties(r) AS relationship, a.id AS from, b.id AS to
ORDER BY r.id
LIMIT $limit
