"""The notebooks run from a clean kernel, offline, and are committed without outputs."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from .conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def test_there_is_a_notebook_for_each_story():
    assert [p.name for p in NOTEBOOKS] == [
        "01-seed-article.ipynb",
        "02-supply-network.ipynb",
        "03-contested-claims.ipynb",
    ]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_notebook_has_no_outputs_or_execution_counts(path: Path):
    nb = nbformat.read(path, as_version=4)
    dirty = [i for i, c in enumerate(nb.cells) if c.cell_type == "code" and (c.outputs or c.execution_count)]
    assert dirty == [], f"{path.name}: cells {dirty} carry outputs; clear them before committing"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs_without_error_from_a_clean_kernel(path: Path, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("ARMSGRAPH_DB", str(tmp_path / "graph.db"))
    monkeypatch.setenv("ARMSGRAPH_SIPRI", str(ROOT / "tests" / "data" / "sipri-register.csv"))
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    )
    client.execute()  # raises CellExecutionError, naming the cell, on any error
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert any("image/png" in o.get("data", {}) for o in outputs), "the plots were drawn"
    assert any("<iframe srcdoc=" in o.get("data", {}).get("text/html", "") for o in outputs), (
        "the map is inline"
    )
