"""The ``armsgraph`` command: thin wiring of loaders, builder, store and renderer."""

from __future__ import annotations

import csv
import io
import json
import logging
import sys
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import Any

import click
import yaml

from cypher import get_query, library
from graph.builder import build_graph
from graph.errors import ArmsgraphError, UnknownEntity
from graph.facts import FactFile, parse_document
from graph.render import EDGE_TYPES, STATUSES, Filters, render_network
from graph.stores import STORE_KINDS, GraphPath, GraphStore, Node, Relationship, open_store
from graph.writer import write_graph
from loaders import FACT_SUFFIXES, find_fact_files, read_fact_files
from loaders.extract import ARTICLE_SUFFIXES, evaluate, extract_file, to_data


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
@click.option(
    "--review",
    type=click.Path(file_okay=False, path_type=Path),
    metavar="DIR",
    help="Write the facts proposed for the articles to DIR (YAML) instead of loading anything.",
)
@pass_context
def load(ctx: _Context, paths: tuple[Path, ...], review: Path | None) -> None:
    """Load fact files (YAML or JSON), articles (.txt, .html) or folders of them.

    Articles are read by the extractor first. Every document is checked
    first; if any has a problem, nothing is written. Loading the same files
    again changes nothing.
    """
    articles, fact_paths = _split_articles(paths)
    if review is not None:
        if not articles:
            raise click.BadParameter("no articles (.txt, .html) to review", param_hint="PATHS")
        _write_review(articles, review)
        return
    documents = []
    if fact_paths:
        files = find_fact_files(fact_paths)
        with _progress(files, "Reading fact files") as items:
            documents = read_fact_files(items)
    with _progress(articles, "Extracting articles") as items:
        documents += [parse_document(to_data(extract_file(a)), file=str(a)) for a in items]
    batch = build_graph(documents)
    store = ctx.store()
    write_graph(store, batch)
    counts = _counts(store)
    click.echo(
        f"Loaded {len(documents)} document(s), {_n_facts(documents)} facts, {len(batch.claims)} claims. "
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
    text = _query_text(query)
    rows = ctx.store().run(text, _parse_params(params), write=write)
    click.echo(_FORMATS[fmt](rows), nl=False)


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
        options = {"query": _query_text(query_file), "params": _parse_params(params), "title": title}
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
def evaluate_command(gold: Path, articles: Path) -> None:
    """Score the extractor against annotated fact files: P/R/F1 per predicate, stance, denial inversions."""
    click.echo(evaluate(gold, articles).table(), nl=False)


def _split_articles(paths: tuple[Path, ...]) -> tuple[list[Path], list[Path]]:
    """Articles (by suffix) apart from fact files; folders are searched for both."""
    articles: list[Path] = []
    facts: list[Path] = []
    for path in paths:
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


def _query_text(query: str) -> str:
    if query.endswith(".cypher"):
        try:
            return Path(query).read_text(encoding="utf-8")
        except OSError as exc:
            raise click.BadParameter(f"cannot read {query}: {exc.strerror}", param_hint="QUERY") from None
    if query in library() or (" " not in query.strip() and "(" not in query):
        return get_query(query).text
    return query


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


def _plain(value: Any) -> Any:
    """Graph values as plain JSON-able data: properties plus labels or type."""
    if isinstance(value, Node):
        return {**value.properties, "labels": list(value.labels)}
    if isinstance(value, Relationship):
        return {**value.properties, "type": value.type}
    if isinstance(value, GraphPath):
        return {
            "nodes": [_plain(n) for n in value.nodes],
            "relationships": [_plain(r) for r in value.relationships],
        }
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _cell(value: Any) -> str:
    value = _plain(value)
    if value is None:
        return ""
    if isinstance(value, list) and all(not isinstance(v, dict | list) for v in value):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _as_json(rows: list[dict[str, Any]]) -> str:
    return json.dumps([_plain(r) for r in rows], ensure_ascii=False, indent=2) + "\n"


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
