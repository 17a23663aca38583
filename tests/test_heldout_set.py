"""The blind held-out set is well formed: every article annotated, every quote verbatim.

These checks read the annotations with the loader only; they never run the
extractor, so the set stays blind until the extractor is scored on it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.builder import build_graph
from loaders import read_fact_files

from .conftest import ROOT

HELDOUT = ROOT / "data" / "heldout"
ARTICLES = sorted((HELDOUT / "articles").glob("*.txt"))
FACTS = sorted((HELDOUT / "facts").glob("*.yaml"))


def test_every_heldout_article_has_one_fact_file_and_the_reverse():
    assert len(ARTICLES) >= 15
    assert [p.stem for p in ARTICLES] == [p.stem for p in FACTS]


def test_heldout_fact_files_build_into_one_graph():
    batch = build_graph(read_fact_files(FACTS))
    assert batch.claims


@pytest.mark.parametrize("path", FACTS, ids=lambda p: p.stem)
def test_heldout_quotes_are_verbatim_sentences_of_their_article(path: Path):
    (document,) = read_fact_files([path])
    doc = document.document
    assert doc.article.id == path.stem
    text = (HELDOUT / "articles" / f"{path.stem}.txt").read_text(encoding="utf-8")
    missing = [fact.id for fact in doc.facts if fact.quote not in text]
    assert not missing, f"{path.name}: quotes not found verbatim in the article: {missing}"


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_heldout_article_is_listed_with_its_source_in_the_readme(path: Path):
    readme = (HELDOUT / "README.md").read_text(encoding="utf-8")
    (document,) = read_fact_files([HELDOUT / "facts" / f"{path.stem}.yaml"])
    assert f"| {path.stem} |" in readme
    assert document.document.article.url in readme
