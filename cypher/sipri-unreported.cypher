// name: sipri-unreported
// question: Which big deals in the SIPRI register does the loaded news never mention?
// A news claim mentions a deal when it is about the same supplier and recipient and
// names no weapon, the deal's system, or a class above it. "Big": the SIPRI TIV
// (millions) of the order or of its deliveries. Deals of the latest register loaded.
// param min_tiv: smallest SIPRI TIV (millions) of the order or of its deliveries
// param since: earliest year of order
// param limit: how many deals to list, biggest first
// example: {"min_tiv": 100, "since": 2014, "limit": 20}
OPTIONAL MATCH (reg:Article {dataset: 'sipri-arms-transfers'})
WITH max(reg.id) AS register
OPTIONAL MATCH (a:Article)<-[:STATED_IN]-(n:Claim {predicate: 'SUPPLIES'})
WHERE a.dataset IS NULL
WITH register,
     collect(DISTINCT CASE WHEN n IS NULL THEN NULL ELSE {subject: n.subject, object: n.object, weapon: n.weapon} END) AS news
// A claim with a deal ordered since $since was last stated in or after that year: a cheap
// filter on claims before the deals' own edges are read.
MATCH (r:Claim {predicate: 'SUPPLIES'})
WHERE r.last_reported >= toString($since)
MATCH (r)<-[rec:REPORTS]-()
WHERE rec.article = register AND rec.order_year >= $since
  AND (coalesce(rec.tiv_order, 0) >= $min_tiv OR coalesce(rec.tiv_delivered, 0) >= $min_tiv)
  AND none(x IN news WHERE x.subject = r.subject AND x.object = r.object
           AND (x.weapon IS NULL OR x.weapon = r.weapon OR x.weapon IN r.weapon_categories))
MATCH (s:Entity)<-[:SUBJECT]-(r)-[:OBJECT]->(o:Entity)
WITH s, o, r, rec,
     CASE WHEN coalesce(rec.tiv_order, 0) > coalesce(rec.tiv_delivered, 0) THEN rec.tiv_order ELSE rec.tiv_delivered END AS tiv
RETURN s.id AS supplier, s.name AS supplier_name, o.id AS recipient, o.name AS recipient_name,
       r.weapon AS weapon, rec.designation AS designation, rec.description AS description,
       rec.order_year AS order_year, rec.number_ordered AS number_ordered,
       rec.number_delivered AS number_delivered, rec.delivery_years AS delivery_years,
       rec.tiv_order AS tiv_order, rec.tiv_delivered AS tiv_delivered, tiv, r.id AS claim
ORDER BY tiv DESC, supplier, recipient, designation, order_year
LIMIT $limit
