"""Synthetic fact documents of any size, for parity tests and benchmarks.

Reproducible for a given seed; every document is valid against the shipped
gazetteer, and mixes predicates, stances, attributions and denials the way
real reporting does, so every library query has something to answer.

>>> docs = synthetic_documents(120, facts_per_document=40, seed=1)
>>> len(docs), sum(len(d.document.facts) for d in docs)
(3, 120)
"""

from __future__ import annotations

import random

from graph.facts import FactFile, parse_document
from graph.gazetteer import Gazetteer
from graph.ontology import EntityType

__all__ = ["synthetic_documents"]

_PREDICATES = [
    ("SUPPLIES", 0.35),
    ("TRAINS", 0.08),
    ("USES", 0.12),
    ("PRODUCES", 0.05),
    ("DEPLOYS", 0.05),
    ("WARNS", 0.07),
    ("SANCTIONS", 0.05),
    ("MEMBER_OF", 0.04),
    ("PART_OF", 0.04),
    ("DENIES", 0.10),
    ("CONFIRMS", 0.05),
]
_STANCES = [("reported", 0.55), ("asserted", 0.25), ("hypothetical", 0.15), ("confirmed", 0.05)]


def synthetic_documents(n_facts: int, *, facts_per_document: int = 50, seed: int = 0) -> list[FactFile]:
    """``n_facts`` facts in documents of ``facts_per_document``, over gazetteer entities."""
    rng = random.Random(seed)
    gaz = Gazetteer.default()
    by_type = {t: sorted(e.id for e in gaz if e.type == t) for t in EntityType}
    countries = by_type[EntityType.COUNTRY][:80]
    organizations = by_type[EntityType.ORGANIZATION]
    media = sorted(e.id for e in gaz if e.type == EntityType.ORGANIZATION and e.kind == "media")
    weapons = by_type[EntityType.WEAPON_SYSTEM] + by_type[EntityType.WEAPON_CATEGORY]
    actors = countries + organizations + by_type[EntityType.PERSON]

    def pick(weighted: list[tuple[str, float]]) -> str:
        return rng.choices([w for w, _ in weighted], [p for _, p in weighted])[0]

    documents = []
    for d in range(0, n_facts, facts_per_document):
        n = min(facts_per_document, n_facts - d)
        year = rng.randint(2022, 2025)
        article = {
            "id": f"synthetic-{seed}-{d // facts_per_document:06d}",
            "title": f"Synthetic report {d // facts_per_document}",
            "published": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "outlet": rng.choice(media),
        }
        facts: list[dict] = []
        targets: list[str] = []  # facts a denial or confirmation can point at
        for i in range(n):
            predicate = pick(_PREDICATES)
            fact: dict = {
                "id": f"f{i + 1}",
                "predicate": predicate,
                "subject": rng.choice(actors),
                "stance": pick(_STANCES),
                "date": f"{year}-{rng.randint(1, 12):02d}",
                "quote": f"Synthetic statement {i + 1} of report {d // facts_per_document}.",
            }
            if predicate in ("DENIES", "CONFIRMS"):
                if not targets:
                    predicate = fact["predicate"] = "SUPPLIES"
                else:
                    fact["claim"] = rng.choice(targets)
                    fact["stance"] = "asserted"
            if predicate in ("SUPPLIES", "TRAINS", "WARNS", "SANCTIONS"):
                fact["object"] = rng.choice(countries)
                if predicate in ("SUPPLIES", "TRAINS"):
                    fact["weapons"] = rng.sample(weapons, rng.choice([0, 1, 1, 2]))
            elif predicate in ("USES", "PRODUCES", "DEPLOYS"):
                fact["object"] = rng.choice(weapons)
            elif predicate == "MEMBER_OF":
                fact["subject"] = rng.choice(by_type[EntityType.PERSON])
                fact["object"] = rng.choice(organizations)
            elif predicate == "PART_OF":
                fact["subject"] = rng.choice(organizations)
                fact["object"] = rng.choice(countries)
            if fact["stance"] in ("reported", "hypothetical") and rng.random() < 0.8:
                fact["attributed_to"] = rng.sample(media, rng.choice([1, 1, 2]))
            facts.append(fact)
            if "claim" not in fact:
                targets.append(fact["id"])
        documents.append(parse_document({"article": article, "facts": facts}, file=f"<{article['id']}>"))
    return documents
