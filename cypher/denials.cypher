// name: denials
// question: Every denial: who denied which claim, when, in which words, and who had stated it.
// example: {}
MATCH (denier:Entity)-[den:DENIES]->(c:Claim)
OPTIONAL MATCH (src)-[rep:REPORTS|CONFIRMS]->(c)
WITH denier, den, c, collect(DISTINCT src.id) AS stated_by
RETURN denier.id AS denier, denier.name AS denier_name, c.id AS claim, c.status AS claim_status,
       den.date AS date, den.quote AS quote, stated_by
ORDER BY date, denier, claim
