"""Bad input gets one clear line per problem, and the store stays as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from armsgraph.cli import cli
from graph.builder import build_graph
from graph.errors import FactValidationError
from loaders import read_fact_files

from .conftest import SEED_FACTS, counts

SEED = yaml.safe_load((SEED_FACTS / "iran-denies-missiles-2024-09-10.yaml").read_text(encoding="utf-8"))


def write_doc(tmp_path: Path, doc: dict, name: str = "doc.yaml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def small_doc(**fact_changes) -> dict:
    fact = {
        "id": "f1",
        "predicate": "SUPPLIES",
        "subject": "iran",
        "object": "russia",
        "weapons": ["fath-360"],
        "stance": "reported",
        "attributed_to": ["reuters"],
        "quote": "q",
    }
    fact.update(fact_changes)
    return {"article": {"id": "a1", "title": "T", "published": "2024-09-10"}, "facts": [fact]}


def problems_of(tmp_path: Path, doc: dict) -> list[str]:
    path = write_doc(tmp_path, doc)
    with pytest.raises(FactValidationError) as err:
        build_graph(read_fact_files([path]))
    return [str(p) for p in err.value.problems]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"predicate": "SELLS"}, "fact f1: field predicate: Input should be"),
        ({"stance": "rumoured"}, "fact f1: field stance: Input should be"),
        ({"object": "atlantis"}, "fact f1: field object: unknown entity 'atlantis'"),
        (
            {"weapons": ["russia"]},
            "fact f1: field weapons.0: 'russia' is a Country, expected WeaponCategory or WeaponSystem",
        ),
        ({"colour": "red"}, "fact f1: field colour: unknown field"),
        ({"date": "2024-13-01"}, "fact f1: field date: Value error, '2024-13-01' is not a real date"),
        ({"quote": None}, "fact f1: field quote: Input should be a valid string"),
        ({"subject": "Iran"}, "fact f1: field subject: Value error, 'Iran' is not a lowercase slug id"),
    ],
)
def test_each_bad_field_is_named_with_file_fact_and_field(tmp_path, change, expected):
    problems = problems_of(tmp_path, small_doc(**change))
    assert len(problems) == 1
    assert problems[0].startswith(str(tmp_path / "doc.yaml"))
    assert expected in problems[0]


def test_yaml_problems_carry_the_line_of_the_fact(tmp_path):
    problems = problems_of(tmp_path, small_doc(stance="rumoured"))
    assert problems[0].startswith(f"{tmp_path / 'doc.yaml'}:6: fact f1")


def test_statement_pointing_at_a_missing_claim(tmp_path):
    doc = small_doc()
    doc["facts"].append(
        {
            "id": "f2",
            "predicate": "DENIES",
            "subject": "iran",
            "claim": "f9",
            "stance": "asserted",
            "quote": "q",
        }
    )
    assert problems_of(tmp_path, doc) == [
        f"{tmp_path / 'doc.yaml'}:16: fact f2: field claim: no fact with id 'f9' in this document"
    ]


def test_statement_without_claim_and_predicate_fact_without_object(tmp_path):
    doc = small_doc(object=None)
    doc["facts"].append(
        {"id": "f2", "predicate": "DENIES", "subject": "iran", "stance": "asserted", "quote": "q"}
    )
    problems = problems_of(tmp_path, doc)
    assert any("fact f1: field object: required field is missing" in p for p in problems)
    assert any("fact f2: field claim: DENIES needs 'claim'" in p for p in problems)


def test_duplicate_fact_ids(tmp_path):
    doc = small_doc()
    doc["facts"].append(dict(doc["facts"][0]))
    assert any("fact f1: field id: duplicate fact id" in p for p in problems_of(tmp_path, doc))


def test_malformed_yaml_and_json_name_the_line(tmp_path):
    bad_yaml = tmp_path / "bad.yaml"
    bad_yaml.write_text("article: {id: a1\nfacts: [\n", encoding="utf-8")
    bad_json = tmp_path / "bad.json"
    bad_json.write_text('{"article": {"id": "a1"},\n "facts": [}', encoding="utf-8")
    with pytest.raises(FactValidationError) as err:
        read_fact_files([bad_yaml, bad_json])
    lines = [str(p) for p in err.value.problems]
    assert lines[0].startswith(f"{bad_yaml}:2: invalid YAML")
    assert lines[1].startswith(f"{bad_json}:2: invalid JSON")


def test_json_and_yaml_carry_the_same_document(tmp_path):
    as_json = tmp_path / "seed.json"
    as_json.write_text(json.dumps(SEED, default=str), encoding="utf-8")
    from_json = build_graph(read_fact_files([as_json]))
    from_yaml = build_graph(read_fact_files([SEED_FACTS]))
    assert from_json == from_yaml


def test_a_failed_load_leaves_the_store_as_it_was(tmp_path):
    db = tmp_path / "graph.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["--db", str(db), "load", str(SEED_FACTS)]).exit_code == 0
    from graph.stores import open_store

    with open_store("embedded", db) as s:
        before = counts(s)
    good = write_doc(tmp_path, small_doc(), "good.yaml")
    bad = write_doc(
        tmp_path, {**small_doc(object="atlantis"), "article": {"id": "a2", "title": "T"}}, "bad.yaml"
    )
    result = runner.invoke(cli, ["--db", str(db), "load", str(good), str(bad)])
    assert result.exit_code == 1
    assert f"{bad}:" in result.output and "unknown entity 'atlantis'" in result.output
    with open_store("embedded", db) as s:
        assert counts(s) == before


def test_a_write_that_fails_midway_is_rolled_back(store):
    from graph.writer import write_graph

    write_graph(store, build_graph(read_fact_files([SEED_FACTS])))
    before = counts(store)

    def half_then_fail(run):
        run("CREATE (:Stray {id: 'x'})", {})
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        store.atomic(half_then_fail)
    assert counts(store) == before
