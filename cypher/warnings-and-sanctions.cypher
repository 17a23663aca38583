// name: warnings-and-sanctions
// question: Who warned or threatened measures against whom, about what, and when?
// example: {}
MATCH (a:Entity)-[r:WARNS|SANCTIONS]->(target:Entity)
UNWIND r.claims AS claim_id
MATCH (c:Claim {id: claim_id})-[st:STATED_IN]->(art:Article)
OPTIONAL MATCH (c)-[:ABOUT]->(about:Claim)
RETURN a.id AS actor, type(r) AS predicate, target.id AS target, c.status AS status,
       collect(DISTINCT about.id) AS about, c.first_reported AS date, st.quote AS quote
ORDER BY date, actor, predicate
