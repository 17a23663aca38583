"""The trade register as one fact document: every deal a SUPPLIES fact stated by SIPRI.

The register is the document's "article" (id ``sipri-trade-register-<date
generated>``, outlet ``sipri``, dataset ``sipri-arms-transfers``), so each deal becomes a REPORTS edge from
SIPRI to the claim ``SUPPLIES:<supplier>><recipient>:<weapon>`` with stance
``asserted``, dated by the year of order. Several deals of one proposition
(two orders of Mi-17s by Afghanistan from Russia) are one claim with one
edge per deal. The deal's data rides on its edge as ``record`` properties:

===========================  ===========================================
``dataset``                  ``"sipri-arms-transfers"``: marks register records
``line``                     the row's line in the register file
``supplier_name``,           SIPRI's own names of the parties
``recipient_name``
``designation``,             the weapon as SIPRI names and describes it
``description``
``order_year``               year of order
``number_ordered``           absent where SIPRI has no figure yet
``number_delivered``         deliveries so far
``delivery_years``           years with deliveries (absent before any)
``*_uncertain``              SIPRI's ``?`` flag for order year and numbers
``deal_status``              New, Second hand, Second hand but modernized
``comments``                 SIPRI's comments
``tiv_per_unit``,            SIPRI trend-indicator values (millions);
``tiv_order``,               absent where SIPRI gives none
``tiv_delivered``
===========================  ===========================================

A fact's id names the deal by its content (``russia>afghanistan:mi-17:2010``,
then ``#2`` for the next deal with the same key), so loading the register
again merges onto the same edges.

Examples
--------
>>> load = read_register_document("tests/data/sipri-register.csv")
>>> load.file.document.article.id
'sipri-trade-register-2026-02-03'
>>> fact = next(f for f in load.file.document.facts if f.weapons == ["fath-360"])
>>> fact.subject, fact.object, fact.stance.value, fact.record["number_delivered"]
('iran', 'russia', 'asserted', 150)
>>> fact.quote
'Iran to Russia: Fath-360 (SSM), ordered 2023: 150?; 150? delivered in 2024; New'
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field

from graph.errors import Problem
from graph.facts import Article, Fact, FactDocument, FactFile, RecordValue
from graph.gazetteer import Gazetteer
from graph.ontology import Predicate, Stance, slugify

from .register import Deal, Register, read_register
from .resolve import Resolution, resolve

__all__ = ["DATASET", "SOURCE", "RegisterDocument", "read_register_document", "register_document"]

DATASET = "sipri-arms-transfers"
SOURCE = "sipri"
URL = "https://www.sipri.org/databases/armstransfers"


@dataclass(frozen=True)
class RegisterDocument:
    """A register as a fact document, and what did not make it in.

    ``skipped`` lists each row left out, with its line: unreadable rows and
    rows whose supplier or recipient could not be resolved.
    """

    file: FactFile
    register: Register
    resolution: Resolution
    skipped: list[Problem] = field(default_factory=list)

    @property
    def n_claims(self) -> int:
        """Distinct propositions (supplier, recipient, weapon) among the deals."""
        return len({(f.subject, f.object, *f.weapons) for f in self.file.document.facts})


def read_register_document(
    path: str | os.PathLike[str], gazetteer: Gazetteer | None = None
) -> RegisterDocument:
    """Read a trade register export as a fact document.

    Raises
    ------
    FactValidationError
        When the file is not a trade register (see :func:`read_register`).
    """
    return register_document(read_register(path), gazetteer)


def register_document(register: Register, gazetteer: Gazetteer | None = None) -> RegisterDocument:
    """Turn a read register into a fact document: one SUPPLIES fact per resolved deal."""
    resolution = resolve(register.deals, gazetteer)
    skipped = list(register.problems)
    generated = register.generated
    article = Article(
        id=f"sipri-trade-register-{generated:%Y-%m-%d}",
        title=f"SIPRI Arms Transfers Database: trade register, data generated {generated:%d %b %Y %H:%M}",
        published=generated.date().isoformat(),
        outlet=SOURCE,
        url=URL,
        dataset=DATASET,
    )
    facts: list[Fact] = []
    lines: dict[str, int] = {}
    seen: Counter[str] = Counter()
    for deal in register.deals:
        supplier = resolution.actors.get(deal.supplier)
        recipient = resolution.actors.get(deal.recipient)
        if supplier is None or recipient is None:
            name, column = (deal.supplier, "Supplier") if supplier is None else (deal.recipient, "Recipient")
            skipped.append(
                Problem(
                    register.path, f"{name!r} {resolution.unresolved[name]}", line=deal.line, field=column
                )
            )
            continue
        key = f"{supplier}>{recipient}:{slugify(deal.designation) or 'weapon'}:{deal.order_year}"
        seen[key] += 1
        fact_id = key if seen[key] == 1 else f"{key}#{seen[key]}"
        lines[fact_id] = deal.line
        facts.append(
            Fact(
                id=fact_id,
                predicate=Predicate.SUPPLIES,
                subject=supplier,
                object=recipient,
                weapons=[resolution.weapon(deal.designation, deal.description, supplier)],
                stance=Stance.ASSERTED,
                date=str(deal.order_year),
                quote=quote(deal),
                record=record(deal),
            )
        )
    skipped.sort(key=lambda p: p.line or 0)
    document = FactDocument(article=article, entities=resolution.entities, facts=facts)
    return RegisterDocument(FactFile(register.path, document, lines), register, resolution, skipped)


def record(deal: Deal) -> dict[str, RecordValue]:
    """The deal's data as flat properties; empty fields are left out."""
    values: dict[str, RecordValue | None] = {
        "dataset": DATASET,
        "line": deal.line,
        "supplier_name": deal.supplier,
        "recipient_name": deal.recipient,
        "designation": deal.designation,
        "description": deal.description,
        "order_year": deal.order_year,
        "order_year_uncertain": deal.order_year_uncertain,
        "number_ordered": deal.number_ordered,
        "number_ordered_uncertain": deal.number_ordered_uncertain,
        "number_delivered": deal.number_delivered,
        "number_delivered_uncertain": deal.number_delivered_uncertain,
        "delivery_years": list(deal.delivery_years) or None,
        "deal_status": deal.status or None,
        "comments": deal.comments or None,
        "tiv_per_unit": deal.tiv_per_unit,
        "tiv_order": deal.tiv_order,
        "tiv_delivered": deal.tiv_delivered,
    }
    return {k: v for k, v in values.items() if v is not None}


def quote(deal: Deal) -> str:
    """The register row in words, SIPRI's ``?`` marking uncertain figures.

    >>> from loaders.sipri.register import Deal
    >>> print(quote(Deal(7, "Russia", "Iran", 2022, False, None, False, "Shahed-136",
    ...     "one-way attack drone", 6600, True, (2022, 2023), "New", "Russian designation Geran-2",
    ...     0.04, 0.0, 264.0)))
    Iran to Russia: Shahed-136 (one-way attack drone), ordered 2022; 6600? delivered in 2022, 2023; New; Russian designation Geran-2
    """
    ordered = f"ordered {deal.order_year}{_q(deal.order_year_uncertain)}"
    if deal.number_ordered is not None:
        ordered += f": {deal.number_ordered}{_q(deal.number_ordered_uncertain)}"
    if deal.delivery_years:
        years = ", ".join(str(y) for y in deal.delivery_years)
        delivered = f"{deal.number_delivered}{_q(deal.number_delivered_uncertain)} delivered in {years}"
    else:
        delivered = "none delivered yet"
    parts = [f"{deal.supplier} to {deal.recipient}: {deal.designation} ({deal.description}), {ordered}"]
    parts += [delivered, deal.status, deal.comments]
    return "; ".join(p for p in parts if p)


def _q(uncertain: bool) -> str:
    return "?" if uncertain else ""
