"""What a change to the extractor adds and removes, article by article.

Extracts every article in the given folders twice, with the code of a git
revision (checked out in a temporary worktree) and with the working tree, and
prints the facts that differ, each with its quote. Read it before committing a
rule: an annotated set scores a change, this shows what it does to text nobody
annotated (``data/fresh/``).

    .venv/bin/python scripts/extraction_diff.py                # working tree vs HEAD
    .venv/bin/python scripts/extraction_diff.py --against main data/fresh

An article's publication date is read from its file name (``...-2024-09-21.txt``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FOLDERS = ["data/fresh", "data/dev/articles", "data/articles"]
_DATED = re.compile(r"(\d{4}-\d{2}-\d{2})$")


def article_files(folders: list[str]) -> list[Path]:
    """The articles (``.txt``, ``.html``) in the folders, in a stable order."""
    files = []
    for folder in folders:
        path = Path(folder)
        if not path.is_dir():
            raise SystemExit(f"Error: {folder}: no such folder")
        files += sorted(p for p in path.iterdir() if p.suffix in {".txt", ".html", ".htm"})
    return files


def summaries(files: list[Path]) -> dict[str, list[str]]:
    """One line per extracted fact of each article, with the extractor importable from the cwd."""
    sys.path.insert(0, os.getcwd())
    from loaders.extract import extract_file, to_data

    out = {}
    for path in files:
        dated = _DATED.search(path.stem)
        published = dt.date.fromisoformat(dated.group(1)) if dated else None
        data = to_data(extract_file(path, published=published))
        facts = {fact["id"]: fact for fact in data["facts"]}
        out[str(path)] = sorted(_line(fact, facts) for fact in data["facts"])
    return out


def _line(fact: dict[str, Any], facts: dict[str, dict[str, Any]]) -> str:
    """A fact as one comparable line; a statement names its claim by content, not by id."""
    parts = [fact["predicate"], fact["stance"], fact["subject"], "→", _object(fact, facts)]
    for key, value in sorted(fact.items()):
        if key not in {"id", "predicate", "stance", "subject", "object", "claim", "quote", "record"}:
            parts.append(f"{key}={value}")
    return " ".join(parts) + f"  « {' '.join(fact['quote'].split())} »"


def _object(fact: dict[str, Any], facts: dict[str, dict[str, Any]]) -> str:
    if "claim" not in fact:
        return fact["object"]
    claim = facts[fact["claim"]]
    return f"({claim['predicate']} {claim['stance']} {claim['subject']} → {_object(claim, facts)})"


def _extract_at(revision: str, files: list[Path]) -> dict[str, list[str]]:
    """The summaries with the extractor of a git revision, from a throwaway worktree."""
    with tempfile.TemporaryDirectory(prefix="armsgraph-diff-") as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(tree), revision], check=True
        )
        try:
            return _extract_in(tree, files)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True)


def _extract_in(code: Path, files: list[Path]) -> dict[str, list[str]]:
    """The summaries computed in a fresh interpreter whose extractor is the one under ``code``."""
    command = [sys.executable, __file__, "--summaries", *map(str, files)]
    done = subprocess.run(command, cwd=code, capture_output=True, text=True, check=False)
    if done.returncode:
        raise SystemExit(f"Error: extraction failed in {code}:\n{done.stderr}")
    return {_shown(Path(k)): v for k, v in json.loads(done.stdout).items()}


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", help="article folders (default: fresh, dev and seed articles)")
    parser.add_argument("--against", default="HEAD", help="git revision to compare with (default HEAD)")
    parser.add_argument("--summaries", action="store_true", help=argparse.SUPPRESS)  # one side, as JSON
    args = parser.parse_args(argv)
    if args.summaries:
        print(json.dumps(summaries([Path(f) for f in args.paths])))
        return 0
    files = [f.resolve() for f in article_files(args.paths or [str(ROOT / f) for f in DEFAULT_FOLDERS])]
    before, after = _extract_at(args.against, files), _extract_in(ROOT, files)
    added = removed = changed = 0
    for name in before:
        old, new = set(before[name]), set(after[name])
        if old == new:
            continue
        changed += 1
        print(name)
        for line in sorted(old - new):
            print("  -", line)
        for line in sorted(new - old):
            print("  +", line)
        removed, added = removed + len(old - new), added + len(new - old)
    print(f"{len(files)} articles, {changed} changed: +{added} -{removed} facts against {args.against}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
