"""Loading is idempotent and the derived edges follow every load."""

from __future__ import annotations

from graph.builder import build_graph
from graph.writer import write_graph
from loaders import read_fact_files

from .conftest import SEED_FACTS, counts


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
