// name: suppliers-of
// question: Who supplies this recipient, with which weapons, and how settled is each claim?
// param recipient: entity id of the recipient
// example: {"recipient": "russia"}
MATCH (s:Entity)-[r:SUPPLIES]->(o:Entity {id: $recipient})
RETURN s.id AS supplier, s.name AS supplier_name, r.weapons AS weapons, r.status AS status,
       r.n_sources AS n_sources, r.first_reported AS first_reported, r.last_reported AS last_reported
ORDER BY supplier
