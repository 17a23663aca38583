// name: actor-profile
// question: Everything the graph says about an actor: each claim it is part of, with quote and source.
// param actor: entity id
// example: {"actor": "irgc"}
MATCH (a:Entity {id: $actor})<-[role:SUBJECT|OBJECT|INVOLVES]-(c:Claim)-[st:STATED_IN]->(art:Article)
RETURN type(role) AS role, c.id AS claim, c.predicate AS predicate, c.subject AS subject,
       c.object AS object, c.weapon AS weapon, c.status AS status, st.stance AS stance,
       art.id AS article, st.fact_id AS fact_id, st.quote AS quote
ORDER BY claim, article, fact_id
