// rank-out: nodes of a label ordered by how many neighbours they have over outgoing relationships of one type
// (e.g. the most-quoted people: SAID), in keyset order on (count, id), one row past the page.
// params: $limit
// placeholders: label, where, type, otherLabel, relatedWhere, after, direction, nodeValues
// returns: values, sortValue
MATCH (n:{{label}})
WHERE {{where}}
OPTIONAL MATCH (n)-[r:{{type}}]->(other{{otherLabel}})
WHERE {{relatedWhere}}
WITH n, count(other) AS sortValue
WHERE {{after}}
RETURN {{nodeValues}} AS values, sortValue
ORDER BY sortValue {{direction}}, n.id {{direction}}
LIMIT $limit
