"""An article's text → one fact document (DESIGN.md "Fact format").

The headline (the first short line without final punctuation) becomes the
article title and is not read for facts; the publication date comes from the
caller or from a dateline in the header ("By X September 10, 2024"). Every
entity the facts reference is listed under ``entities`` with its id, type,
name and aliases, so the document loads on its own.

Examples
--------
>>> doc = extract_text("Iran denies supplying drones to Russia.", article_id="a1")
>>> [(f.predicate.value, f.subject, f.stance.value) for f in doc.facts]
[('SUPPLIES', 'iran', 'reported'), ('DENIES', 'iran', 'asserted')]
>>> sorted(e.id for e in doc.entities)
['drone', 'iran', 'russia']
"""

from __future__ import annotations

import datetime as dt
import os
import re
from functools import cache
from pathlib import Path
from typing import Any

from graph.facts import Article, EntitySpec, FactDocument
from graph.gazetteer import Gazetteer
from graph.ontology import slugify

from .dates import find_published
from .mentions import Recognizer
from .reading import ArticleText, read_article
from .rules import RuleReader

__all__ = ["extract_file", "extract_text", "to_data"]

_CHUNK = 20_000  # characters handed to spaCy at a time; long paragraphs are cut at sentence ends
# what a line that ends a sentence or a paragraph ends with
_LINE_ENDS = frozenset('.!?:;"”’)')
_HEADER_LINES = 8
_SOVIET_END = dt.date(1991, 12, 26)  # before it, "Moscow", "Russia" and "the Russians" are the Soviet Union


def extract_file(
    path: str | os.PathLike[str], *, published: dt.date | None = None, gazetteer: Gazetteer | None = None
) -> FactDocument:
    """Read the article at ``path`` (text or HTML) and extract its fact document.

    Raises
    ------
    ArticleError
        The file cannot be read or holds no article text.
    """
    article = read_article(path)
    return extract_text(
        article, article_id=slugify(Path(path).stem) or "article", published=published, gazetteer=gazetteer
    )


def extract_text(
    text: str | ArticleText,
    *,
    article_id: str,
    title: str | None = None,
    published: dt.date | None = None,
    gazetteer: Gazetteer | None = None,
) -> FactDocument:
    """Extract the fact document of an article's text."""
    article = text if isinstance(text, ArticleText) else ArticleText(text)
    gaz = gazetteer or Gazetteer.default()
    lines = _unwrapped(article.body)
    headline = _headline(lines)
    if headline is not None:
        lines.remove(headline)
    title = title or article.title or headline or (lines[0][:120] if lines else article_id)
    published = published or find_published(lines[:_HEADER_LINES])
    recognizer = _recognizer(gaz)
    sentences, new = recognizer.read(_chunks(lines))
    facts = RuleReader(gaz, new).facts(sentences, published)
    if published is not None and published < _SOVIET_END:
        facts = [_soviet(f) for f in facts]
    entities = _entities(facts, gaz, new)
    return FactDocument(
        article=Article(id=article_id, title=title, published=published.isoformat() if published else None),
        entities=entities,
        facts=facts,
    )


def _unwrapped(body: str) -> list[str]:
    """The text's non-empty lines, with sentences hard-wrapped over several lines (plain-text wire
    copy: "made a protest to Russia / over weapons transfers") joined back: a line goes on when the
    one before ends with a comma, or ends without a sentence's end and this one opens in lower case."""
    out: list[str] = []
    for line in (raw.strip() for raw in body.split("\n")):
        if (
            line
            and out
            and out[-1]
            and (out[-1][-1] == "," or (out[-1][-1] not in _LINE_ENDS and line[0].islower()))
        ):
            out[-1] += " " + line
        else:
            out.append(line)
    return [line for line in out if line]


def to_data(document: FactDocument) -> dict[str, Any]:
    """The document as plain data for YAML or JSON, without empty fields."""
    data = document.model_dump(mode="json", exclude_none=True)
    for section in ("entities", "facts"):
        data[section] = [{k: v for k, v in item.items() if v != []} for item in data[section]]
    return data


def _soviet(fact: dict[str, Any]) -> dict[str, Any]:
    """The fact of an article written while the Soviet Union stood, with Russia read as the Soviet
    Union ("the second consignment of helicopters the Russians have sent to Nicaragua", 1986)."""

    def of_its_time(x: str) -> str:
        return "soviet-union" if x == "russia" else x

    out = dict(fact)
    for key in ("subject", "object"):
        if isinstance(out.get(key), str):
            out[key] = of_its_time(out[key])
    for key in ("attributed_to", "against"):
        if key in out:
            out[key] = [of_its_time(x) for x in out[key]]
    return out


@cache
def _recognizer(gaz: Gazetteer) -> Recognizer:
    return Recognizer(gaz)


def _headline(lines: list[str]) -> str | None:
    """The first short line without final punctuation, among the header lines."""
    for line in lines[:_HEADER_LINES]:
        words = line.split()
        if line[-1] in ".!?”\"'’:" and len(words) > 8:
            return None  # the body has started: no headline
        if line[-1] in ".!?”\"'’:" or not 4 <= len(words) <= 25:
            continue
        if re.search(r"\b(?:update|updated|published)\b|^by\b", line, re.I) or re.search(r"\d{4}", line):
            continue
        return line
    return None


def _chunks(lines: list[str]) -> list[str]:
    """Lines, with very long ones cut after a sentence end so spaCy never sees a huge text."""
    out: list[str] = []
    for line in lines:
        while len(line) > _CHUNK:
            cut = max(line.rfind(". ", 0, _CHUNK), line.rfind(" ", 0, _CHUNK))
            cut = cut + 1 if cut > 0 else _CHUNK
            out.append(line[:cut].strip())
            line = line[cut:].strip()
        if line:
            out.append(line)
    return out


def _entities(facts: list[dict[str, Any]], gaz: Gazetteer, new: dict[str, EntitySpec]) -> list[EntitySpec]:
    ids: list[str] = []
    for fact in facts:
        for key in ("subject", "object"):
            if fact.get(key):
                ids.append(fact[key])
        for key in ("weapons", "attributed_to", "against"):
            ids += fact.get(key, [])
    out: list[EntitySpec] = []
    seen: set[str] = set()
    for entity_id in ids:
        spec = new.get(entity_id) or gaz.get(entity_id)
        if spec is not None and entity_id not in seen:
            seen.add(entity_id)
            out.append(spec)
    return out
