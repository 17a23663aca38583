// name: training-links
// question: Who trains whom, on which weapons, and which body does the trainer belong to?
// example: {}
MATCH (t:Entity)-[r:TRAINS]->(trainee:Entity)
OPTIONAL MATCH (t)-[:MEMBER_OF|PART_OF]->(body:Entity)
RETURN t.id AS trainer, t.name AS trainer_name, collect(DISTINCT body.id) AS trainer_affiliations,
       trainee.id AS trainee, r.weapons AS weapons, r.status AS status, r.n_sources AS n_sources
ORDER BY trainer, trainee
