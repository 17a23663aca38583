"""The default store: FalkorDB embedded in the Python package (FalkorDBLite).

No server to install: the store is one file on disk (``--db PATH``, env
``ARMSGRAPH_DB``), served by a private FalkorDB process over a Unix socket
while the store is open. The graph is a projection of the fact files and can
be rebuilt from them at any time.

FalkorDB has no multi-query transactions, so :meth:`EmbeddedStore.atomic`
snapshots the graph (``GRAPH.COPY``) before a load and restores it if the
load fails; a snapshot found on open means a load was interrupted, and it
is restored then.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import signal
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from falkordb.edge import Edge
from falkordb.node import Node as FNode
from falkordb.path import Path as FPath

from cypher import schema_statements

from ..errors import StoreError, StoreUnavailable
from .base import Node, Relationship, Run
from .base import Path as GraphPath

__all__ = ["DEFAULT_DB", "EmbeddedStore"]

T = TypeVar("T")
log = logging.getLogger("armsgraph")

DEFAULT_DB = Path(".armsgraph") / "graph.db"
GRAPH = "armsgraph"
SNAPSHOT = "armsgraph__before_load"


class EmbeddedStore:
    """A FalkorDBLite graph in the file ``path``.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> with EmbeddedStore(pathlib.Path(tempfile.mkdtemp()) / "g.db") as store:
    ...     store.run("RETURN 1 AS one")
    [{'one': 1}]
    """

    name = "embedded"
    transaction_rows = None  # a load is made atomic by a snapshot, whatever its size

    def __init__(self, path: str | os.PathLike[str] = DEFAULT_DB):
        self.path = Path(path).resolve()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreUnavailable(
                f"cannot create the folder of the embedded store {self.path}: {exc}"
            ) from None
        self._clear_stale_server()
        try:
            from redislite.falkordb_client import FalkorDB

            # No client-side timeout: redis-py's default of 5 s failed big loads and long
            # queries on a busy machine ("Timeout reading from socket"); the server is local.
            self._db = FalkorDB(str(self.path), socket_timeout=None)
        except Exception as exc:
            raise StoreUnavailable(
                f"cannot start the embedded store at {self.path}: {exc}. "
                "If another armsgraph process is using it, wait for it to finish."
            ) from None
        self._graph = self._db.select_graph(GRAPH)
        self._recover_interrupted_load()
        if GRAPH not in self._graphs():
            self._graph.query("RETURN 0")  # create the empty graph, so reads answer rather than fail

    def __enter__(self) -> EmbeddedStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def run(
        self, query: str, params: Mapping[str, Any] | None = None, *, write: bool = False
    ) -> list[dict[str, Any]]:
        """Run one query; read-only unless ``write`` is true."""
        call = self._graph.query if write else self._graph.ro_query
        try:
            result = call(query, dict(params or {}))
        except Exception as exc:
            message = str(exc)
            if "read-only" in message:
                raise StoreError("this query writes to the graph; run it with --write (write=True)") from None
            raise StoreError(f"embedded store: {message}") from None
        columns = [name for _, name in result.header]
        return [dict(zip(columns, (_value(v) for v in row), strict=True)) for row in result.result_set]

    def atomic(self, work: Callable[[Run], T]) -> T:
        """Run ``work(run)``; if it raises, the graph is restored as it was."""
        existed = GRAPH in self._graphs()
        if existed:
            _copy(self._graph, SNAPSHOT)
        try:
            result = work(lambda q, p: self.run(q, p, write=True))
        except BaseException:
            self._restore(existed)
            raise
        self._drop(SNAPSHOT)
        self.persist()
        return result

    def ensure_schema(self) -> None:
        """Create the indexes of ``cypher/schema/falkordb.cypher`` if missing."""
        for statement in schema_statements("falkordb"):
            try:
                self.run(statement, write=True)
            except StoreError as exc:
                if "already indexed" not in str(exc):
                    raise

    def persist(self) -> None:
        """Write the graph to the store file now."""
        self._db.client.execute_command("SAVE")

    def close(self) -> None:
        """Save and stop the embedded server (unless another process still uses it).

        FalkorDB's own SHUTDOWN takes seconds; the graph is saved first, so
        stopping the server outright loses nothing and takes milliseconds.
        """
        db, self._db = getattr(self, "_db", None), None
        if db is None:
            return
        client = db.client
        try:
            pid = client.pid
            if pid and client._connection_count() <= 1:
                client.execute_command("SAVE")
                os.kill(pid, signal.SIGKILL)
                _wait_until_gone(pid)
                client.connection_pool.disconnect()
                if client.redis_dir:
                    shutil.rmtree(client.redis_dir, ignore_errors=True)
                Path(client.settingregistryfile).unlink(missing_ok=True)
        finally:
            db.close()  # redislite's own cleanup; nothing left to do once the server is gone

    def _graphs(self) -> list[str]:
        return list(self._db.list_graphs())

    def _drop(self, name: str) -> None:
        if name in self._graphs():
            self._db.select_graph(name).delete()

    def _restore(self, existed: bool) -> None:
        self._drop(GRAPH)
        if existed:
            _copy(self._db.select_graph(SNAPSHOT), GRAPH)
            self._drop(SNAPSHOT)
        self._graph = self._db.select_graph(GRAPH)
        self.persist()

    def _recover_interrupted_load(self) -> None:
        if SNAPSHOT in self._graphs():
            log.warning("%s: a load was interrupted; restoring the graph as it was before it", self.path)
            self._restore(existed=True)

    def _clear_stale_server(self) -> None:
        """Forget a server that a killed process left registered but dead."""
        settings = self.path.with_name(self.path.name + ".settings")
        if not settings.exists():
            return
        try:
            info = json.loads(settings.read_text())
            pid = int(Path(info["pidfile"]).read_text().strip())
            alive = _running(pid) and Path(info["unixsocket"]).exists()
        except (OSError, ValueError, KeyError):
            alive = False
        if not alive:
            log.warning("%s: the embedded server of an earlier run is gone; starting a new one", self.path)
            settings.unlink(missing_ok=True)


def _running(pid: int) -> bool:
    """True while the process exists and is not a zombie waiting to be reaped."""
    import psutil

    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def _wait_until_gone(pid: int, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while _running(pid) and time.monotonic() < deadline:
        time.sleep(0.01)


def _value(value: Any) -> Any:
    """FalkorDB result values → plain Python and armsgraph graph values."""
    if isinstance(value, FNode):
        return Node(str(value.id), tuple(value.labels or ()), _plain(value.properties))
    if isinstance(value, Edge):
        return Relationship(
            str(value.id),
            value.relation,
            str(_node_id(value.src_node)),
            str(_node_id(value.dest_node)),
            _plain(value.properties),
        )
    if isinstance(value, FPath):
        return GraphPath(tuple(_value(n) for n in value.nodes()), tuple(_value(e) for e in value.edges()))
    if isinstance(value, list):
        return [_value(v) for v in value]
    if isinstance(value, Mapping):
        return {k: _value(v) for k, v in value.items()}
    return value


def _node_id(node: Any) -> Any:
    return getattr(node, "id", node)


def _plain(props: Mapping[str, Any]) -> dict[str, Any]:
    return {k: _value(v) for k, v in props.items()}


def _copy(graph: Any, name: str) -> None:
    """Copy ``graph`` to a graph called ``name``.

    FalkorDB copies in a forked child, and Redis forks one child at a time: it reaps the last
    one in its periodic cron (every 100 ms), so a copy asked for right after another can find
    no fork free ("could not fork"). Loads one right after another did, some hundred loads in;
    the copy is asked for again until the child is reaped.
    """
    deadline = time.monotonic() + 5
    while True:
        try:
            graph.copy(name)
            return
        except Exception as exc:
            if "could not fork" not in str(exc) or time.monotonic() > deadline:
                raise StoreError(f"embedded store: cannot snapshot the graph before writing: {exc}") from None
            time.sleep(0.05)
