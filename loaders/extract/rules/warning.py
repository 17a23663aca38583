"""Warnings and sanctions: a state that warns another against a supply, or sanctions it."""

from __future__ import annotations

import itertools
from typing import Any

from graph.ontology import EntityType, Stance

from ..dates import _WEEKDAYS
from ..mentions import Mention, Sentence
from .clauses import _arms_word, _entity, _mention_from, _not_to, _own_plan
from .state import _Doc, _Frame
from .vocabulary import (
    _CLAUSE_BREAKS,
    _CONDEMN,
    _DEAL_NOUNS,
    _DEFIED,
    _HALTING,
    _HOLD_BACK,
    _HYPOTHETICAL,
    _MODALS,
    _NEGATION,
    _NOMINAL,
    _PREPOSITIONS,
    _SUPPLY,
    _THREATS,
    _URGE,
    _WARN,
    _WARNINGS,
    _WATCHING,
    _WITHHELD,
)

__all__ = ["WarningRules"]

_CLAUSE_ENDS = _CLAUSE_BREAKS | {".", "if", "unless"}
# "opposed the sale", "objected to the transfer": a stand against a supply
_OPPOSING = frozenset(
    [
        *("oppose", "opposes", "opposed", "opposing", "object", "objects", "objected", "objecting"),
        *("disapprove", "disapproves", "disapproved"),
    ]
)
_OPPOSED_SUPPLIES = frozenset(
    [
        *("sale", "sales", "transfer", "transfers", "deal", "shipment", "shipments", "delivery"),
        *("deliveries", "arming", "supplying", "selling"),
    ]
)
# a stand against a supply named by a noun: "Israel's opposition to the sale", "Indian objections to"
_OPPOSITION = frozenset(["opposition", "objection", "objections", "disapproval"])
_PRONOUNS = frozenset(["it", "we", "they"])
# a sanction announced as an intention is held over its target: "intends to impose sanctions"
_INTENDING = frozenset(["intends", "intend", "pledged", "pledges", "vowed", "vows"])
_POSSESSIVE_PRONOUNS = frozenset(["his", "her", "its", "their", "our", "my"])
# what a state went ahead despite, besides warnings: "despite Russian objections", "despite appeals from
# Israel", "over strong U.S. objections"
_OBJECTIONS = frozenset(
    ["objections", "appeals", "protests", "opposition", "criticism", "condemnation", "backlash"]
)
# what a supply does to the objections it meets: "drawing criticism from the United States"
_DRAWING = frozenset(
    [
        *("drawing", "drawn", "drew", "draws", "draw", "sparked", "sparking", "sparks", "provoked"),
        *("provoking", "prompted", "prompting", "causing", "caused", "attracted", "attracting"),
    ]
)
# a protest made to a state: "Somaliland has protested Qatar's donation", "Israeli protests"
_PROTESTING = frozenset(["protest", "protests", "protested", "protesting", "complained", "complains"])
# an envoy summoned or called in to hear one: "summoned the US ambassador", "called in the envoy"
_SUMMONING = frozenset(["summoned", "summons", "summon", "summoning"])
_ENVOYS = frozenset(["ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "charge"])
# a concern voiced to a state: "conveyed its concern to Washington", "raised its concerns with Moscow",
# "expressed concern over Turkey's decision"
_VOICING_CONCERN = frozenset(
    [
        *("raised", "raises", "raise", "expressed", "expresses", "express", "voiced", "voices", "voice"),
        *("conveyed", "conveys", "convey", "registered"),
    ]
)
_CONCERN_NOUNS = frozenset(["concern", "concerns", "objection", "objections", "displeasure", "unease"])
# the verbs a protest is made with: "will lodge a formal protest", "presented a protest note"
_LODGE = frozenset(["lodge", "lodged", "lodges", "lodging", "issued", "issue", "presented", "filed", "made"])
_AUXILIARY_RUN = frozenset(
    [
        *("has", "have", "had", "is", "was", "were", "are", "be", "been", "would", "will", "could"),
        *("may", "might", "also", "long", "initially", "previously", "still", "again"),
    ]
)
# what a threat may call the party it is made against: "against arch-foe Iran"
_FOES = frozenset(
    ["arch", "foe", "rival", "enemy", "neighbouring", "neighboring"]
)  # "arch - foe": three tokens


# what one party imposes on another: "sanctions on Iran", "measures against the US", "an arms embargo on Libya"
_SANCTION_NOUNS = frozenset(["sanctions", "measures", "embargo", "embargoes"])


# what its imposer does to an embargo: "Spain imposed an arms embargo on Israel", "the EU lifted its embargo"
_IMPOSING = frozenset(
    [
        *("imposed", "imposes", "impose", "imposing", "approved", "declared", "announced", "introduced"),
        *("extended", "extends", "renewed", "lifted", "lifts", "lift", "lifting", "ended", "maintains"),
        "slapped",
    ]
)


# what may stand between a halting verb and the supply it halts: "suspended all new arms exports"
_HALTED_WORDS = frozenset(
    [
        *("the", "all", "its", "their", "new", "further", "future", "any", "of", "some", "certain"),
        *("arms", "weapons", "weapon", "military", "defence", "defense", "u.s.", "us", "american"),
    ]
)


def _halt_before(sent: Sentence, t: int) -> int | None:
    """Where a verb halting the supply at ``t`` stands before it: "suspended arms exports to"."""
    low = sent.lower
    k = t - 1
    while k >= 0 and (
        low[k] in _HALTED_WORDS or ((m := sent.mention_at(k)) is not None and m.role in {"weapon", "origin"})
    ):
        k -= 1
    return k if k >= 0 and t - k <= 5 and low[k] in _HALTING else None


def _halt_after(low: list[str], t: int) -> int | None:
    """Where a passive halting verb follows the supply at ``t``: "deliveries to Egypt were suspended"."""
    for k in range(t + 1, min(len(low) - 1, t + 10)):
        if low[k] in _CLAUSE_BREAKS:
            return None
        if low[k] in {"was", "were", "been", "be", "is", "are"} and low[k + 1] in _HALTING:
            return k + 1
    return None


class WarningRules:
    """Reads warnings and sanctions."""

    def _warnings(
        self,
        sent: Sentence,
        frames: list[_Frame],
        claims: list[tuple[int, dict[str, Any]]],
        doc: _Doc,
    ) -> None:
        low = sent.lower
        if "warn" in sent.vocab:
            frames = [*frames, *self._first_person_warnings(sent, frames)]
        for frame in frames:
            if frame.source is None:
                continue
            urged = _held_back(sent, frame.start) if low[frame.verb] in _URGE else None
            if low[frame.verb] not in _WARN and urged is None and not _condemns(low, frame.verb):
                continue
            warner = _entity(frame.source)
            supplies = [f for _, f in claims if f.get("predicate") == "SUPPLIES" and "_id" in f]
            inside = [
                f
                for t, f in claims
                if frame.start <= t < frame.end and "_id" in f and f["predicate"] == "SUPPLIES"
            ]
            # what the warning is about: a supply it states, else one the sentence states if the warning
            # speaks of arms ("warned that countries helping terrorist states with weapons ...")
            armed = any(_arms_word(low, k) or low[k] in _SUPPLY for k in range(frame.start, frame.end))
            about = (inside or (supplies if armed else []) or [None])[0]
            if (
                about is None
                and doc.supplies
                and any(low[k] in _NOMINAL or low[k] in _DEAL_NOUNS for k in range(frame.start, frame.end))
            ):
                # "warned of sanctions if the deliveries were confirmed", "Washington and Israel have
                # criticized the contract": the supply told of before
                about = {**doc.supplies[-1], "_id": doc.supplies[-1]["id"]}
            target = urged or _mention_from(sent, frame.verb + 1)
            if (
                target is None
                and low[frame.verb + 1 : frame.verb + 2] == ["that"]
                and not _THREATS.isdisjoint(low)
            ):
                target = _mention_from(sent, frame.verb + 2)  # "warned that Iran would pay a price"
            if target is None and about is None and low[frame.verb] in _WARN:
                # "threatened retaliation against arch-foe Iran" (a warning about a supply warns its
                # supplier, below)
                target = _threatened(sent, frame.verb)
            if target is not None and target.role == "actor":
                # "warned the United States and NATO against ...": each one named
                warned = [(_entity(m), about) for m in [target, *self._coordinated(sent, target, len(low))]]
            else:
                # "warned that arms supplies to Ukraine by the United States and NATO will ...": each
                # supplier of a supply the warning states
                warned = [(f["subject"], f) for f in inside] or [(about["subject"] if about else None, about)]
                # "warned that Moscow will respond if Tel Aviv supplies Kyiv": the one the condition names
                if warned == [(None, None)] and (party := _if_supplier(sent, frame)) is not None:
                    warned = [(_entity(party), None)]
            # "Washington and Israel have criticized the contract": each one listed warns (not those
            # named together after a preposition: "cooperation between Moscow and Tehran threatened")
            listed = self._listed_before(sent, frame.source)
            if listed and listed[-1].start > 0 and low[listed[-1].start - 1] in _PREPOSITIONS | {"between"}:
                listed = []
            warners = [warner, *(_entity(m) for m in listed)]
            for (obj, claim), by in itertools.product(dict(warned).items(), dict.fromkeys(warners)):
                if not obj or obj == by:
                    continue
                fact = {
                    "predicate": "WARNS",
                    "subject": by,
                    "object": obj,
                    "stance": Stance.ASSERTED.value,
                }
                teller = next(
                    (
                        f.source
                        for f in frames
                        if f is not frame and f.source is not None and f.start <= frame.verb < f.end
                    ),
                    None,
                )
                if teller is not None and teller.entity != by:
                    # "Blinken said that Washington warned Iran ...": Blinken reports the warning
                    fact["stance"] = Stance.REPORTED.value
                    fact["attributed_to"] = [teller.entity]
                if claim:
                    fact["about"] = claim["_id"]
                self._add(doc, fact, sent)
        if (
            not _DEFIED.isdisjoint(sent.vocab) or "over" in sent.vocab or not _DRAWING.isdisjoint(sent.vocab)
        ) and not (_WARNINGS.isdisjoint(sent.vocab) and _OBJECTIONS.isdisjoint(sent.vocab)):
            self._defied_warnings(sent, claims, doc)
        if not (_OPPOSING.isdisjoint(sent.vocab) and _OPPOSITION.isdisjoint(sent.vocab)):
            self._opposed_supplies(sent, frames, claims, doc)
        if not _PROTESTING.isdisjoint(sent.vocab) or not _SUMMONING.isdisjoint(sent.vocab):
            self._protests(sent, frames, claims, doc)
        if not _VOICING_CONCERN.isdisjoint(sent.vocab) and not _CONCERN_NOUNS.isdisjoint(sent.vocab):
            self._concerns_voiced(sent, frames, claims, doc)
        for k, word in enumerate(low if not sent.vocab.isdisjoint(_SANCTION_NOUNS) else ()):
            if word in _SANCTION_NOUNS and k + 1 < len(low) and low[k + 1] in {"against", "on"}:
                target = _mention_from(sent, k + 2)
                frame = self._frame_of(frames, k)
                embargo = word in {"embargo", "embargoes"}
                if embargo:
                    # "a United Nations arms embargo on Iran", "Spain imposed an arms embargo on Israel":
                    # the one named before it or the subject, never whoever tells of it
                    verb = next((j for j in range(max(0, k - 5), k) if low[j] in _IMPOSING), None)
                    subject = (
                        self._left(sent, verb, frame.start if frame else 0, set())
                        if verb is not None
                        else None
                    )
                    imposer = self._adjacent_left(sent, k) or subject
                else:
                    imposer = frame.source if frame and frame.source else self._left(sent, k, 0, set())
                if target is None or imposer is None or _entity(target) == _entity(imposer):
                    continue
                if not _WITHHELD.isdisjoint(low[max(0, k - 5) : k]):
                    continue  # "has so far resisted implementing Western sanctions on Moscow"
                if k and low[k - 1] in _WATCHING:
                    continue  # "the panel tasked with monitoring sanctions on the CAR": no one imposes them here
                hypo = any(w in _HYPOTHETICAL or w in _WARN for w in low)
                before = low[max(0, k - 14) : k]
                # "China will impose sanctions", "China says it intends to impose sanctions": held over
                threat = (
                    not embargo
                    and _WARN.isdisjoint(sent.vocab)
                    and not (_MODALS.isdisjoint(before) and _INTENDING.isdisjoint(before))
                )
                for obj in [target, *self._coordinated(sent, target, len(low))]:
                    fact = {"predicate": "SANCTIONS", "subject": _entity(imposer), "object": _entity(obj)}
                    fact["stance"] = Stance.HYPOTHETICAL.value if hypo else Stance.ASSERTED.value
                    if frame and frame.source:
                        fact["attributed_to"] = [_entity(frame.source)]
                    self._add(doc, fact, sent)
                    if threat:
                        # "China will take all necessary measures ... including imposing sanctions on the
                        # US companies", media quoted Geng as saying: a sanction held over a party warns it,
                        # by whoever holds it over them (unless a verb of warning has said so already)
                        speaker = (frame.inner or frame.source) if frame else None
                        warner = _entity(speaker) if speaker else fact["subject"]
                        warning = {"predicate": "WARNS", "subject": warner, "object": fact["object"]}
                        self._add(doc, {**warning, "stance": Stance.ASSERTED.value}, sent)
        if not _HALTING.isdisjoint(sent.vocab):
            self._halts(sent, claims, doc)

    def _halts(self, sent: Sentence, claims: list[tuple[int, dict[str, Any]]], doc: _Doc) -> None:
        """ "Norway has suspended exports of weapons to the UAE", "the sale was halted": a supplier
        halting its own supply sanctions the one it was for (besides the supply held back), as the
        annotators read a suspension; confirmed when the supplier itself tells of it."""
        low = sent.lower
        for t, claim in claims:
            if (
                claim.get("predicate") != "SUPPLIES"
                or not claim.get("object")
                or claim["object"] == claim["subject"]
            ):
                continue
            halt = _halt_before(sent, t)
            if halt is None and low[t] in _NOMINAL:
                halt = _halt_after(low, t)
            if halt is None or not _NEGATION.isdisjoint(low[max(0, halt - 3) : halt]):
                continue  # "did not suspend the sales": nothing halted
            if (
                (low[halt - 1 : halt] == ["to"] and not _own_plan(low, halt))
                or not _URGE.isdisjoint(low[:halt])
                or "that" in low[halt - 3 : halt]
                or not {"must", "should", "ought"}.isdisjoint(low[max(0, halt - 5) : halt])
            ):
                continue  # "urged the US to stop arming Taiwan", "demanded that Germany halt": asked, not done
            fact: dict[str, Any] = {
                "predicate": "SANCTIONS",
                "subject": claim["subject"],
                "object": claim["object"],
            }
            sources = claim.get("attributed_to") or []
            if not _MODALS.isdisjoint(low[max(0, halt - 4) : halt]):
                fact["stance"] = Stance.HYPOTHETICAL.value  # "Germany will halt arms exports to Turkey"
            elif sources:
                confirmed = self._party(sources[0], claim)
                fact["stance"] = Stance.CONFIRMED.value if confirmed else Stance.REPORTED.value
            else:
                fact["stance"] = Stance.ASSERTED.value
            if sources:
                fact["attributed_to"] = sources
            self._add(doc, fact, sent)

    def _opposed_supplies(
        self, sent: Sentence, frames: list[_Frame], claims: list[tuple[int, dict[str, Any]]], doc: _Doc
    ) -> None:
        """ "Israel said it would oppose any U.S. sale of F-35s to Qatar", "Israel and the United States
        have strongly objected to the deal": whoever opposes a supply warns its supplier (the one the
        sentence names, else the article's last); never "did not object to"."""
        low = sent.lower
        for k, word in enumerate(low):
            # "Israel's opposition to the sale", "Ankara's disapproval of U.S. plans to arm the YPG"
            noun = word in _OPPOSITION and low[k + 1 : k + 2] == (["of"] if word == "disapproval" else ["to"])
            if (
                k == 0
                or not (word in _OPPOSING or noun)
                or low[k - 1] in _NEGATION
                or low[k - 1 : k] == ["to"]
            ):
                continue
            j = k + 1 + (low[k + 1 : k + 2] in (["to"], ["of"]))  # "objected to the sale"
            end = next(
                (i for i in range(j, min(len(low), j + 10)) if low[i] in _CLAUSE_ENDS), min(len(low), j + 10)
            )
            if not any(low[i] in _OPPOSED_SUPPLIES or low[i] in _SUPPLY for i in range(j, end)):
                continue  # "Indian objections to a proposed 1.3 billion dollar US arms sale"
            opposer = self._holder_of(sent, k, frames) if noun else self._subject_of(sent, k, frames)
            about = self._supply_about(claims, doc, after=k)
            if opposer is None or about is None:
                continue
            for m in [opposer, *self._listed_before(sent, opposer)]:
                if about["subject"] in {_entity(m), self._home_of(_entity(m))}:
                    continue  # "the Pentagon initially opposed the transfer": a debate at home
                self._warning_by(doc, sent, frames, k, m, about["subject"], about)

    def _holder_of(self, sent: Sentence, k: int, frames: list[_Frame]) -> Mention | None:
        """Whose opposition or objection the noun at ``k`` is: the state or person named before it
        ("Israel's opposition", "Indian objections", "Greece's strong opposition"), or, for "his" or
        "its", the one who voices it ("Netanyahu has expressed his opposition")."""
        low = sent.lower
        j = k - 1 - (low[k - 1] in {"strong", "firm", "strenuous", "vehement", "fierce"})
        if low[j] in _POSSESSIVE_PRONOUNS:
            v = next((i for i in range(j - 1, max(-1, j - 4), -1) if low[i] in _VOICING_CONCERN), None)
            return self._subject_of(sent, v, frames) if v is not None else None
        return self._named_before(sent, j)

    def _protests(
        self, sent: Sentence, frames: list[_Frame], claims: list[tuple[int, dict[str, Any]]], doc: _Doc
    ) -> None:
        """ "Somaliland has protested Qatar's donation of armoured vehicles", "Russia summoned the US
        ambassador to protest", "Beijing will lodge a formal protest", "dismissing Israeli protests":
        a protest warns the state it is made to (else the supplier of the supply it is about); never
        street protests, nor one made "in protest" of something else, nor one not made."""
        low = sent.lower
        about = self._supply_about(claims, doc)
        for k, word in enumerate(low):
            summons = word in _SUMMONING or (word == "called" and low[k + 1 : k + 2] == ["in"])
            if not summons and word not in _PROTESTING:
                continue
            if k == 0 or low[k - 1] == "in" or not _NEGATION.isdisjoint(low[max(0, k - 4) : k]):
                continue  # "cancelled the training in protest of the seizure", "not yet issued a protest"
            protester = self._protester(sent, k, frames)
            if protester is None:
                continue
            hi = next((j for j in range(k + 1, len(low)) if low[j] in _CLAUSE_ENDS - {"that"}), len(low))
            named = [
                m
                for m in sent.mentions
                if k < m.start < min(hi, k + 7) and m.role in {"actor", "origin"} and self._actor(m.entity)
            ]
            if summons:
                # "summoned the U.S. and Russian ambassadors": the envoys' states
                if not any(w in _ENVOYS for w in low[k + 1 : min(hi, k + 9)]):
                    continue
                targets = [m.entity for m in named]
            elif named:
                targets = [named[0].entity]  # "protested to Washington", "protest U.S. approval of"
            elif about is not None and (
                low[k] in {"protest", "protests"} or low[k + 1 : k + 2] != ["against"]
            ):
                targets = [about["subject"]]  # "Beijing protested angrily at the time": the seller
            else:
                continue
            if (
                about is None
                and _SUPPLY.isdisjoint(low)
                and not any(_arms_word(low, j) for j in range(len(low)))
                and not any(m.role == "weapon" for m in sent.mentions)  # "protested over the missile deal"
            ):
                continue  # a protest about no arms
            for target in dict.fromkeys(targets):
                if target not in {protester.entity, self._home_of(protester.entity)}:
                    self._warning_by(doc, sent, frames, k, protester, target, about)

    def _concerns_voiced(
        self, sent: Sentence, frames: list[_Frame], claims: list[tuple[int, dict[str, Any]]], doc: _Doc
    ) -> None:
        """ "New Delhi had conveyed its concern to Washington over US plans to sell weapons to
        Pakistan", "has expressed serious concerns to Turkey", "expressed concern over Turkey's
        decision": a concern voiced to a state, or over what a state does, warns it (a concern that
        names no one, "expressed concerns that North Korea is supplying Russia", warns no one)."""
        low = sent.lower
        if not (
            any(_arms_word(low, j) or low[j] in _SUPPLY for j in range(len(low)))
            or any(m.role == "weapon" for m in sent.mentions)
        ):
            return
        about = self._supply_about(claims, doc, last=False)
        for k, word in enumerate(low):
            if word not in _CONCERN_NOUNS:
                continue
            v = next((j for j in range(k - 1, max(-1, k - 6), -1) if low[j] in _VOICING_CONCERN), None)
            if v is None or not _NEGATION.isdisjoint(low[max(0, v - 3) : v]):
                continue
            j = k + 1
            while j < len(low) and (low[j] == "on" or low[j] in _WEEKDAYS):
                j += 1  # "expressed concern on Monday over Turkey's decision"
            target = None
            if low[j : j + 1] in (["to"], ["with"]):
                target = _mention_from(sent, j + 1)  # "conveyed its concern to Washington"
            elif (
                low[j : j + 1] in (["over"], ["about"])
                and (m := _mention_from(sent, j + 1)) is not None
                and low[m.end : m.end + 1] in (["’s"], ["'s"])
            ):
                target = m  # "expressed concern over Turkey's decision"
            if target is None or not self._actor(target.entity):
                continue
            voicer = self._subject_of(sent, v, frames)
            if voicer is not None and _entity(voicer) not in {target.entity, self._home_of(target.entity)}:
                self._warning_by(doc, sent, frames, k, voicer, target.entity, about)

    def _protester(self, sent: Sentence, k: int, frames: list[_Frame]) -> Mention | None:
        """Who protests (or summons) at ``k``: the one named before the noun ("Israeli protests",
        "Moscow's protests"), else the subject of its verb ("Somaliland has protested", "Beijing will
        lodge a formal protest")."""
        low = sent.lower
        if low[k] in {"protest", "protests"}:
            j = k - 1 - (low[k - 1] in {"formal", "strong", "angry", "sharp", "official"})
            if (m := self._named_before(sent, j)) is not None:
                return m  # "Israeli protests", "Moscow's protests"
            lodge = next((i for i in range(k - 1, max(-1, k - 5), -1) if low[i] in _LODGE), None)
            k = lodge if lodge is not None else k
        return self._subject_of(sent, k, frames)

    def _named_before(self, sent: Sentence, j: int) -> Mention | None:
        """The state or person named at ``j``, just before a noun of opposition or protest, with or
        without "'s" ("Indian objections", "Moscow's protests")."""
        j -= sent.lower[j : j + 1] in (["’s"], ["'s"])
        m = sent.mention_at(j)
        if m is not None and m.end == j + 1 and m.role in {"actor", "origin"} and self._actor(m.entity):
            return m
        return None

    def _subject_of(self, sent: Sentence, k: int, frames: list[_Frame]) -> Mention | None:
        """The actor the verb at ``k`` is said of: its subject past auxiliaries and adverbs ("Israel
        would oppose", "Somaliland has protested"), the state of "Russia's government", the speaker
        for "it" ("Israel said it would oppose")."""
        low = sent.lower
        j = _subject_at(low, k)
        if j >= 2 and low[j] in {"government", "authorities"} and low[j - 1] in {"’s", "'s"}:
            j -= 2  # "Russia's government has summoned": the state
        if j >= 2 and low[j] in {"who", "which"} and low[j - 1] == ",":
            j -= 2  # "Senator Mark Hatfield, who opposed the sale": the one the clause is said of
        m = sent.mention_at(j) if j >= 0 else None
        if j >= 0 and low[j] in _PRONOUNS:
            frame = self._speaker_frame(frames, k)
            m = frame.source if frame is not None else None  # "Beijing said it would lodge a protest"
        elif m is not None and m.end != j + 1:
            m = None
        return m if m is not None and m.role == "actor" and self._actor(m.entity) else None

    def _supply_about(
        self, claims: list[tuple[int, dict[str, Any]]], doc: _Doc, after: int = -1, last: bool = True
    ) -> dict[str, Any] | None:
        """The supply a warning is about: the sentence's first (after ``after``), else the article's
        last (when ``last``)."""
        here = next((f for t, f in claims if t > after and "_id" in f and f["predicate"] == "SUPPLIES"), None)
        if here is None and last and doc.supplies:
            return {**doc.supplies[-1], "_id": doc.supplies[-1]["id"]}
        return here

    def _warning_by(
        self,
        doc: _Doc,
        sent: Sentence,
        frames: list[_Frame],
        k: int,
        warner: Mention,
        target: str,
        about: dict[str, Any] | None,
    ) -> None:
        """The WARNS of ``target`` by ``warner`` at ``k``: asserted, or reported by the speaker whose
        frame tells of it; about the supply, if one is known."""
        fact = {"predicate": "WARNS", "subject": _entity(warner), "object": target}
        fact["stance"] = Stance.ASSERTED.value
        frame = self._frame_of(frames, k)
        if frame is not None and frame.source is not None and _entity(frame.source) != _entity(warner):
            fact["stance"] = Stance.REPORTED.value
            fact["attributed_to"] = [_entity(frame.source)]
        if about is not None:
            fact["about"] = about["_id"]
        self._add(doc, fact, sent)

    def _defied_warnings(self, sent: Sentence, claims: list[tuple[int, dict[str, Any]]], doc: _Doc) -> None:
        """ "India pressed on with the deal despite Washington's warnings", "ignoring US warnings of
        sanctions", "despite appeals from Israel and the U.S.", "over strong U.S. objections",
        "delivered missiles to Iran, drawing criticism from the United States": the state that warned
        or objected warns the one that went ahead (the sentence's subject, else the supplier of its
        supply); "despite opposition from its lawmakers and criticism from India": each objection."""
        low = sent.lower
        last: tuple[int, int] | None = None  # the defying word and the objection it was read with
        for k in (k for k, w in enumerate(low) if w in _WARNINGS or w in _OBJECTIONS):
            d = next(
                (
                    j
                    for j in range(k - 1, max(-1, k - 5), -1)
                    # "sold Silkworms to Iran over strong U.S. objections"
                    if low[j] in _DEFIED
                    or (low[j] == "over" and low[k] in _OBJECTIONS)
                    or (low[j] in _DRAWING and low[k] in _OBJECTIONS)
                ),
                None,
            )
            if d is None and last is not None and low[k - 1] == "and" and k - last[1] <= 8:
                d = last[0]  # "despite opposition from its own lawmakers and criticism from India"
            if d is None:
                continue
            last = (d, k)
            warner = next(
                (m for m in sent.mentions if d < m.start < k and m.role in {"actor", "origin"}), None
            )
            if warner is None and low[k + 1 : k + 2] == ["from"]:
                warner = _mention_from(sent, k + 2)  # "despite appeals from Israel and the U.S."
                titled = next(
                    (m for m in sent.mentions if warner and warner.end <= m.start <= warner.end + 5), None
                )
                if (
                    titled is not None
                    and titled.type == EntityType.PERSON
                    and all(w.isalpha() and w != "and" for w in low[warner.end : titled.start])
                ):
                    warner = titled  # "criticism from U.S. Secretary of Defense Donald Rumsfeld": the person
            if warner is None:
                continue
            others = self._coordinated(sent, warner, len(low)) if warner.start > k else []
            about = next(
                (f for t, f in claims if "_id" in f and f["predicate"] == "SUPPLIES" and t < d), None
            )
            warned = next((m for m in sent.mentions if m.end <= d and m.role == "actor"), None)
            if (
                warned is not None
                and self._actor(warned.entity)
                and low[warned.start - 1 : warned.start] not in (["to"], ["from"])
            ):
                went = _entity(warned)  # "Turkey bought S-400s from Russia, ignoring US warnings"
            elif about is not None:
                # "officials said they came from North Korea or China, which has sold Silkworms to Iran
                # over strong U.S. objections": no subject of its own, the supplier named went ahead
                went = about["subject"]
            elif d == 0 and (
                later := next(
                    (f for t, f in claims if "_id" in f and f["predicate"] == "SUPPLIES" and t > k), None
                )
            ):
                # "Despite ... criticism from India, the United States will go ahead with the sale of
                # F-16s to Pakistan": the objection opens the sentence, its supplier went ahead
                about, went = later, later["subject"]
            else:
                continue
            for m in [warner, *others]:
                if _entity(m) == went:
                    continue
                fact = {"predicate": "WARNS", "subject": _entity(m), "object": went, "stance": "asserted"}
                if about is not None:
                    fact["about"] = about["_id"]
                self._add(doc, fact, sent)

    def _first_person_warnings(self, sent: Sentence, frames: list[_Frame]) -> list[_Frame]:
        """ "“We warn the US to stop making reckless remarks,” North Korea says": a warning in the
        first person, its "we" already read as the state the speaker speaks for."""
        low = sent.lower
        out = []
        for k in range(1, len(low) - 1):
            if low[k] != "warn" or low[k - 1] != "we" or any(f.verb == k for f in frames):
                continue
            we = sent.mention_at(k - 1)
            speaker = next((f.source for f in frames if f.source is not None and f.start <= k < f.end), None)
            if we is not None and we.role == "actor":
                # the speaker warns, for the state "we" is ("we warn the US", the ministry's official said)
                out.append(_Frame(k, speaker or we, k + 1, len(low)))
        return out


def _subject_at(low: list[str], k: int) -> int:
    """Where the subject of the verb at ``k`` ends, past auxiliaries, adverbs, an opening quote and
    a verb it is joined to: "Israel would oppose", "Beijing was firmly opposed", "China “is firmly
    opposed", "it strongly condemned and firmly opposed" (-1: none)."""
    j = k - 1
    while j >= 0 and (
        low[j] in _AUXILIARY_RUN
        or low[j].endswith("ly")
        or low[j] in {"“", '"'}
        or (low[j] == "and" and j > 0 and low[j - 1].endswith("ed") and low[j - 1] != "allied")
    ):
        j -= 1 + (low[j] == "and")
    return j


def _if_supplier(sent: Sentence, frame: _Frame) -> Mention | None:
    """The party a warning's condition has supplying arms ("will respond accordingly if Tel Aviv
    supplies Kyiv with defensive gear"), when the sentence reads no supply of its own."""
    low = sent.lower
    for k in range(frame.start, min(frame.end, len(low)) - 2):
        party = _mention_from(sent, k + 1) if low[k] == "if" else None
        if party is not None and any(
            low[j] in _SUPPLY for j in range(party.end, min(party.end + 3, len(low)))
        ):
            return party
    return None


def _threatened(sent: Sentence, verb: int) -> Mention | None:
    """The party a threat is made against, a few words after the verb of warning: "threatened
    retaliation against arch-foe Iran", "threatened to use missiles armed with chemical warheads
    against Israel", "warned of legal action against those spreading rumours"; never past the end
    of the clause ("warned, against the advice of ...")."""
    low = sent.lower
    for k in range(verb + 1, min(len(low) - 1, verb + 10)):
        if low[k] in _CLAUSE_ENDS or (sent.mention_at(k) is not None and sent.mention_at(k).role == "actor"):
            return None
        if low[k] == "against":
            j = k + 1
            while j < len(low) and (low[j] in _FOES or low[j] == "-"):
                j += 1  # "against arch-foe Iran"
            return _mention_from(sent, j)
    return None


def _held_back(sent: Sentence, j: int) -> Mention | None:
    """The one urged at ``j`` to hold a supply back ("urged Turkey not to purchase S-400s", "called
    on Iran not to do so", "urged Russia to reconsider the sale"): urging it warns them."""
    target = _mention_from(sent, j)
    if target is None or target.role != "actor":
        return None
    end = target.end + (sent.lower[target.end : target.end + 1] in (["government"], ["administration"]))
    after = sent.lower[end : end + 2]  # "urges the U.S. government to stop arms sales": the state
    return (
        target
        if _not_to(sent.lower, end) or (after[:1] == ["to"] and after[1:] and after[1] in _HOLD_BACK)
        else None
    )


def _condemns(low: list[str], k: int) -> bool:
    """A verb of condemnation at ``k`` said by its subject ("China condemned the sales"), not one
    describing a noun ("before Russia's widely condemned invasion").

    >>> _condemns("china condemned the sales".split(), 1)
    True
    >>> _condemns("before russia 's widely condemned invasion".split(), 4)
    False
    """
    j = k - 1 - (k > 1 and low[k - 1].endswith("ly"))
    return low[k] in _CONDEMN and (j < 0 or low[j] not in {"’s", "'s", "the", "a", "an"})
