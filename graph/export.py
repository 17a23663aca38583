"""The whole graph as files other tools read: GraphML, GEXF, node-link JSON, neo4j-admin CSV.

- ``graphml``: Cytoscape, Gephi, yEd, ``networkx.read_graphml``.
- ``gexf``: Gephi's own format, ``networkx.read_gexf``.
- ``json``: networkx node-link JSON, lists kept as lists; node keys are under
  ``key`` (``id`` is the property), so read it back with
  ``networkx.node_link_graph(data, edges="edges", name="key")``.
- ``csv``: a folder of CSV files in the layout ``neo4j-admin database import``
  reads, for bulk-loading a large graph into a fresh Neo4j: one
  ``nodes-<Label>.csv`` per node label with ``:ID``, typed property columns
  (``name:type``) and ``:LABEL``; one ``relationships-<TYPE>.csv`` per
  relationship type with ``:START_ID``, ``:END_ID``, ``:TYPE`` and typed
  properties. Lists are ``;``-separated arrays (``aliases:string[]``).

GraphML and GEXF carry no lists: lists are written ``;``-joined, as in the
CSV files, and an attribute holding values of several types (``quantity``:
``hundreds`` or ``2000``) is written as text. Both also get a display
``label`` (the name, title or id). In GEXF, a node's id is its networkx key
and an edge's type is its ``label`` (GEXF reserves ``type``).

Examples
--------
>>> import networkx as nx, tempfile, pathlib
>>> G = nx.MultiDiGraph()
>>> G.add_node("iran", labels=["Entity", "Country"], id="iran", name="Iran", aliases=["Tehran"])
>>> G.add_node("russia", labels=["Entity", "Country"], id="russia", name="Russia")
>>> _ = G.add_edge("iran", "russia", type="SUPPLIES", weapons=["fath-360"], n_sources=7)
>>> out = pathlib.Path(tempfile.mkdtemp())
>>> [p.name for p in export_graph(G, "csv", out / "csv")]
['nodes-Country.csv', 'relationships-SUPPLIES.csv']
>>> print((out / "csv" / "nodes-Country.csv").read_text(), end="")
:ID,aliases:string[],id:string,name:string,:LABEL
iran,Tehran,iran,Iran,Entity;Country
russia,,russia,Russia,Entity;Country
>>> H = nx.read_graphml(export_graph(G, "graphml", out / "g.graphml")[0])
>>> H.nodes["iran"]["aliases"], H.nodes["iran"]["label"]
('Tehran', 'Iran')
"""

from __future__ import annotations

import csv
import json
import os
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import networkx as nx

from .errors import ExportError

__all__ = ["ARRAY_DELIMITER", "EXPORT_FORMATS", "export_graph", "neo4j_import_command"]

ARRAY_DELIMITER = ";"


def export_graph(G: nx.MultiDiGraph, fmt: str, out: str | os.PathLike[str]) -> list[Path]:
    """Write ``G`` (as :func:`graph.nxgraph.fetch_graph` returns it) to ``out`` in format ``fmt``.

    Parameters
    ----------
    G : MultiDiGraph
        The full graph.
    fmt : {"graphml", "gexf", "json", "csv"}
        The format; for ``csv``, ``out`` is a folder.
    out : path
        The file (or folder) to write; parent folders are created.

    Returns
    -------
    list of Path
        The files written.

    Raises
    ------
    ExportError
        When a value cannot be written in the format (a list item holding the
        ``;`` array delimiter).
    ValueError
        For an unknown format.
    """
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    path = Path(out)
    (path if fmt == "csv" else path.parent).mkdir(parents=True, exist_ok=True)
    return EXPORT_FORMATS[fmt](G, path)


def neo4j_import_command(files: Iterable[Path], database: str = "neo4j") -> str:
    """The ``neo4j-admin`` command that bulk-loads the CSV files of :func:`export_graph`.

    The database name comes first: after ``--relationships`` it would be read
    as one more file.

    >>> neo4j_import_command([Path("x/nodes-Country.csv"), Path("x/relationships-SUPPLIES.csv")])
    'neo4j-admin database import full neo4j --array-delimiter=";" --multiline-fields=true --nodes=x/nodes-Country.csv --relationships=x/relationships-SUPPLIES.csv'
    """
    parts = [
        f"neo4j-admin database import full {database}",
        f'--array-delimiter="{ARRAY_DELIMITER}"',
        "--multiline-fields=true",
    ]
    for f in files:
        kind = "nodes" if f.name.startswith("nodes-") else "relationships"
        parts.append(f"--{kind}={f}")
    return " ".join(parts)


def _graphml(G: nx.MultiDiGraph, path: Path) -> list[Path]:
    nx.write_graphml(_flat(G), path)
    return [path]


def _gexf(G: nx.MultiDiGraph, path: Path) -> list[Path]:
    F = _flat(G)
    for key, data in F.nodes(data=True):
        data["id"] = key
    for _, _, data in F.edges(data=True):
        data["label"] = data.pop("type")
    nx.write_gexf(F, path)
    return [path]


def _json(G: nx.MultiDiGraph, path: Path) -> list[Path]:
    data = nx.node_link_data(G, edges="edges", name="key")
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return [path]


def _csv(G: nx.MultiDiGraph, folder: Path) -> list[Path]:
    nodes: dict[str, list[_Row]] = defaultdict(list)
    for key, data in G.nodes(data=True):
        labels = data.get("labels", [])
        props = {k: v for k, v in data.items() if k != "labels"}
        nodes[_primary_label(labels)].append(([key], props, [ARRAY_DELIMITER.join(labels)]))
    rels: dict[str, list[_Row]] = defaultdict(list)
    for s, o, data in G.edges(data=True):
        rels[data["type"]].append(([s, o, data["type"]], {k: v for k, v in data.items() if k != "type"}, []))
    written = [
        _write_csv(folder / f"nodes-{label}.csv", [":ID"], rows, [":LABEL"])
        for label, rows in sorted(nodes.items())
    ]
    written += [
        _write_csv(folder / f"relationships-{t}.csv", [":START_ID", ":END_ID", ":TYPE"], rows, [])
        for t, rows in sorted(rels.items())
    ]
    return written


_Row = tuple[list[str], dict[str, Any], list[str]]
"""Leading cells (ids, type), properties, trailing cells (labels)."""


def _write_csv(path: Path, lead: list[str], rows: list[_Row], tail: list[str]) -> Path:
    """One neo4j-admin CSV file: the ``lead`` columns, typed property columns, the ``tail`` columns."""
    names = sorted({k for _, props, _ in rows for k in props})
    types = {n: _neo4j_type([p[n] for _, p, _ in rows if p.get(n) is not None]) for n in names}
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([*lead, *(f"{n}:{types[n]}" for n in names), *tail])
        for first, props, last in rows:
            where = f"{path.name}: {first[0]}, property"
            writer.writerow([*first, *(_cell(props.get(n), types[n], f"{where} {n}") for n in names), *last])
    return path


def _neo4j_type(values: list[Any]) -> str:
    """The neo4j-admin column type that holds every value, ``string`` when they differ."""
    if values and all(isinstance(v, list) for v in values):
        inner = _neo4j_type([x for v in values for x in v]) if any(values) else "string"
        return inner + "[]" if not inner.endswith("[]") else "string[]"
    if not values or any(isinstance(v, list) for v in values):
        return "string"
    if all(isinstance(v, bool) for v in values):
        return "boolean"
    if any(isinstance(v, bool) for v in values):
        return "string"
    if all(isinstance(v, int) for v in values):
        return "long"
    if all(isinstance(v, int | float) for v in values):
        return "double"
    return "string"


def _cell(value: Any, column_type: str, where: str) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        items = [_scalar(v) for v in value]
        if column_type.endswith("[]"):
            for item in items:
                if ARRAY_DELIMITER in item:
                    raise ExportError(
                        f"{where}: the list item {item!r} holds the array delimiter {ARRAY_DELIMITER!r}; "
                        "export as json or graphml instead"
                    )
        return ARRAY_DELIMITER.join(items)
    return _scalar(value)


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _primary_label(labels: list[str]) -> str:
    return next((label for label in labels if label != "Entity"), labels[0] if labels else "Node")


def _flat(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with lists joined and mixed-type attributes as text, plus a display ``label``."""
    F = nx.MultiDiGraph()
    node_attrs = [d for _, d in G.nodes(data=True)]
    edge_attrs = [d for _, _, d in G.edges(data=True)]
    node_fix = _flattener(node_attrs)
    edge_fix = _flattener(edge_attrs)
    for key, data in G.nodes(data=True):
        flat = node_fix(data)
        flat["label"] = str(data.get("name") or data.get("title") or data.get("id") or key)
        F.add_node(key, **flat)
    for s, o, data in G.edges(data=True):
        F.add_edge(s, o, **edge_fix(data))
    return F


def _flattener(items: list[dict[str, Any]]) -> Callable[[dict[str, Any]], dict[str, Any]]:
    kinds: dict[str, set[type]] = defaultdict(set)
    for data in items:
        for k, v in data.items():
            kinds[k].add(str if isinstance(v, list) else type(v))
    as_text = {k for k, ts in kinds.items() if len(ts) > 1}

    def flatten(data: dict[str, Any]) -> dict[str, Any]:
        out = {}
        for k, v in data.items():
            if v is None:
                continue
            if isinstance(v, list):
                v = ARRAY_DELIMITER.join(_scalar(x) for x in v)
            elif k in as_text:
                v = _scalar(v)
            out[k] = v
        return out

    return flatten


EXPORT_FORMATS: dict[str, Callable[[nx.MultiDiGraph, Path], list[Path]]] = {
    "graphml": _graphml,
    "gexf": _gexf,
    "json": _json,
    "csv": _csv,
}
