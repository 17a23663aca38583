// name: contested-claims
// question: Which claims are stated by some sources and denied by others, and who said what?
// A denial covers narrower claims of the same proposition: denying "ballistic
// missiles" contests a report of Fath-360 or of short-range ballistic missiles.
// example: {}
MATCH (src)-[rep:REPORTS|CONFIRMS]->(c:Claim)
WHERE rep.stance <> 'hypothetical'
MATCH (denier:Entity)-[den:DENIES]->(d:Claim)
WHERE d.predicate = c.predicate AND d.subject = c.subject AND d.object = c.object
  AND (d.weapon IS NULL OR d.weapon = c.weapon OR d.weapon IN c.weapon_categories)
RETURN c.id AS claim, c.predicate AS predicate, c.subject AS subject, c.object AS object,
       c.weapon AS weapon, src.id AS stated_by, type(rep) AS statement, rep.date AS stated_on,
       denier.id AS denied_by, den.date AS denied_on, d.id AS denied_claim, den.quote AS denial_quote
ORDER BY claim, stated_by, denied_by
