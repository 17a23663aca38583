"""Shared fixtures: embedded stores in temporary folders, the seed graph."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from graph.builder import build_graph
from graph.stores import EmbeddedStore, GraphStore, open_store
from graph.writer import clear_graph, write_graph
from loaders import read_fact_files

ROOT = Path(__file__).resolve().parents[1]
SEED_FACTS = ROOT / "data" / "facts"
SEED_ARTICLE = ROOT / "data" / "articles" / "iran-denies-missiles-2024-09-10.txt"
# A hand-written register in SIPRI's export format; its rows are invented.
SIPRI_REGISTER = ROOT / "tests" / "data" / "sipri-register.csv"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[EmbeddedStore]:
    """An empty embedded store of its own."""
    s = open_store("embedded", tmp_path / "graph.db")
    yield s
    s.close()


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    """An embedded store holding the seed article's graph (read-only use)."""
    s = open_store("embedded", tmp_path_factory.mktemp("seed") / "graph.db")
    write_graph(s, build_graph(read_fact_files([SEED_FACTS])))
    yield s
    s.close()


@pytest.fixture(scope="module")
def seed_and_register_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    """An embedded store holding the seed article's graph and the test register (read-only use)."""
    from loaders.sipri import read_register_document

    s = open_store("embedded", tmp_path_factory.mktemp("seed-register") / "graph.db")
    files = [*read_fact_files([SEED_FACTS]), read_register_document(SIPRI_REGISTER).file]
    write_graph(s, build_graph(files))
    yield s
    s.close()


def counts(store) -> tuple[int, int]:
    """(nodes, relationships) in the store."""
    nodes = store.run("MATCH (n) RETURN count(n) AS n")[0]["n"]
    rels = store.run("MATCH ()-[r]->() RETURN count(r) AS n")[0]["n"]
    return nodes, rels


def whole_graph(store) -> tuple[list[str], list[str]]:
    """Every node (labels, properties) and relationship (ends, type, properties), comparably."""

    def rows(query: str) -> list[str]:
        return sorted(json.dumps(row, sort_keys=True, default=str) for row in store.run(query))

    nodes = rows(
        "MATCH (n) UNWIND labels(n) AS label WITH n, label ORDER BY label "
        "RETURN collect(label) AS labels, properties(n) AS p"
    )
    rels = rows("MATCH (s)-[r]->(o) RETURN s.id AS s, type(r) AS t, o.id AS o, properties(r) AS p")
    return nodes, rels


# --- A real browser: Debian's headless Chromium, driven by Playwright ---
# No browser is downloaded: the tests use the ``chromium`` on ``PATH`` (or
# ``$ARMSGRAPH_CHROMIUM``). Without it they skip locally, and fail in CI
# (``CI`` or ``ARMSGRAPH_REQUIRE_BROWSER=1``, which ``.ci/run`` sets).

CHROMIUM = os.environ.get("ARMSGRAPH_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def _browser_required() -> bool:
    ci = os.environ.get("CI", "").lower() not in ("", "0", "false")
    return ci or os.environ.get("ARMSGRAPH_REQUIRE_BROWSER") == "1"


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    """Headless Chromium; skipped without one locally, a failure in CI."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing = "the playwright package is missing (pip install -e '.[test]')"
    else:
        missing = "" if shutil.which(CHROMIUM) else f"no Chromium at {CHROMIUM} (apt-get install chromium)"
    if missing:
        if _browser_required():
            pytest.fail(f"browser tests must run here: {missing}")
        pytest.skip(missing)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


# --- Neo4j: a real server, from NEO4J_URI or started by scripts/neo4j-server ---

NEO4J_SCRIPT = ROOT / "scripts" / "neo4j-server"


def _require_neo4j() -> bool:
    return os.environ.get("ARMSGRAPH_REQUIRE_NEO4J") == "1"


@pytest.fixture(scope="session")
def neo4j_env() -> Iterator[dict[str, str]]:
    """NEO4J_* settings of a running server; starts (and later stops) a local one if needed."""
    if os.environ.get("NEO4J_URI"):
        yield {k: v for k, v in os.environ.items() if k.startswith("NEO4J_")}
        return
    if not shutil.which("java"):
        message = "Neo4j tests need NEO4J_URI or Java 17 to start a local server (scripts/neo4j-server)"
        if _require_neo4j():
            pytest.fail(message)
        pytest.skip(message)
    # A server of this checkout's own, on a port of its own: the tests wipe its
    # database, so they must never share the developer's server or another checkout's.
    os.environ.setdefault("ARMSGRAPH_NEO4J_HOME", str(ROOT / ".armsgraph" / "neo4j-test"))
    os.environ.setdefault("ARMSGRAPH_NEO4J_BOLT_PORT", str(17000 + zlib.crc32(str(ROOT).encode()) % 2000))
    os.environ.setdefault("ARMSGRAPH_NEO4J_HTTP_PORT", "0")
    was_running = subprocess.run([NEO4J_SCRIPT, "status"], capture_output=True).returncode == 0
    started = subprocess.run([NEO4J_SCRIPT, "start"], capture_output=True, text=True)
    if started.returncode != 0:
        pytest.fail(f"scripts/neo4j-server start failed:\n{started.stderr[-2000:]}")
    env = dict(re.findall(r"^export (NEO4J_\w+)=(.*)$", started.stdout, re.M))
    env = {k: shlex.split(v)[0] for k, v in env.items()}
    yield env
    if not was_running:
        subprocess.run([NEO4J_SCRIPT, "stop"], capture_output=True)


@pytest.fixture
def neo4j_store(neo4j_env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> Iterator[GraphStore]:
    """The Neo4j store, emptied first. It wipes the database at NEO4J_URI: point tests at a test server."""
    for key, value in neo4j_env.items():
        monkeypatch.setenv(key, value)
    store = open_store("neo4j")
    clear_graph(store)
    yield store
    store.close()
