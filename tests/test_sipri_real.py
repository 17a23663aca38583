"""The real SIPRI trade register, when ``ARMSGRAPH_SIPRI_CSV`` points at an export of it.

SIPRI's terms do not allow the register to be republished, so it is not in
the repository; ``.ci/run`` points the variable at the shared copy. Without
it these tests are skipped.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.builder import build_graph
from graph.crosscheck import check_claims
from graph.stores import EmbeddedStore, open_store
from graph.writer import write_graph
from loaders import read_fact_files
from loaders.sipri import RegisterDocument, read_register_document

from .conftest import SEED_FACTS

REGISTER = os.environ.get("ARMSGRAPH_SIPRI_CSV")
pytestmark = pytest.mark.skipif(
    not REGISTER, reason="set ARMSGRAPH_SIPRI_CSV to a SIPRI trade register export"
)


@pytest.fixture(scope="module")
def document() -> RegisterDocument:
    return read_register_document(Path(REGISTER or ""))


@pytest.fixture(scope="module")
def full_store(document, tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    """The seed article's graph and the whole register in one embedded store."""
    store = open_store("embedded", tmp_path_factory.mktemp("sipri-full") / "graph.db")
    write_graph(store, build_graph([*read_fact_files([SEED_FACTS]), document.file]))
    yield store
    store.close()


def test_every_row_of_the_real_register_becomes_a_claim(document):
    assert document.skipped == []
    assert len(document.file.document.facts) == document.register.rows > 25_000


def test_every_name_in_the_real_register_resolves(document):
    assert document.resolution.unresolved == {}
    assert document.resolution.unknown_descriptions == set()


def test_the_graph_holds_one_claim_per_proposition_of_the_register(document, full_store):
    [row] = full_store.run(
        "MATCH (:Entity {id: 'sipri'})-[r:REPORTS]->(c:Claim) RETURN count(r) AS deals, count(DISTINCT c) AS claims"
    )
    assert row == {"deals": document.register.rows, "claims": document.n_claims}


def test_iran_supplies_russia_drones_and_missiles_as_distinct_systems(full_store):
    rows = full_store.run(
        "MATCH (:Entity {id: 'sipri'})-[r:REPORTS]->(c:Claim {predicate: 'SUPPLIES', subject: 'iran', object: 'russia'}) "
        "RETURN DISTINCT c.weapon AS weapon"
    )
    assert {"shahed-131", "shahed-136", "fath-360"} <= {r["weapon"] for r in rows}


def test_historic_states_carry_their_deals(full_store):
    [row] = full_store.run(
        "MATCH (s:Country {id: 'soviet-union'})-[r:SUPPLIES]->(:Entity) RETURN s.iso3 AS iso3, count(r) AS recipients"
    )
    assert row["iso3"] == "SUN" and row["recipients"] > 50


def test_the_news_claim_of_short_range_ballistic_missiles_meets_sipris_fath_360(full_store):
    checks = {row["claim"]: row for row in check_claims(full_store)}
    records = checks["SUPPLIES:iran>russia:short-range-ballistic-missile"]["sipri_records"]
    assert [r["designation"] for r in records] == ["Fath-360"]
    assert records[0]["number_delivered"] > 0 and records[0]["delivery_years"]
