// count: how many nodes of a label match the filter.
// params: none
// placeholders: label, where
// returns: count
MATCH (n:{{label}})
WHERE {{where}}
RETURN count(n) AS count
