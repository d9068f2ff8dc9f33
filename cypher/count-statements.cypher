// count-statements: how many statements match the filter of statements.cypher.
// params: $speakers, $organisations, $targets, $stances, $kinds, $dateFrom, $dateTo, $sources, $text
// placeholders: from
// returns: count
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
RETURN count(n) AS count
