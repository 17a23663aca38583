// Indexes of the embedded store (FalkorDB syntax). MERGE on these ids is
// what every load does, so without them loads crawl. FalkorDB reports an
// existing index as an error, which the store treats as "already there".
CREATE INDEX FOR (e:Entity) ON (e.id);
CREATE INDEX FOR (e:Country) ON (e.id);
CREATE INDEX FOR (e:Organization) ON (e.id);
CREATE INDEX FOR (e:Person) ON (e.id);
CREATE INDEX FOR (e:WeaponSystem) ON (e.id);
CREATE INDEX FOR (e:WeaponCategory) ON (e.id);
CREATE INDEX FOR (a:Article) ON (a.id);
CREATE INDEX FOR (c:Claim) ON (c.id);
CREATE INDEX FOR (c:Claim) ON (c.subject);
CREATE INDEX FOR (c:Claim) ON (c.proposition);
CREATE INDEX FOR (w:WeaponSystem) ON (w.origin);
