// name: recipients-of
// question: What does this supplier send to whom, claim by claim, and how settled is each?
// param supplier: entity id of the supplier
// example: {"supplier": "iran"}
MATCH (c:Claim {predicate: 'SUPPLIES', subject: $supplier})-[:OBJECT]->(o:Entity)
RETURN o.id AS recipient, o.name AS recipient_name, c.weapon AS weapon, c.status AS status,
       c.n_sources AS n_sources, c.quantity AS quantity, c.in_exchange_for AS in_exchange_for,
       c.first_reported AS first_reported
ORDER BY recipient, weapon
