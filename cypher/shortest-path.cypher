// shortest-path: one shortest path between two nodes, ignoring direction, over the given relationship types (null = any).
// params: $from, $to, $types
// placeholders: fromLabel, toLabel, maxLength
// returns: nodes, relationships
MATCH (a:{{fromLabel}} {id: $from}), (b:{{toLabel}} {id: $to})
MATCH p = shortestPath((a)-[*..{{maxLength}}]-(b))
WHERE $types IS NULL OR all(r IN relationships(p) WHERE type(r) IN $types)
RETURN [x IN nodes(p) | {label: labels(x)[0], properties: properties(x)}] AS nodes,
       [r IN relationships(p) | {type: type(r), properties: properties(r), from: startNode(r).id, to: endNode(r).id}] AS relationships
