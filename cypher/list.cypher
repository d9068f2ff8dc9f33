// list: one page of nodes of a label, filtered, in keyset order (sort value, then id), one row past the page to tell if there is more.
// params: $limit
// placeholders: label, where, sortKey, after, direction, nodeValues
// returns: values, sortValue
MATCH (n:{{label}})
WHERE {{where}}
WITH n, {{sortKey}} AS sortValue
WHERE {{after}}
RETURN {{nodeValues}} AS values, sortValue
ORDER BY sortValue {{direction}}, n.id {{direction}}
LIMIT $limit
