// get-relationships: relationships of one type by id (with their endpoints), properties null for an unknown id.
// params: $rows
// placeholders: type, fromLabel, toLabel
// returns: id, properties
UNWIND $rows AS row
OPTIONAL MATCH (:{{fromLabel}} {id: row.from})-[r:{{type}} {id: row.id}]->(:{{toLabel}} {id: row.to})
RETURN row.id AS id, properties(r) AS properties
