"""Neo4j: a real server holds the same graph and answers every query with the same rows."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from armsgraph.cli import cli
from cypher import library
from graph.builder import build_graph
from graph.errors import StoreError, StoreUnavailable
from graph.stores import open_store
from graph.stores.neo4j import Neo4jStore
from graph.writer import write_graph
from loaders import read_fact_files
from loaders.synthetic import synthetic_documents

from .conftest import NEO4J_SCRIPT, SEED_FACTS, counts, whole_graph

pytestmark = pytest.mark.neo4j

ORDERED_COLUMNS = {"path", "steps"}  # lists whose order is meaningful; other lists are sets


def normalised(rows: list[dict]) -> list[str]:
    """Rows as comparable strings: numbers unified, unordered lists sorted, row order ignored."""

    def norm(key: str, value):
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if isinstance(value, dict):
            return {k: norm(k, v) for k, v in value.items()}
        if isinstance(value, list):
            items = [norm(key, v) for v in value]
            return (
                items
                if key in ORDERED_COLUMNS
                else sorted(items, key=lambda item: json.dumps(item, sort_keys=True))
            )
        return value

    return sorted(json.dumps({k: norm(k, v) for k, v in row.items()}, sort_keys=True) for row in rows)


def snapshot(store) -> list[str]:
    """Every relationship with its endpoints and properties: the whole graph, comparably."""
    rows = store.run(
        "MATCH (s)-[r]->(o) RETURN coalesce(s.id, '') AS s, type(r) AS t, coalesce(o.id, '') AS o, properties(r) AS p"
    )
    return normalised(rows)


def normalised_graph(store) -> tuple[list[str], list[str]]:
    nodes, rels = whole_graph(store)
    return normalised([json.loads(n) for n in nodes]), normalised([json.loads(r) for r in rels])


def load(store, documents) -> None:
    write_graph(store, build_graph(documents))


def assert_same_answers(embedded, neo4j) -> None:
    assert counts(neo4j) == counts(embedded)
    assert snapshot(neo4j) == snapshot(embedded)
    for name, query in library().items():
        assert normalised(neo4j.run(query.text, query.example)) == normalised(
            embedded.run(query.text, query.example)
        ), name


def test_seed_graph_is_the_same_in_neo4j_and_embedded(neo4j_store, seed_store):
    load(neo4j_store, read_fact_files([SEED_FACTS]))
    assert_same_answers(seed_store, neo4j_store)


def test_a_larger_generated_graph_gives_the_same_rows_in_both_stores(neo4j_store, store):
    documents = synthetic_documents(3000, seed=7)
    load(store, documents)
    load(neo4j_store, documents)
    assert counts(store)[0] > 500
    assert_same_answers(store, neo4j_store)


def test_a_load_split_over_many_transactions_gives_the_graph_of_one(neo4j_store, store, monkeypatch):
    documents = synthetic_documents(1200, facts_per_document=400, seed=3)
    load(store, documents)
    monkeypatch.setattr(neo4j_store, "transaction_rows", 500)
    load(neo4j_store, documents[:1])  # the rest then merges into claims the server has
    load(neo4j_store, documents)
    assert normalised_graph(neo4j_store) == normalised_graph(store)


def test_loading_twice_into_neo4j_changes_nothing(neo4j_store):
    load(neo4j_store, read_fact_files([SEED_FACTS]))
    first, graph = counts(neo4j_store), snapshot(neo4j_store)
    load(neo4j_store, read_fact_files([SEED_FACTS]))
    assert counts(neo4j_store) == first and snapshot(neo4j_store) == graph


def test_schema_creation_runs_twice(neo4j_store):
    neo4j_store.ensure_schema()
    neo4j_store.ensure_schema()
    names = {r["name"] for r in neo4j_store.run("SHOW CONSTRAINTS YIELD name RETURN name")}
    assert {"entity_id", "article_id", "claim_id"} <= names


def test_reads_cannot_write_without_the_flag(neo4j_store):
    with pytest.raises(StoreError, match="--write"):
        neo4j_store.run("CREATE (:Note)")
    assert neo4j_store.run("MATCH (n:Note) RETURN count(n) AS n") == [{"n": 0}]


def test_a_syntax_error_shows_the_servers_message(neo4j_store):
    with pytest.raises(StoreError, match=r"^neo4j: Invalid input 'RETURN'"):
        neo4j_store.run("MATCH (n RETURN n")


def test_a_failed_write_leaves_nothing_behind(neo4j_store):
    load(neo4j_store, read_fact_files([SEED_FACTS]))
    before = snapshot(neo4j_store)

    def half_then_fail(run):
        run("CREATE (:Stray {id: 'x'})", {})
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        neo4j_store.atomic(half_then_fail)
    assert snapshot(neo4j_store) == before


def test_wrong_password_is_one_line_naming_the_uri_not_the_password(neo4j_env):
    secret = "not-the-password-123"
    started = time.monotonic()
    with pytest.raises(StoreUnavailable) as err:
        Neo4jStore(neo4j_env["NEO4J_URI"], "neo4j", secret)
    assert time.monotonic() - started < 10
    message = str(err.value)
    assert neo4j_env["NEO4J_URI"] in message and "credentials" in message
    assert secret not in message and "\n" not in message


def test_unreachable_host_fails_within_seconds():
    started = time.monotonic()
    with pytest.raises(StoreUnavailable, match=r"cannot reach Neo4j at bolt://127\.0\.0\.1:1"):
        Neo4jStore("bolt://127.0.0.1:1", "neo4j", "secret-password")
    assert time.monotonic() - started < 10


def test_wrong_database_name_is_named(neo4j_env):
    with pytest.raises(StoreUnavailable, match="no such database"):
        Neo4jStore(neo4j_env["NEO4J_URI"], neo4j_env["NEO4J_USER"], neo4j_env["NEO4J_PASSWORD"], "nosuchdb")


def test_cli_works_on_the_neo4j_store(neo4j_store, tmp_path):
    runner = CliRunner()
    loaded = runner.invoke(cli, ["--store", "neo4j", "load", str(SEED_FACTS)])
    assert loaded.exit_code == 0, loaded.output
    out = runner.invoke(
        cli, ["--store", "neo4j", "query", "suppliers-of", "-p", "recipient=russia", "--format", "json"]
    )
    assert json.loads(out.output)[0]["status"] == "contested"
    assert "nodes: 60  relationships: 170" in runner.invoke(cli, ["--store", "neo4j", "stats"]).output
    page = tmp_path / "map.html"
    assert runner.invoke(cli, ["--store", "neo4j", "render", "--out", str(page)]).exit_code == 0
    guarded = runner.invoke(cli, ["--store", "neo4j", "query", "CREATE (:Note)"])
    assert guarded.exit_code == 1 and "--write" in guarded.output


def test_a_load_killed_with_the_server_is_completed_by_loading_again(neo4j_store, neo4j_env, store):
    """Kill Neo4j mid-load, restart it, load again: the graph equals a clean load."""
    if "ARMSGRAPH_NEO4J_HOME" not in os.environ:
        pytest.skip("the server at NEO4J_URI was not started by the tests; not killing it")
    documents = synthetic_documents(8000, facts_per_document=8000, seed=11)
    batch = build_graph(documents)
    load(store, documents)  # the clean load to compare with

    failure: list[BaseException] = []

    def doomed_load():
        try:
            write_graph(neo4j_store, batch)
        except BaseException as exc:  # the server dies under it
            failure.append(exc)

    loader = threading.Thread(target=doomed_load)
    loader.start()
    _wait_for_load_in_progress(neo4j_store, loader)
    os.kill(_server_pid(), signal.SIGKILL)
    loader.join(timeout=120)
    assert failure, "the load should have failed when the server died"
    restarted = subprocess.run([NEO4J_SCRIPT, "start"], capture_output=True, text=True)
    assert restarted.returncode == 0, restarted.stderr[-2000:]

    with open_store("neo4j") as again:
        write_graph(again, batch)
        assert counts(again) == counts(store)
        assert snapshot(again) == snapshot(store)


def _wait_for_load_in_progress(store, loader: threading.Thread) -> None:
    """Return once the server is running one of the writer's UNWIND batches."""
    deadline = time.monotonic() + 60
    while loader.is_alive() and time.monotonic() < deadline:
        running = store.run(
            "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'UNWIND $rows' RETURN count(*) AS n"
        )
        if running[0]["n"]:
            return
        time.sleep(0.05)
    pytest.fail("never saw the load running on the server")


def _server_pid() -> int:
    home = Path(os.environ["ARMSGRAPH_NEO4J_HOME"])
    return int((home / "run" / "neo4j-server.pid").read_text().strip())


def test_networkx_view_and_analytics_are_the_same_from_neo4j(neo4j_store, seed_store):
    from graph.analytics import actor_importance, contested_claims, supply_chains
    from graph.nxgraph import fetch_graph

    load(neo4j_store, read_fact_files([SEED_FACTS]))
    from_neo4j, from_embedded = fetch_graph(neo4j_store), fetch_graph(seed_store)

    def edges(G):
        return sorted((s, o, d["type"]) for s, o, d in G.edges(data=True))

    assert sorted(from_neo4j.nodes) == sorted(from_embedded.nodes)
    assert edges(from_neo4j) == edges(from_embedded)
    for analytic in (actor_importance, contested_claims, supply_chains):
        assert normalised(_rows(analytic(from_neo4j))) == normalised(_rows(analytic(from_embedded))), analytic


def _rows(result) -> list[dict]:
    """An analytic's result as a list of rows, whether a DataFrame or a list of dicts."""
    return result.to_dict("records") if hasattr(result, "to_dict") else list(result)
