// stance-by-speaker: for each target, its statements counted per speaker and stance.
// A statement's stance toward the target is said once: ABOUT's stance, or ASSERTS/DISPUTES toward a claim (model/stance-links.ts).
// params: $ids
// placeholders: label, stanceLinks, stance
// returns: targetId, groupId, stance, count
UNWIND $ids AS targetId
MATCH (target:{{label}} {id: targetId})<-[about:{{stanceLinks}}]-(statement:Statement)<-[:SAID]-(speaker)
RETURN targetId, speaker.id AS groupId, {{stance}} AS stance, count(statement) AS count
