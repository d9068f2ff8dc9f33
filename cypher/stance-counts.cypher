// stance-counts: for each target, its statements counted per stance, in one round trip (stances with none are left out).
// params: $ids
// placeholders: label
// returns: targetId, stance, count
UNWIND $ids AS targetId
MATCH (target:{{label}} {id: targetId})<-[about:ABOUT]-(statement:Statement)
RETURN targetId, about.stance AS stance, count(statement) AS count
