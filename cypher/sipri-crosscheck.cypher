// name: sipri-crosscheck
// question: What does the SIPRI register record for each SUPPLIES claim of the news (same supplier and recipient, the same system or one classed under the claimed category)?
// News claims are those stated in an article that is not a dataset. A denial of a
// broader claim of the same pair ("ballistic missiles") counts against a narrower
// one (Fath-360). Records come from the latest SIPRI register loaded.
// example: {}
OPTIONAL MATCH (reg:Article {dataset: 'sipri-arms-transfers'})
WITH max(reg.id) AS register
MATCH (a:Article)<-[:STATED_IN]-(c:Claim {predicate: 'SUPPLIES'})
WHERE a.dataset IS NULL
WITH DISTINCT register, c
MATCH (s:Entity)<-[:SUBJECT]-(c)-[:OBJECT]->(o:Entity)
MATCH (s)<-[:SUBJECT]-(d:Claim {predicate: 'SUPPLIES'})-[:OBJECT]->(o)
MATCH (d)<-[st:REPORTS|CONFIRMS|DENIES]-(src)
WHERE st.dataset IS NULL
  AND (d.id = c.id OR (type(st) = 'DENIES' AND (d.weapon IS NULL OR d.weapon IN c.weapon_categories)))
WITH register, c, s, o,
     collect({statement: type(st), stance: st.stance, source: src.id,
              source_name: coalesce(src.name, src.title, src.id), date: st.date, claim: d.id,
              weapon: d.weapon}) AS statements
OPTIONAL MATCH (c)-[:INVOLVES]->(w:Entity)
OPTIONAL MATCH (s)<-[:SUBJECT]-(r:Claim {predicate: 'SUPPLIES'})-[:OBJECT]->(o)
OPTIONAL MATCH (r)<-[rec:REPORTS]-()
WHERE rec.article = register
  AND (c.weapon IS NULL OR r.weapon = c.weapon OR c.weapon IN r.weapon_categories)
WITH c, s, o, w, statements, rec, r
ORDER BY rec.order_year, rec.line
RETURN c.id AS claim, s.id AS supplier, s.name AS supplier_name, o.id AS recipient, o.name AS recipient_name,
       c.weapon AS weapon, w.name AS weapon_name, c.status AS status, statements,
       collect(CASE WHEN rec IS NULL THEN NULL ELSE
         {weapon: r.weapon, designation: rec.designation, description: rec.description,
          order_year: rec.order_year, order_year_uncertain: rec.order_year_uncertain,
          number_ordered: rec.number_ordered, number_delivered: rec.number_delivered,
          number_delivered_uncertain: rec.number_delivered_uncertain,
          delivery_years: rec.delivery_years, deal_status: rec.deal_status, comments: rec.comments,
          tiv_delivered: rec.tiv_delivered, register: rec.article, line: rec.line} END) AS sipri_records
ORDER BY claim
