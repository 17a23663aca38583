"""Everything ``armsgraph load`` takes, into a store: the one load path of the CLI and the Python API.

Inputs are fact files (YAML, JSON), articles (``.txt``, ``.html``: the
extractor proposes their facts), SIPRI trade registers (named, or found by
content among the paths), or folders of them. They are read, built into one
batch, and written; every document is checked before anything is written.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from graph.builder import GraphBatch, build_graph
from graph.facts import FactFile, parse_document
from graph.stores.base import GraphStore
from graph.writer import write_graph

from .extract import ARTICLE_SUFFIXES, extract_file, to_data
from .factfile import FACT_SUFFIXES, find_fact_files, read_fact_files
from .sipri import RegisterDocument, is_trade_register, read_register_document

__all__ = ["Inputs", "LoadSummary", "load_inputs", "read_inputs", "split_articles"]

log = logging.getLogger("armsgraph")

Progress = Callable[[list[Path], str], Iterable[Path]]
"""Wraps the items of one reading stage, with a label (the CLI's progress bars)."""

_SHOWN_PROBLEMS = 20


def _as_is(items: list[Path], label: str) -> Iterable[Path]:
    return items


@dataclass(frozen=True)
class Inputs:
    """What was read: fact documents (articles' included) and SIPRI registers."""

    documents: list[FactFile]
    registers: list[RegisterDocument]

    @property
    def n_facts(self) -> int:
        """Facts of the documents (registers' deals not included)."""
        return sum(len(d.document.facts) for d in self.documents)

    def batch(self) -> GraphBatch:
        """Everything read, built into one batch; checks every reference first."""
        return build_graph([*self.documents, *(r.file for r in self.registers)])


@dataclass(frozen=True)
class LoadSummary:
    """What one load read and wrote: documents and their facts, SIPRI deals, claims."""

    documents: int
    facts: int
    claims: int
    deals: int = 0
    registers: tuple[RegisterDocument, ...] = field(default=(), repr=False)


def split_articles(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[Path], list[Path]]:
    """Articles (by suffix) apart from fact files; folders are searched for both."""
    articles: list[Path] = []
    facts: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in ARTICLE_SUFFIXES)
            articles += found
            if any(p.suffix in FACT_SUFFIXES for p in path.rglob("*")) or not found:
                facts.append(path)
        elif path.suffix in ARTICLE_SUFFIXES:
            articles.append(path)
        else:
            facts.append(path)
    return articles, facts


def read_inputs(
    paths: Sequence[str | os.PathLike[str]],
    registers: Sequence[str | os.PathLike[str]] = (),
    *,
    progress: Progress = _as_is,
) -> Inputs:
    """Read fact files, articles and SIPRI registers (``registers``, or found by content among ``paths``).

    A register row that cannot be read is logged with its line and left out.

    Raises
    ------
    FactValidationError
        Naming every problem's file, line, fact and field.
    ArticleError
        For an article that cannot be read or holds no text.
    """
    articles, fact_paths = split_articles(paths)
    found = [p for p in fact_paths if p.is_file() and p.suffix not in FACT_SUFFIXES and is_trade_register(p)]
    fact_paths = [p for p in fact_paths if p not in found]
    documents = (
        read_fact_files(progress(find_fact_files(fact_paths), "Reading fact files")) if fact_paths else []
    )
    loads = []
    for path in [*map(Path, registers), *found]:
        for register in progress([path], f"Reading the SIPRI register {path}"):
            load = read_register_document(register)
            for problem in load.skipped[:_SHOWN_PROBLEMS]:
                log.warning("%s; row left out", problem)
            if len(load.skipped) > _SHOWN_PROBLEMS:
                log.warning("%s: %d more rows left out", register, len(load.skipped) - _SHOWN_PROBLEMS)
            loads.append(load)
    documents += [
        parse_document(to_data(extract_file(a)), file=str(a))
        for a in progress(articles, "Extracting articles")
    ]
    return Inputs(documents, loads)


def load_inputs(
    store: GraphStore,
    paths: Sequence[str | os.PathLike[str]],
    registers: Sequence[str | os.PathLike[str]] = (),
    *,
    progress: Progress = _as_is,
    write_progress: Callable[[GraphBatch], AbstractContextManager[Callable[[int], None] | None]]
    | None = None,
) -> LoadSummary:
    """Read, build and write: load ``paths`` and SIPRI ``registers`` into ``store``.

    Nothing is written unless every document is valid; loading the same
    inputs again changes nothing.

    Parameters
    ----------
    store : GraphStore
        Where the graph lives.
    paths : sequence of path
        Fact files, articles, registers found by content, or folders.
    registers : sequence of path
        SIPRI trade register exports (CSV).
    progress, write_progress : callable, optional
        Hooks for progress bars while reading, and while writing a batch.

    Raises
    ------
    FactValidationError, ArticleError
        As :func:`read_inputs`; nothing was written.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from graph.stores import open_store
    >>> store = open_store("embedded", pathlib.Path(tempfile.mkdtemp()) / "g.db")
    >>> load_inputs(store, ["data/facts"])
    LoadSummary(documents=1, facts=34, claims=29, deals=0)
    >>> store.close()
    """
    inputs = read_inputs(paths, registers, progress=progress)
    batch = inputs.batch()
    with write_progress(batch) if write_progress else nullcontext(None) as update:
        write_graph(store, batch, update)
    return LoadSummary(
        documents=len(inputs.documents),
        facts=inputs.n_facts,
        claims=len(batch.claims),
        deals=sum(len(r.file.document.facts) for r in inputs.registers),
        registers=tuple(inputs.registers),
    )
