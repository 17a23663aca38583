"""py2neo (end-of-life, kept for teams with existing code) reads the graph armsgraph wrote."""

from __future__ import annotations

import pytest

from graph.builder import build_graph
from graph.writer import write_graph
from loaders import read_fact_files

from .conftest import SEED_FACTS

py2neo = pytest.importorskip("py2neo", reason="py2neo is an optional extra: pip install 'armsgraph[py2neo]'")

pytestmark = pytest.mark.neo4j


@pytest.fixture
def legacy_graph(neo4j_store, neo4j_env):
    write_graph(neo4j_store, build_graph(read_fact_files([SEED_FACTS])))
    return py2neo.Graph(neo4j_env["NEO4J_URI"], auth=(neo4j_env["NEO4J_USER"], neo4j_env["NEO4J_PASSWORD"]))


def test_py2neo_runs_cypher_against_the_graph_armsgraph_wrote(legacy_graph):
    rows = legacy_graph.run(
        "MATCH (s:Entity)-[r:SUPPLIES]->(o:Entity {id: $recipient}) RETURN s.id AS supplier, r.status AS status",
        recipient="russia",
    ).data()
    assert rows == [{"supplier": "iran", "status": "contested"}]


def test_py2neo_node_matcher_finds_entities_by_label_and_property(legacy_graph):
    matcher = py2neo.NodeMatcher(legacy_graph)
    iran = matcher.match("Country", id="iran").first()
    assert iran["iso3"] == "IRN" and {"Entity", "Country"} <= set(iran.labels)
    people = {n["id"] for n in matcher.match("Person")}
    assert people == {
        "nasser-kanani",
        "ahmad-bakhshayesh-ardestani",
        "abbas-mousa-sharifi-moasarei",
        "andriy-yermak",
    }
