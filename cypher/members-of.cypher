// name: members-of
// question: Who belongs to this organisation or state, directly or through its parts (up to 3 levels)?
// param body: entity id of the organisation or country
// example: {"body": "iran"}
MATCH p = (m:Entity)-[:MEMBER_OF|PART_OF*1..3]->(b:Entity {id: $body})
WITH m, min(length(p)) AS depth
OPTIONAL MATCH (m)-[r:MEMBER_OF|PART_OF]->(direct:Entity)
RETURN m.id AS member, m.name AS name, labels(m) AS labels, depth,
       collect(DISTINCT direct.id) AS directly_in
ORDER BY depth, member
