// count-related-in: for each parent, how many neighbours over incoming relationships of one type match the filter.
// params: $ids
// placeholders: label, type, otherLabel, where
// returns: parentId, count
UNWIND $ids AS parentId
OPTIONAL MATCH (parent:{{label}} {id: parentId})<-[r:{{type}}]-(other{{otherLabel}})
WHERE {{where}}
RETURN parentId, count(other) AS count
