"""Curated fact files: YAML or JSON documents in the DESIGN.md fact format."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from graph.errors import FactValidationError, Problem
from graph.facts import FactFile, parse_document

__all__ = ["FACT_SUFFIXES", "find_fact_files", "read_fact_file", "read_fact_files"]

FACT_SUFFIXES = (".yaml", ".yml", ".json")


def find_fact_files(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The fact files named by ``paths``: files as given, folders searched recursively.

    Raises
    ------
    FactValidationError
        For a path that does not exist or a folder without fact files.
    """
    found: list[Path] = []
    problems: list[Problem] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.suffix in FACT_SUFFIXES and p.is_file())
            if not files:
                problems.append(
                    Problem(str(path), f"no fact files ({', '.join(FACT_SUFFIXES)}) in this folder")
                )
            found += files
        elif path.is_file():
            found.append(path)
        else:
            problems.append(Problem(str(path), "no such file or folder"))
    if problems:
        raise FactValidationError(problems)
    return found


def read_fact_file(path: str | os.PathLike[str]) -> FactFile:
    """Parse and validate one fact document (YAML or JSON by its suffix).

    Raises
    ------
    FactValidationError
        Naming the file, and the line, fact id and field where known.
    """
    name = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise FactValidationError(
            [Problem(name, f"not UTF-8 text ({exc.reason} at byte {exc.start})")]
        ) from None
    except OSError as exc:
        raise FactValidationError([Problem(name, f"cannot read: {exc.strerror}")]) from None
    if Path(path).suffix == ".json":
        data, lines = _json(name, text), {}
    else:
        data, lines = _yaml(name, text)
    if not isinstance(data, dict):
        raise FactValidationError([Problem(name, "expected a document with 'article' and 'facts'")])
    return parse_document(data, file=name, lines=lines)


def read_fact_files(paths: Iterable[str | os.PathLike[str]]) -> list[FactFile]:
    """Read every fact file under ``paths``, reporting the problems of all of them at once."""
    files: list[FactFile] = []
    problems: list[Problem] = []
    for path in find_fact_files(paths):
        try:
            files.append(read_fact_file(path))
        except FactValidationError as exc:
            problems += exc.problems
    if problems:
        raise FactValidationError(problems)
    return files


def _json(name: str, text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise FactValidationError([Problem(name, f"invalid JSON: {exc.msg}", line=exc.lineno)]) from None


def _yaml(name: str, text: str) -> tuple[Any, dict[int, int]]:
    """The data, and the line of each item of ``facts`` by its position."""
    try:
        data = yaml.safe_load(text)
        root = yaml.compose(text)
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise FactValidationError([Problem(name, f"invalid YAML: {exc.problem}", line=line)]) from None
    except yaml.YAMLError as exc:
        raise FactValidationError([Problem(name, f"invalid YAML: {exc}")]) from None
    lines: dict[int, int] = {}
    if isinstance(root, yaml.MappingNode):
        for key, value in root.value:
            if key.value == "facts" and isinstance(value, yaml.SequenceNode):
                lines = {i: item.start_mark.line + 1 for i, item in enumerate(value.value)}
    return data, lines
