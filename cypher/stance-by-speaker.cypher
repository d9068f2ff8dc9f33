// stance-by-speaker: for each target, its statements counted per speaker and stance.
// params: $ids
// placeholders: label
// returns: targetId, groupId, stance, count
UNWIND $ids AS targetId
MATCH (target:{{label}} {id: targetId})<-[about:ABOUT]-(statement:Statement)<-[:SAID]-(speaker)
RETURN targetId, speaker.id AS groupId, about.stance AS stance, count(statement) AS count
