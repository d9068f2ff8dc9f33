// search-neo4j: full-text hits in one label's index. Neo4j only: Grafeo has no full-text procedure in Cypher,
// so its adapter calls textSearch and reads the hits by internal id through its API.
// params: $index, $query, $limit
// placeholders: none
// returns: properties, score
CALL db.index.fulltext.queryNodes($index, $query, {limit: $limit}) YIELD node, score
RETURN properties(node) AS properties, score
