"""``Graph.show()`` in real JupyterLab: a live kernel runs the cell, and the map draws inline.

A JupyterLab server of the ``notebooks`` extra runs in a temporary folder; headless
Chromium opens a notebook there, runs its cells from the Run menu and looks inside
the output's iframe. Skipped without JupyterLab or Chromium locally, a failure in CI.
"""

from __future__ import annotations

import os
import secrets
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import nbformat
import pytest

from graph.builder import build_graph
from graph.render import build_map
from graph.stores import open_store
from graph.writer import write_graph
from loaders import read_fact_files

from .conftest import ROOT, SEED_FACTS, _browser_required


@pytest.fixture(scope="module")
def jupyterlab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str, Path]]:
    """The URL, token and notebook folder of a running JupyterLab server."""
    try:
        import jupyterlab  # noqa: F401
    except ImportError:
        if _browser_required():
            pytest.fail("JupyterLab must run here: pip install -e '.[test]'")
        pytest.skip("JupyterLab is not installed (pip install -e '.[notebooks]')")
    home = tmp_path_factory.mktemp("jupyter")
    folder = home / "notebooks"
    folder.mkdir()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    token = secrets.token_hex(16)
    env = {
        **os.environ,
        "JUPYTER_CONFIG_DIR": str(home / "config"),
        "JUPYTER_DATA_DIR": str(home / "data"),
        "JUPYTER_RUNTIME_DIR": str(home / "runtime"),
    }
    command = [sys.executable, "-m", "jupyterlab", "--no-browser", "--ip=127.0.0.1", f"--port={port}"]
    command += [f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={folder}"]
    # window.jupyterapp, so the test can wait for the kernel and run the cells by command
    command += ["--LabApp.expose_app_in_browser=True"]
    command += ["--allow-root"] if os.geteuid() == 0 else []
    log = (home / "server.log").open("w")
    server = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"JupyterLab did not start: {(home / 'server.log').read_text()[-2000:]}")
                time.sleep(0.3)
        yield f"http://127.0.0.1:{port}", token, folder
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()


def test_show_draws_the_map_inline_in_jupyterlab(jupyterlab, chromium, tmp_path):
    url, token, folder = jupyterlab
    db = tmp_path / "graph.db"
    notebook = nbformat.v4.new_notebook()
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    notebook.cells = [
        nbformat.v4.new_code_cell(
            f"import armsgraph\ng = armsgraph.Graph({str(db)!r})\ng.load({str(SEED_FACTS)!r})"
        ),
        nbformat.v4.new_code_cell("g.show(focus='irgc', depth=1, height=500)"),
        nbformat.v4.new_code_cell("g.close()"),
    ]
    nbformat.write(notebook, folder / "show.ipynb")

    page = chromium.new_page(viewport={"width": 1400, "height": 1000})
    (ROOT / "test-artifacts").mkdir(exist_ok=True)
    try:
        page.goto(f"{url}/lab/tree/show.ipynb?token={token}")
        page.wait_for_function(
            "() => window.jupyterapp && jupyterapp.shell.currentWidget?.sessionContext?.session?.kernel",
            timeout=90_000,
        )
        page.evaluate(
            """async () => {
                const notebook = jupyterapp.shell.currentWidget;
                await notebook.context.ready;
                await notebook.sessionContext.ready;
                await jupyterapp.commands.execute('notebook:run-all-cells');
            }"""
        )
        frame = page.wait_for_selector(".jp-OutputArea-output iframe", timeout=90_000).content_frame()
        frame.wait_for_function(
            "() => window.armsgraph && armsgraph.visible().nodes.length > 0", timeout=60_000
        )
        drawn = set(frame.evaluate("() => armsgraph.visible().nodes"))
        page.screenshot(path=ROOT / "test-artifacts" / "jupyterlab-show.png")
    except Exception:
        page.screenshot(path=ROOT / "test-artifacts" / "jupyterlab-show-failed.png")
        outputs = page.locator(".jp-OutputArea-output").all_inner_texts()
        pytest.fail(f"the map did not draw; cell outputs: {outputs}; screenshot in test-artifacts/")
    finally:
        page.close()

    with open_store("embedded", tmp_path / "expected.db") as store:
        write_graph(store, build_graph(read_fact_files([SEED_FACTS])))
        expected = set(build_map(store, focus="irgc", depth=1).nodes)
    assert drawn == expected
    assert {"irgc", "iran"} <= drawn
