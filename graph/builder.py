"""Facts → the rows of the property graph (DESIGN.md "Graph model").

The builder checks every reference of every document first (entities known
and of the right type, claims that exist) and only then produces a
:class:`GraphBatch`; a store writes the batch, so a bad document never
leaves a half-written graph.

Claims are keyed by proposition: ``SUPPLIES:iran>russia:fath-360`` is the
same claim whichever article states it. A fact naming several weapons states
one claim per weapon.

Examples
--------
>>> from graph.facts import parse_document
>>> doc = parse_document({
...     "article": {"id": "a1", "title": "T", "published": "2024-09-10"},
...     "facts": [
...         {"id": "f1", "predicate": "SUPPLIES", "subject": "iran", "object": "russia",
...          "weapons": ["fath-360"], "stance": "reported",
...          "attributed_to": ["reuters"], "quote": "..."},
...         {"id": "f2", "predicate": "DENIES", "subject": "iran", "claim": "f1",
...          "stance": "asserted", "quote": "..."}]}, file="a1.yaml")
>>> batch = build_graph([doc])
>>> [c["id"] for c in batch.claims]
['SUPPLIES:iran>russia:fath-360']
>>> sorted(batch.statements)
['DENIES', 'REPORTS']
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .errors import FactValidationError, Problem
from .facts import EntitySpec, Fact, FactFile
from .gazetteer import Gazetteer
from .ontology import ACTOR_TYPES, WEAPON_TYPES, EntityType, Stance

__all__ = ["GraphBatch", "build_graph", "claim_id"]

_QUALIFIERS = ("quantity", "period", "location", "role")
_LIST_QUALIFIERS = ("in_exchange_for", "against")


@dataclass
class GraphBatch:
    """Everything one load writes, as rows for ``UNWIND $rows`` queries.

    ``statements`` maps REPORTS / DENIES / CONFIRMS to rows
    ``{source, source_label, claim, article, fact_id, stance, quote, date, record}``.
    A claim row's ``subject``, ``object`` and ``weapon`` are also its SUBJECT,
    OBJECT and INVOLVES links.
    """

    entities: dict[EntityType, list[dict[str, Any]]] = field(default_factory=dict)
    articles: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    about: list[dict[str, Any]] = field(default_factory=list)
    stated_in: list[dict[str, Any]] = field(default_factory=list)
    statements: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    is_a: list[dict[str, Any]] = field(default_factory=list)


def claim_id(predicate: str, subject: str, obj: str | None, weapon: str | None = None) -> str:
    """The stable id of a proposition.

    >>> claim_id("SUPPLIES", "iran", "russia", "fath-360")
    'SUPPLIES:iran>russia:fath-360'
    >>> claim_id("WARNS", "g7", "iran")
    'WARNS:g7>iran'
    """
    key = f"{predicate}:{subject}>{obj}"
    return f"{key}:{weapon}" if weapon else key


def build_graph(files: Iterable[FactFile], gazetteer: Gazetteer | None = None) -> GraphBatch:
    """Check every document, then turn all of them into one :class:`GraphBatch`.

    Raises
    ------
    FactValidationError
        Listing every problem of every document; nothing is built.
    """
    files = list(files)
    base = gazetteer or Gazetteer.default()
    # Each document's view of the gazetteer: the shipped entities plus its own.
    gazetteers = [base.with_entities(f.document.entities) for f in files]
    problems: list[Problem] = []
    seen_articles: dict[str, str] = {}
    for f, gaz in zip(files, gazetteers, strict=True):
        if f.document.article.id in seen_articles:
            problems.append(
                f.problem(
                    f"article id {f.document.article.id!r} is also used by {seen_articles[f.document.article.id]}",
                    field="article.id",
                )
            )
        seen_articles.setdefault(f.document.article.id, f.path)
        problems += _check(f, gaz)
    if problems:
        raise FactValidationError(problems)

    builder = _Builder()
    for f, gaz in zip(files, gazetteers, strict=True):
        builder.add(f, gaz)
    return builder.batch()


def _check(f: FactFile, gaz: Gazetteer) -> list[Problem]:
    """Every reference problem of one document."""
    doc = f.document
    problems: list[Problem] = []
    facts = {}
    for fact in doc.facts:
        if fact.id in facts:
            problems.append(f.problem("duplicate fact id", fact=fact.id, field="id"))
        facts[fact.id] = fact

    def expect(entity_id: str | None, types: frozenset[EntityType], fact: str | None, where: str) -> None:
        if entity_id is None:
            return
        entity = gaz.get(entity_id)
        if entity is None:
            problems.append(
                f.problem(f"unknown entity {entity_id!r}; add it under 'entities'", fact=fact, field=where)
            )
        elif entity.type not in types:
            allowed = " or ".join(sorted(types))
            problems.append(
                f.problem(f"{entity_id!r} is a {entity.type}, expected {allowed}", fact=fact, field=where)
            )

    expect(doc.article.outlet, ACTOR_TYPES, None, "article.outlet")
    for i, spec in enumerate(doc.entities):
        where = f"entities.{i}"
        expect(spec.country, frozenset({EntityType.COUNTRY}), None, f"{where}.country")
        expect(spec.origin, frozenset({EntityType.COUNTRY}), None, f"{where}.origin")
        expect(spec.category, frozenset({EntityType.WEAPON_CATEGORY}), None, f"{where}.category")

    for fact in doc.facts:
        pred = fact.predicate
        expect(fact.subject, ACTOR_TYPES, fact.id, "subject")
        for i, w in enumerate(fact.weapons):
            expect(w, WEAPON_TYPES, fact.id, f"weapons.{i}")
        for i, a in enumerate(fact.attributed_to):
            expect(a, ACTOR_TYPES, fact.id, f"attributed_to.{i}")
        for i, a in enumerate(fact.against):
            expect(a, ACTOR_TYPES, fact.id, f"against.{i}")
        if pred.is_statement:
            if fact.object is not None:
                problems.append(
                    f.problem(f"{pred} takes 'claim', not 'object'", fact=fact.id, field="object")
                )
            if fact.claim is None:
                problems.append(
                    f.problem(
                        f"{pred} needs 'claim': the id of the fact it is about", fact=fact.id, field="claim"
                    )
                )
        else:
            if fact.claim is not None:
                problems.append(f.problem(f"{pred} takes 'object', not 'claim'", fact=fact.id, field="claim"))
            if fact.object is None:
                problems.append(f.problem("required field is missing", fact=fact.id, field="object"))
            expect(fact.object, pred.object_types, fact.id, "object")
        for name in ("claim", "about"):
            target = getattr(fact, name)
            if target is not None and target not in facts:
                problems.append(
                    f.problem(f"no fact with id {target!r} in this document", fact=fact.id, field=name)
                )
            elif target == fact.id:
                problems.append(f.problem("a fact cannot refer to itself", fact=fact.id, field=name))
    problems += _claim_cycles(f, facts)
    return problems


def _claim_cycles(f: FactFile, facts: dict[str, Fact]) -> list[Problem]:
    problems = []
    for fact in facts.values():
        seen = {fact.id}
        current = fact
        while current.claim and current.claim in facts:
            if current.claim in seen:
                problems.append(
                    f.problem("statements refer to each other in a cycle", fact=fact.id, field="claim")
                )
                break
            seen.add(current.claim)
            current = facts[current.claim]
    return problems


class _Builder:
    """Accumulates rows over documents; rows are deduplicated by key."""

    def __init__(self) -> None:
        self.entities: dict[str, EntitySpec] = {}
        self.articles: dict[str, dict[str, Any]] = {}
        self.claims: dict[str, dict[str, Any]] = {}
        self.about: dict[tuple[str, str], dict[str, Any]] = {}
        self.stated_in: dict[tuple[str, str, str], dict[str, Any]] = {}
        self.statements: dict[tuple[str, str, str, str, str], dict[str, Any]] = {}

    def add(self, f: FactFile, gaz: Gazetteer) -> None:
        doc = f.document
        art = doc.article
        self.articles[art.id] = _props(art.model_dump())
        facts = {fact.id: fact for fact in doc.facts}
        referenced = {fact.claim for fact in doc.facts} | {fact.about for fact in doc.facts}
        fact_claims: dict[str, list[str]] = {}

        def claims_of(fact_id: str) -> list[str]:
            if fact_id not in fact_claims:
                fact_claims[fact_id] = self._add_fact(facts[fact_id], facts, referenced, claims_of, art, gaz)
            return fact_claims[fact_id]

        for fact in doc.facts:
            claims_of(fact.id)
        for fact in doc.facts:
            if fact.about:
                for claim in fact_claims[fact.id]:
                    for target in fact_claims[fact.about]:
                        self.about[(claim, target)] = {"claim": claim, "target": target}
        if art.outlet:
            self._entity(art.outlet, gaz)

    def _add_fact(self, fact, facts, referenced, claims_of, art, gaz) -> list[str]:
        date = fact.date or art.published
        statement = {
            "article": art.id,
            "fact_id": fact.id,
            "stance": fact.stance.value,
            "quote": fact.quote,
            "date": date,
            "record": fact.record,
        }
        self._entity(fact.subject, gaz)
        for entity_id in [*fact.attributed_to, *fact.against]:
            self._entity(entity_id, gaz)

        if fact.predicate.is_statement:
            inner = claims_of(fact.claim)
            for target in inner:
                self._statement(fact.predicate.value, fact.subject, "Entity", target, statement)
            if fact.id not in referenced and not fact.attributed_to:
                return []
            # The statement is itself a claim others report or deny.
            cid = f"{fact.predicate.value}:{fact.subject}>({'|'.join(sorted(inner))})"
            self._claim(cid, fact, None, None, gaz)
            for target in inner:
                self.about[(cid, target)] = {"claim": cid, "target": target}
            claims = [cid]
        else:
            self._entity(fact.object, gaz)
            claims = []
            for weapon in fact.weapons or [None]:
                cid = claim_id(fact.predicate.value, fact.subject, fact.object, weapon)
                self._claim(cid, fact, fact.object, weapon, gaz)
                claims.append(cid)

        kind = {Stance.DENIED: "DENIES", Stance.CONFIRMED: "CONFIRMS"}.get(fact.stance, "REPORTS")
        if fact.attributed_to:
            sources = [(s, "Entity") for s in fact.attributed_to]
        elif art.outlet:
            sources = [(art.outlet, "Entity")]
        else:
            sources = [(art.id, "Article")]
        for cid in claims:
            self.stated_in[(cid, art.id, fact.id)] = {
                "claim": cid,
                "article": art.id,
                "fact_id": fact.id,
                "stance": fact.stance.value,
                "quote": fact.quote,
            }
            for source, label in sources:
                self._statement(kind, source, label, cid, statement)
        return claims

    def _claim(self, cid: str, fact: Fact, obj: str | None, weapon: str | None, gaz: Gazetteer) -> None:
        row = self.claims.setdefault(
            cid,
            {
                "id": cid,
                "predicate": fact.predicate.value,
                "subject": fact.subject,
                "object": obj,
                # the claim without its weapon: what the derived status is computed over
                "proposition": claim_id(fact.predicate.value, fact.subject, obj) if obj else None,
                "weapon": weapon,
                "weapon_categories": gaz.categories_of(weapon) if weapon else [],
                **{q: None for q in _QUALIFIERS},
                **{q: [] for q in _LIST_QUALIFIERS},
            },
        )
        for q in _QUALIFIERS:
            if row[q] is None:
                row[q] = getattr(fact, q)
        for q in _LIST_QUALIFIERS:
            # merged as the writer merges a later load into a stored claim, so that loading
            # articles one by one gives the graph loading them together gives
            new = getattr(fact, q)
            row[q] = [*(x for x in row[q] if x not in new), *new]
        if weapon:
            self._entity(weapon, gaz)

    def _statement(self, kind: str, source: str, label: str, cid: str, props: dict[str, Any]) -> None:
        key = (kind, source, cid, props["article"], props["fact_id"])
        self.statements[key] = {"source": source, "source_label": label, "claim": cid, **props}

    def _entity(self, entity_id: str, gaz: Gazetteer) -> None:
        """Add an entity and, for weapons, the categories above it.

        An entity that documents describe differently (one overrides the shipped entry
        without its aliases) takes what each later one says over what the earlier ones
        said, as the writer's ``SET e += props`` does when they are loaded one by one."""
        while entity_id:
            known = self.entities.get(entity_id)
            # a category only an earlier document declared, kept by a weapon this one leaves uncategorised
            spec = gaz[entity_id] if entity_id in gaz or known is None else known
            if known is not None and known != spec:
                spec = EntitySpec(**{**known.model_dump(), **_props(spec.model_dump())})
            self.entities[entity_id] = spec
            # on up the categories even when this one is known already: a later document may say
            # something new of a category above it (a P-3 Orion both name, their patrol aircraft not)
            entity_id = spec.category if spec.type in WEAPON_TYPES else None

    def batch(self) -> GraphBatch:
        out = GraphBatch()
        for spec in self.entities.values():
            props = _props(spec.model_dump(exclude={"id", "type"}))
            out.entities.setdefault(spec.type, []).append({"id": spec.id, "props": props})
            if spec.type in WEAPON_TYPES and spec.category:
                out.is_a.append({"child": spec.id, "parent": spec.category})
        out.articles = [{"id": k, "props": v} for k, v in self.articles.items()]
        out.claims = list(self.claims.values())
        out.about = list(self.about.values())
        out.stated_in = list(self.stated_in.values())
        for (kind, *_), row in self.statements.items():
            out.statements.setdefault(kind, []).append(row)
        return out


def _props(data: dict[str, Any]) -> dict[str, Any]:
    """Drop empty values: absent and null are the same in both stores."""
    return {k: v for k, v in data.items() if v is not None and v != []}
