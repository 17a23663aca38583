"""The team store: a Neo4j 5 server over Bolt, through the official driver.

Address and credentials come from the environment only (``NEO4J_URI``,
``NEO4J_USER``, ``NEO4J_PASSWORD``, ``NEO4J_DATABASE``), never from code,
and the password is never printed. ``neo4j://`` and ``neo4j+s://`` routing
URIs work, so a cluster or Aura can serve. Reads run in read transactions;
writes in managed write transactions, which the driver retries on transient
errors: the writer only MERGEs, so a retry is harmless. A load of up to
``transaction_rows`` rows is one transaction (a failure leaves nothing
behind); a larger one is split, and running it again completes it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import Any

import neo4j
from neo4j import graph
from neo4j.exceptions import (
    AuthError,
    ClientError,
    DriverError,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
)

from cypher import schema_statements

from ..errors import StoreError, StoreUnavailable
from .base import Node, Path, Relationship, Run

__all__ = ["Neo4jStore"]

_CONNECT_TIMEOUT = 5.0  # seconds: a wrong host should fail fast, not hang


class Neo4jStore:
    """A Neo4j database reached over Bolt.

    Parameters
    ----------
    uri : str
        ``bolt://``, ``neo4j://`` (routing) or their ``+s`` TLS forms.
    user, password : str
        Credentials; the password is kept only inside the driver.
    database : str, optional
        The database name; the server's default when omitted.

    Raises
    ------
    StoreUnavailable
        Unreachable server, refused credentials or unknown database, in one
        line that names the URI (never the password).
    """

    name = "neo4j"

    def __init__(self, uri: str, user: str, password: str, database: str | None = None):
        self.uri, self.user, self.database = uri, user, database
        # Bounded, because the server caps a transaction's memory; about 50,000
        # rows fit the 70% of a 512 MiB heap that a default server allows.
        self.transaction_rows = int(os.environ.get("ARMSGRAPH_NEO4J_TX_ROWS", "50000"))
        try:
            self._driver = neo4j.GraphDatabase.driver(
                uri,
                auth=(user, password),
                connection_timeout=_CONNECT_TIMEOUT,
                connection_acquisition_timeout=2 * _CONNECT_TIMEOUT,
                max_transaction_retry_time=15.0,
                notifications_min_severity="OFF",  # e.g. "type PRODUCES does not exist yet"
            )
            self._driver.verify_connectivity()  # no retries: a wrong address fails at once
            with self._session() as session:
                session.run("RETURN 1").consume()  # the database exists and lets us in
        except (Neo4jError, DriverError, ValueError) as exc:
            raise self._unavailable(exc) from None

    @classmethod
    def from_env(cls) -> Neo4jStore:
        """Connect with ``NEO4J_URI``, ``NEO4J_USER``, ``NEO4J_PASSWORD``, ``NEO4J_DATABASE``."""
        uri = os.environ.get("NEO4J_URI")
        if not uri:
            raise StoreUnavailable(
                "NEO4J_URI is not set: point it at your server (bolt://host:7687, neo4j+s://... for Aura) "
                'with NEO4J_USER and NEO4J_PASSWORD, or start a local one: eval "$(scripts/neo4j-server start)"'
            )
        return cls(
            uri,
            os.environ.get("NEO4J_USER", "neo4j"),
            os.environ.get("NEO4J_PASSWORD", ""),
            os.environ.get("NEO4J_DATABASE") or None,
        )

    def __enter__(self) -> Neo4jStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def run(
        self, query: str, params: Mapping[str, Any] | None = None, *, write: bool = False
    ) -> list[dict[str, Any]]:
        """Run one query in a read transaction, or a write one if ``write``."""
        params = dict(params or {})
        with self._session() as session:
            work = session.execute_write if write else session.execute_read
            try:
                return work(lambda tx: _rows(tx.run(query, params)))
            except (Neo4jError, DriverError) as exc:
                raise self._error(exc) from None

    def atomic[T](self, work: Callable[[Run], T]) -> T:
        """Run ``work(run)`` in one write transaction: all of it lands, or none."""
        with self._session() as session:
            try:
                return session.execute_write(lambda tx: work(lambda q, p: _rows(tx.run(q, p))))
            except (Neo4jError, DriverError) as exc:
                raise self._error(exc) from None

    def ensure_schema(self) -> None:
        """Create the constraints and indexes of ``cypher/schema/neo4j.cypher`` (idempotent)."""
        with self._session() as session:
            for statement in schema_statements("neo4j"):
                try:
                    session.run(statement).consume()
                except (Neo4jError, DriverError) as exc:
                    raise self._error(exc) from None

    def close(self) -> None:
        """Close the driver and its connections."""
        self._driver.close()

    def _session(self) -> Any:
        return self._driver.session(database=self.database)

    def _unavailable(self, exc: Exception) -> StoreUnavailable:
        where = f"Neo4j at {self.uri}" + (f" (database {self.database!r})" if self.database else "")
        if isinstance(exc, AuthError):
            return StoreUnavailable(
                f"{where} refused the credentials of user {self.user!r}; check NEO4J_USER and NEO4J_PASSWORD"
            )
        if isinstance(exc, ClientError) and "DatabaseNotFound" in (exc.code or ""):
            return StoreUnavailable(f"{where}: no such database; check NEO4J_DATABASE")
        reason = getattr(exc, "message", None) or str(exc) or type(exc).__name__
        return StoreUnavailable(f"cannot reach {where}: {reason.splitlines()[0]}")

    def _error(self, exc: Neo4jError | DriverError) -> StoreError:
        if isinstance(exc, ServiceUnavailable | SessionExpired):
            return self._unavailable(exc)
        if isinstance(exc, ClientError) and "AccessMode" in (exc.code or ""):
            return StoreError("this query writes to the graph; run it with --write (write=True)")
        if isinstance(exc, Neo4jError):
            return StoreError(f"neo4j: {exc.message}")
        return StoreError(f"neo4j driver: {exc}")


def _rows(result: Any) -> list[dict[str, Any]]:
    return [{key: _value(value) for key, value in record.items()} for record in result]


def _value(value: Any) -> Any:
    """Driver values → plain Python and armsgraph graph values."""
    if isinstance(value, graph.Node):
        return Node(value.element_id, _labels(value.labels), {k: _value(v) for k, v in value.items()})
    if isinstance(value, graph.Relationship):
        return Relationship(
            value.element_id,
            value.type,
            value.start_node.element_id,
            value.end_node.element_id,
            {k: _value(v) for k, v in value.items()},
        )
    if isinstance(value, graph.Path):
        return Path(tuple(_value(n) for n in value.nodes), tuple(_value(r) for r in value.relationships))
    if isinstance(value, list):
        return [_value(v) for v in value]
    if isinstance(value, dict):
        return {k: _value(v) for k, v in value.items()}
    return value


def _labels(labels: frozenset[str]) -> tuple[str, ...]:
    """Labels in the embedded store's order: ``Entity`` first, then the type."""
    return tuple(sorted(labels, key=lambda label: (label != "Entity", label)))
