// stance-by-organisation: for each target, its statements counted per organisation and stance: an organisation's
// own statements and those of people who held a role at it (a person with two roles counts for both).
// params: $ids
// placeholders: label
// returns: targetId, groupId, stance, count
UNWIND $ids AS targetId
MATCH (target:{{label}} {id: targetId})<-[about:ABOUT]-(statement:Statement)<-[:SAID]-(speaker)
OPTIONAL MATCH (speaker)-[:HELD_ROLE]->(employer:Organisation)
WITH targetId, about, statement, CASE WHEN speaker:Organisation THEN speaker ELSE employer END AS organisation
WHERE organisation IS NOT NULL
RETURN targetId, organisation.id AS groupId, about.stance AS stance, count(DISTINCT statement) AS count
