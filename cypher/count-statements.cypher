// count-statements: how many statements match the filter of statements.cypher.
// params: none
// placeholders: from, statementFilter
// returns: count
{{from}}
WHERE {{statementFilter}}
RETURN count(n) AS count
