"""Fact files into a store: read, build, write. The one load path of the CLI and the Python API."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from graph.builder import build_graph
from graph.stores.base import GraphStore
from graph.writer import write_graph

from .factfile import find_fact_files, read_fact_files

__all__ = ["LoadSummary", "load_fact_files"]


@dataclass(frozen=True)
class LoadSummary:
    """What one load read and wrote."""

    documents: int
    facts: int
    claims: int


def load_fact_files(
    store: GraphStore,
    paths: Iterable[str | os.PathLike[str]],
    *,
    progress: Callable[[list[Path]], Iterable[Path]] = list,
) -> LoadSummary:
    """Load fact files (YAML or JSON) or folders of them into ``store``.

    Every document is checked before anything is written; loading the same
    files again changes nothing.

    Parameters
    ----------
    store : GraphStore
        Where the graph lives.
    paths : iterable of path
        Fact files, or folders searched recursively.
    progress : callable, optional
        Wraps the list of files while they are read (the CLI's progress bar).

    Raises
    ------
    FactValidationError
        Listing every problem of every file; nothing was written.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from graph.stores import open_store
    >>> store = open_store("embedded", pathlib.Path(tempfile.mkdtemp()) / "g.db")
    >>> load_fact_files(store, ["data/facts"])
    LoadSummary(documents=1, facts=34, claims=29)
    >>> store.close()
    """
    documents = read_fact_files(progress(find_fact_files(paths)))
    batch = build_graph(documents)
    write_graph(store, batch)
    return LoadSummary(
        documents=len(documents),
        facts=sum(len(d.document.facts) for d in documents),
        claims=len(batch.claims),
    )
