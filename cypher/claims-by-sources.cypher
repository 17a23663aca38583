// name: claims-by-sources
// question: Which claims are stated by the most independent sources?
// param limit: how many claims to list
// example: {"limit": 10}
MATCH (c:Claim)
WHERE c.object IS NOT NULL
RETURN c.id AS claim, c.status AS status, c.n_sources AS n_sources,
       c.first_reported AS first_reported, c.last_reported AS last_reported
ORDER BY n_sources DESC, claim
LIMIT $limit
