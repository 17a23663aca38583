"""Scoring extracted facts against hand-annotated fact files.

A fact matches on predicate, subject and object; a DENIES / CONFIRMS /
REPORTS statement on its subject and the claim it points at (that claim's
predicate, subject and object). Attribution counts as statements too: a
fact ``attributed_to`` X states a REPORTS (CONFIRMS when confirmed, DENIES
when denied) by X, as the graph builder records it, so both ways of writing
an attribution score the same. Matching is one to one, pairing facts quoted
from the same sentence first. Stance accuracy is measured on matched facts;
a *denial inversion* is a claim the gold denies in a sentence, extracted
from that sentence as a positive fact that nothing denies (unless the gold
itself holds that claim positive in the sentence: an admission beside a denial).
Each disagreement is kept as a :class:`Difference` (a fact missed, one extra,
a stance that differs), for a reviewer to read beside the scores.

Examples
--------
>>> from graph.facts import FactDocument
>>> gold = FactDocument.model_validate({"article": {"id": "a", "title": "t"}, "facts": [
...     {"id": "f1", "predicate": "SUPPLIES", "subject": "iran", "object": "russia",
...      "stance": "reported", "quote": "Iran denies sending drones."},
...     {"id": "f2", "predicate": "DENIES", "subject": "iran", "claim": "f1",
...      "stance": "asserted", "quote": "Iran denies sending drones."}]})
>>> s = score_documents([(gold, gold)])
>>> s.overall().f1, s.inversions
(1.0, 0)
"""

from __future__ import annotations

import datetime as dt
import os
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from graph.errors import ArticleError
from graph.facts import Fact, FactDocument
from graph.ontology import Predicate, Stance

__all__ = ["CORE_PREDICATES", "Counts", "Difference", "Scores", "evaluate", "score_documents"]

CORE_PREDICATES = ("SUPPLIES", "TRAINS", "USES", "DENIES", "CONFIRMS", "REPORTS", "WARNS")


@dataclass
class Counts:
    """True positives, false positives and false negatives, with P/R/F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return round(2 * p * r / (p + r), 4) if p + r else 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


@dataclass(frozen=True)
class Difference:
    """One disagreement with the gold in one article.

    ``kind`` is ``missed`` (a gold fact not extracted), ``extra`` (an extracted fact
    not in the gold) or ``stance`` (matched, with another stance); ``stance`` is the
    gold's (the extractor's for an extra one), ``found_stance`` the extractor's.
    """

    document: str
    kind: str
    predicate: str
    statement: str
    stance: str
    found_stance: str | None
    quote: str

    def __str__(self) -> str:
        stance = self.stance if self.found_stance is None else f"{self.stance}, found {self.found_stance}"
        return f"{self.kind:<7} {self.predicate:<9} {self.statement}  [{stance}]\n        “{self.quote}”"


@dataclass
class Scores:
    """Per-predicate counts, stance agreement and denial inversions over documents."""

    by_predicate: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    stance_matched: int = 0
    stance_agreed: int = 0
    inversions: int = 0
    documents: int = 0
    differences: list[Difference] = field(default_factory=list)
    by_document: dict[str, Counts] = field(default_factory=dict)  # core predicates, per article

    def overall(self, predicates: tuple[str, ...] = CORE_PREDICATES) -> Counts:
        """Counts summed over ``predicates`` (the core ones by default)."""
        return sum((self.by_predicate.get(name, Counts()) for name in predicates), Counts())

    @property
    def stance_accuracy(self) -> float:
        return self.stance_agreed / self.stance_matched if self.stance_matched else 0.0

    def table(self) -> str:
        """A plain-text table of the scores."""
        lines = [f"{'predicate':<12} {'gold':>5} {'found':>6} {'match':>6} {'P':>6} {'R':>6} {'F1':>6}"]
        for name in sorted(self.by_predicate, key=lambda p: (p not in CORE_PREDICATES, p)):
            lines.append(_row(name, self.by_predicate[name]))
        lines.append(_row("core", self.overall()))
        lines.append(_row("all", self.overall(tuple(self.by_predicate))))
        lines.append(
            f"stance accuracy on matched facts: {self.stance_accuracy:.3f} ({self.stance_agreed}/{self.stance_matched})"
        )
        lines.append(f"denial inversions: {self.inversions}")
        lines.append(f"documents: {self.documents}")
        return "\n".join(lines) + "\n"

    def differences_text(self, predicates: tuple[str, ...] = CORE_PREDICATES) -> str:
        """The disagreements on ``predicates``, article by article, each with its sentence."""
        lines: list[str] = []
        document = None
        for d in self.differences:
            if d.predicate not in predicates:
                continue
            if d.document != document:
                document = d.document
                c = self.by_document[document]
                lines.append(f"\n{document}  (core P {c.precision:.2f} R {c.recall:.2f} F1 {c.f1:.2f})")
            lines.append(f"  {d}")
        return "\n".join(lines) + "\n" if lines else ""


def _row(name: str, c: Counts) -> str:
    return f"{name:<12} {c.tp + c.fn:>5} {c.tp + c.fp:>6} {c.tp:>6} {c.precision:>6.3f} {c.recall:>6.3f} {c.f1:>6.3f}"


@dataclass(frozen=True)
class _Item:
    predicate: str
    key: tuple
    stance: str
    quote: str
    denied: bool


def score_documents(pairs: list[tuple[FactDocument, FactDocument]]) -> Scores:
    """Score (gold, extracted) document pairs."""
    scores = Scores()
    for gold, found in pairs:
        scores.documents += 1
        g_items, p_items = _items(gold), _items(found)
        matched = _match(g_items, p_items)
        here: dict[str, Counts] = {}
        for pred in {i.predicate for i in g_items} | {i.predicate for i in p_items}:
            hits = sum(1 for g, _ in matched if g.predicate == pred)
            missed = sum(1 for i in g_items if i.predicate == pred) - hits
            extra = sum(1 for i in p_items if i.predicate == pred) - hits
            here[pred] = Counts(tp=hits, fp=extra, fn=missed)
            scores.by_predicate[pred] += here[pred]
        core = (here.get(pred, Counts()) for pred in CORE_PREDICATES)
        scores.by_document[gold.article.id] = sum(core, Counts())
        for g, p in matched:
            scores.stance_matched += 1
            scores.stance_agreed += g.stance == p.stance
        scores.inversions += _inversions(g_items, p_items)
        scores.differences += _differences(gold.article.id, g_items, p_items, matched)
    return scores


def _differences(
    document: str, gold: list[_Item], found: list[_Item], matched: list[tuple[_Item, _Item]]
) -> list[Difference]:
    paired_gold = {id(g) for g, _ in matched}
    paired_found = {id(p) for _, p in matched}
    out = [
        Difference(document, "missed", g.predicate, _said(g.key), g.stance, None, _flat(g.quote))
        for g in gold
        if id(g) not in paired_gold
    ]
    out += [
        Difference(document, "extra", p.predicate, _said(p.key), p.stance, None, _flat(p.quote))
        for p in found
        if id(p) not in paired_found
    ]
    out += [
        Difference(document, "stance", g.predicate, _said(g.key), g.stance, p.stance, _flat(g.quote))
        for g, p in matched
        if g.stance != p.stance
    ]
    return out


def _said(key: tuple) -> str:
    """A match key in words: ``iran → russia``; a statement ``kanani → SUPPLIES(iran → russia)``."""
    subject, what = key
    if isinstance(what, tuple):
        predicate, inner_subject, inner = what
        return f"{subject} → {predicate}({_said((inner_subject, inner))})"
    return f"{subject} → {what}"


def evaluate(gold_dir: str | os.PathLike[str], articles_dir: str | os.PathLike[str]) -> Scores:
    """Extract every article that has a gold fact file and score the result.

    The article for ``GOLD/x.yaml`` is ``ARTICLES/x.txt`` (or ``.html``); its
    publication date and title come from the gold file's ``article``.

    Raises
    ------
    ArticleError
        A gold file without its article, or an article that cannot be read.
    FactValidationError
        A gold file that is not a valid fact document.
    """
    from loaders.factfile import read_fact_files

    from .document import extract_text
    from .reading import ARTICLE_SUFFIXES, read_article

    pairs = []
    for gold_file in read_fact_files([gold_dir]):
        gold = gold_file.document
        stem = Path(gold_file.path).stem
        candidates = [Path(articles_dir) / f"{stem}{suffix}" for suffix in ARTICLE_SUFFIXES]
        article = next((c for c in candidates if c.is_file()), None)
        if article is None:
            raise ArticleError(f"{gold_file.path}: no article {stem}.txt or .html in {articles_dir}")
        published = gold.article.published
        day = dt.date.fromisoformat(published) if published and len(published) == 10 else None
        found = extract_text(
            read_article(article), article_id=gold.article.id, title=gold.article.title, published=day
        )
        pairs.append((gold, found))
    return score_documents(pairs)


def _items(doc: FactDocument) -> list[_Item]:
    facts = {f.id: f for f in doc.facts}
    denied_ids = {f.claim for f in doc.facts if f.predicate == Predicate.DENIES}
    items: list[_Item] = []
    for f in doc.facts:
        if f.predicate.is_statement:
            target = facts.get(f.claim)
            if target is not None:
                items.append(
                    _Item(
                        f.predicate.value,
                        (f.subject, _claim_key(target, facts)),
                        f.stance.value,
                        f.quote,
                        False,
                    )
                )
        else:
            denied = f.id in denied_ids or f.stance == Stance.DENIED
            items.append(_Item(f.predicate.value, (f.subject, f.object), f.stance.value, f.quote, denied))
        kind = {Stance.DENIED: "DENIES", Stance.CONFIRMED: "CONFIRMS"}.get(f.stance, "REPORTS")
        for source in f.attributed_to:
            items.append(_Item(kind, (source, _claim_key(f, facts)), f.stance.value, f.quote, False))
    return items


def _claim_key(fact: Fact, facts: dict[str, Fact], depth: int = 0) -> tuple:
    if fact.predicate.is_statement and fact.claim in facts and depth < 5:
        return (fact.predicate.value, fact.subject, _claim_key(facts[fact.claim], facts, depth + 1))
    return (fact.predicate.value, fact.subject, fact.object)


def _match(gold: list[_Item], found: list[_Item]) -> list[tuple[_Item, _Item]]:
    """One-to-one pairs with equal predicate and key; same-sentence pairs first."""
    free = list(found)
    pairs: list[tuple[_Item, _Item]] = []
    left: list[_Item] = []
    for same_quote in (True, False):
        for g in gold if same_quote else left:
            hit = next(
                (
                    p
                    for p in free
                    if p.predicate == g.predicate
                    and p.key == g.key
                    and (not same_quote or _same(p.quote, g.quote))
                ),
                None,
            )
            if hit is not None:
                free.remove(hit)
                pairs.append((g, hit))
            elif same_quote:
                left.append(g)
    return pairs


def _same(a: str, b: str) -> bool:
    return _flat(a) == _flat(b)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _inversions(gold: list[_Item], found: list[_Item]) -> int:
    denials = [g for g in gold if g.predicate == "DENIES"]
    denied = {(g.predicate, g.key) for g in gold if g.denied}
    # what the gold itself holds positive in a sentence: an admission beside a denial ("denied
    # reports it armed the rebels, but acknowledged that hunting rifles had been exported to Syria")
    admitted = {(g.predicate, g.key, " ".join(g.quote.split())) for g in gold if not g.denied}
    count = 0
    for p in found:
        if p.predicate in {"DENIES", "CONFIRMS", "REPORTS"} or p.denied:
            continue
        if (p.predicate, p.key) not in denied or (p.predicate, p.key, " ".join(p.quote.split())) in admitted:
            continue
        if any(_same(p.quote, d.quote) for d in denials) and p.stance in {
            "asserted",
            "reported",
            "confirmed",
        }:
            count += 1
    return count
