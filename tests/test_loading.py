"""Loading is idempotent and the derived edges follow every load."""

from __future__ import annotations

from graph.builder import build_graph
from graph.stores import open_store
from graph.writer import write_graph
from loaders import read_fact_files

from .conftest import ROOT, SEED_FACTS, counts, whole_graph


def load(store, *paths):
    write_graph(store, build_graph(read_fact_files(paths)))


def test_loading_the_same_facts_twice_changes_nothing(store):
    load(store, SEED_FACTS)
    first = counts(store)
    snapshot = store.run(
        "MATCH (s)-[r]->(o) RETURN s.id AS s, type(r) AS t, o.id AS o, properties(r) AS p ORDER BY s, t, o"
    )
    load(store, SEED_FACTS)
    assert counts(store) == first
    assert (
        store.run(
            "MATCH (s)-[r]->(o) RETURN s.id AS s, type(r) AS t, o.id AS o, properties(r) AS p ORDER BY s, t, o"
        )
        == snapshot
    )


def test_a_second_article_adds_sources_to_the_same_claim(store, tmp_path):
    load(store, SEED_FACTS)
    (tmp_path / "second.yaml").write_text(
        """
article: {id: second, title: Second, published: 2024-09-12, outlet: reuters}
facts:
  - {id: f1, predicate: SUPPLIES, subject: iran, object: russia, weapons: [short-range-ballistic-missile],
     stance: asserted, date: 2024-09-12, quote: "Iran delivered short-range ballistic missiles to Russia."}
""",
        encoding="utf-8",
    )
    load(store, tmp_path / "second.yaml")
    claim = store.run(
        "MATCH (c:Claim {id: 'SUPPLIES:iran>russia:short-range-ballistic-missile'}) "
        "RETURN c.n_sources AS n, c.last_reported AS last, c.status AS status"
    )
    assert claim == [{"n": 3, "last": "2024-09-12", "status": "contested"}]
    articles = store.run(
        "MATCH (:Claim {id: 'SUPPLIES:iran>russia:short-range-ballistic-missile'})-[:STATED_IN]->(a:Article) "
        "RETURN a.id AS id ORDER BY id"
    )
    assert [a["id"] for a in articles] == ["iran-denies-missiles-2024-09-10", "second"]
    edge = store.run(
        "MATCH (:Entity {id: 'iran'})-[r:SUPPLIES]->(:Entity {id: 'russia'}) RETURN r.last_reported AS last"
    )
    assert edge == [{"last": "2024-09-12"}]


def test_articles_loaded_one_by_one_give_the_same_graph_as_loaded_together(store, tmp_path):
    # The annotated articles restate, deny and confirm each other's claims, so later
    # loads merge into claims the store already has while earlier ones create them.
    # A fixed 300 of the dev set keeps the test's size from growing with it (the
    # whole set, one by one, took over six minutes at 1,073 articles).
    dev = sorted((ROOT / "data" / "dev" / "facts").glob("*.yaml"))[:300]
    documents = read_fact_files([SEED_FACTS, *dev])
    earlier: set[str] = set()
    restated = 0
    for document in documents:
        propositions = {c["proposition"] for c in build_graph([document]).claims} - {None}
        restated += len(propositions & earlier)
        earlier |= propositions
    assert restated > 5
    write_graph(store, build_graph(documents))
    with open_store("embedded", tmp_path / "one-by-one.db") as other:
        for document in documents:
            write_graph(other, build_graph([document]))
        assert whole_graph(other) == whole_graph(store)


def test_a_weapon_filed_under_another_category_later_keeps_one_category(store, tmp_path):
    # Two annotators filed the Mk-82 under different categories; loaded one by one, the later
    # document moves it, as the builder does when both are loaded together.
    for name, category in (("one", "guided-bomb"), ("two", "aerial-bomb")):
        (tmp_path / f"{name}.yaml").write_text(
            f"""
article: {{id: {name}, title: {name}, published: 2024-09-12}}
entities:
  - {{id: mk-82, type: WeaponSystem, name: Mk-82 bomb, category: {category}, origin: united-states}}
facts:
  - {{id: f1, predicate: SUPPLIES, subject: united-states, object: saudi-arabia, weapons: [mk-82],
     stance: asserted, quote: "The United States sold Mk-82 bombs to Saudi Arabia."}}
""",
            encoding="utf-8",
        )
        load(store, tmp_path / f"{name}.yaml")
    parents = store.run("MATCH (:Entity {id: 'mk-82'})-[:IS_A]->(c) RETURN c.id AS id")
    assert parents == [{"id": "aerial-bomb"}]


def test_a_weapon_filed_under_another_category_later_refiles_the_claims_made_of_it(store, tmp_path):
    # One annotator filed the VN-4 as a personnel carrier, a later one as an armoured vehicle: the
    # claim the first made of it reads the later filing, loaded one by one as loaded together.
    files = []
    for name, category, recipient in (
        ("one", "armoured-personnel-carrier", "venezuela"),
        ("two", "armoured-vehicle", "kenya"),
    ):
        path = tmp_path / f"{name}.yaml"
        path.write_text(
            f"""
article: {{id: {name}, title: {name}, published: 2024-09-12}}
entities:
  - {{id: vn-4, type: WeaponSystem, name: VN-4, category: {category}, origin: china}}
facts:
  - {{id: f1, predicate: SUPPLIES, subject: china, object: {recipient}, weapons: [vn-4],
     stance: asserted, quote: "China delivered VN-4 vehicles to {recipient}."}}
""",
            encoding="utf-8",
        )
        files.append(path)
        load(store, path)
    query = "MATCH (c:Claim {id: 'SUPPLIES:china>venezuela:vn-4'}) RETURN c.weapon_categories AS categories"
    assert store.run(query) == [{"categories": ["armoured-vehicle"]}]
    with open_store("embedded", tmp_path / "together.db") as together:
        write_graph(together, build_graph(read_fact_files(files)))
        assert whole_graph(together) == whole_graph(store)


def test_a_category_described_anew_above_a_known_weapon_reads_the_same_loaded_either_way(store, tmp_path):
    # Both documents name the P-3 Orion alike but describe its category differently: the later
    # description holds whether the two are loaded together or one by one.
    for name, alias in (("one", "surveillance planes"), ("two", "maritime surveillance aircraft")):
        (tmp_path / f"{name}.yaml").write_text(
            f"""
article: {{id: {name}, title: {name}, published: 2024-09-12}}
entities:
  - {{id: patrol-plane, type: WeaponCategory, name: patrol plane, aliases: ["{alias}"]}}
  - {{id: p-3-orion, type: WeaponSystem, name: P-3 Orion, category: patrol-plane, origin: united-states}}
facts:
  - {{id: f1, predicate: SUPPLIES, subject: united-states, object: pakistan, weapons: [p-3-orion],
     stance: asserted, quote: "The United States sold P-3 Orions to Pakistan."}}
""",
            encoding="utf-8",
        )
    load(store, tmp_path / "one.yaml", tmp_path / "two.yaml")
    with open_store("embedded", tmp_path / "one-by-one.db") as other:
        for name in ("one", "two"):
            write_graph(other, build_graph(read_fact_files([tmp_path / f"{name}.yaml"])))
        assert whole_graph(other) == whole_graph(store)
    aliases = store.run("MATCH (c:Entity {id: 'patrol-plane'}) RETURN c.aliases AS aliases")
    assert aliases == [{"aliases": ["maritime surveillance aircraft"]}]


def test_a_weapon_left_uncategorised_later_keeps_the_category_an_earlier_document_declared(store, tmp_path):
    # The first annotator filed tear gas under a category of his own; a later one declared tear gas
    # with no category and does not know that category: loaded together or one by one, the filing holds.
    for name, declared in (
        (
            "one",
            "  - {id: riot-gear, type: WeaponCategory, name: riot-control equipment}\n"
            "  - {id: tear-gas, type: WeaponSystem, name: tear gas, category: riot-gear}",
        ),
        ("two", "  - {id: tear-gas, type: WeaponSystem, name: tear gas}"),
    ):
        (tmp_path / f"{name}.yaml").write_text(
            f"""
article: {{id: {name}, title: {name}, published: 2011-02-01}}
entities:
{declared}
facts:
  - {{id: f1, predicate: SUPPLIES, subject: france, object: tunisia, weapons: [tear-gas],
     stance: asserted, quote: "France sold tear gas to Tunisia."}}
""",
            encoding="utf-8",
        )
    load(store, tmp_path / "one.yaml", tmp_path / "two.yaml")
    parents = store.run("MATCH (:Entity {id: 'tear-gas'})-[:IS_A]->(c) RETURN c.id AS id")
    assert parents == [{"id": "riot-gear"}]
    with open_store("embedded", tmp_path / "one-by-one.db") as other:
        for name in ("one", "two"):
            write_graph(other, build_graph(read_fact_files([tmp_path / f"{name}.yaml"])))
        assert whole_graph(other) == whole_graph(store)
