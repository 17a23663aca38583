// name: weapon-categories
// question: Which claims concern this weapon or category, counting everything classed under it (Fath-360 under ballistic missile)?
// param category: entity id of a weapon category or system
// example: {"category": "ballistic-missile"}
MATCH (w:Entity)-[:IS_A*0..4]->(cat:Entity {id: $category})
MATCH (c:Claim)-[:INVOLVES|OBJECT]->(w)
RETURN DISTINCT w.id AS weapon, c.id AS claim, c.predicate AS predicate, c.subject AS subject,
       c.object AS object, c.status AS status
ORDER BY weapon, claim
