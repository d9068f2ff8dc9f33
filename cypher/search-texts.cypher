// search-texts: the indexed words of up to $limit nodes of one label, in no set order. The search vocabulary
// is built from these: one statement per label that reads one short property, not pages of whole records.
// params: $limit
// placeholders: label
// returns: text
MATCH (n:{{label}})
WHERE n.searchText IS NOT NULL
RETURN n.searchText AS text
LIMIT $limit
