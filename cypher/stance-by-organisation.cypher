// stance-by-organisation: for each target, its statements counted per organisation and stance: the statements
// that count for the organisation (SPOKE_FOR: its own, its parts', and those of people in a role at either while
// the role was held). A statement that counts for two organisations counts for each.
// params: $ids
// placeholders: label
// returns: targetId, groupId, stance, count
UNWIND $ids AS targetId
MATCH (target:{{label}} {id: targetId})<-[about:ABOUT]-(statement:Statement)-[:SPOKE_FOR]->(organisation:Organisation)
RETURN targetId, organisation.id AS groupId, about.stance AS stance, count(DISTINCT statement) AS count
