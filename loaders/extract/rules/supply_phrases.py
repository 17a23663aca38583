"""Supplies told without a supply verb: arms carried, reached, bound somewhere or relied on,
deals and dealings, a package's contents, thanks for arms, a buyer of a state's arms.
"""

from __future__ import annotations

import itertools
from typing import Any

from graph.ontology import EntityType, Stance

from ..mentions import Mention, Sentence
from .clauses import (
    _arms_word,
    _entity,
    _hold_verb,
    _landing_only,
    _mention_from,
    _passive,
    _possessive,
    _system_before,
    _vessel,
)
from .parties import _past_kind
from .state import _Doc, _Frame
from .vocabulary import (
    _ARMS,
    _ARMS_COMPOUNDS,
    _BACKERS,
    _BE,
    _BOUND,
    _BUILD,
    _CAME,
    _CARRY,
    _CLAUSE_BREAKS,
    _COPULAS,
    _DEAL_NOUNS,
    _DEALINGS,
    _DETERMINERS,
    _GRANT,
    _INCLUDES,
    _LOADS,
    _MAKERS,
    _MILITARY,
    _NEGATION,
    _NOMINAL,
    _PACKAGE_WORDS,
    _PACKAGES,
    _QUOTES,
    _REACHED,
    _RECEIVE,
    _RELY,
    _SEAL,
    _SUBJECT_BOUNDS,
    _SUPPLY,
    _THANK,
    _TRAIN,
    _TRIGGERS,
    _VEHICLES,
    _WEAK_ARMS,
)

__all__ = ["SupplyPhraseRules"]


# verbs of arms traded each way: "exchanged missiles with North Korea"
_SWAPS = frozenset(["exchanged", "exchanging", "swapped", "swapping"])
# "the prime contractor", "the principal contractors will be"
_LEADING = frozenset(["prime", "principal", "main", "lead"])
# an embargo lifted or eased: "decided to lift its embargo on", "the partial lifting of the US embargo"
_LIFTING = frozenset(
    [
        *("lift", "lifts", "lifted", "lifting", "ease", "eases", "eased", "easing"),
        *("end", "ends", "ended", "ending", "scrap", "scraps", "scrapped", "scrapping"),
    ]
)
_EMBARGO_TARGETS = frozenset(["on", "against", "for", "to", "with"])


class SupplyPhraseRules:
    """Reads the constructions that tell of a supply without a supply verb."""

    def _supplied_owned(self, sent: Sentence, t: int) -> dict[str, Any] | None:
        """ "Ukraine's US-supplied HIMARS", "the Houthis' Iranian-supplied missiles": arms a party
        owns, supplied by the state named before the participle."""
        low = sent.lower
        giver = sent.mention_at(t - 2)
        arms = sent.mention_at(t + 1)
        if giver is None or giver.role not in {"origin", "actor"} or arms is None or arms.role != "weapon":
            return None
        k = giver.start - 1
        if k > 1 and low[k] == "with" and low[k - 1] in {"equipped", "armed"}:
            owner = self._left(sent, k - 1, 0, set())  # "the Afghan army is equipped with US-supplied rifles"
        elif k < 1 or not _possessive(low, k):
            return None
        else:
            owner = sent.mention_at(k - 1)
        s_id = self._state_of(giver.entity) if self._person(giver.entity) else giver.entity
        if owner is None or owner.role != "actor" or not s_id or s_id == owner.entity:
            return None
        if not self._actor(s_id) or not self._actor(owner.entity):
            return None
        fact = {"predicate": "SUPPLIES", "subject": s_id, "object": owner.entity, "weapons": [arms.entity]}
        fact["_span"] = (owner.start, arms.end, len(low), t)
        return fact

    def _carried(self, sent: Sentence) -> list[tuple[int, dict[str, Any]]]:
        """ "planes carrying weapons from Israel to Azerbaijan", "an Iranian cargo plane carrying
        weapons to Syria": arms carried from one state (or in its craft) to another are supplied by
        the first to the second."""
        low = sent.lower
        out: list[tuple[int, dict[str, Any]]] = []
        for t, word in enumerate(low):
            if word not in _CARRY:
                continue
            hi = self._clause_end(sent, t, min(len(low), t + 14))
            before = word.startswith(("flow", "funnel", "pipeline", "route", "corridor"))
            arms = range(max(0, t - 4), t) if before else range(t + 1, hi)
            if not any(_arms_word(low, k) for k in arms):
                continue
            source = self._after_word(sent, t, hi, {"from"}) or _craft_of(sent, t)
            target = self._after_word(sent, t, hi, {"to"}) or _bound_for(sent, t, hi)
            if (
                source is None
                or target is None
                or source.start > target.start
                or source.entity == target.entity
            ):
                continue
            if not (self._actor(source.entity) and self._actor(target.entity)):
                continue
            weapons = self._weapons(sent, t, source.start)
            fact = {
                "predicate": "SUPPLIES",
                "subject": source.entity,
                "object": target.entity,
                "weapons": weapons,
            }
            fact["_span"] = (t, target.end, hi, t)
            out.append((t, fact))
        return out

    def _exchanged(self, sent: Sentence, frames: list[_Frame]) -> list[tuple[int, dict[str, Any]]]:
        """Arms exchanged between two parties, a supply each way: "Iran exchanged missiles with North
        Korea", "North Korea and Iran appear to have been exchanging ballistic missiles"."""
        low = sent.lower
        out: list[tuple[int, dict[str, Any]]] = []
        for t, word in enumerate(low):
            if word not in _SWAPS or (t > 0 and low[t - 1] == "in"):
                continue  # never "in exchange for"
            frame = self._frame_of(frames, t)
            lo, hi = (frame.start, frame.end) if frame else (0, len(low))
            hi = self._clause_end(sent, t, hi)
            weapons = self._weapons(sent, t, min(hi, t + 8))
            if not weapons and not any(_arms_word(low, k) for k in range(t + 1, min(hi, t + 6))):
                continue
            skip = {id(frame.source)} if frame and frame.source else set()
            one = self._left(sent, t, lo, skip)
            if one is None:
                continue
            other = self._after_word(sent, t, hi, {"with"})
            if other is None:
                listed = self._listed_before(sent, one)
                other, one = (one, listed[-1]) if listed else (None, one)
            if other is None or one.entity == other.entity:
                continue
            for a, b in ((one, other), (other, one)):
                if (ids := self._supply_ids(low, t, a.entity, b.entity)) is None:
                    continue
                fact = {"predicate": "SUPPLIES", "subject": ids[0], "object": ids[1], "weapons": weapons}
                fact["_span"] = (min(one.start, other.start), max(t + 1, other.end), hi, t)
                out.append((t, fact))
        return out

    def _dealings(self, sent: Sentence, frames: list[_Frame], doc: _Doc) -> list[tuple[int, dict[str, Any]]]:
        """ "North Korea has never had arms dealings with Russia": the supply between the two that
        the article tells of, whichever way it goes (none if it tells of none)."""
        low = sent.lower
        out: list[tuple[int, dict[str, Any]]] = []
        for t, word in enumerate(low):
            if word not in _DEALINGS or t == 0 or low[t - 1].strip("‘’'\"") not in _ARMS:
                continue
            frame = self._frame_of(frames, t)
            lo = frame.start if frame else 0
            skip = {id(frame.source)} if frame and frame.source else set()
            one = self._left(sent, t, lo, skip)
            other = self._after_word(sent, t, min(len(low), t + 4), {"with"})
            if one is None or other is None:
                continue
            a = self._state_of(one.entity) or one.entity
            b = other.entity
            pair = next(
                (
                    (f["subject"], f["object"])
                    for f in reversed(doc.supplies)
                    if {f["subject"], f["object"]} == {a, b}
                ),
                None,
            )
            if pair is None:
                if doc.index >= 0:
                    doc.waiting.append((doc.index, len(doc.supplies)))
                continue
            fact = {"predicate": "SUPPLIES", "subject": pair[0], "object": pair[1], "weapons": []}
            fact["_span"] = (min(t, one.start), max(t + 1, other.end), len(low), t)
            out.append((t, fact))
        return out

    def _contractors(self, sent: Sentence, doc: _Doc) -> list[tuple[int, dict[str, Any]]]:
        """ "Lockheed Martin is the prime contractor", "The principal contractors will be Sikorsky and
        General Electric": the firms named make the article's last supply, for its recipient, and
        a sale not yet made is not yet theirs either."""
        low = sent.lower
        k = next(
            (
                k
                for k in range(1, len(low))
                if low[k] in {"contractor", "contractors"} and low[k - 1] in _LEADING
            ),
            None,
        )
        if k is None or not doc.supplies:
            return []
        last = doc.supplies[-1]
        out: list[tuple[int, dict[str, Any]]] = []
        for m in sent.mentions:
            if (spec := self.spec(m.entity)) is None or spec.kind != "company" or m.entity == last["object"]:
                continue
            fact: dict[str, Any] = {"predicate": "SUPPLIES", "subject": m.entity, "object": last["object"]}
            fact["weapons"] = []
            fact["_span"] = (0, len(low), len(low), k)
            fact["_planned"] = last.get("stance") == Stance.HYPOTHETICAL.value
            fact["_share"] = True
            out.append((k, fact))
        return out

    def _embargo_lifted(self, sent: Sentence) -> list[tuple[int, dict[str, Any]]]:
        """An arms embargo lifted, or to be, opens supplies to come from whoever imposed it to the
        one it was on: "the United States decided to lift its embargo on trade in lethal arms with
        Vietnam", "the partial lifting of the US embargo on arms supplies to Cyprus", "the EU's
        deliberations on lifting its arms embargo on China" (never the embargo kept or imposed)."""
        low = sent.lower
        out: list[tuple[int, dict[str, Any]]] = []
        for k, word in enumerate(low):
            if word not in {"embargo", "embargoes"}:
                continue
            lift = next((j for j in range(k - 1, max(-1, k - 6), -1) if low[j] in _LIFTING), None)
            if lift is None or not _NEGATION.isdisjoint(low[max(0, lift - 2) : lift]):
                continue
            imposer = next(
                (m for m in sent.mentions if lift < m.start < k and m.role in {"actor", "origin"}), None
            ) or self._left(sent, lift, 0, set())
            target = next(
                (
                    m
                    for m in sent.mentions
                    if k < m.start <= k + 8
                    and m.role == "actor"
                    and low[m.start - 1 - (low[m.start - 1] == "the")] in _EMBARGO_TARGETS
                    and not any(w in _CLAUSE_BREAKS for w in low[k + 1 : m.start])
                ),
                None,
            )
            if imposer is None or target is None or not self._actor(imposer.entity):
                continue
            if imposer.entity == target.entity:
                continue
            fact: dict[str, Any] = {
                "predicate": "SUPPLIES",
                "subject": imposer.entity,
                "object": target.entity,
            }
            fact["weapons"] = []
            fact["_span"] = (min(lift, imposer.start), target.end, len(low), k)
            fact["_planned"] = True
            out.append((k, fact))
        return out

    def _contents(self, sent: Sentence, frames: list[_Frame], doc: _Doc) -> list[tuple[int, dict[str, Any]]]:
        """What a supply named before holds: "The package also includes Javelin missiles"."""
        low = sent.lower
        for t, word in enumerate(low):
            if word not in _INCLUDES:
                continue
            if (own := self._package_parties(sent, t)) is not None:
                # "Russia's assistance to Serbia will include 30 T-72 tanks": its giver and receiver
                frame = self._frame_of(frames, t)
                hi = self._clause_end(sent, t, frame.end if frame else len(low))
                if weapons := self._weapons(sent, t, hi):
                    fact = {"predicate": "SUPPLIES", "subject": own[0].entity, "object": own[1].entity}
                    fact["weapons"] = weapons
                    fact["_span"] = (own[0].start, t + 1, hi, t)
                    return [(t, fact)]
            k = next((k for k in range(max(0, t - 4), t) if low[k] in _PACKAGES), None)
            if k is None and low[t - 1 : t] == ["and"]:
                # "The previous package was worth $1.83 billion and included ...": the subject of both verbs
                k = next((k for k in range(max(0, t - 14), t) if low[k] in _PACKAGES), None)
                if k is not None and any(w in {",", "that", "which", ";"} for w in low[k:t]):
                    k = None
            opening = [w for w in low[:t] if w not in _QUOTES and w != "also"] == ["it"]
            if not opening and (
                k is None
                or not any(
                    w in _DETERMINERS | {"this", "another", "arms", "weapons"} for w in low[max(0, k - 4) : k]
                )
            ):
                continue  # "The (U.S. security assistance) package also includes ..."
            frame = self._frame_of(frames, t)
            hi = self._clause_end(sent, t, frame.end if frame else len(low))
            weapons = self._weapons(sent, t, hi)
            earlier = self._context_claim(doc, [])
            if earlier is None or not (
                weapons or (opening and any(_arms_word(low, j) for j in range(t, hi)))
            ):
                continue  # "It includes training, spare parts and weapons": the deal just told of
            fact = {"predicate": "SUPPLIES", "subject": earlier["subject"], "object": earlier["object"]}
            fact["weapons"] = weapons
            fact["_span"] = (t - 1 if k is None else k, t + 1, len(low), t)
            return [(t, fact)]
        return []

    def _package_parties(self, sent: Sentence, t: int) -> tuple[Mention, Mention] | None:
        """The giver and receiver of "X's (military) aid/assistance/deliveries to Y" right before
        the verb at ``t`` ("Russia's assistance to Serbia will include ...")."""
        low = sent.lower
        to = next((k for k in range(t - 1, max(0, t - 6), -1) if low[k] == "to"), None)
        if to is None or (receiver := _mention_from(sent, to + 1)) is None or receiver.end > t:
            return None
        k = to - 1
        if k < 0 or (low[k] not in _PACKAGES and low[k] != "assistance"):
            return None
        k -= 1 + (k > 0 and low[k - 1] in _MILITARY)
        giver = sent.mention_at(k - 1) if k > 0 and _possessive(low, k) else None
        if giver is None or giver.role != "actor" or not self._actor(giver.entity):
            return None
        return (giver, receiver) if giver.entity != receiver.entity else None

    def _granted(self, sent: Sentence, doc: _Doc) -> list[tuple[int, dict[str, Any]]]:
        """A supply named before, approved: "The shipment was approved on Monday", "the bombs were
        cleared last week" (a definite supply noun or arms as the subject of a passive grant)."""
        low = sent.lower
        for k, word in enumerate(low):
            if word not in _GRANT or not word.endswith("ed") or not _passive(low, k):
                continue
            j = k - 2 if low[k - 1] in _BE else k - 3  # the word before "was" / "were"
            while j > 0 and low[j] in {"also", "already", "now", "reportedly"}:
                j -= 1
            arms = sent.mention_at(j)
            head = (arms is not None and arms.role == "weapon") or low[j] in _NOMINAL or low[j] in _ARMS
            definite = any(w in _DETERMINERS | {"this"} for w in low[max(0, j - 3) : j])
            if (
                j < 1
                or not head
                or not definite
                or any(m.role == "actor" for m in sent.mentions if m.end <= j)
            ):
                continue
            earlier = self._context_claim(
                doc, [arms.entity] if arms is not None and arms.role == "weapon" else []
            )
            if earlier is None:
                continue
            fact = {"predicate": "SUPPLIES", "subject": earlier["subject"], "object": earlier["object"]}
            fact["_span"] = (j, k + 1, len(low), k)
            return [(k, fact)]
        return []

    def _reached(self, sent: Sentence, frames: list[_Frame], doc: _Doc) -> list[tuple[int, dict[str, Any]]]:
        """Arms that went from one party to another without a supply verb: "weapons from Libya have
        reached the Islamic State", "Iranian weapons ended up with the Houthis", "ammunition from
        Bulgaria was found with al-Shabaab", "Chinese rifles found their way to the RSF", "the
        drones used by Russia came from Iran", "most of the Taliban's rifles came from Pakistan"."""
        low = sent.lower
        out: list[tuple[int, dict[str, Any]]] = []
        for t, word in enumerate(low):
            if word not in _REACHED:
                continue
            f = t + 1
            while f < len(low) - 1 and (low[f].endswith("ly") or low[f] == "back"):
                f += 1  # "come mainly from Iran", "were traced back to Iran"
            came = word in _CAME and low[f : f + 1] == (["to"] if word == "traced" else ["from"])
            to = _reach_end(low, t) if not came else None
            if not came and to is None:
                continue
            frame = self._frame_of(frames, t)
            lo = frame.start if frame else 0
            start = next(
                (
                    k + 1
                    for k in range(t - 1, lo - 1, -1)
                    if low[k] in _SUBJECT_BOUNDS and not (low[k] == "and" and _in_list(sent, k))
                ),
                lo,
            )
            arms = [m for m in sent.mentions if m.role == "weapon" and start <= m.start < t]
            words = [
                k
                for k in range(start, t)
                if low[k] in _ARMS - _WEAK_ARMS and low[k + 1] not in _ARMS_COMPOUNDS
            ]
            if not arms and not words:
                continue
            head = min([*(m.start for m in arms), *words])
            given = next((k for k in range(head, t) if low[k] == "from"), None)
            if came:
                supplier = _mention_from(sent, f + 1)
                if supplier is None and low[f + 1 : f + 2] in (["its"], ["their"]) and start > 0:
                    supplier = self._left(sent, start, 0, set())  # "denied that ... came from its arsenal"
                recipient = next(
                    (
                        m
                        for m in sent.mentions
                        if start <= m.start < t
                        and (m.role == "actor" or low[m.end : m.end + 1] in (["’s"], ["'s"]))
                    ),
                    None,
                )  # "the drones used by Russia", "the Taliban's rifles", "Algeria's arms"
                if recipient is None and arms and (used := self._context_use(doc, self._distinct(arms))):
                    # "The Houthis fired missiles at Riyadh. The missiles came from Iran.": their user
                    recipient = next(
                        (m for m in sent.mentions if m.entity == used["subject"]), None
                    ) or Mention(t, t, used["subject"], EntityType.ORGANIZATION)
            else:
                if given is None and low[to - 1 : to] == ["from"]:
                    # "weapons made their way from Libya to Mali"
                    given, to = to - 1, next((k + 1 for k in range(to, len(low) - 1) if low[k] == "to"), to)
                supplier = _mention_from(sent, given + 1) if given is not None else None
                if (
                    supplier is None
                    and given is not None
                    and low[given + 1 : given + 2] in (["its"], ["their"])
                ):
                    supplier = self._left(
                        sent, given, 0, set()
                    )  # "Nicaragua denied that weapons from its army"
                if supplier is None:
                    supplier = next(
                        (m for m in sent.mentions if m.role == "origin" and start <= m.start < t), None
                    )  # "Iranian weapons"
                if supplier is None and head > 0 and low[head - 1] in {"its", "their", "’s", "'s"}:
                    # "Eritrea denied that its weapons had reached", "Eritrea's weapons reached"
                    supplier = sent.mention_at(head - 2) if low[head - 1] in {"’s", "'s"} else None
                    supplier = supplier or self._left(sent, head, 0, set())
                recipient = _mention_from(sent, to)
            if supplier is None or recipient is None:
                continue
            span = (start, max(t + 2, recipient.end, supplier.end), len(low), t)
            suppliers = [supplier, *(self._coordinated(sent, supplier, t) if supplier.start > start else [])]
            recipients = [
                recipient,
                *(self._coordinated(sent, recipient, len(low)) if recipient.start > t else []),
            ]
            for giver, o in itertools.product(suppliers, recipients):  # "from Libya and Sudan", "the X and Y"
                s_id = self._state_of(giver.entity) if self._person(giver.entity) else giver.entity
                if s_id and s_id != o.entity and self._actor(s_id) and self._actor(o.entity):
                    fact = {"predicate": "SUPPLIES", "subject": s_id, "object": o.entity}
                    fact["weapons"] = self._distinct(arms)
                    fact["_span"] = span
                    out.append((t, fact))
        return out

    def _held_from(self, sent: Sentence, frames: list[_Frame]) -> list[tuple[int, dict[str, Any]]]:
        """ "The Indonesian Air Force has fighter jets from the US and Russia", "operates tanks from
        countries including Russia and Ukraine": each state the held arms are from supplied them."""
        low = sent.lower
        out: list[tuple[int, dict[str, Any]]] = []
        for k, word in enumerate(low):
            arms = sent.mention_at(k - 1) if word == "from" and k > 1 else None
            if arms is None or arms.role != "weapon":
                continue
            v = _hold_verb(low, arms.start, 0)
            if v is None or low[v].startswith("includ") or not _TRIGGERS.isdisjoint(low[v + 1 : arms.start]):
                continue  # "has received jets from", "has launched drones from Chad": the other verb's
            frame = self._frame_of(frames, v)
            lo, hi = (frame.start, frame.end) if frame else (0, len(low))
            holder = self._left(sent, v, lo, {id(frame.source)} if frame and frame.source else set())
            j = _past_kind(low, k + 1)
            first = _mention_from(sent, j)
            if holder is None or first is None or first.end > hi:
                continue
            for seller in [first, *self._coordinated(sent, first, hi)]:
                if seller.entity != holder.entity and self._actor(seller.entity):
                    fact = {"predicate": "SUPPLIES", "subject": seller.entity, "object": holder.entity}
                    fact["weapons"] = [arms.entity]
                    fact["_span"] = (holder.start, seller.end, hi, v)
                    out.append((v, fact))
        return out

    def _relied(self, sent: Sentence, frames: list[_Frame]) -> list[tuple[int, dict[str, Any]]]:
        """ "Armenia relies on Russia for most of its weapons", "Nigeria turned to China for armed
        drones", "Algeria's dependence on Moscow for arms": the one relied on for arms supplies them."""
        low = sent.lower
        out: list[tuple[int, dict[str, Any]]] = []
        for t, word in enumerate(low):
            if word not in _RELY:
                continue
            j = t + 1
            while j < len(low) - 1 and (low[j].endswith("ly") or low[j] in {"still", "also", "almost"}):
                j += 1  # "depends heavily on China"
            if low[j] not in {"on", "upon", "to"}:
                continue
            supplier = _mention_from(sent, j + 1)
            suppliers = [supplier, *self._coordinated(sent, supplier, len(low))] if supplier else []
            if not suppliers or low[suppliers[-1].end : suppliers[-1].end + 1] != ["for"]:
                continue  # "relies on Russia and Israel for arms": each supplies
            k = suppliers[-1].end + 1
            end = next(
                (
                    j
                    for j in range(k, min(len(low) - 1, k + 6))
                    if low[j] in _ARMS - _WEAK_ARMS and low[j + 1] not in _ARMS_COMPOUNDS
                ),
                None,
            )
            arms = next(iter(self._weapon_mentions(sent, k - 1, min(len(low), k + 6))), None)
            if end is None and arms is None:
                continue  # "relies on China for trade"
            frame = self._frame_of(frames, t)
            lo = frame.start if frame else 0
            # "... even though most Gulf states rely on the US for hardware": the subordinate
            # clause's own subject, never an actor before it ("Russia's prospects")
            lo = max([lo, *(k + 1 for k in range(lo, t) if low[k] in {"though", "although", "whereas"})])
            skip = {id(frame.source)} if frame and frame.source else set()
            recipient = self._left(sent, t, lo, skip, allow_possessive=False) or self._possessor(sent, t)
            if recipient is None:
                continue
            weapons = [arms.entity] if arms is not None else []
            span = (min(t, recipient.start), max(end or 0, arms.end if arms else 0, k), len(low), t)
            for s, o in itertools.product(suppliers, [recipient, *self._listed_before(sent, recipient)]):
                if s.entity != o.entity and self._actor(s.entity) and self._actor(o.entity):
                    fact = {
                        "predicate": "SUPPLIES",
                        "subject": s.entity,
                        "object": o.entity,
                        "weapons": weapons,
                    }
                    fact["_span"] = span
                    out.append((t, fact))
        return out

    def _destined(self, sent: Sentence, frames: list[_Frame], doc: _Doc) -> list[tuple[int, dict[str, Any]]]:
        """Arms bound somewhere without a supply verb: "Iranian UAVs for Russia", "arms intended for Russia"."""
        low = sent.lower
        out: list[tuple[int, dict[str, Any]]] = []
        for k, word in enumerate(low):
            if word not in {"for", "to"} or k == 0:
                continue
            j = k - 1
            if low[j] in _BOUND:
                j -= 1
                if low[j] in _BE or low[j].endswith("ly") or low[j] == "and":
                    # "North Korean arms seized in Bangkok were reportedly bound for Iran": the subject
                    j = _bound_subject(sent, j)
            sender = sent.mention_at(j)
            if (
                sender is not None
                and sender.role == "actor"
                and sender.start > 1
                and low[sender.start - 1] == "from"
            ):
                j = sender.start - 2  # "weapons from North Korea bound for Syria": sent by it
            else:
                sender = None
            if low[j] in {"systems", "system"} and low[j - 1] in {"weapons", "weapon"}:
                j -= 1  # "North Korean weapons systems bound for Syria"
            arms = sent.mention_at(j)
            if arms is not None and arms.role != "weapon":
                continue
            if arms is None and low[j] in _LOADS and j > 0 and low[j - 1] in _ARMS:
                j -= 1  # "the weapons convoys were destined for", "an arms consignment bound for"
            if arms is None and low[j] not in _ARMS:
                continue
            listed = sent.mention_at(j - 2) if arms is None and low[j - 1 : j] == ["and"] else None
            if listed is not None and listed.role == "weapon":
                arms = listed  # "Iranian missiles and weaponry bound for"
            if arms is None or not arms.origin:
                # "HQ-22 surface-to-air missile systems for the Serbian military": made by China
                arms = _system_before(sent, arms.start if arms is not None else j) or arms
            system = self._system_origin([arms.entity]) if arms is not None else None
            if word == "to" and low[k - 1] in _BOUND and low[k - 1] != "bound":
                continue  # "intended to ..." is an aim, not a destination
            made = sent.mention_at(j - 1) if arms is None and j > 0 else None
            if word == "to" and (arms is None or not arms.origin) and (made is None or made.role != "origin"):
                continue  # "drones to attack" - only "Iranian drones to Russia" without a verb
            start = arms.start if arms is not None else j
            begin = _phrase_start(low, start)
            if any(
                (w in _SUPPLY or w in _RECEIVE or w in _TRAIN)
                and not _landing_only(w, sent)
                and not _vessel(sent, i)
                # "Iranian-supplied missiles bound for ...": no verb of its own ("re-exported" is one)
                and (low[i - 1] != "-" or low[i - 2] == "re")
                for i, w in enumerate(low[begin:start], begin)
            ):
                continue  # the supply verb before already made this claim
            # "bound for Syria", "for the Houthis", "for the country's Houthi rebels"
            whose = low[k + 1 : k + 2] == ["the"] and low[k + 3 : k + 4] in (["'s"], ["’s"])
            recipient = _mention_from(sent, k + 4 if whose else k + 1)
            if recipient is None or recipient.start - k > (4 if whose else 2):
                continue
            around = self._frame_of(frames, k)
            granter = self._granter(sent, start, around.start if around else 0, set())
            supplier = (
                (arms.origin if arms is not None else None)
                or (
                    made.entity if made is not None and made.role == "origin" else None
                )  # "North Korean arms"
                or _entity(sender)
                or _entity(granter)
                or _entity(_came_from(sent, start, k))  # "the arms came from Iran and were bound for Syria"
                or self._context_supplier(doc, recipient)
                or system
            )
            if not supplier or supplier == recipient.entity or not self._actor(supplier):
                continue
            weapons = [arms.entity] if arms is not None else []
            fact = {
                "predicate": "SUPPLIES",
                "subject": supplier,
                "object": recipient.entity,
                "weapons": weapons,
            }
            fact["_span"] = (start, recipient.end, len(low), start)
            out.append((k, fact))
        return out

    def _backed_groups(self, sent: Sentence, frames: list[_Frame]) -> list[tuple[int, dict[str, Any]]]:
        """ "N'Djamena charges that Sudanese-backed Janjaweed militias crossed the border": a group a
        state is said, in someone's charge, to back is armed by it. In the writer's own words
        ("the Iran-backed Houthis") the epithet is no claim of its own."""
        low = sent.lower
        out: list[tuple[int, dict[str, Any]]] = []
        for m in sent.mentions:
            k = m.start
            if low[k + 1 : k + 2] != ["-"] or low[k + 2 : k + 3] == [] or low[k + 2] not in _BACKERS:
                continue
            frame = next((f for f in frames if f.source is not None and f.start <= k < f.end), None)
            if frame is None or not self._armed_group(m.entity):
                continue
            backer = next((e.id for e in self.gaz.find(sent.words[k]) if e.type == EntityType.COUNTRY), None)
            if backer is None:
                continue
            fact = {"predicate": "SUPPLIES", "subject": backer, "object": m.entity, "weapons": []}
            fact["_span"] = (k, m.end, frame.end, k)
            out.append((k, fact))
        return out

    def _buyer(self, sent: Sentence, t: int, frames: list[_Frame]) -> dict[str, Any] | None:
        """ "Saudi Arabia was the top recipient of US arms", "India is the biggest buyer of Russian
        weapons": the one said to be a buyer of a state's arms receives them from it."""
        low = sent.lower
        if low[t + 1 : t + 2] not in (["of"], ["for"]):
            return self._possessed_buyer(sent, t, frames)
        frame = self._frame_of(frames, t)
        lo, hi = (frame.start, frame.end) if frame else (0, len(low))
        hi = self._clause_end(sent, t, hi)
        end = min(hi, t + 7)
        # "Saudi Arabia is a top arms client of Britain and France": the arms told before the noun
        arms_client = t > 0 and low[t - 1] in {"arms", "weapons", "defence", "defense"}
        if not arms_client and not any(
            _arms_word(low, k) or self._weapon_mentions(sent, k - 1, k + 1) for k in range(t + 2, end)
        ):
            return None
        seller = next(
            (m for m in sent.mentions if t + 1 < m.start < end and m.role in {"origin", "actor"}), None
        )
        if seller is None and (
            made_by := self._system_origin(self._distinct(self._weapon_mentions(sent, t, end)))
        ):
            # "the first foreign buyer of the BrahMos missile": of the state that makes it
            seller = Mention(t, t, made_by, EntityType.COUNTRY)
        skip = {id(frame.source)} if frame and frame.source else set()
        buyer = self._left(sent, t, lo, skip)
        if seller is None or buyer is None or not any(w in _BE or w in _COPULAS for w in low[buyer.end : t]):
            return None
        s_id = self._state_of(seller.entity) or seller.entity
        o_id = _entity(buyer)
        if s_id == o_id or not self._actor(s_id) or not self._actor(o_id):
            return None
        fact: dict[str, Any] = {"predicate": "SUPPLIES", "subject": s_id, "object": o_id, "weapons": []}
        fact["weapons"] = self._distinct(self._weapon_mentions(sent, t, end))
        if isinstance(buyer, Mention):  # "the UAE and Saudi Arabia have been major buyers of US arms"
            fact["_also"] = [
                m.entity
                for m in self._listed_before(sent, buyer)
                if m.entity != s_id and self._actor(m.entity)
            ]
        if arms_client and seller.role == "actor":
            fact["_also_subjects"] = [
                m.entity for m in self._coordinated(sent, seller, hi) if self._actor(m.entity)
            ]
        fact["_span"] = (buyer.start, end, hi, t)
        return fact

    def _possessed_buyer(self, sent: Sentence, t: int, frames: list[_Frame]) -> dict[str, Any] | None:
        """ "Egypt, France's biggest arms client, ordered ...", "India is Russia's largest arms
        customer": the state whose customer another is supplies it."""
        low = sent.lower
        k = next((k for k in range(t - 1, max(0, t - 6), -1) if low[k] in {"’s", "'s"}), None)
        seller = sent.mention_at(k - 1) if k is not None else None
        if (
            seller is None
            or seller.role not in {"origin", "actor"}
            or not any(_arms_word(low, j) for j in range(k + 1, t))
        ):
            return None
        frame = self._frame_of(frames, t)
        lo = frame.start if frame else 0
        skip = {id(frame.source)} if frame and frame.source else set()
        buyer = self._left(sent, seller.start, lo, skip)
        if buyer is None or not (
            low[seller.start - 1] == ","
            or any(w in _BE or w in _COPULAS for w in low[buyer.end : seller.start])
        ):
            return None
        s_id, o_id = self._state_of(seller.entity) or seller.entity, _entity(buyer)
        if s_id == o_id or not self._actor(s_id) or not self._actor(o_id):
            return None
        fact: dict[str, Any] = {"predicate": "SUPPLIES", "subject": s_id, "object": o_id, "weapons": []}
        fact["_span"] = (buyer.start, t + 1, self._clause_end(sent, t, len(low)), t)
        return fact

    def _thanked(self, sent: Sentence, doc: _Doc) -> list[tuple[int, dict[str, Any]]]:
        """ "Zelensky thanked Biden for the Patriot systems": the one thanked for arms supplied them
        to the one thanking (a person stands for their state). "Thanked China for the donation"
        speaks of a supply the article told before, between the same two."""
        low = sent.lower
        out: list[tuple[int, dict[str, Any]]] = []
        for t, word in enumerate(low):
            if word not in _THANK:
                continue
            thanked = self._right_after(sent, t, len(low))
            if thanked is None:
                continue
            listed = [thanked]  # "thanked the Italian and French governments for"
            at = thanked.end
            while (
                low[at : at + 1] in (["and"], [","]) and (m := sent.mention_at(at + 1)) and m.start == at + 1
            ):
                listed.append(m)
                at = m.end
            at += low[at : at + 1] in (["government"], ["governments"], ["people"], ["authorities"])
            at += low[at : at + 1] != [] and low[at].endswith("ly")
            if low[at : at + 1] != ["for"]:
                continue  # "thanked China (profusely) for"
            hi = self._clause_end(sent, at, len(low))
            weapons = self._weapons(sent, at, min(hi, at + 8))
            noun = at + 2
            told = noun < len(low) and low[noun - 1] in {"the", "its", "this"} and low[noun] in _NOMINAL
            if not weapons and not told and not any(_arms_word(low, k) for k in range(at, min(hi, at + 8))):
                continue
            thanker = self._left(sent, t, 0, set())
            for thanked in listed:
                ids = [
                    self._state_of(m.entity) if self._person(m.entity) else m.entity
                    for m in (thanked, thanker)
                    if m is not None
                ]
                if len(ids) != 2 or not all(ids) or ids[0] == ids[1] or not all(self._actor(i) for i in ids):
                    continue
                if (
                    not weapons
                    and told
                    and not any(
                        f["subject"] == ids[0] and ids[1] in (f["object"], self._state_of(f["object"]))
                        for f in doc.supplies
                    )
                ):
                    continue  # "thanked Qatar for the donation" of what the article never said: no arms
                fact = {"predicate": "SUPPLIES", "subject": ids[0], "object": ids[1], "weapons": weapons}
                fact["_span"] = (thanker.start, hi, hi, t)
                out.append((t, fact))
        return out

    def _built_for(self, sent: Sentence, frames: list[_Frame]) -> list[tuple[int, dict[str, Any]]]:
        """ "a deal to build warships for Australia", "frigates built by HHI for the Philippine Navy":
        the builder supplies the arms to the one they are built for (never to itself or its state)."""
        low = sent.lower
        out: list[tuple[int, dict[str, Any]]] = []
        for t, word in enumerate(low):
            if word not in _BUILD:
                continue
            frame = self._frame_of(frames, t)
            lo, hi = (frame.start, frame.end) if frame else (0, len(low))
            hi = self._clause_end(sent, t, hi)
            at = next((k for k in range(t + 1, min(hi, t + 10)) if low[k] == "for"), None)
            buyer = _mention_from(sent, at + 1) if at is not None else None
            weapons = self._weapons(sent, max(lo, t - 6), at) if buyer is not None else []
            if buyer is None or not weapons or not self._actor(buyer.entity):
                continue
            skip = {id(frame.source)} if frame and frame.source else set()
            builder = self._after_word(sent, t, at, {"by"}) or self._left(sent, t, lo, skip)
            if builder is None or not self._actor(builder.entity):
                continue
            states = {builder.entity, self._state_of(builder.entity)}
            if buyer.entity in states or self._state_of(buyer.entity) in states:
                continue
            fact = {
                "predicate": "SUPPLIES",
                "subject": builder.entity,
                "object": buyer.entity,
                "weapons": weapons,
            }
            fact["_span"] = (min(builder.start, t), buyer.end, hi, t)
            out.append((t, fact))
        return out

    def _deals(self, sent: Sentence, frames: list[_Frame], doc: _Doc) -> list[tuple[int, dict[str, Any]]]:
        """A deal signed for arms with no supply verb of its own: "India signed a deal with France
        for Rafale jets", "Egypt and France signed a contract for 30 Rafales". Who sells is the
        party whose state makes the arms (or the one the article has selling to the other)."""
        low = sent.lower
        out: list[tuple[int, dict[str, Any]]] = []
        for t, word in enumerate(low):
            if word not in _DEAL_NOUNS:
                continue
            # "contracts signed by Yerevan with Indian arms makers": the seal after the noun
            sealed_by = low[t + 1 : t + 3] in ([w, "by"] for w in _SEAL if w.endswith("ed"))
            if not sealed_by and _SEAL.isdisjoint(low[max(0, t - 5) : t]) and not _sealed_price(low, t):
                continue
            frame = self._frame_of(frames, t)
            lo, hi = (frame.start, frame.end) if frame else (0, len(low))
            hi = self._clause_end(sent, t, hi)
            skip = {id(frame.source)} if frame and frame.source else set()
            signer = _mention_from(sent, t + 3) if sealed_by else self._left(sent, t, lo, skip)
            if signer is None or signer.role != "actor":
                continue
            parties = [signer, *self._listed_before(sent, signer)]
            partner = self._after_word(sent, t, min(hi, t + 8 if sealed_by else t + 4), {"with"})
            makers = self._makers_after(sent, t, min(hi, t + 10))
            if partner is None and makers is not None:
                partner = makers  # "with Indian arms manufacturers": India's makers sell
            if partner is not None:
                parties.append(partner)
            ids = list(
                dict.fromkeys(
                    s
                    for m in parties
                    # a leader or a ministry signs for its state ("India's Ministry of Defence signed")
                    if (s := self._state_of(m.entity) if self._acts_for_state(m.entity) else m.entity)
                )
            )
            weapons = self._weapons(sent, t, hi)
            companies = [i for i in ids if (spec := self.spec(i)) is not None and spec.kind == "company"]
            if len(ids) != 2 or not (
                weapons
                or _arms_word(low, t - 1)
                or makers is not None
                # "Embraer signed a contract with the Philippine Air Force for six attack aircraft"
                or (len(companies) == 1 and any(_arms_word(low, k) for k in range(t + 1, hi)))
            ):
                continue
            origin = (
                (_entity(makers) if makers is not None else None)
                or self._named_origin(sent, t, hi, weapons)
                or self._system_origin(weapons)
                or (companies[0] if len(companies) == 1 else None)  # the arms maker sells
            )
            if origin not in ids and len(companies) == 1 and self.spec(companies[0]).country == origin:
                origin = companies[0]  # "Saab signed a contract with Thailand for Gripen jets": Swedish jets
            if origin in ids:
                pair = (origin, next(i for i in ids if i != origin))
            else:
                pair = next(
                    (
                        (f["subject"], f["object"])
                        for f in reversed(doc.recent_supplies())
                        if {f["subject"], f["object"]} == set(ids)
                    ),
                    None,
                )
            if pair is None or not all(self._actor(i) for i in pair):
                continue
            fact = {"predicate": "SUPPLIES", "subject": pair[0], "object": pair[1], "weapons": weapons}
            self._qualifiers(sent, fact, t, hi)
            fact["_span"] = (min(m.start for m in parties), t + 1, hi, t)
            out.append((t, fact))
        return out

    def _makers_after(self, sent: Sentence, t: int, hi: int) -> Mention | None:
        """ "with Indian arms manufacturers": the state of the arms makers a deal is made with."""
        low = sent.lower
        for k in range(t + 1, hi):
            if low[k] in _MAKERS and k >= 2:
                j = k - 1 - (low[k - 1] in _ARMS or low[k - 1] in _MILITARY)
                m = sent.mention_at(j)
                if m is not None and m.role in {"origin", "actor"} and m.end == j + 1:
                    return m
        return None


def _in_list(sent: Sentence, k: int) -> bool:
    """Whether the "and" at ``k`` joins two names ("from Libya and Sudan"), not two clauses."""
    before, after = sent.mention_at(k - 1), sent.mention_at(k + 1)
    return before is not None and after is not None and before.role == after.role == "actor"


def _reach_end(low: list[str], t: int) -> int | None:
    """Where the party that arms at ``t`` reached is named: "reached (the) X", "ended up with X",
    "ended up in the hands of X", "was found with X" or "in the hands of X", "found their way to X";
    None when ``t`` is no such verb.

    >>> _reach_end(["ended", "up", "in", "the", "hands", "of", "the", "farc"], 0)
    6
    """
    w, rest = low[t], low[t + 1 : t + 6]
    if w.startswith("reach"):
        return t + 1
    if w in {"ended", "end", "ends", "ending", "wound"} and rest[:1] == ["up"]:
        t += 1
    elif w in {"found", "find", "finds", "made", "make", "makes"} and rest[:2] in (
        ["their", "way"],
        ["its", "way"],
    ):
        t += 2
    elif not (w == "found" and (rest[:1] == ["with"] or rest[:4] == ["in", "the", "hands", "of"])):
        return None  # "were found with the rebels", "are being found in the hands of cartels"
    rest = low[t + 1 : t + 5]
    if rest in (["in", "the", "hands", "of"], ["into", "the", "hands", "of"]):
        return t + 5
    if rest[:1] in (["with"], ["to"], ["into"], ["from"]):
        return t + 2  # "from": "made their way from Libya to Mali", the giver first
    return None


def _came_from(sent: Sentence, start: int, end: int) -> Mention | None:
    """The state the arms at ``start`` "came from" (or "originated in") before ``end``."""
    low = sent.lower
    for k in range(start + 1, end - 1):
        if low[k] in _CAME and low[k] != "traced" and low[k + 1] in {"from", "in"}:
            m = sent.mention_at(k + 2)  # a place, to the recogniser ("in Iran")
            return m if m is not None and m.type == EntityType.COUNTRY else None
    return None


def _bound_subject(sent: Sentence, j: int) -> int:
    """Where the arms are that "were (reportedly) bound for" somewhere, before ``j``: the nearest
    arms word or weapon in the clause (``j`` itself if none)."""
    low = sent.lower
    for k in range(j, max(-1, j - 9), -1):
        if low[k] in {",", ";", "that", "which", "who"}:
            break
        if low[k] in _ARMS or ((m := sent.mention_at(k)) is not None and m.role == "weapon"):
            return k
    return j


def _craft_of(sent: Sentence, t: int) -> Mention | None:
    """The state whose craft carries the arms at ``t``: "an Iranian cargo plane carrying" (never a
    flag of convenience: "a Panama-flagged ship")."""
    low = sent.lower
    k = t - 1
    if k < 0 or low[k] not in _VEHICLES or low[k] in {"delegation", "team", "officials", "diplomats"}:
        return None
    while k > 0 and (low[k] in _VEHICLES or low[k] in {"cargo", "transport", "military", "navy", "naval"}):
        k -= 1
    m = sent.mention_at(k)
    if m is None or m.end != k + 1 or m.type != EntityType.COUNTRY or "flagged" in low[k:t]:
        return None
    return m


def _bound_for(sent: Sentence, t: int, hi: int) -> Mention | None:
    """The state the arms carried at ``t`` are "bound for" (or "destined for", "headed for")."""
    low = sent.lower
    k = next((k for k in range(t + 1, hi - 1) if low[k] in _BOUND and low[k + 1] == "for"), None)
    m = sent.mention_at(k + 2) if k is not None else None
    return m if m is not None and m.role == "actor" else None


def _sealed_price(low: list[str], t: int) -> bool:
    """Whether the deal noun at ``t`` is sealed with only its price between: "have signed a 6.3bn
    euro ($7.02bn) agreement".

    >>> _sealed_price(["signed", "a", "6.3bn", "euro", "(", "$", "7.02bn", ")", "agreement"], 8)
    True
    """
    k = t - 1
    while k >= 0 and (
        low[k] in _PACKAGE_WORDS or low[k] in {"(", ")", "euro", "euros", "a", "an"} or low[k][:1].isdigit()
    ):
        k -= 1
    return k >= 0 and k < t - 1 and low[k] in _SEAL


def _phrase_start(low: list[str], start: int) -> int:
    """Where the words before the arms at ``start`` that may hold their verb begin: six words, or
    back to a clause break up to ten ("sold dozens of retired Soviet-era warplanes to")."""
    k = start
    while k > max(0, start - 10) and low[k - 1] not in _CLAUSE_BREAKS:
        k -= 1
    return min(k, max(0, start - 6))
