"""The ``armsgraph`` command: thin wiring of loaders, builder, store and renderer."""

from __future__ import annotations

import csv
import io
import json
import logging
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import Any

import click

from cypher import library, resolve_query
from graph import analytics
from graph.builder import build_graph
from graph.errors import ArmsgraphError
from graph.export import EXPORT_FORMATS, export_graph, neo4j_import_command
from graph.facts import FactFile
from graph.nxgraph import fetch_graph
from graph.render import render_network
from graph.stores import STORE_KINDS, GraphStore, open_store, plain
from loaders import load_fact_files, read_fact_files


class _Group(click.Group):
    """Turns every ArmsgraphError into a clean ``Error: ...`` exit 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ArmsgraphError as exc:
            raise click.ClickException(str(exc)) from None


class _Context:
    """The store options; the store itself is opened on first use."""

    def __init__(self, store: str, db: Path | None):
        self.kind, self.db = store, db
        self._store: GraphStore | None = None

    def store(self) -> GraphStore:
        if self._store is None:
            self._store = open_store(self.kind, self.db)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()


pass_context = click.make_pass_decorator(_Context)


@click.group(cls=_Group)
@click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar="ARMSGRAPH_DB",
    help="File of the embedded store  [env ARMSGRAPH_DB; default .armsgraph/graph.db]",
)
@click.option(
    "--store",
    type=click.Choice(STORE_KINDS),
    default="embedded",
    show_default=True,
    help="Where the graph lives.",
)
@click.version_option(package_name="armsgraph")
@click.pass_context
def cli(ctx: click.Context, db: Path | None, store: str) -> None:
    """Turn reporting on arms transfers into a knowledge graph; query and map it.

    \b
    armsgraph load data/facts
    armsgraph query suppliers-of -p recipient=russia
    armsgraph render --out map.html
    """
    logging.basicConfig(format="Note: %(message)s", level=logging.WARNING, stream=sys.stderr)
    state = _Context(store, db)
    ctx.obj = state
    ctx.call_on_close(state.close)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@pass_context
def load(ctx: _Context, paths: tuple[Path, ...]) -> None:
    """Load fact files (YAML or JSON) or folders of them into the store.

    Every file is checked first; if any has a problem, nothing is written.
    Loading the same files again changes nothing.
    """
    store = ctx.store()
    summary = load_fact_files(store, paths, progress=_reading)
    counts = _counts(store)
    click.echo(
        f"Loaded {summary.documents} document(s), {summary.facts} facts, {summary.claims} claims. "
        f"The store now holds {counts['nodes']} nodes and {counts['relationships']} relationships."
    )


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
def validate(paths: tuple[Path, ...]) -> None:
    """Check fact files without loading them: one line per problem."""
    documents = read_fact_files(paths)
    batch = build_graph(documents)
    click.echo(f"OK: {len(documents)} document(s), {_n_facts(documents)} facts, {len(batch.claims)} claims.")


@cli.command()
@click.argument("query")
@click.option(
    "-p",
    "--param",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="A query parameter; VALUE is read as JSON when it parses (numbers, lists), else as text.",
)
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True
)
@click.option("--write", is_flag=True, help="Allow the query to change the graph.")
@pass_context
def query(ctx: _Context, query: str, params: tuple[str, ...], fmt: str, write: bool) -> None:
    """Run QUERY: a library query's name, a .cypher file, or Cypher text.

    \b
    armsgraph query contested-claims
    armsgraph query suppliers-of -p recipient=russia --format json
    armsgraph query "MATCH (c:Country) RETURN c.name" --format csv
    """
    text = resolve_query(query)
    _echo_rows(ctx.store().run(text, _parse_params(params), write=write), fmt)


@cli.command()
def queries() -> None:
    """List the library's queries and the question each answers."""
    for q in library().values():
        params = " ".join(f"-p {name}=..." for name in q.params)
        click.echo(f"{q.name} {params}".rstrip())
        click.echo(f"    {q.question}")


@cli.command()
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default="armsgraph-network.html",
    show_default=True,
    help="The HTML file to write.",
)
@click.option("--focus", metavar="ID", help="Only the neighbourhood of this entity id.")
@click.option(
    "--depth", type=click.IntRange(min=0), default=2, show_default=True, help="Steps from --focus to include."
)
@pass_context
def render(ctx: _Context, out: Path, focus: str | None, depth: int) -> None:
    """Draw the network as one self-contained HTML page (works offline)."""
    try:
        path = render_network(ctx.store(), out, focus=focus, depth=depth)
    except KeyError:
        raise click.BadParameter(f"no entity {focus!r} in the network", param_hint="--focus") from None
    click.echo(f"Wrote {path} ({path.stat().st_size // 1024} KB); open it in a browser.")


@cli.command()
@pass_context
def stats(ctx: _Context) -> None:
    """Count nodes by label, relationships by type and claims by status."""
    store = ctx.store()
    labels = store.run("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label")
    types = store.run("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type")
    status = store.run("MATCH (c:Claim) RETURN c.status AS status, count(*) AS n ORDER BY status")
    counts = _counts(store)
    click.echo(f"nodes: {counts['nodes']}  relationships: {counts['relationships']}")
    for title, rows, key in (
        ("labels", labels, "label"),
        ("relationships", types, "type"),
        ("claims by status", status, "status"),
    ):
        click.echo(f"{title}:")
        for row in rows:
            click.echo(f"  {row[key]:<24} {row['n']}")


_table_or_json = click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
_network_option = click.option(
    "--network",
    type=click.Choice(["supply", "entities"]),
    help="supply: who supplies whom; entities: every relation between entities.",
)


@cli.group()
def analyze() -> None:
    """Analyse the network: importance, brokers, communities, supply chains, claims.

    \b
    armsgraph analyze importance
    armsgraph analyze supply-chains --format json
    armsgraph analyze timeline iran russia
    """


@analyze.command()
@_table_or_json
@pass_context
def importance(ctx: _Context, fmt: str) -> None:
    """Suppliers and recipients: weighted degree and PageRank on the SUPPLIES network."""
    _echo_rows(analytics.actor_importance(fetch_graph(ctx.store())), fmt)


@analyze.command()
@_network_option
@_table_or_json
@pass_context
def brokers(ctx: _Context, network: str | None, fmt: str) -> None:
    """Actors between others (betweenness); --network supply (default) or entities."""
    _echo_rows(analytics.brokers(fetch_graph(ctx.store()), network=network or "supply"), fmt)


@analyze.command()
@_network_option
@click.option(
    "--resolution", type=float, default=1.0, show_default=True, help="Above 1: smaller communities."
)
@_table_or_json
@pass_context
def communities(ctx: _Context, network: str | None, resolution: float, fmt: str) -> None:
    """Groups of closely tied entities (Louvain); --network entities (default) or supply."""
    G = fetch_graph(ctx.store())
    _echo_rows(analytics.communities(G, network=network or "entities", resolution=resolution), fmt)


@analyze.command("supply-chains")
@click.option(
    "--max-hops", type=click.IntRange(min=1), default=3, show_default=True, help="Longest chain of supplies."
)
@_table_or_json
@pass_context
def supply_chains(ctx: _Context, max_hops: int, fmt: str) -> None:
    """Who makes a weapon, who passes it on, who uses it against whom."""
    _echo_rows(analytics.supply_chains(fetch_graph(ctx.store()), max_hops=max_hops), fmt)


@analyze.command()
@_table_or_json
@pass_context
def corroboration(ctx: _Context, fmt: str) -> None:
    """Claims by independent sources (one outlet, or an outlet repeating an agency, is one)."""
    _echo_rows(analytics.corroboration(fetch_graph(ctx.store())), fmt)


@analyze.command()
@_table_or_json
@pass_context
def contested(ctx: _Context, fmt: str) -> None:
    """Claims stated as fact by some sources and denied by others."""
    _echo_rows(analytics.contested_claims(fetch_graph(ctx.store())), fmt)


@analyze.command()
@_table_or_json
@pass_context
def denials(ctx: _Context, fmt: str) -> None:
    """Who denies what, when, and who carried the denial."""
    _echo_rows(analytics.denials(fetch_graph(ctx.store())), fmt)


@analyze.command()
@click.argument("a")
@click.argument("b")
@click.option("--no-members", is_flag=True, help="Only the two actors, not the bodies belonging to them.")
@_table_or_json
@pass_context
def timeline(ctx: _Context, a: str, b: str, no_members: bool, fmt: str) -> None:
    """Dated statements about claims between actors A and B, in date order."""
    try:
        rows = analytics.pair_timeline(fetch_graph(ctx.store()), a, b, members=not no_members)
    except KeyError as exc:
        raise click.BadParameter(f"no entity {exc.args[0]!r} in the graph", param_hint="A/B") from None
    _echo_rows(rows, fmt)


@cli.command()
@click.option(
    "--format", "fmt", type=click.Choice(list(EXPORT_FORMATS)), required=True, help="The file format."
)
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    required=True,
    help="The file to write; a folder for csv.",
)
@pass_context
def export(ctx: _Context, fmt: str, out: Path) -> None:
    """Write the whole graph for Gephi (gexf), Cytoscape (graphml), networkx (json) or neo4j-admin (csv)."""
    G = fetch_graph(ctx.store())
    files = export_graph(G, fmt, out)
    click.echo(f"Wrote {G.number_of_nodes()} nodes and {G.number_of_edges()} relationships to {out}.")
    if fmt == "csv":
        click.echo("Bulk-load them into a fresh Neo4j with:")
        click.echo(f"  {neo4j_import_command(files)}")


def _echo_rows(rows: list[dict[str, Any]], fmt: str) -> None:
    click.echo(_FORMATS[fmt](rows), nl=False)


def _n_facts(documents: list[FactFile]) -> int:
    return sum(len(d.document.facts) for d in documents)


def _counts(store: GraphStore) -> dict[str, int]:
    nodes = store.run("MATCH (n) RETURN count(n) AS n")[0]["n"]
    rels = store.run("MATCH ()-[r]->() RETURN count(r) AS n")[0]["n"]
    return {"nodes": nodes, "relationships": rels}


def _progress(paths: list[Path], label: str) -> AbstractContextManager[Iterable[Path]]:
    """A progress bar over long lists on a terminal; the plain list otherwise."""
    if len(paths) < 20 or not sys.stderr.isatty():
        return nullcontext(paths)
    return click.progressbar(paths, label=label, file=sys.stderr)


def _reading(paths: list[Path]) -> Iterator[Path]:
    with _progress(paths, "Reading fact files") as items:
        yield from items


def _parse_params(params: tuple[str, ...]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for item in params:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"{item!r} is not NAME=VALUE", param_hint="-p")
        try:
            out[name] = json.loads(value)
        except json.JSONDecodeError:
            out[name] = value
    return out


def _cell(value: Any) -> str:
    value = plain(value)
    if value is None:
        return ""
    if isinstance(value, list) and all(not isinstance(v, dict | list) for v in value):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _as_json(rows: list[dict[str, Any]]) -> str:
    return json.dumps([plain(r) for r in rows], ensure_ascii=False, indent=2) + "\n"


def _as_csv(rows: list[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    if rows:
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: _cell(v) for k, v in row.items()} for row in rows)
    return buffer.getvalue()


def _as_table(rows: list[dict[str, Any]], max_width: int = 60) -> str:
    if not rows:
        return "(no rows)\n"
    columns = list(rows[0])
    cells = [[_clip(_cell(row[c]), max_width) for c in columns] for row in rows]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''}; --format json shows every value in full)")
    return "\n".join(lines) + "\n"


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


_FORMATS: dict[str, Callable[[list[dict[str, Any]]], str]] = {
    "table": _as_table,
    "json": _as_json,
    "csv": _as_csv,
}
