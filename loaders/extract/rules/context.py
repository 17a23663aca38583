"""What the article said before: the supply, use or recipient a sentence that leaves a party
out ("the jets arrived", "the rebels") speaks of again.
"""

from __future__ import annotations

from typing import Any

from graph.ontology import EntityType, Stance

from ..mentions import Mention, Sentence
from .clauses import _arms_back, _entity, _of_arms, _them_after
from .state import _Doc, _Frame
from .vocabulary import (
    _ARMS,
    _MODIFIERS,
    _NAYS,
    _NEGATION,
    _NOMINAL,
    _OPENERS,
    _POLICY,
    _PREPOSITIONS,
    _QUOTES,
    _RECENT,
    _SCORN,
    _UNDONE,
)

__all__ = ["ContextRules"]

_DEICTIC = frozenset(["the", "this", "that", "these", "those"])
# general words for a weapon system named before: "this system", "the vehicles", "these machines"
_THESE_ARMS = frozenset(["system", "systems", "vehicles", "machines"])
# words that tell of a supply going on or a deal made: a sentence with one, naming arms an earlier
# supply moved, speaks of that supply again ("The MiG-29 deal was announced on Tuesday")
_RESTATING = frozenset(
    [
        *("sale", "sales", "deal", "deals", "contract", "contracts", "agreement", "package", "procurement"),
        *("delivery", "deliveries", "purchase", "purchases", "order", "orders", "acquisition"),
        *("transfer", "transfers", "shipment", "shipments", "export", "exports"),
        *("deliver", "delivering", "delivered", "arrive", "arrives", "arrived", "receive", "receives"),
        *("received", "handed", "ordered", "buy", "buying", "bought", "purchased", "acquire", "acquired"),
        *("supply", "supplying", "supplied", "sell", "selling", "sold"),
    ]
)


# words of a supply held back or of its rules: a sentence with one tells no supply again ("China has
# been strictly controlling the exports of dual-use materials", "Japan still bans the export")
_RESTRAINTS = _UNDONE | _POLICY | _SCORN | {"control", "controls", "controlling", "controlled"}


def _restatement(fact: dict[str, Any], span: tuple[int, int, int, int]) -> list[tuple[int, dict[str, Any]]]:
    """The supply ``fact`` told again, without arms of its own, by the sentence words at ``span``
    (its last item the trigger); a deal still to come stays to come ("cleared a possible sale ...
    The deal would include")."""
    again = {"predicate": "SUPPLIES", "subject": fact["subject"], "object": fact["object"], "weapons": []}
    again["_span"] = span
    again["_planned"] = fact["stance"] == Stance.HYPOTHETICAL.value
    return [(span[3], again)]


class ContextRules:
    """Looks back on the article's earlier claims for a party a sentence leaves out."""

    def _weapons_back(self, sent: Sentence, doc: _Doc) -> None:
        """ "the missiles" after "ballistic missiles" are those ballistic missiles (never a sibling);
        "this system" after the IRIS-T SLM alone is that system."""
        low = sent.lower
        if not _THESE_ARMS.isdisjoint(sent.vocab) and len(doc.last_weapons) == 1:
            self._system_back(sent, doc.last_weapons[0])
        for m in sent.mentions:
            if m.role != "weapon" or m.type != EntityType.WEAPON_CATEGORY or m.start == 0:
                continue
            if low[m.start - 1] not in {"the", "these", "those", "such"}:
                continue
            earlier = [x.entity for x in sent.mentions if x.role == "weapon" and x.end <= m.start]
            for candidate in reversed([*doc.last_weapons, *earlier]):
                if m.entity in self.gaz.categories_of(candidate):
                    m.entity = candidate
                    m.type = self.gaz[candidate].type
                    break

    def _system_back(self, sent: Sentence, weapon: str) -> None:
        """ "pledged to provide this system to Ukraine", "The UK promised 14 of the vehicles": a bare
        "the/this/that system" (or "the vehicles", "these machines") in a sentence naming no weapon is
        the weapon system the article named last, if it named one alone."""
        spec = self.gaz.get(weapon)
        if (
            spec is None
            or spec.type != EntityType.WEAPON_SYSTEM
            or any(m.role == "weapon" for m in sent.mentions)
        ):
            return
        low = sent.lower
        k = next((k for k in range(1, len(low)) if low[k] in _THESE_ARMS and low[k - 1] in _DEICTIC), None)
        if k is None or sent.mention_at(k) is not None:
            return
        sent.mentions.append(Mention(k, k + 1, weapon, spec.type, "weapon"))
        sent.mentions.sort(key=lambda m: m.start)
        sent.freeze()

    def _rebels_back(
        self, sent: Sentence, k: int, doc: _Doc | None, backer: str | None = None
    ) -> Mention | None:
        """ "an attack by the rebels" after "Sudan is backing the rebels": the armed group the sentence
        named before, else the one the article has in its claims last, for "the rebels" the sentence
        does not name (never a group of the state said to back them: Chad backs no Chadian rebels)."""
        if doc is None:
            return None
        low = sent.lower
        j = k + (low[k : k + 1] == ["the"])
        if low[j : j + 1] not in (["rebels"], ["insurgents"], ["militants"], ["militias"]) or sent.mention_at(
            j
        ):
            return None
        for m in reversed([m for m in sent.mentions if m.end <= k]):
            # "waging war on the Houthis while accusing Iran of backing the rebels": named just before
            if self._armed_group(m.entity) and (backer is None or self.spec(m.entity).country != backer):
                return Mention(j, j + 1, m.entity, EntityType.ORGANIZATION)
        for fact in reversed(doc.facts):
            for entity in (fact.get("object"), fact.get("subject")):
                if self._armed_group(entity) and (backer is None or self.spec(entity).country != backer):
                    return Mention(j, j + 1, entity, EntityType.ORGANIZATION)
        return None

    def _restated(
        self, sent: Sentence, frames: list[_Frame], claims: list[tuple[int, dict[str, Any]]], doc: _Doc
    ) -> list[tuple[int, dict[str, Any]]]:
        """The article's earlier supply, told again by a sentence that names its very arms with a word
        of supply or deal and reads no supply of its own ("The MiG-29 deal was announced on Tuesday",
        "It remains unclear if any Su-35 fighter jets were ever actually delivered"). Never in a
        sentence with a word of refusal, nor on a second reading."""
        if (
            doc.index < 0
            or _RESTATING.isdisjoint(sent.vocab)
            or not _NAYS.isdisjoint(sent.vocab)
            or any(f["predicate"] == "SUPPLIES" for _, f in claims)
        ):
            return []
        arms = [m for m in sent.mentions if m.role == "weapon"]
        speakers = {id(f.source) for f in frames if f.source is not None}
        if not arms and (
            again := self._deal_again(sent, doc, speakers) or self._party_again(sent, doc, speakers)
        ):
            return again
        for fact in reversed(doc.recent_supplies() if arms else []):
            named = [m for m in arms if any(self._same_kind(m.entity, w) for w in fact.get("weapons", []))]
            if named and fact["stance"] != Stance.DENIED.value:
                break
        else:
            return []
        if any(m.origin not in {None, fact["subject"]} for m in arms):
            return []  # "Bulgarian-made Kalashnikov rifles, ammunition and grenades": another maker's
        low = sent.lower
        parties = {fact["subject"], fact["object"]}
        if any(
            m.role == "actor"
            and m.entity not in parties
            and m.start > 0
            and low[m.start - 1 - (low[m.start - 1] == "the")] in {"with", "from", "to"}
            for m in sent.mentions
        ):
            return []  # "acquired the submarine through a deal with China": a party of its own
        cues = [k for k, w in enumerate(low) if w in _RESTATING and sent.mention_at(k) is None]
        if not cues:
            return []  # "the Defense Acquisition Program Administration approved": the word is a name's
        t = min(cues, key=lambda k: abs(k - named[0].start))
        again = {"predicate": "SUPPLIES", "subject": fact["subject"], "object": fact["object"]}
        again["weapons"] = self._distinct(named)
        again["_span"] = (min(t, named[0].start), max(t + 1, named[-1].end), len(low), t)
        return [(t, again)]

    def _deal_again(self, sent: Sentence, doc: _Doc, speakers: set[int]) -> list[tuple[int, dict[str, Any]]]:
        """The article's last supply, which "the deal" (or "this sale", "such a sale") speaks of again
        in a sentence naming no party but the supply's own and who speaks ("The deal is projected
        to be worth more than $100 million", "The US defence department has notified Congress of
        the possible deal")."""
        t = _deal_named(sent)
        fact = self._context_claim(doc, []) if t is not None else None
        if fact is None:
            return []
        parties = {fact["subject"], fact["object"]}
        for m in sent.mentions:
            if (
                m.role == "actor"
                and id(m) not in speakers
                and {m.entity, self._state_of(m.entity)}.isdisjoint(parties)
            ):
                return []
        return _restatement(fact, (t, t + 1, len(sent.lower), t))

    def _party_again(self, sent: Sentence, doc: _Doc, speakers: set[int]) -> list[tuple[int, dict[str, Any]]]:
        """The article's last supply with a party this sentence names, told again with a word of supply
        or deal and no arms or other party of its own ("In 2012, Armenia and Russia signed a contract
        for at least one squadron of planes", "The White House confirmed the delivery")."""
        low = sent.lower
        cues = [k for k, w in enumerate(low) if w in _RESTATING and sent.mention_at(k) is None]
        actors = [m for m in sent.mentions if m.role == "actor"]
        if not cues or not actors or not _RESTRAINTS.isdisjoint(sent.vocab):
            return []
        named = {m.entity for m in actors} | {self._state_of(m.entity) for m in actors}
        for fact in reversed(doc.recent_supplies()):
            parties = {fact["subject"], fact["object"]}
            parties |= {self._state_of(e) for e in parties}
            if fact["stance"] != Stance.DENIED.value and not parties.isdisjoint(named - {None}):
                break
        else:
            return []
        if any(
            id(m) not in speakers and m.entity not in parties and self._state_of(m.entity) not in parties
            for m in actors
        ):
            return []  # "Israel's army was worried by the deal": a party of its own
        near = next(m for m in actors if m.entity in parties or self._state_of(m.entity) in parties)
        t = min(cues, key=lambda k: abs(k - near.start))
        return _restatement(fact, (min(t, near.start), max(t + 1, near.end), len(low), t))

    def _declined_comment(self, sent: Sentence, claims: list[tuple[int, dict[str, Any]]], doc: _Doc) -> None:
        """ "A Rosoboronexport spokesman declined to comment", "Lavrov refused to comment when asked",
        "she would not confirm or deny details": the one who will not say speaks of the article's
        last supply as no more than possible (hypothetical, their report), in a sentence that tells
        no supply of its own."""
        k = _no_comment_at(sent.lower)
        if k is None or any(f["predicate"] == "SUPPLIES" for _, f in claims):
            return
        speaker = self._left(sent, k, 0, set())
        if speaker is None or not self._actor(_entity(speaker)):
            return
        # the supply the speaker (or its state) has a part in, else the article's last
        own = {_entity(speaker), self._state_of(_entity(speaker))}
        told = [f for f in doc.recent_supplies() if f["stance"] != Stance.DENIED.value]
        fact = next((f for f in reversed(told) if not own.isdisjoint({f["subject"], f["object"]})), None)
        fact = fact or (told[-1] if told else None)
        if fact is None:
            return
        for m in [speaker, *self._listed_before(sent, speaker)]:
            again = {key: fact[key] for key in ("predicate", "subject", "object", "weapons") if key in fact}
            again["stance"] = Stance.HYPOTHETICAL.value
            again["attributed_to"] = [_entity(m)]
            self._add(doc, again, sent)

    def _claims_by(self, doc: _Doc, supplier: str | None) -> list[dict[str, Any]]:
        """The supply claims made so far about ``supplier``, one per recipient."""
        out: dict[str, dict[str, Any]] = {}
        for fact in doc.recent_supplies():
            if fact["subject"] == supplier and fact["object"] not in out:
                out[fact["object"]] = fact
        return list(out.values())

    def _context_recipient(self, doc: _Doc, supplier: str | None) -> str | None:
        """Where the article has ``supplier`` (or its state: "the U.S. military") sending arms."""
        state = self._state_of(supplier) if supplier else None
        for fact in reversed(doc.recent_supplies()):
            if fact["subject"] in {supplier, state}:
                return fact["object"]
        return None

    def _context_claim(self, doc: _Doc, weapons: list[str]) -> dict[str, Any] | None:
        """The last supply claim about these weapons (or any, if none are named)."""
        for fact in reversed(doc.recent_supplies()):
            if fact["stance"] == Stance.DENIED.value:
                continue
            theirs = fact.get("weapons", [])
            if not weapons or not theirs or any(self._same_kind(a, b) for a in weapons for b in theirs):
                return fact
        return None

    def _told_again(
        self,
        sent: Sentence,
        t: int,
        doc: _Doc,
        weapons: list[str],
        subject: Mention | str | None,
        obj: Mention | str | None,
        frame: _Frame | None,
    ) -> dict[str, Any] | None:
        """The supply named before that a sentence leaving a party out speaks of again: its arms
        pointed back at ("the jets", "the F-16s received", "12 of them") or a definite supply noun as
        the subject of its clause ("The delivery comes ..."). The claim must carry arms of the same
        kind and agree with the party the sentence names, on the same side; a negated one is not
        read ("the jets have not arrived" denies nothing and states nothing)."""
        low = sent.lower
        if not _NEGATION.isdisjoint(low[max(0, t - 4) : t]):
            return None
        noun = low[t] in _NOMINAL and _of_arms(sent, t) and _noun_subject(sent, t)
        if not noun and not _arms_back(sent, t) and not _them_after(low, t):
            return None
        suppliers = {supplier, self._state_of(supplier)} if (supplier := _entity(subject)) else None
        recipients = {recipient, self._state_of(recipient)} if (recipient := _entity(obj)) else None
        home = self._home_of(_entity(frame.source)) if frame is not None and frame.source else None
        for fact in reversed(doc.recent_supplies()):
            if (
                fact["stance"] == Stance.DENIED.value
                or (suppliers and fact["subject"] not in suppliers)
                or (recipients and fact["object"] not in recipients)
            ):
                continue
            if home and subject is None and obj is None and home not in {fact["subject"], fact["object"]}:
                continue  # an official tells of a supply of their own state's
            theirs = fact.get("weapons")
            if not weapons or not theirs or any(self._same_kind(a, b) for a in weapons for b in theirs):
                return fact
        return None

    def _sole_recipient(self, doc: _Doc, weapons: list[str], supplier: str | None) -> str | None:
        """The one recipient of the recent supply claims (of arms of the same kind, if named), or None
        when the article has such arms going to more than one."""
        found = {
            fact["object"]
            for fact in doc.recent_supplies()
            if fact["stance"] != Stance.DENIED.value
            and (
                not weapons
                or not fact.get("weapons")
                or any(self._same_kind(a, b) for a in weapons for b in fact["weapons"])
            )
        }
        return next(iter(found)) if len(found) == 1 and supplier not in found else None

    def _same_kind(self, a: str, b: str) -> bool:
        """Whether one weapon is, or is a kind of, the other (Fath-360 and ballistic missile)."""
        return a == b or a in self.gaz.categories_of(b) or b in self.gaz.categories_of(a)

    def _context_use(self, doc: _Doc, weapons: list[str]) -> dict[str, Any] | None:
        """The article's last use (launch, firing) of weapons of the same kind, among its recent facts
        (bounded, so a huge text stays linear)."""
        for fact in reversed(doc.facts[-_RECENT:]):
            if fact["predicate"] == "USES" and any(self._same_kind(fact["object"], w) for w in weapons):
                return fact
        return None

    def _context_supplier(
        self, doc: _Doc, recipient: Mention | None, weapons: list[str] | None = None
    ) -> str | None:
        """Who the article has supplying ``recipient`` (or its state: "the Russian military"), with
        ``weapons`` of the same kind if given."""
        wanted = {_entity(recipient)} if recipient is not None else set()
        if recipient is not None and (state := self._state_of(_entity(recipient))):
            wanted.add(state)
        for fact in reversed(doc.recent_supplies()):
            if wanted and fact["object"] not in wanted:
                continue
            if weapons is None or any(
                self._same_kind(a, b) for a in weapons for b in fact.get("weapons", [])
            ):
                return fact["subject"]
        return None

    def _last_claim(self, doc: _Doc) -> str | None:
        return doc.supplies[-1]["id"] if doc.supplies else None


def _noun_subject(sent: Sentence, t: int) -> bool:
    """ "The delivery comes at a moment of tension", "but the shipments reach Latakia": a definite
    supply noun that opens its clause, followed by its verb (not by a preposition naming a party)."""
    low = sent.lower
    after = [w for w in low[t + 1 : t + 3] if w not in _QUOTES][:1]
    if not after or not after[0].isalpha() or after[0] in _PREPOSITIONS - {"of"} or after[0] in {"and", "or"}:
        return False
    k = t - 1
    while k >= 0 and (
        low[k] in _ARMS
        or low[k] in _MODIFIERS
        or low[k][:1].isdigit()
        or (low[k].endswith("ed") and low[k] not in _UNDONE)  # "the intercepted shipments"
        or low[k] in _QUOTES  # 'that the "delivery of the first aircraft will take place soon"'
        or ((m := sent.mention_at(k)) is not None and m.role == "weapon")
    ):
        k -= 1
    if k < 0 or low[k] not in {"the", "this", "that", "these", "those"}:
        return False
    return k == 0 or low[k - 1] in {"that", ",", "“", '"', "but", "and", ":", *_OPENERS}


# a deal noun that speaks of the article's deal, after "the" and a few words ("The $2.4 billion
# deal", "the entire order", "the Apache contract")
_DEALS = frozenset(["deal", "contract", "agreement", "purchase", "order", "sale", "package"])


def _deal_named(sent: Sentence) -> int | None:
    """Where a definite deal noun stands anywhere in the sentence: "the possible deal", "such a
    sale", "this $75 million contract", "the latest deal with India" (whose parties the caller
    checks: "the deal with France" names a party of its own)."""
    low = sent.lower
    for k, word in enumerate(low):
        if word not in {"the", "this", "such"}:
            continue
        for j in range(k + 1, min(len(low), k + 6)):
            if low[j] in _DEALS:
                return j
            if not (low[j].isalnum() or low[j] in {"$", "€", "£", "-", ".", "a"}) or sent.mention_at(j):
                break
    return None


# what one who will not say does: "declined to comment", "refused to confirm", "would not comment"
_WILL_NOT = frozenset(["declined", "declines", "refused", "refuses"])


def _no_comment_at(low: list[str]) -> int | None:
    """Where a speaker declines to comment or confirm ("declined to comment", "declined comment",
    "refused to confirm or deny", "would not immediately comment", "had no comment"): the first word
    of the phrase.

    >>> _no_comment_at("a spokesman declined to comment .".split())
    2
    >>> _no_comment_at("she would not confirm or deny details".split())
    1
    """
    for k, word in enumerate(low):
        if word not in {"comment", "confirm"} or k < 2:
            continue
        j = k - 1 - (low[k - 1] == "immediately")
        if word == "comment" and low[j] == "no" and low[j - 1] in {"had", "has", "have"}:
            return j - 1
        if low[j] in _WILL_NOT:
            return j  # "declined comment"
        if low[j] == "to" and low[j - 1] in _WILL_NOT:
            return j - 1
        if low[j] in {"not", "n't"} and low[j - 1] in {"would", "did", "could", "will"}:
            return j - 1
    return None
