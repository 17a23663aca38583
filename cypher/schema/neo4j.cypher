// Constraints and indexes of the Neo4j store. Unique ids make MERGE safe
// under concurrent loads; IF NOT EXISTS makes this file safe to run twice.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE;
CREATE INDEX country_id IF NOT EXISTS FOR (e:Country) ON (e.id);
CREATE INDEX organization_id IF NOT EXISTS FOR (e:Organization) ON (e.id);
CREATE INDEX person_id IF NOT EXISTS FOR (e:Person) ON (e.id);
CREATE INDEX weapon_system_id IF NOT EXISTS FOR (e:WeaponSystem) ON (e.id);
CREATE INDEX weapon_category_id IF NOT EXISTS FOR (e:WeaponCategory) ON (e.id);
CREATE INDEX claim_subject IF NOT EXISTS FOR (c:Claim) ON (c.subject);
CREATE INDEX claim_proposition IF NOT EXISTS FOR (c:Claim) ON (c.proposition);
CREATE INDEX weapon_origin IF NOT EXISTS FOR (w:WeaponSystem) ON (w.origin);
