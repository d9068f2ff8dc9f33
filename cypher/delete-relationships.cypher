// delete-relationships: deletes relationships of one type by id, found through their endpoints.
// params: $rows
// placeholders: type, fromLabel, toLabel
// returns: deleted
UNWIND $rows AS row
MATCH (:{{fromLabel}} {id: row.from})-[r:{{type}} {id: row.id}]->(:{{toLabel}} {id: row.to})
DELETE r
RETURN count(*) AS deleted
