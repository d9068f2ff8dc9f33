// shortest-path: one shortest path between two nodes, ignoring direction, over the given relationship types
// (null = any). Of several equally short paths, the one whose node ids, then relationship ids, sort first, so every
// store agrees.
// params: $from, $to, $types
// placeholders: fromLabel, toLabel, maxLength
// returns: nodes, relationships
MATCH (a:{{fromLabel}} {id: $from}), (b:{{toLabel}} {id: $to})
MATCH p = allShortestPaths((a)-[*..{{maxLength}}]-(b))
WHERE $types IS NULL OR all(r IN relationships(p) WHERE type(r) IN $types)
WITH p, reduce(key = '', x IN nodes(p) | key + x.id + '|') AS byNodes, reduce(key = '', r IN relationships(p) | key + r.id + '|') AS byRelationships
ORDER BY byNodes, byRelationships
LIMIT 1
RETURN [x IN nodes(p) | {label: labels(x)[0], properties: properties(x)}] AS nodes,
       [r IN relationships(p) | {type: type(r), properties: properties(r), from: startNode(r).id, to: endNode(r).id}] AS relationships
