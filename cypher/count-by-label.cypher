// count-by-label: nodes per label (every node has exactly one label in this model).
// params: none
// placeholders: none
// returns: label, count
MATCH (n)
RETURN labels(n)[0] AS label, count(*) AS count
