"""The embedded store survives what a laptop throws at it: killed processes, interrupted loads."""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from graph.stores import open_store
from graph.stores.embedded import SNAPSHOT

from .conftest import ROOT, SEED_FACTS, counts


def test_a_server_left_dead_by_a_killed_process_is_replaced_with_a_note(tmp_path, caplog):
    db = tmp_path / "graph.db"
    loaded = subprocess.run(
        [
            sys.executable,
            "-c",
            "from armsgraph.cli import cli; cli()",
            "--db",
            str(db),
            "load",
            str(SEED_FACTS),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert loaded.returncode == 0, loaded.stderr
    # A process that dies hard leaves its server registered; here the server dies too.
    store = open_store("embedded", db)
    settings = json.loads(db.with_name(db.name + ".settings").read_text())
    pid = int(Path(settings["pidfile"]).read_text())
    os.kill(pid, signal.SIGKILL)
    time.sleep(0.2)
    store._db = None  # the process "died": it never closes its store
    with caplog.at_level(logging.WARNING, logger="armsgraph"), open_store("embedded", db) as again:
        assert counts(again) == (60, 170)
    assert "the embedded server of an earlier run is gone" in caplog.text


def test_a_load_interrupted_mid_way_is_rolled_back_on_next_open(tmp_path, caplog):
    db = tmp_path / "graph.db"
    with open_store("embedded", db) as store:
        store.run("CREATE (:Entity {id: 'kept'})", write=True)
        store._graph.copy(SNAPSHOT)  # what a load does first ...
        store.run("CREATE (:Entity {id: 'half-written'})", write=True)  # ... then dies part-way
        store.persist()
    with caplog.at_level(logging.WARNING, logger="armsgraph"), open_store("embedded", db) as store:
        ids = [r["id"] for r in store.run("MATCH (e:Entity) RETURN e.id AS id")]
    assert ids == ["kept"]
    assert "a load was interrupted" in caplog.text
