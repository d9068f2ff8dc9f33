// search-neo4j: full-text hits in one label's index. Neo4j only: Grafeo has no full-text procedure in Cypher,
// so its adapter calls textSearch and reads the hits by internal id through its API.
// params: $index, $query, $limit
// placeholders: nodeValues
// returns: values, score
CALL db.index.fulltext.queryNodes($index, $query, {limit: $limit}) YIELD node AS n, score
RETURN {{nodeValues}} AS values, score
