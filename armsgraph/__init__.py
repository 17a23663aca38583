"""armsgraph from Python: open a graph, load facts, ask Cypher, analyse, map.

A notebook session::

    import armsgraph
    g = armsgraph.Graph()                        # $ARMSGRAPH_DB, else .armsgraph/graph.db
    g.load("data/facts")                         # idempotent, like `armsgraph load`
    g.query("suppliers-of", recipient="russia")  # a library query, a .cypher file or Cypher text
    g.contested_claims()                         # analytics return DataFrames
    G = g.to_networkx()                          # everything, for your own networkx work
    g.show(focus="iran")                         # the network map, inline

``armsgraph.Graph(store="neo4j")`` uses the Neo4j server named by
``NEO4J_URI`` and friends instead of the embedded file. Errors are the
CLI's (:mod:`graph.errors`): a bad fact file raises ``FactValidationError``
naming file, line, fact and field; a failing query ``StoreError``.
DataFrames need the ``notebooks`` extra (``pip install 'armsgraph[notebooks]'``).

Examples
--------
>>> import tempfile, pathlib
>>> with Graph(pathlib.Path(tempfile.mkdtemp()) / "graph.db") as g:
...     g.load("data/facts")
...     g.query("MATCH (c:Country {id: $id}) RETURN c.name AS name, c.iso3 AS iso3", id="iran")
LoadSummary(documents=1, facts=34, claims=29, deals=0)
   name iso3
0  Iran  IRN
"""

from __future__ import annotations

import html
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from cypher import resolve_query
from graph import analytics
from graph.errors import NothingToDraw
from graph.export import export_graph
from graph.nxgraph import fetch_graph
from graph.render import build_map, network_html
from graph.stores import GraphStore, open_store, plain
from loaders import LoadSummary, load_inputs

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Graph", "LoadSummary", "NetworkMap"]


class Graph:
    """An armsgraph graph: the embedded file store, or Neo4j.

    Parameters
    ----------
    db : path, optional
        The embedded store's file; default ``$ARMSGRAPH_DB`` or
        ``.armsgraph/graph.db`` in the current folder.
    store : {"embedded", "neo4j"}
        Where the graph lives; Neo4j is reached through ``NEO4J_URI``,
        ``NEO4J_USER``, ``NEO4J_PASSWORD`` and ``NEO4J_DATABASE``.

    Raises
    ------
    StoreUnavailable
        If the store cannot be opened or reached.
    """

    def __init__(self, db: str | os.PathLike[str] | None = None, *, store: str = "embedded"):
        self.store: GraphStore = open_store(store, db)
        self._cache: tuple[tuple[int, int], nx.MultiDiGraph] | None = None

    def __enter__(self) -> Graph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<armsgraph.Graph {self.store.name}>"

    def close(self) -> None:
        """Release the store (the embedded server stops; the file stays)."""
        self.store.close()

    def load(
        self, *paths: str | os.PathLike[str], sipri: Sequence[str | os.PathLike[str]] = ()
    ) -> LoadSummary:
        """Load what ``armsgraph load`` takes: fact files, articles, SIPRI registers, or folders of them.

        All-or-nothing; loading the same inputs twice changes nothing.
        Articles (``.txt``, ``.html``) go through the extractor (the
        ``extract`` extra); ``sipri`` names trade register exports (CSV).

        Raises
        ------
        FactValidationError
            Naming every problem's file, line, fact and field; nothing is written.
        """
        self._cache = None
        return load_inputs(self.store, paths, sipri)

    def query(self, cypher: str, /, **params: Any) -> pd.DataFrame:
        """Run a read-only query and return its rows as a DataFrame.

        ``cypher`` is a library query's name (``suppliers-of``), a
        ``.cypher`` file or Cypher text; ``params`` are its ``$parameters``.
        Nodes and relationships become dicts of their properties plus
        ``labels`` or ``type``, as in the CLI's JSON output.

        Raises
        ------
        QueryNotFound
            For an unknown library name.
        StoreError
            If the store rejects the query (syntax, or a write).
        """
        rows = self.store.run(resolve_query(cypher), params)
        return _frame([plain(row) for row in rows])

    def to_networkx(self) -> nx.MultiDiGraph:
        """Every node (entities, claims, articles) and relationship with all properties.

        Keys are ids (articles: ``article:<id>``); see :mod:`graph.nxgraph`.
        The graph is yours to change: it is a copy.
        """
        return self._networkx().copy()

    def _networkx(self) -> nx.MultiDiGraph:
        """The store read into networkx once, and again whenever its node or relationship count changes.

        Reading a large graph takes seconds; the analytics share one reading.
        A write that only changes properties (``g.store.run(..., write=True)``)
        is seen after the next load.
        """
        stamp = (
            self.store.run("MATCH (n) RETURN count(n) AS n")[0]["n"],
            self.store.run("MATCH ()-[r]->() RETURN count(r) AS n")[0]["n"],
        )
        if self._cache is None or self._cache[0] != stamp:
            self._cache = (stamp, fetch_graph(self.store))
        return self._cache[1]

    def show(self, *, height: int = 600, **options: Any) -> NetworkMap:
        """The interactive network map, drawn inline in a notebook.

        Parameters
        ----------
        height : int
            Height of the map in pixels.
        **options
            What to draw, as for ``armsgraph render`` (:func:`graph.render.build_map`):
            ``focus`` and ``depth``, ``filters`` (a :class:`graph.render.Filters`),
            ``claims=True``, or ``query`` with ``params``.

        Raises
        ------
        UnknownEntity
            If ``focus`` names no entity of the map (it is also a ``KeyError``).
        NothingToDraw
            If nothing matches: the map would be empty.
        """
        G = build_map(self.store, **options)
        if G.number_of_nodes() == 0:
            notes = " ".join(G.graph.get("notes", []))
            raise NothingToDraw(notes or "nothing on the map: nothing matches these options")
        return NetworkMap(network_html(G), height=height)

    def importance(self, weight: analytics.Weight = "sources") -> pd.DataFrame:
        """Suppliers and recipients: weighted degree and PageRank (:func:`graph.analytics.actor_importance`).

        ``weight="tiv"`` weighs links by the SIPRI trend-indicator value delivered under them.
        """
        return _frame(analytics.actor_importance(self._networkx(), weight=weight))

    def brokers(self, network: analytics.Network = "supply") -> pd.DataFrame:
        """Betweenness on the ``supply`` or ``entities`` network (:func:`graph.analytics.brokers`)."""
        return _frame(analytics.brokers(self._networkx(), network=network))

    def communities(
        self, network: analytics.Network = "entities", *, resolution: float = 1.0
    ) -> pd.DataFrame:
        """Louvain communities (:func:`graph.analytics.communities`)."""
        G = self._networkx()
        return _frame(analytics.communities(G, network=network, resolution=resolution))

    def supply_chains(self, *, max_hops: int = 3) -> pd.DataFrame:
        """Producer → supplier(s) → user chains (:func:`graph.analytics.supply_chains`)."""
        return _frame(analytics.supply_chains(self._networkx(), max_hops=max_hops))

    def corroboration(self) -> pd.DataFrame:
        """Claims by independent sources (:func:`graph.analytics.corroboration`)."""
        return _frame(analytics.corroboration(self._networkx()))

    def contested_claims(self) -> pd.DataFrame:
        """Claims stated by some and denied by others (:func:`graph.analytics.contested_claims`)."""
        return _frame(analytics.contested_claims(self._networkx()))

    def denials(self) -> pd.DataFrame:
        """Who denies what (:func:`graph.analytics.denials`)."""
        return _frame(analytics.denials(self._networkx()))

    def timeline(self, a: str, b: str, *, members: bool = True) -> pd.DataFrame:
        """Dated statements about claims between two actors (:func:`graph.analytics.pair_timeline`)."""
        return _frame(analytics.pair_timeline(self._networkx(), a, b, members=members))

    def export(self, fmt: str, out: str | os.PathLike[str]) -> list[Path]:
        """Write the graph as ``graphml``, ``gexf``, ``json`` or ``csv`` (see :mod:`graph.export`)."""
        return export_graph(self._networkx(), fmt, out)


@dataclass(frozen=True)
class NetworkMap:
    """A network map page; notebooks show it inline in a sandboxed iframe.

    The page is self-contained (no network access), so the same output works
    in JupyterLab, the classic notebook and VS Code.
    """

    html: str
    height: int = 600

    def _repr_html_(self) -> str:
        return (
            f'<iframe srcdoc="{html.escape(self.html, quote=True)}" sandbox="allow-scripts" '
            f'style="width: 100%; height: {self.height}px; border: 1px solid #ddd;"></iframe>'
        )

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write the page to ``path`` to open it in a browser."""
        out = Path(path)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(self.html, encoding="utf-8")
        return out


def _frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    try:
        import pandas as pd
    except ImportError:
        raise ImportError(
            "armsgraph returns tables as pandas DataFrames: pip install 'armsgraph[notebooks]'"
        ) from None
    return pd.DataFrame(rows)
