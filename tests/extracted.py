"""What the extractor makes of a few sentences, as plain data: the helpers of the extraction tests."""

from __future__ import annotations

import datetime as dt

from loaders.extract import extract_text


def facts_of(text: str, published: dt.date | None = dt.date(2024, 9, 10)) -> list[dict]:
    """The facts extracted from ``text``, as JSON-ready dicts without empty fields."""
    doc = extract_text(text, article_id="t", published=published)
    return [f.model_dump(mode="json", exclude_none=True) for f in doc.facts]


def only(facts: list[dict], predicate: str) -> list[dict]:
    """The facts of one predicate."""
    return [f for f in facts if f["predicate"] == predicate]


def pairs(facts: list[dict], predicate: str) -> set[tuple[str, str]]:
    """(subject, object) of the facts of one predicate."""
    return {(f["subject"], f["object"]) for f in only(facts, predicate)}
