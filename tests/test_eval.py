"""`armsgraph eval`: scores against annotated fact files, and the disagreements behind them."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from armsgraph.cli import cli
from graph.facts import FactDocument
from loaders.extract import score_documents

ROOT = Path(__file__).resolve().parent.parent
SUPPLY = "Iran sent drones to Russia, officials said."
DENIAL = "Iran denied sending drones to Russia."


def _document(*facts: dict) -> FactDocument:
    return FactDocument.model_validate({"article": {"id": "a1", "title": "t"}, "facts": list(facts)})


def test_differences_name_each_fact_missed_extra_or_with_another_stance_and_score_each_article():
    gold = _document(
        {"id": "f1", "predicate": "SUPPLIES", "subject": "iran", "object": "russia",
         "stance": "reported", "quote": SUPPLY},
        {"id": "f2", "predicate": "SUPPLIES", "subject": "iran", "object": "russia",
         "stance": "reported", "quote": DENIAL},
        {"id": "f3", "predicate": "DENIES", "subject": "iran", "claim": "f2", "stance": "asserted", "quote": DENIAL},
    )  # fmt: skip
    found = _document(
        {"id": "f1", "predicate": "SUPPLIES", "subject": "iran", "object": "russia",
         "stance": "asserted", "quote": SUPPLY},
        {"id": "f2", "predicate": "USES", "subject": "russia", "object": "shahed-136",
         "stance": "asserted", "quote": SUPPLY},
    )  # fmt: skip
    scores = score_documents([(gold, found)])
    seen = {(d.kind, d.predicate, d.statement, d.stance, d.found_stance) for d in scores.differences}
    assert seen == {
        ("stance", "SUPPLIES", "iran → russia", "reported", "asserted"),
        ("missed", "SUPPLIES", "iran → russia", "reported", None),
        ("missed", "DENIES", "iran → SUPPLIES(iran → russia)", "asserted", None),
        ("extra", "USES", "russia → shahed-136", "asserted", None),
    }
    assert all(d.document == "a1" for d in scores.differences)
    article = scores.by_document["a1"]
    assert (article.tp, article.fn, article.fp) == (1, 2, 1)


def test_a_perfect_extraction_has_no_differences():
    gold = _document(
        {
            "id": "f1",
            "predicate": "SUPPLIES",
            "subject": "iran",
            "object": "russia",
            "stance": "reported",
            "quote": SUPPLY,
        }
    )
    assert score_documents([(gold, gold)]).differences == []


def test_eval_lists_the_differences_with_their_sentences_on_request():
    args = ["eval", "--gold", str(ROOT / "data" / "facts"), "--articles", str(ROOT / "data" / "articles")]
    plain = CliRunner().invoke(cli, args)
    detailed = CliRunner().invoke(cli, [*args, "--differences"])
    assert plain.exit_code == 0 and detailed.exit_code == 0, detailed.output
    assert detailed.output.startswith(plain.output)
    listed = detailed.output[len(plain.output) :]
    assert "iran-denies-missiles-2024-09-10" in listed
    lines = listed.splitlines()
    rows = [k for k, line in enumerate(lines) if line.startswith(("  missed", "  extra", "  stance"))]
    assert rows
    assert all(lines[k + 1].lstrip().startswith("“") for k in rows)  # each with its sentence
