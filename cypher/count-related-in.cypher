// count-related-in: for each parent, how many neighbours over incoming relationships of one type match the filter
// (parents that do not exist are left out; the caller answers 0). A COUNT subquery per parent, not OPTIONAL MATCH,
// which Grafeo 0.6.0 cannot serve from its id index (docs/grafeo.md).
// params: $ids
// placeholders: label, type, otherLabel, where
// returns: parentId, count
UNWIND $ids AS parentId
MATCH (parent:{{label}})
WHERE parent.id = parentId
RETURN parentId, COUNT { MATCH (parent)<-[r:{{type}}]-(other{{otherLabel}}) WHERE {{where}} } AS count
