// name: weapons-of-origin
// question: Which weapons of this origin appear in the graph, and who is said to use, receive or deploy them?
// param origin: entity id of the producing country
// example: {"origin": "iran"}
MATCH (w:Entity {origin: $origin})
WHERE w:WeaponSystem OR w:WeaponCategory
OPTIONAL MATCH (c:Claim)-[:INVOLVES|OBJECT]->(w)
WHERE c.predicate IN ['USES', 'SUPPLIES', 'DEPLOYS', 'TRAINS']
RETURN w.id AS weapon, w.name AS name, labels(w) AS labels,
       collect(DISTINCT CASE c.predicate WHEN 'SUPPLIES' THEN c.object WHEN 'TRAINS' THEN c.object ELSE c.subject END) AS users,
       collect(DISTINCT c.predicate) AS predicates
ORDER BY weapon
