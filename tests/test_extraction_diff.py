"""`scripts/extraction_diff.py`: what a change to the extractor does to unannotated text."""

import importlib.util
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "extraction_diff.py"


def _module():
    spec = importlib.util.spec_from_file_location("extraction_diff", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_an_unchanged_extractor_shows_no_difference(tmp_path):
    (tmp_path / "denial-2024-03-01.txt").write_text("Iran denied sending drones to Russia.\n")
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--against", "HEAD", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["1 articles, 0 changed: +0 -0 facts against HEAD"]


def test_a_statement_is_compared_by_its_claim_not_its_fact_id():
    module = _module()
    claim = {"id": "f7", "predicate": "SUPPLIES", "stance": "reported", "subject": "iran", "object": "russia"}
    denial = {
        "id": "f8",
        "predicate": "DENIES",
        "stance": "asserted",
        "subject": "iran",
        "claim": "f7",
        "quote": "x",
    }
    line = module._line(denial, {"f7": claim, "f8": denial})
    assert line.startswith("DENIES asserted iran → (SUPPLIES reported iran → russia)")
    assert "f7" not in line


def test_a_missing_folder_is_named():
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "no/such/folder"], capture_output=True, text=True, cwd=ROOT
    )
    assert done.returncode == 1
    assert "no/such/folder: no such folder" in done.stderr
