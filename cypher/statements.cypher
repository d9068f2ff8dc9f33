// statements: one page of statements filtered across their relationships (speaker, organisation, target and
// stance, kind, date overlap, source, words), in keyset order, one row past the page.
// {{from}} starts from every Statement or from candidates found through an index (fragments.ts statementsFrom);
// {{statementFilter}} holds a clause for each filter given (fragments.ts statementFilter), `true` for none.
// params: $limit
// placeholders: from, statementFilter, sortKey, after, direction, nodeValues
// returns: values, sortValue
{{from}}
WHERE {{statementFilter}}
WITH n, {{sortKey}} AS sortValue
WHERE {{after}}
RETURN {{nodeValues}} AS values, sortValue
ORDER BY sortValue {{direction}}, n.id {{direction}}
LIMIT $limit
