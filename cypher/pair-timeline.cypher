// name: pair-timeline
// question: In date order, every statement about claims between two actors (either direction).
// param a: entity id of one actor
// param b: entity id of the other actor
// example: {"a": "iran", "b": "russia"}
MATCH (c:Claim)
WHERE (c.subject = $a AND c.object = $b) OR (c.subject = $b AND c.object = $a)
MATCH (src)-[r:REPORTS|DENIES|CONFIRMS]->(c)
RETURN r.date AS date, src.id AS source, type(r) AS statement, r.stance AS stance,
       c.id AS claim, r.article AS article, r.quote AS quote
ORDER BY date, source, claim
