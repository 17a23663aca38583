// name: paths-between
// question: How are two actors connected through supplies, training, membership and the like (up to 3 steps, either direction)?
// param source: entity id of one end
// param target: entity id of the other end
// example: {"source": "abbas-mousa-sharifi-moasarei", "target": "russia"}
MATCH p = (a:Entity {id: $source})-[:SUPPLIES|TRAINS|USES|PRODUCES|DEPLOYS|WARNS|SANCTIONS|MEMBER_OF|PART_OF*1..3]-(b:Entity {id: $target})
RETURN [n IN nodes(p) | n.id] AS path, [r IN relationships(p) | type(r)] AS steps, length(p) AS hops
ORDER BY hops, path
