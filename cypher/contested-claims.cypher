// name: contested-claims
// question: Which claims are stated by some sources and denied by others, and who said what?
// A denial covers narrower claims of the same proposition: denying "ballistic
// missiles" contests a report of Fath-360 or of short-range ballistic missiles.
// example: {}
// Denials first, then the claims they cover (by the indexed subject), then who stated
// those: scanning every statement first costs ~300 ms once the SIPRI register is loaded.
MATCH (denier:Entity)-[den:DENIES]->(d:Claim)
WITH denier, den, d
MATCH (c:Claim)
WHERE c.subject = d.subject AND c.predicate = d.predicate AND c.object = d.object
  AND (d.weapon IS NULL OR d.weapon = c.weapon OR d.weapon IN c.weapon_categories)
WITH denier, den, d, c
MATCH (src)-[rep:REPORTS|CONFIRMS]->(c)
WHERE rep.stance <> 'hypothetical'
RETURN c.id AS claim, c.predicate AS predicate, c.subject AS subject, c.object AS object,
       c.weapon AS weapon, src.id AS stated_by, type(rep) AS statement, rep.date AS stated_on,
       denier.id AS denied_by, den.date AS denied_on, d.id AS denied_claim, den.quote AS denial_quote
ORDER BY claim, stated_by, denied_by
