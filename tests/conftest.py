"""Shared fixtures: embedded stores in temporary folders, the seed graph."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.builder import build_graph
from graph.stores import EmbeddedStore, open_store
from graph.writer import write_graph
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
