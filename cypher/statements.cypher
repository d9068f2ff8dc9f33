// statements: one page of statements filtered across their relationships (speaker, organisation, target and
// stance, kind, date overlap, source, words), in keyset order, one row past the page. A null filter means any.
// {{from}} starts from every Statement or from candidates found through an index (fragments.ts statementsFrom).
// Every EXISTS pattern starts from `n`: Grafeo 0.6.0 does not start a subquery from its bound variable
// otherwise, and `(speaker)-[:SAID]->(n)` scanned every node for every statement (docs/grafeo.md).
// params: $speakers, $organisations, $targets, $stances, $kinds, $dateFrom, $dateTo, $sources, $text, $limit
// placeholders: from, sortKey, after, direction
// returns: properties, sortValue
{{from}}
WHERE ($kinds IS NULL OR n.kind IN $kinds)
  AND ($dateFrom IS NULL OR n.dateTo >= $dateFrom)
  AND ($dateTo IS NULL OR n.dateFrom <= $dateTo)
  AND ($text IS NULL OR toLower(n.text) CONTAINS toLower($text))
  AND ($speakers IS NULL OR EXISTS { MATCH (n)<-[:SAID]-(speaker) WHERE speaker.id IN $speakers })
  AND ($organisations IS NULL OR EXISTS {
    MATCH (n)<-[:SAID]-(speaker)
    WHERE speaker.id IN $organisations OR EXISTS { MATCH (speaker)-[:HELD_ROLE]->(org) WHERE org.id IN $organisations }
  })
  AND ($targets IS NULL OR EXISTS { MATCH (n)-[about:ABOUT]->(target) WHERE target.id IN $targets AND ($stances IS NULL OR about.stance IN $stances) })
  AND ($stances IS NULL OR EXISTS { MATCH (n)-[about:ABOUT]->() WHERE about.stance IN $stances })
  AND ($sources IS NULL OR EXISTS { MATCH (n)-[:SOURCED_FROM]->(source) WHERE source.id IN $sources })
WITH n, {{sortKey}} AS sortValue
WHERE {{after}}
RETURN properties(n) AS properties, sortValue
ORDER BY sortValue {{direction}}, n.id {{direction}}
LIMIT $limit
