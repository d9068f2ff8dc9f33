// delete-nodes: detach-deletes nodes of one label by id; unknown ids are ignored.
// params: $ids
// placeholders: label
// returns: deleted
UNWIND $ids AS nodeId
MATCH (n:{{label}} {id: nodeId})
DETACH DELETE n
RETURN count(*) AS deleted
