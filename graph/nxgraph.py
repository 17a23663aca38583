"""The whole stored graph as a networkx ``MultiDiGraph``: every node, every relationship.

Node keys are the ``id`` property: entity ids (``iran``), claim ids
(``SUPPLIES:iran>russia:fath-360``) and, for articles, ``article:<id>`` so an
article can never share a key with an entity. Node attributes are the
node's properties plus ``labels``; edge attributes are the relationship's
properties plus ``type``. Several edges may join the same two nodes (one
``REPORTS`` per article and fact), so edge keys are networkx's own integers.

This is the input of :mod:`graph.analytics` and :mod:`graph.export`.
"""

from __future__ import annotations

import networkx as nx

from .stores.base import GraphStore, Node

__all__ = ["ARTICLE_PREFIX", "fetch_graph", "node_key"]

ARTICLE_PREFIX = "article:"

# One query, so nodes and relationships come from the same state of the store.
FETCH_GRAPH = "MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN n, collect(r) AS out"


def node_key(node_id: str, labels: tuple[str, ...] | list[str]) -> str:
    """The networkx key of a stored node with this ``id`` and these labels.

    >>> node_key("iran", ["Entity", "Country"])
    'iran'
    >>> node_key("iran-denies-missiles-2024-09-10", ["Article"])
    'article:iran-denies-missiles-2024-09-10'
    """
    return ARTICLE_PREFIX + node_id if "Article" in labels else node_id


def fetch_graph(store: GraphStore) -> nx.MultiDiGraph:
    """Every node and relationship of ``store``, with all their properties.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from graph.stores import open_store
    >>> from loaders import load_inputs
    >>> store = open_store("embedded", pathlib.Path(tempfile.mkdtemp()) / "g.db")
    >>> _ = load_inputs(store, ["data/facts"])
    >>> G = fetch_graph(store)
    >>> store.close()
    >>> G.nodes["iran"]["labels"], G.nodes["iran"]["iso3"]
    (['Entity', 'Country'], 'IRN')
    >>> sorted({d["type"] for _, _, d in G.edges("iran", data=True)})
    ['SUPPLIES']
    >>> G.number_of_nodes(), G.number_of_edges()
    (60, 170)
    """
    rows = store.run(FETCH_GRAPH)
    keys = {row["n"].element_id: _key(row["n"]) for row in rows}
    G = nx.MultiDiGraph()
    for row in rows:
        node: Node = row["n"]
        G.add_node(keys[node.element_id], **node.properties, labels=list(node.labels))
    for row in rows:
        for rel in row["out"]:
            G.add_edge(keys[rel.start], keys[rel.end], **rel.properties, type=rel.type)
    return G


def _key(node: Node) -> str:
    """Nodes armsgraph did not write may lack an ``id``: key them by the store's element id."""
    node_id = node.properties.get("id")
    return node_key(node_id, node.labels) if node_id is not None else f"node:{node.element_id}"
