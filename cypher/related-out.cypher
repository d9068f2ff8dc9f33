// related-out: for each parent, its neighbours over outgoing relationships of one type, filtered, ordered and limited per parent.
// params: $ids, $limit
// placeholders: label, type, otherLabel, where, sortKey, direction, otherProperties, relationshipProperties
// (relationship and other are lists of property values, in the order of the keys the caller names)
// returns: parentId, relationship, otherLabel, other, sortValue
UNWIND $ids AS parentId
MATCH (parent:{{label}} {id: parentId})
CALL (parent) {
  MATCH (parent)-[r:{{type}}]->(other{{otherLabel}})
  WHERE {{where}}
  RETURN r, other, {{sortKey}} AS sortValue
  ORDER BY sortValue {{direction}}, other.id {{direction}}
  LIMIT $limit
}
RETURN parentId, {{relationshipProperties}} AS relationship, labels(other)[0] AS otherLabel, {{otherProperties}} AS other, sortValue
