// name: statements-by
// question: What has this actor or source reported, denied or confirmed, in which words?
// param actor: entity id of the actor or source
// example: {"actor": "nasser-kanani"}
MATCH (a:Entity {id: $actor})-[r:REPORTS|DENIES|CONFIRMS]->(c:Claim)
RETURN type(r) AS statement, c.id AS claim, c.status AS claim_status, r.stance AS stance,
       r.date AS date, r.article AS article, r.quote AS quote
ORDER BY date, claim
