// count-by-relationship-type: relationships per type.
// params: none
// placeholders: none
// returns: type, count
MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS count
