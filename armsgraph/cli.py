"""The ``armsgraph`` command: thin wiring of loaders, builder, store and renderer."""

from __future__ import annotations

import csv
import io
import json
import logging
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path
from typing import Any

import click
import yaml

from cypher import library, resolve_query
from graph import analytics
from graph.builder import GraphBatch
from graph.crosscheck import (
    check_claims,
    crosscheck_text,
    describe_check,
    describe_deal,
    latest_register,
    unreported_deals,
)
from graph.errors import ArmsgraphError, UnknownEntity
from graph.export import EXPORT_FORMATS, export_graph, neo4j_import_command
from graph.nxgraph import fetch_graph
from graph.render import EDGE_TYPES, STATUSES, Filters, render_network
from graph.stores import STORE_KINDS, GraphStore, open_store, plain
from graph.writer import rows_to_write
from loaders import load_inputs, read_inputs, split_articles
from loaders.extract import evaluate, extract_file, to_data
from loaders.sipri import RegisterDocument


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


_SIPRI_OPTION = click.option(
    "--sipri",
    "registers",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A SIPRI trade register export (CSV). A register given as PATH is recognised by its content.",
)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@_SIPRI_OPTION
@click.option(
    "--review",
    type=click.Path(file_okay=False, path_type=Path),
    metavar="DIR",
    help="Write the facts proposed for the articles to DIR (YAML) instead of loading anything.",
)
@pass_context
def load(ctx: _Context, paths: tuple[Path, ...], registers: tuple[Path, ...], review: Path | None) -> None:
    """Load fact files (YAML or JSON), articles (.txt, .html), SIPRI trade registers, or folders of them.

    Articles are read by the extractor first. Every fact document is checked
    first; if any has a problem, nothing is written. A register row that
    cannot be read is reported with its line and left out. Loading the same
    files again changes nothing.

    
    armsgraph load data/facts
    armsgraph load article.html
    armsgraph load --sipri trade-register.csv
    """
    if not paths and not registers:
        raise click.UsageError("give fact files, articles or folders, or a SIPRI register with --sipri FILE")
    if review is not None:
        articles, _ = split_articles(paths)
        if not articles:
            raise click.BadParameter("no articles (.txt, .html) to review", param_hint="PATHS")
        _write_review(articles, review)
        return
    store = ctx.store()
    summary = load_inputs(store, paths, registers, progress=_stage, write_progress=_write_progress)
    documents, loads = summary.documents, summary.registers
    counts = _counts(store)
    if loads:
        lines = [f"Loaded {documents} document(s), {summary.facts} facts."] if documents else []
        lines += [_register_summary(r) for r in loads]
        lines.append(
            f"The store now holds {counts['nodes']} nodes and {counts['relationships']} relationships."
        )
        click.echo("\n".join(lines))
        return
    click.echo(
        f"Loaded {documents} document(s), {summary.facts} facts, {summary.claims} claims. "
        f"The store now holds {counts['nodes']} nodes and {counts['relationships']} relationships."
    )


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@_SIPRI_OPTION
def validate(paths: tuple[Path, ...], registers: tuple[Path, ...]) -> None:
    """Check fact files and SIPRI registers without loading them: one line per problem."""
    if not paths and not registers:
        raise click.UsageError("give fact files or folders, or a SIPRI register with --sipri FILE")
    inputs = read_inputs(paths, registers, progress=_stage)
    batch = inputs.batch()
    documents, loads = inputs.documents, inputs.registers
    if loads:
        lines = [f"OK: {len(documents)} document(s), {inputs.n_facts} facts."] if documents else ["OK."]
        click.echo("\n".join([*lines, *(_register_summary(r, loaded=False) for r in loads)]))
        return
    click.echo(f"OK: {len(documents)} document(s), {inputs.n_facts} facts, {len(batch.claims)} claims.")


@cli.command()
@click.option(
    "--min-tiv",
    type=click.FloatRange(min=0),
    default=100.0,
    show_default=True,
    help="Unmentioned deals: smallest SIPRI TIV (millions) of the order or of its deliveries.",
)
@click.option(
    "--since", type=int, default=2014, show_default=True, help="Unmentioned deals: earliest year of order."
)
@click.option(
    "--limit",
    type=click.IntRange(min=0),
    default=20,
    show_default=True,
    help="Unmentioned deals: how many, biggest first (0: none).",
)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@pass_context
def crosscheck(ctx: _Context, min_tiv: float, since: int, limit: int, fmt: str) -> None:
    """Check the news's supply claims against the SIPRI register, and list big deals the news never mentions.

    Each SUPPLIES claim of the loaded news is paired with the deals of the
    latest loaded SIPRI register for the same supplier and recipient, and the
    same system or one classed under the claimed category.
    """
    store = ctx.store()
    register = latest_register(store)
    if register is None:
        raise click.ClickException(
            "no SIPRI trade register in the store; load one with 'armsgraph load --sipri FILE'"
        )
    checks = check_claims(store)
    deals = unreported_deals(store, min_tiv=min_tiv, since=since, limit=limit) if limit else []
    if fmt == "json":
        out = {
            "register": register,
            "claims": [{**row, "summary": describe_check(row)} for row in checks],
            "unreported": [{**row, "summary": describe_deal(row)} for row in deals],
        }
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        click.echo(crosscheck_text(register, checks, deals if limit else None, min_tiv=min_tiv, since=since))


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


def _comma_list(upper: bool) -> Callable[..., frozenset[str] | None]:
    """A click callback: ``a, b`` → {"A", "B"} (or lower case)."""

    def parse(ctx: click.Context, param: click.Parameter, value: str | None) -> frozenset[str] | None:
        if value is None:
            return None
        return frozenset(
            v.strip().upper() if upper else v.strip().lower() for v in value.split(",") if v.strip()
        )

    return parse


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
@click.option(
    "--predicates",
    metavar="A,B,...",
    callback=_comma_list(upper=True),
    help=f"Only these relationship types: {', '.join(EDGE_TYPES)}.",
)
@click.option(
    "--status",
    metavar="A,B,...",
    callback=_comma_list(upper=False),
    help=f"Only claims with these statuses: {', '.join(STATUSES)}.",
)
@click.option("--since", metavar="DATE", help="Only claims stated on or after DATE (YYYY[-MM[-DD]]).")
@click.option("--until", metavar="DATE", help="Only claims stated on or before DATE.")
@click.option(
    "--min-sources",
    type=click.IntRange(min=0),
    default=0,
    help="Only claims with at least N independent sources.",
)
@click.option(
    "--claims", is_flag=True, help="Draw claims as nodes, with who reported, denied or confirmed each."
)
@click.option(
    "--query",
    "query_file",
    metavar="QUERY",
    help="Draw the nodes, relationships and paths this query returns (a .cypher file, library name or text).",
)
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE", help="A parameter of --query.")
@pass_context
def render(
    ctx: _Context,
    out: Path,
    focus: str | None,
    depth: int,
    predicates: frozenset[str] | None,
    status: frozenset[str] | None,
    since: str | None,
    until: str | None,
    min_sources: int,
    claims: bool,
    query_file: str | None,
    params: tuple[str, ...],
) -> None:
    """Draw the network as one self-contained HTML page (works offline).

    \b
    armsgraph render --focus iran --depth 1 --out iran.html
    armsgraph render --predicates SUPPLIES,TRAINS --status contested,denied
    armsgraph render --since 2024-09 --min-sources 2
    armsgraph render --claims --focus russia
    armsgraph render --query paths.cypher -p source=irgc -p target=russia
    """
    try:
        filters = Filters(predicates, status, since, until, min_sources)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None
    if query_file is not None and (focus is not None or claims or filters != Filters()):
        raise click.UsageError(
            "--query draws exactly what the query returns; put focus and filters in the query"
        )
    if params and query_file is None:
        raise click.UsageError("-p gives parameters to --query; there is no --query")
    options: dict[str, Any] = {"focus": focus, "depth": depth, "filters": filters, "claims": claims}
    if query_file is not None:
        title = f"armsgraph: {Path(query_file).name}" if query_file.endswith(".cypher") else None
        options = {"query": resolve_query(query_file), "params": _parse_params(params), "title": title}
    try:
        result = render_network(ctx.store(), out, **options)
    except UnknownEntity:
        raise click.BadParameter(f"no entity {focus!r} on the map", param_hint="--focus") from None
    size = result.path.stat().st_size
    click.echo(
        f"Wrote {result.path}: {result.nodes} nodes, {result.edges} relationship{'s' if result.edges != 1 else ''} "
        f"({size // 1024} KB). "
        "Open it in a browser; it needs no network."
    )
    for note in (result.layout.note if result.layout.mode == "fast" else None, *result.notes):
        if note:
            click.echo(f"Note: {note}", err=True)


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


@cli.command()
@click.argument("article", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["yaml", "json"]), default="yaml", show_default=True)
@click.option(
    "--published",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Publication date (YYYY-MM-DD) that relative dates are resolved against; default: the dateline.",
)
def extract(article: Path, fmt: str, published: Any) -> None:
    """Propose the facts of ARTICLE (plain text or an HTML page) as one fact document.

    \b
    armsgraph extract story.txt --published 2024-09-10 > facts/story.yaml
    armsgraph extract page.html --format json
    """
    document = extract_file(article, published=published.date() if published else None)
    click.echo(_dump(to_data(document), fmt), nl=False)


@cli.command(name="eval")
@click.option(
    "--gold",
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    required=True,
    help="Folder of hand-annotated fact files.",
)
@click.option(
    "--articles",
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    required=True,
    help="Folder of the articles, named like the fact files (x.yaml ↔ x.txt or x.html).",
)
@click.option(
    "--differences",
    is_flag=True,
    help="Also list, article by article, each core fact missed, each one extra and each stance "
    "that differs, with its sentence.",
)
def evaluate_command(gold: Path, articles: Path, differences: bool) -> None:
    """Score the extractor against annotated fact files: P/R/F1 per predicate, stance, denial inversions."""
    scores = evaluate(gold, articles)
    click.echo(scores.table(), nl=False)
    if differences:
        click.echo(scores.differences_text(), nl=False)


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
@click.option(
    "--weight",
    type=click.Choice(list(analytics.WEIGHTS)),
    default="sources",
    show_default=True,
    help="What a link weighs in PageRank: its sources, or the SIPRI TIV delivered under it.",
)
@_table_or_json
@pass_context
def importance(ctx: _Context, weight: str, fmt: str) -> None:
    """Suppliers and recipients: weighted degree and PageRank on the SUPPLIES network."""
    _echo_rows(analytics.actor_importance(fetch_graph(ctx.store()), weight=weight), fmt)


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


def _write_review(articles: list[Path], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for article in articles:
        document = extract_file(article)
        out = folder / f"{document.article.id}.yaml"
        out.write_text(_dump(to_data(document), "yaml"), encoding="utf-8")
        click.echo(f"Wrote {out} ({len(document.facts)} facts): review it, then armsgraph load {out}")


def _dump(data: dict[str, Any], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


def _register_summary(load: RegisterDocument, loaded: bool = True) -> str:
    facts = load.file.document.facts
    verb = "Loaded" if loaded else "Read"
    return (
        f"{verb} the SIPRI trade register {load.register.path} ({load.file.document.article.title}): "
        f"{load.register.rows} rows, {len(facts)} deals as {load.n_claims} claims; "
        f"{len(load.skipped)} rows left out."
    )


def _write_progress(batch: GraphBatch) -> AbstractContextManager[Callable[[int], None] | None]:
    """A progress bar over the rows a big load writes, on a terminal."""
    total = rows_to_write(batch)
    if total < 10_000 or not sys.stderr.isatty():
        return nullcontext(None)
    return _bar_updates(total)


@contextmanager
def _bar_updates(total: int) -> Iterator[Callable[[int], None]]:
    with click.progressbar(length=total, label="Writing the graph", file=sys.stderr) as bar:
        yield bar.update


def _counts(store: GraphStore) -> dict[str, int]:
    nodes = store.run("MATCH (n) RETURN count(n) AS n")[0]["n"]
    rels = store.run("MATCH ()-[r]->() RETURN count(r) AS n")[0]["n"]
    return {"nodes": nodes, "relationships": rels}


def _progress(paths: list[Path], label: str) -> AbstractContextManager[Iterable[Path]]:
    """A progress bar over long lists on a terminal; the plain list otherwise."""
    if len(paths) < 20 or not sys.stderr.isatty():
        return nullcontext(paths)
    return click.progressbar(paths, label=label, file=sys.stderr)


def _stage(items: list[Path], label: str) -> Iterator[Path]:
    """A reading stage on a terminal: a progress bar over long lists, its label over short ones."""
    if 0 < len(items) < 20 and sys.stderr.isatty():
        click.echo(f"{label}...", err=True)
    with _progress(items, label) as shown:
        yield from shown


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
