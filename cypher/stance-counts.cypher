// stance-counts: for each target, its statements counted per stance, in one round trip (stances with none are left out).
// A statement's stance toward the target is said once: ABOUT's stance, or ASSERTS/DISPUTES toward a claim (model/stance-links.ts).
// params: $ids
// placeholders: label, stanceLinks, stance
// returns: targetId, stance, count
UNWIND $ids AS targetId
MATCH (target:{{label}} {id: targetId})<-[about:{{stanceLinks}}]-(statement:Statement)
RETURN targetId, {{stance}} AS stance, count(statement) AS count
