// stance-by-organisation: for each target, its statements counted per organisation and stance: the statements
// A statement's stance toward the target is said once: ABOUT's stance, or ASSERTS/DISPUTES toward a claim (model/stance-links.ts).
// that count for the organisation (SPOKE_FOR: its own, its parts', and those of people in a role at either while
// the role was held). A statement that counts for two organisations counts for each.
// params: $ids
// placeholders: label, stanceLinks, stance
// returns: targetId, groupId, stance, count
UNWIND $ids AS targetId
MATCH (target:{{label}} {id: targetId})<-[about:{{stanceLinks}}]-(statement:Statement)-[:SPOKE_FOR]->(organisation:Organisation)
RETURN targetId, organisation.id AS groupId, {{stance}} AS stance, count(DISTINCT statement) AS count
