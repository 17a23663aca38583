"""Every query of the library is documented and runs on the seed graph."""

from __future__ import annotations

from pathlib import Path

import pytest

from cypher import QUERY_DIR, library, parse_query

FILES = sorted(QUERY_DIR.glob("*.cypher"))


def test_the_library_has_at_least_twelve_queries():
    assert len(library()) >= 12


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_query_has_a_header_naming_it_its_question_and_example(path: Path):
    q = parse_query(path)
    assert path.read_text().startswith(f"// name: {path.stem}\n")
    assert q.question.endswith("?") or q.question.endswith(".")
    assert set(q.example) == set(q.params), "the example gives every parameter"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_query_runs_read_only_with_its_example_and_answers(seed_and_register_store, path: Path):
    # The seed article, and a small SIPRI register for the queries that check news against it.
    q = parse_query(path)
    rows = seed_and_register_store.run(q.text, q.example)
    assert rows, f"{q.name} answers its own example on the seed graph and the test register"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_query_takes_values_only_as_parameters(path: Path):
    text = "\n".join(line for line in path.read_text().splitlines() if not line.startswith("//"))
    assert "{{" not in text and "%s" not in text and "{0}" not in text
