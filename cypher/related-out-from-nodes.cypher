// related-out-from-nodes: related-out for parents already bound as nodes, for the planned reads of one statement
// (src/store/neo4j/related-tree.ts): no index lookup per parent, and each neighbour comes back as a node too,
// to be the parents of the next level (at 1M statements, a lookup per parent made a tree cost Neo4j 1.74 ms of CPU, not 1.21).
// params: $parents, $limit
// placeholders: type, otherLabel, where, sortKey, direction, otherProperties, relationshipProperties
// returns: parentId, relationship, otherLabel, other, sortValue, otherNode
UNWIND $parents AS parent
CALL (parent) {
  MATCH (parent)-[r:{{type}}]->(other{{otherLabel}})
  WHERE {{where}}
  RETURN r, other, {{sortKey}} AS sortValue
  ORDER BY sortValue {{direction}}, other.id {{direction}}
  LIMIT $limit
}
RETURN parent.id AS parentId, {{relationshipProperties}} AS relationship, labels(other)[0] AS otherLabel, {{otherProperties}} AS other, sortValue, other AS otherNode
