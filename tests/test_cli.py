"""The command line: thin, scriptable, with errors the user can act on."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from armsgraph.cli import cli

from .conftest import SEED_FACTS


@pytest.fixture
def db(tmp_path):
    db = tmp_path / "graph.db"
    result = CliRunner().invoke(cli, ["--db", str(db), "load", str(SEED_FACTS)])
    assert result.exit_code == 0, result.output
    assert "Loaded 1 document(s), 34 facts, 29 claims" in result.output
    return db


def run(db, *args):
    return CliRunner().invoke(cli, ["--db", str(db), *args])


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_has_help(command):
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert len(cli.commands[command].get_short_help_str()) > 10


def test_query_json_is_an_array_of_objects_keyed_by_columns(db):
    result = run(db, "query", "suppliers-of", "-p", "recipient=russia", "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.output)[0]["supplier"] == "iran"


def test_query_json_turns_nodes_into_properties_plus_labels(db):
    result = run(
        db, "query", "MATCH (c:Country {id: 'iran'})-[r:SUPPLIES]->() RETURN c, r", "--format", "json"
    )
    row = json.loads(result.output)[0]
    assert row["c"]["iso3"] == "IRN" and row["c"]["labels"] == ["Entity", "Country"]
    assert row["r"]["type"] == "SUPPLIES" and row["r"]["status"] == "contested"


def test_query_csv_and_table(db, tmp_path):
    query_file = tmp_path / "q.cypher"
    query_file.write_text("MATCH (p:Person) RETURN p.id AS id ORDER BY id")
    out = run(db, "query", str(query_file), "--format", "csv").output
    assert next(iter(csv.DictReader(io.StringIO(out)))) == {"id": "abbas-mousa-sharifi-moasarei"}
    table = run(db, "query", "denials").output
    assert table.splitlines()[0].split()[:2] == ["denier", "denier_name"]


def test_writes_need_the_write_flag(db):
    result = run(db, "query", "CREATE (:Note {text: 'x'})")
    assert result.exit_code == 1
    assert "--write" in result.output
    assert run(db, "query", "CREATE (:Note {text: 'x'})", "--write").exit_code == 0
    assert json.loads(run(db, "query", "MATCH (n:Note) RETURN n.text AS t", "--format", "json").output) == [
        {"t": "x"}
    ]


def test_unknown_query_and_syntax_errors_are_one_clear_line(db):
    unknown = run(db, "query", "suppliers")
    assert unknown.exit_code == 1 and "no query named 'suppliers'" in unknown.output
    broken = run(db, "query", "MATCH (n RETURN n")
    assert broken.exit_code == 1 and broken.output.startswith("Error: embedded store:")


def test_validate_reports_without_writing(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "article: {id: a, title: T}\nfacts:\n  - {id: f1, predicate: SELLS, subject: iran, object: russia, stance: reported, quote: q}\n"
    )
    result = CliRunner().invoke(cli, ["validate", str(bad)])
    assert result.exit_code == 1
    assert f"{bad}:3: fact f1: field predicate" in result.output
    assert (
        CliRunner()
        .invoke(cli, ["validate", str(SEED_FACTS)])
        .output.startswith("OK: 1 document(s), 34 facts")
    )


def test_stats_and_render(db, tmp_path):
    stats = run(db, "stats").output
    assert "nodes: 60  relationships: 170" in stats
    out = tmp_path / "map.html"
    result = run(db, "render", "--out", str(out), "--focus", "iran", "--depth", "1")
    assert result.exit_code == 0 and out.exists()
    missing = run(db, "render", "--out", str(out), "--focus", "atlantis")
    assert missing.exit_code == 2 and "no entity 'atlantis'" in missing.output


def test_render_draws_only_what_the_filters_keep(db, tmp_path):
    out = tmp_path / "map.html"
    result = run(db, "render", "--out", str(out), "--predicates", "supplies,is_a", "--status", "contested")
    assert result.exit_code == 0, result.output
    assert f"Wrote {out}: 2 nodes, 1 relationship " in result.output
    assert "it needs no network" in result.output
    claims = run(db, "render", "--out", str(out), "--claims", "--focus", "nasser-kanani", "--depth", "1")
    assert claims.exit_code == 0 and "own voice" in claims.output


def test_render_rejects_bad_filters_naming_what_is_allowed(db, tmp_path):
    bad = run(db, "render", "--out", str(tmp_path / "m.html"), "--status", "disputed")
    assert bad.exit_code == 2 and "unknown status 'disputed'; choose from reported" in bad.output
    date = run(db, "render", "--out", str(tmp_path / "m.html"), "--since", "Sept 2024")
    assert date.exit_code == 2 and "write YYYY, YYYY-MM or YYYY-MM-DD" in date.output
    empty = run(db, "render", "--out", str(tmp_path / "m.html"), "--status", "denied")
    assert empty.exit_code == 1 and "Error: nothing on the map" in empty.output


def test_render_query_draws_what_a_cypher_file_returns(db, tmp_path):
    query = tmp_path / "members.cypher"
    query.write_text("MATCH p = (:Person {id: $id})-[:MEMBER_OF]->() RETURN p")
    out = tmp_path / "q.html"
    result = run(db, "render", "--out", str(out), "--query", str(query), "-p", "id=nasser-kanani")
    assert result.exit_code == 0, result.output
    assert "2 nodes, 1 relationship " in result.output
    assert "<title>armsgraph: members.cypher</title>" in out.read_text(encoding="utf-8")
    mixed = run(db, "render", "--out", str(out), "--query", str(query), "--focus", "iran")
    assert mixed.exit_code == 2 and "put focus and filters in the query" in mixed.output
