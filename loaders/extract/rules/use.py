"""Use of weapons: use verbs ("launched", "fired"), shooting down, striking with, attack nouns,
users of a weapon, and "the enemy" in what a speaker says.
"""

from __future__ import annotations

import re
from typing import Any

from graph.ontology import EntityType, Predicate, Stance

from ..mentions import Mention, Sentence, _listed_after
from .clauses import _entity, _head, _hold_verb, _mention_from, _passive, _system_before
from .parties import _named_after_kind
from .state import _Doc, _Frame
from .vocabulary import (
    _ATTACK_ADJECTIVES,
    _ATTACKS,
    _BE,
    _BELIEVED_TO,
    _CLAUSE_BREAKS,
    _COPULAS,
    _COUNT_WORDS,
    _COUNTS,
    _DENIAL_WORDS,
    _DENY,
    _DETERMINERS,
    _GIVEN,
    _HELP,
    _INDUCTING,
    _MAKING,
    _NUMBERS,
    _PREPOSITIONS,
    _STOCKS,
    _STRIKE_VERBS,
    _VERBS_AFTER_PLACE,
)

__all__ = ["UseRules"]


# verbs of holding arms that are not themselves a verb of use ("operates" is one)
_POSSESS = frozenset(["has", "have", "had", "possesses", "possess", "possessed", "owns"])


# what may stand between arms and "in service with": "The T-90s have been in service with", "The Heron
# drones, already in service with"
_IN_SERVICE_WORDS = frozenset(
    [
        *("is", "are", "was", "were", "been", "be", "has", "have", "had"),
        *("already", "currently", "now", "still", "also", "long", "widely", "which", "that", ",", "“", '"'),
    ]
)


# what may stand between an owner and "fleet": "its ageing fleet of", "Pakistan's entire F-16 fleet"
_FLEET_ADJECTIVES = frozenset(
    [
        "ageing",
        "aging",
        "dwindling",
        "existing",
        "current",
        "entire",
        "whole",
        "own",
        "small",
        "large",
        "growing",
    ]
)
# what no arms taken into service come after: "commissioned a study on drones" (but "the first of six")
_NOT_TAKEN_IN = (_PREPOSITIONS - {"of"}) | {"into"}
# what may stand between such a verb and the weapons held: "has a fleet of about 30"
_FLEET_WORDS = frozenset(
    {"a", "an", "fleet", "of", "about", "around", "some", "more", "than", "at", "least", "over", "nearly"}
    | {"up", "to", "its", "their", "own", "arsenal", "inventory", "currently", "already", "now", "also"}
)


def _fleet_word(word: str) -> bool:
    """Whether ``word`` may stand between a fleet or its holding verb and the arms it counts ("has a
    fleet of about 30", "its fleet of 21")."""
    return word in _FLEET_WORDS or word in _NUMBERS or word in _COUNT_WORDS or word[:1].isdigit()


class UseRules:
    """Reads the uses of weapons and finds their users."""

    def _enemy(self, sent: Sentence, frames: list[_Frame], doc: _Doc) -> None:
        """ "the enemy launched 12 attacks," the prosecutor said: the one the article has attacking
        the speaker's state (a use against it), if any."""
        low = sent.lower
        for k, word in enumerate(low):
            if word != "enemy" or low[k - 1 : k] != ["the"] or sent.mention_at(k) is not None:
                continue
            frame = next((f for f in frames if f.start <= k < f.end and f.source is not None), None)
            state = self._state_of(frame.source.entity) if frame is not None else None
            attacker = next(
                (
                    f["subject"]
                    for f in reversed(doc.facts)
                    if f["predicate"] == "USES" and state in f.get("against", []) and f["subject"] != state
                ),
                None,
            )
            if attacker is not None and (spec := self.spec(attacker)) is not None:
                sent.mentions.append(Mention(k - 1, k + 1, attacker, spec.type))
                sent.mentions.sort(key=lambda m: m.start)
                sent.freeze()

    def _use(
        self, sent: Sentence, t: int, frames: list[_Frame], doc: _Doc, predicate: Predicate
    ) -> dict[str, Any] | None:
        low = sent.lower
        if low[t] == "fire" and low[t - 1 : t] == ["opened"]:
            return self._weapon_struck(sent, t, doc)  # "the Russian-made helicopters opened fire on"
        if _no_use(low, t):
            return None
        frame = self._frame_of(frames, t)
        lo, hi = (frame.start, frame.end) if frame else (0, len(low))
        hi = self._clause_end(sent, t, hi)
        skip = {id(frame.source)} if frame and frame.source else set()
        if low[t] == "use" and low[t - 2 : t] == ["put", "into"]:
            # "20 drones have been delivered and put into use by the Air Force and Navy"
            by = self._after_word(sent, t, hi, {"by"})
            weapons = self._distinct(self._weapon_mentions(sent, t, hi, before=True))
            if by is None or not weapons or not self._actor(by.entity):
                return None
            fact = {"predicate": predicate.value, "subject": by.entity, "object": weapons[0]}
            fact["_also_subjects"] = [
                m.entity
                for m in self._coordinated(sent, by, hi)
                if m.entity != by.entity and self._actor(m.entity)
            ]
            fact["_span"] = (t - 2, by.end, hi, t)
            fact["_also"] = weapons[1:]
            return fact
        # the weapons used, not what they were launched at ("launched a drone at a US warship")
        aim = next(
            (
                k
                for k in range(t + 1, min(hi, t + 8))
                if low[k] in {"at", "against", "into"} and low[k + 1 : k + 2] not in (["least"], ["most"])
            ),
            t + 8,
        )
        weapons = self._distinct(_without_payload(sent, self._weapon_mentions(sent, t, min(hi, aim))))
        if not weapons and not _ATTACKS.isdisjoint(low[t + 1 : t + 6]):
            # "launched at least 12 attacks on seven regions of Ukraine with this type of missile"
            k = next((k for k in range(t + 1, hi) if low[k] in {"with", "using"}), None)
            weapons = self._distinct(self._weapon_mentions(sent, k, min(hi, k + 10))) if k else []
            # "the use of Turkish drones": only a named user ("by X", "X's use of") is one
            user = self._after_word(sent, t, hi, {"by"}) or self._adjacent_left(sent, t)
        else:
            user = (
                _helped_to(sent, t)
                or self._relative_antecedent(sent, t)
                or self._platform_crew(sent, t)
                or self._left(sent, t, lo, skip)
            )
            if user is not None:
                user = self._subject_past_relative(sent, user, t, lo, skip)
            while user is not None and _struck(low, user.start):
                # "took out Pakistan Army camps ... using laser-guided bombs": the target, not the user
                user = self._left(sent, user.start, lo, skip)
        arms_before = t > 0 and (m := sent.mention_at(t - 1)) is not None and m.role == "weapon"
        if (
            (t > 0 and low[t - 1] in {"were", "was", "been", "being"})
            or (t + 1 < len(low) and low[t + 1] == "by")
            # "rockets fired into Israel by Hamas": a participle after the arms, its agent further on
            or (arms_before and low[t].endswith("ed") and "by" in low[t + 2 : min(hi, t + 7)])
        ):
            agent = self._after_word(sent, t, hi, {"by"})
            relative = _relative_passive(low, t)
            if agent is None and relative is not None and isinstance(user, Mention) and user.end <= relative:
                # "Iran has supplied Russia with drones that have been used in Ukraine": the user is not
                # the subject outside the relative clause
                user = None
            if agent is None and isinstance(user, Mention) and low[user.start - 1 : user.start] == ["by"]:
                user = None  # "The drones, supplied by Iran, were used against Kyiv": Iran supplied them
            user = agent or user
            before = self._weapon_mentions(sent, t, hi, before=True)
            if low[t - 1] not in {"were", "was", "been", "being"}:
                # "Iron Dome intercepted rockets launched by Hamas": the participle tells of the arms
                # it follows, not of every weapon the clause named before them
                before = _last_group(before, low)
            weapons = weapons or self._distinct(before)
            if (opener := _apposed_opener(sent, t)) is not None:
                # "HIMARS, a truck-mounted unit that can launch rockets, have been used by Ukraine":
                # the arms the sentence opens with, not those its apposition names
                weapons = [opener.entity]
            if predicate == Predicate.PRODUCES and not low[t].endswith("ing"):
                # "rifles believed to have been manufactured in Iran", seized by a navy: made by
                # whoever or wherever the sentence says, never by the subject that holds them
                user = self._after_word(sent, t, hi, {"by"}) or self._after_word(
                    sent, t, hi, {"in"}, place_ok=True
                )
        if not weapons and isinstance(user, Mention):
            # "missiles that Moscow troops launch against Ukraine"
            k = user.start - (user.start > 0 and low[user.start - 1] in {"that", "which"})
            w = next((m for m in sent.mentions if m.role == "weapon" and m.end == k), None)
            weapons = [w.entity] if w is not None else []
        if (
            not weapons
            and low[t + 1 : t + 2]
            and low[t + 1] in _DETERMINERS
            and low[t + 2 : t + 3]
            in (
                ["shipments"],
                ["shipment"],
                ["deliveries"],
                ["supplies"],
            )
        ):
            # "use the shipments": the weapons of the supply named before
            earlier = self._context_claim(doc, [])
            weapons = earlier.get("weapons", [])[:1] if earlier else []
        if not weapons and t + 1 < len(low) and low[t + 1] in {"them", "it"}:
            # the weapon named last: earlier in this sentence, else in the one before
            here = self._weapon_mentions(sent, -1, t)
            if here:
                # "ATACMS long-range missiles ... used them": the system, not its kind
                last = here[-1]
                system = next(
                    (
                        m
                        for m in reversed(here[:-1])
                        if last.start - m.end <= 4 and last.entity in self.gaz.categories_of(m.entity)
                    ),
                    last,
                )
                weapons = [system.entity]
            else:
                weapons = doc.last_weapons[:1]
        before = sent.mention_at(t - 1) if t > 0 else None
        if user is None and predicate == Predicate.USES and low[t].endswith("ed"):
            # "drones used in Ukraine", "the missiles were launched at Kyiv": whoever the article has
            # receiving those weapons uses them
            if before is not None and before.role == "weapon":
                weapons = weapons or [before.entity]
            elif not _passive(low, t):
                weapons = []
            used = self._context_use(doc, weapons) if weapons and _passive(low, t) else None
            user = used["subject"] if used is not None else None
            earlier = self._context_claim(doc, weapons) if weapons and user is None else None
            if earlier is not None and earlier.get("weapons") and earlier["stance"] != Stance.DENIED.value:
                user = earlier["object"]
            if user is None and weapons and self._origin_of_weapons(sent, weapons) is None:
                # "the anti-ship missiles used in three attacks" in an article of arms shipped to the
                # Houthis alone: the one the article has receiving arms uses them (not arms of a
                # named origin: "Russian missiles used in the strike" are not the recipient's)
                user = self._sole_recipient(doc, weapons, None)
        if predicate == Predicate.PRODUCES and isinstance(user, Mention):
            # "China is helping Russia (to) produce drones", "support to Russia in producing drones":
            # the one helped produces them
            helped = next(
                (
                    m
                    for k in range(t - 1, user.end, -1)
                    if (m := sent.mention_at(k)) is not None
                    and m.role == "actor"
                    and m.start > 0
                    and (low[m.start - 1] in _HELP or low[m.start - 1] == "to")
                ),
                None,
            )
            user = helped or user
        if predicate == Predicate.USES:
            # "the planes will be used for spare parts": parts are made and sold, never used as arms
            weapons = [w for w in weapons if w != "spare-parts"]
        if user is None or not weapons or not self._actor(_entity(user)):
            return None
        if predicate == Predicate.PRODUCES:
            # "The Caesar is a truck-mounted artillery system developed by Nexter": the system the
            # sentence named of that kind, not the kind
            weapons[0] = next(
                (
                    m.entity
                    for m in reversed(sent.mentions)
                    if m.type == EntityType.WEAPON_SYSTEM
                    and m.end <= t
                    and weapons[0] in self.gaz.categories_of(m.entity)
                ),
                weapons[0],
            )
        if (spec := self.spec(_entity(user))) is not None and spec.type == EntityType.PERSON:
            if not spec.country:
                return None
            user = spec.country  # "Putin ordered troops to use Iranian drones": the state uses them
        fact: dict[str, Any] = {"predicate": predicate.value, "subject": _entity(user), "object": weapons[0]}
        if predicate == Predicate.USES and (by := self._supplied_adjective(sent, t, hi)) is not None:
            fact["_supplied_by"] = by  # "fired US-supplied ATACMS": the supply is told too
        if predicate == Predicate.USES:
            target = self._after_word(
                sent, t, hi, {"against", "at", "into", "attack", "strike", "target", "on"}
            )
            if target is not None and _entity(target) != fact["subject"]:
                fact["against"] = [_entity(target)]
        else:
            # the place up to the next phrase: "manufactured in Gaza by Hamas" is in Gaza
            m = re.search(
                r"\b(?:to|in)\s+(.+?)(?:\s+(?:to|by|and|from|for|with|since|after|on)\s+\w+|\s*[,;–—-]|$)",
                sent.text[sent.offsets[t] :],
            )
            words = m.group(1).strip(" .").split() if m else []
            if words and (words[0][:1].isupper() or words[0].lower() in {"the", "a", "an"}):
                # a place is a few words, up to a verb ("in South America are stirring fears"), never
                # an infinitive ("to trace the history of")
                cut = next((i for i, w in enumerate(words) if w.lower() in _VERBS_AFTER_PLACE), len(words))
                fact["location"] = " ".join(words[: min(cut, 6)])
        self._qualifiers(sent, fact, t, hi)
        fact["_span"] = (user.start if isinstance(user, Mention) else t, t + 1, hi, t)
        fact["_also"] = weapons[1:] if predicate != Predicate.DEPLOYS else []
        if (
            predicate == Predicate.PRODUCES
            and isinstance(user, Mention)
            and low[user.start - 1 : user.start] == ["by"]
        ):
            # "jointly developed by the UK and France", "built by KAI and Lockheed Martin": each makes them
            fact["_also_subjects"] = [
                m.entity
                for m in self._coordinated(sent, user, hi)
                if m.entity != user.entity and self._actor(m.entity)
            ]
        if predicate == Predicate.USES and isinstance(user, Mention) and user.start < t:
            # "Russia and Iran used drones", "Boko Haram and the Islamic State West Africa Province
            # (ISWAP) used drones": each one listed uses them
            head = user
            if head.start >= 2 and low[head.start - 1] == "(" and (named := sent.mention_at(head.start - 2)):
                head = named if named.entity == user.entity else head
            fact["_also_subjects"] = [
                m.entity
                for m in self._listed_before(sent, head)
                if m.entity != user.entity and self._actor(m.entity)
            ]
        return fact

    def _intended_uses(
        self, sent: Sentence, claims: list[tuple[int, dict[str, Any]]]
    ) -> list[tuple[int, dict[str, Any]]]:
        """Arms supplied "for use" somewhere are to be used (hypothetical) by their recipient, or by
        the one named after "by", as are arms made for that one: "Iran has sent hundreds of drones to
        Russia for use in Ukraine", "producing ballistic missiles for use by Russia against Ukraine"."""
        low = sent.lower
        out: list[tuple[int, dict[str, Any]]] = []
        if not (_DENY.isdisjoint(sent.vocab) and _DENIAL_WORDS.isdisjoint(sent.vocab)):
            return out  # "dismissed reports that Iran sends missiles to Russia for use against Ukraine"
        for k in range(2, len(low)):
            if low[k] != "use" or low[k - 1 - (low[k - 1] in {"its", "their"})] != "for":
                continue
            by = (
                self._after_word(sent, k, min(len(low), k + 4), {"by"})
                if low[k + 1 : k + 2] == ["by"]
                else None
            )
            by = by if by is not None and self._actor(by.entity) else None
            # what is supplied, or made for the one named after "by" ("producing missiles for use by Russia")
            claim = next(
                (
                    f
                    for t, f in reversed(claims)
                    if t < k
                    and (
                        (f["predicate"] == "SUPPLIES" and f.get("weapons"))
                        or (f["predicate"] == "PRODUCES" and by)
                    )
                ),
                None,
            )
            if claim is None:
                continue
            arms = claim["weapons"] if claim["predicate"] == "SUPPLIES" else [claim["object"]]
            user = by.entity if by is not None else claim["object"]
            fact: dict[str, Any] = {"predicate": "USES", "subject": user, "object": arms[0]}
            fact["_also"] = arms[1:]
            fact["_planned"] = True
            fact["_span"] = (k - 1, k + 1, len(low), k)
            out.append((k, fact))
        return out

    def _held_arms(self, sent: Sentence, frames: list[_Frame]) -> list[tuple[int, dict[str, Any]]]:
        """ "Malaysia has a fleet of eight F/A-18D fighters", "Egypt possesses 200 F-16 jets": a state
        holding weapons in its forces uses them (a fleet count, the annotators' USES without "against")."""
        low = sent.lower
        out: list[tuple[int, dict[str, Any]]] = []
        for arms in sent.mentions:
            if arms.role != "weapon":
                continue
            start = next(
                (x.start for x in sent.mentions if x.role == "origin" and x.end == arms.start), arms.start
            )
            # whose fleet ("Pakistan's fleet of F-16s") or stock ("included in the inventory of the
            # Chadian Air Force") the arms are: held, so in use; a class after a named system ("MAM-C
            # ammunition") is that system's
            if (held := self._fleet_owner(sent, start, frames)) is not None:
                first, last = held[1], arms.end
            elif low[arms.end : arms.end + 1] in (["fleet"], ["fleets"]) and (
                owner := self._owner_before(sent, start - 1, frames)
            ):
                held = owner, arms.end  # "its Tomcat fleet", "Pakistan's entire F-16 fleet"
                first, last = start, arms.end + 1
            elif (
                not any(x.type == EntityType.WEAPON_SYSTEM and x.end == arms.start for x in sent.mentions)
                and (held := self._stock_owner(sent, arms)) is not None
            ):
                first, last = arms.start, held[0].end
            if held is not None:
                holder, v = held
                frame = self._frame_of(frames, v)
                fact = {"predicate": "USES", "subject": holder.entity, "object": arms.entity}
                fact["_span"] = (first, last, frame.end if frame else len(low), v)
                fact["_held"] = True
                out.append((v, fact))
                continue
            if arms.type != EntityType.WEAPON_SYSTEM:
                continue
            v = _hold_verb(low, start, 0, _POSSESS, reach=6)  # "has a fleet of about 30"
            if v is None or not all(_fleet_word(w) for w in low[v + 1 : start]):
                continue  # "has sent F-16s", "has been hit by": no holding
            frame = self._frame_of(frames, v)
            lo = frame.start if frame else 0
            holder = self._left(sent, v, lo, {id(frame.source)} if frame and frame.source else set())
            if holder is None or self._person(holder.entity) or not self._actor(holder.entity):
                continue
            fact: dict[str, Any] = {"predicate": "USES", "subject": holder.entity, "object": arms.entity}
            fact["_span"] = (holder.start, arms.end, frame.end if frame else len(low), v)
            out.append((v, fact))
        return out

    def _in_service(self, sent: Sentence, frames: list[_Frame]) -> list[tuple[int, dict[str, Any]]]:
        """ "The T-90s have been in service with the Russian Armed Forces", "The NASAMS is in operational
        use in Norway, Spain and Finland": the arms are in the use of each force or state named."""
        low = sent.lower
        out: list[tuple[int, dict[str, Any]]] = []
        for k in range(1, len(low) - 2):
            j = k + 1 + (low[k + 1] in {"operational", "active"})
            if (
                low[k] != "in"
                or low[j : j + 1] not in (["service"], ["use"])
                or low[j + 1] not in {"with", "by", "in"}
            ):
                continue
            # "in operational use in Norway": its users; but "in use in Ukraine" is where
            place_ok = low[j + 1] == "in" and low[k + 1] == "operational"
            if low[j + 1] == "in" and not place_ok:
                continue
            arms = next(
                (
                    m
                    for m in reversed(sent.mentions)
                    if m.role == "weapon"
                    and m.end <= k
                    and all(w in _IN_SERVICE_WORDS for w in low[m.end : k])
                ),
                None,
            )
            user = sent.mention_at(j + 2 + (low[j + 2] == "the"))
            if arms is None or user is None or not self._actor(user.entity):
                continue
            if user.role != "actor" and not (place_ok and user.type == EntityType.COUNTRY):
                continue
            frame = self._frame_of(frames, k)
            # (the states of a list of places: "in Norway, Spain and Finland")
            listed = (
                self._coordinated(sent, user, len(low)) if user.role == "actor" else _listed_after(sent, user)
            )
            for m in [user, *listed]:
                if self._actor(m.entity) and not self._person(m.entity):
                    fact = {"predicate": "USES", "subject": m.entity, "object": arms.entity}
                    fact["_span"] = (arms.start, m.end, frame.end if frame else len(low), k)
                    out.append((k, fact))
        return out

    def _stock_owner(self, sent: Sentence, arms: Mention) -> tuple[Mention, int] | None:
        """Whose stock the arms are, named after them, and where the stock's word stands: "ANKA and
        MAM-L munitions were included in the inventory of the Chadian Air Force", "the most potent
        weapon in the arsenal of rebel groups"."""
        low = sent.lower
        for k in range(arms.end, min(len(low) - 2, arms.end + 20)):
            if (low[k] in _CLAUSE_BREAKS and low[k] != ",") or (
                (m := sent.mention_at(k)) is not None and m.role == "actor" and low[k - 1] != "by"
            ):
                return None  # "drones that Iran sent to Russia's arsenal": past another party (not a maker's
                # "produced by ROKETSAN")
            if low[k] in _STOCKS and low[k + 1] == "of" and low[k - 1] == "the":
                j = k + 2 + (low[k + 2] == "the")
                owner = sent.mention_at(j)
                if owner is None and (named := _named_after_kind(sent, j, len(low))) is not None:
                    owner = named  # "the arsenal of rebel groups"
                if owner is None or owner.role != "actor" or self._person(owner.entity):
                    return None
                return (owner, k) if self._actor(owner.entity) else None
        return None

    def _fleet_owner(self, sent: Sentence, start: int, frames: list[_Frame]) -> tuple[Mention, int] | None:
        """Whose fleet the arms at ``start`` are, and where "fleet" stands: "Pakistan's fleet of F-16s",
        "Venezuela purchased its fleet of 21 F-16s", "to renew its dwindling fleet of MiG-21s"."""
        low = sent.lower
        f = start - 1
        while f >= 0 and _fleet_word(low[f]):
            if low[f] == "of" and low[f - 1 : f] in (["fleet"], ["fleets"]):
                break
            f -= 1
        if f < 2 or low[f] != "of" or low[f - 1] not in {"fleet", "fleets"}:
            return None
        owner = self._owner_before(sent, f - 2, frames)
        return (owner, f - 1) if owner is not None else None

    def _owner_before(self, sent: Sentence, p: int, frames: list[_Frame]) -> Mention | None:
        """The owner named by a possessive at ``p``, past adjectives of a fleet: "Pakistan's" or "its"
        in "Pakistan's ageing fleet", "its Tomcat fleet"."""
        low = sent.lower
        while p >= 0 and low[p] in _FLEET_ADJECTIVES:
            p -= 1
        if p > 0 and low[p] in {"'s", "’s"}:
            owner = sent.mention_at(p - 1)
        elif p >= 0 and low[p] in {"its", "their"}:
            frame = self._frame_of(frames, p)
            lo = frame.start if frame else 0
            owner = self._left(sent, p, lo, {id(frame.source)} if frame and frame.source else set())
        else:
            return None
        if (
            owner is None
            or owner.role != "actor"
            or self._person(owner.entity)
            or not self._actor(owner.entity)
        ):
            return None
        return owner

    def _inducted(self, sent: Sentence, frames: list[_Frame]) -> list[tuple[int, dict[str, Any]]]:
        """ "The Pakistan Air Force inducted six J-10C fighters", "Algeria's navy commissioned the first
        of two frigates": arms taken into service are used by the force that takes them."""
        low = sent.lower
        out: list[tuple[int, dict[str, Any]]] = []
        for v in (k for k, w in enumerate(low) if w in _INDUCTING):
            hi = next((k for k in range(v + 1, len(low)) if low[k] in {";", ".", "which", "that"}), len(low))
            found = self._weapon_mentions(sent, v, min(hi, v + 12))
            if not found or not _NOT_TAKEN_IN.isdisjoint(low[v + 1 : found[0].start]):
                continue  # "commissioned a study on drones": no arms taken in
            systems = [m for m in found if m.type == EntityType.WEAPON_SYSTEM]
            weapons = self._distinct(systems or found)  # "fighter aircraft J-10C": the system
            frame = self._frame_of(frames, v)
            skip = {id(frame.source)} if frame and frame.source else set()
            # the force or state that inducts (not one "into" which a leader inducts them: "the Navy",
            # "the country's armed forces" are placed by the article, not the sentence)
            user = self._left(sent, v, frame.start if frame else 0, skip)
            if not isinstance(user, Mention) or self._person(user.entity) or not self._actor(user.entity):
                continue
            for weapon in weapons:
                fact: dict[str, Any] = {"predicate": "USES", "subject": user.entity, "object": weapon}
                fact["_span"] = (min(user.start, v), v + 1, frame.end if frame else len(low), v)
                out.append((v, fact))
        return out

    def _user(self, sent: Sentence, t: int, frames: list[_Frame]) -> dict[str, Any] | None:
        """ "India's navy is the first user of the Rafale Marine", "the United States will be the
        final user of the shells": the one called a user of a weapon uses it."""
        low = sent.lower
        frame = self._frame_of(frames, t)
        lo = frame.start if frame else 0
        skip = {id(frame.source)} if frame and frame.source else set()
        if "of" not in low[t + 1 : t + 4]:
            return None
        weapons = self._distinct(self._weapon_mentions(sent, t, min(len(low), t + 10)))
        user = self._left(sent, t, lo, skip)
        if user is None or not weapons or not self._actor(_entity(user)):
            return None
        if not any(w in _BE or w in _COPULAS for w in low[user.end : t]):
            return None  # "the user of the drones" must be said of someone: "X is/becomes ... the user"
        subject = self._state_of(_entity(user)) if self._person(_entity(user)) else _entity(user)
        if not subject:
            return None
        fact: dict[str, Any] = {"predicate": "USES", "subject": subject, "object": weapons[0]}
        fact["_span"] = (user.start, t + 1, len(low), t)
        fact["_also"] = weapons[1:]
        return fact

    def _shot_down(
        self, sent: Sentence, t: int, frames: list[_Frame], doc: _Doc | None = None
    ) -> dict[str, Any] | None:
        """ "Pakistani J-10C jets shot down three Indian Rafales", "the rebels shot down a drone with
        an Iranian-made missile": the one who shoots uses the jets that shot or the weapon it shot
        with (against the owner of what was downed); what was downed is no weapon used."""
        low = sent.lower
        frame = self._frame_of(frames, t)
        lo, hi = (frame.start, frame.end) if frame else (0, len(low))
        hi = self._clause_end(sent, t, hi)
        k = next((k for k in range(t + 2, hi) if low[k] in {"with", "using"}), None)
        weapon = next(iter(self._weapon_mentions(sent, k, min(hi, k + 8))), None) if k is not None else None
        user: Mention | str | None = None
        if weapon is not None:
            skip = {id(frame.source)} if frame and frame.source else set()
            user = self._left(sent, t, lo, skip)
        else:
            j = t - 1
            while j > lo and low[j] in {"have", "had", "has", "reportedly", "also"}:
                j -= 1
            weapon = sent.mention_at(j)
            if weapon is None or weapon.role != "weapon":
                return None
            weapon = _system_before(sent, weapon.start) or weapon  # "J-10C jets": the J-10C
            owner = sent.mention_at(weapon.start - 1) if weapon.start > 0 else None
            if owner is not None and owner.type == EntityType.COUNTRY:
                user = owner.entity  # "Pakistani J-10C jets shot down ...": Pakistan's jets
            else:
                # "Chinese-made jets shot down ...": the maker is not the one who shot; whoever the
                # article has receiving such jets is
                earlier = self._context_claim(doc, [weapon.entity]) if doc is not None else None
                if earlier is None or not earlier.get("weapons") or earlier["stance"] == Stance.DENIED.value:
                    return None
                user = earlier["object"]
        if user is None or not self._actor(_entity(user)):
            return None
        fact: dict[str, Any] = {"predicate": "USES", "subject": _entity(user), "object": weapon.entity}
        j = t + 2
        while j < hi and (
            low[j] in _DETERMINERS or low[j] in _COUNTS or low[j] in _NUMBERS or low[j][:1].isdigit()
        ):
            j += 1
        downed = sent.mention_at(j)
        if downed is not None and downed.type == EntityType.COUNTRY and downed.entity != fact["subject"]:
            fact["against"] = [downed.entity]  # "three Indian Rafales": India's
        if k is not None and (by := self._supplied_adjective(sent, k, hi)) is not None:
            fact["_supplied_by"] = by  # "with Stinger missiles supplied by the United States"
        fact["_span"] = (min(t, weapon.start), max(t + 2, weapon.end), hi, t)
        return fact

    def _struck_with(self, sent: Sentence, t: int, frames: list[_Frame]) -> dict[str, Any] | None:
        """ "Russian forces struck Kharkiv with North Korean KN-23 missiles", "the Houthis targeted a
        ship with an anti-ship missile": the one who strikes with a weapon uses it (against the
        state struck, if named)."""
        low = sent.lower
        if t > 0 and (low[t - 1] in _DETERMINERS or (low[t - 1] in _BE and not low[t].endswith("ing"))):
            return None  # "the attack with drones" is an attack noun's; "were hit with" names no user (but
            # "was attacking Pakistan with drones" does)
        if (
            (m := sent.mention_at(t - 1)) is not None
            and low[m.start - 1 : m.start]
            and low[m.start - 1] in _STRIKE_VERBS
        ):
            return None  # "Israel struck Hezbollah targets with bombs": the targets are struck, they strike no one
        frame = self._frame_of(frames, t)
        lo, hi = (frame.start, frame.end) if frame else (0, len(low))
        hi = self._clause_end(sent, t, hi)
        k = next((k for k in range(t + 1, min(hi, t + 10)) if low[k] in {"with", "using"}), None)
        if k is None:
            return None
        weapons = self._distinct(self._weapon_mentions(sent, k, min(hi, k + 6)))
        skip = {id(frame.source)} if frame and frame.source else set()
        user = self._relative_antecedent(sent, t) or self._left(sent, t, lo, skip)
        if not weapons or user is None or not self._actor(_entity(user)):
            return None
        subject = self._state_of(_entity(user)) if self._person(_entity(user)) else _entity(user)
        if not subject:
            return None
        fact: dict[str, Any] = {"predicate": "USES", "subject": subject, "object": weapons[0]}
        target = self._right_after(sent, t, k)
        if target is not None and _entity(target) != subject:
            fact["against"] = [_entity(target)]
        self._qualifiers(sent, fact, t, hi)
        fact["_span"] = (user.start, t + 1, hi, t)
        fact["_also"] = weapons[1:]
        return fact

    def _platform_crew(self, sent: Sentence, t: int) -> Mention | None:
        """Whose ship or aircraft fires at ``t``: "A US warship fired cruise missiles", "an Israeli
        warplane fired missiles at Gaza", "A U.S. Navy destroyer launched Tomahawks": the state or
        forces named before the platform (not its maker: "Russian-made", and never a strike verb,
        "Iranian drones struck Kyiv", whose drones another state flies)."""
        low = sent.lower
        if low[t] not in _LAUNCH:
            return None
        k = t - 1
        while k > 0 and low[k] in {"have", "has", "had", "also", "reportedly", "then"}:
            k -= 1
        platform = sent.mention_at(k)
        if (
            platform is None
            or platform.role != "weapon"
            or _PLATFORMS.isdisjoint([platform.entity, *self.gaz.categories_of(platform.entity)])
        ):
            return None
        crew = sent.mention_at(platform.start - 1)
        if crew is None or crew.role not in {"actor", "origin"} or not self._actor(crew.entity):
            return None
        return crew

    def _fired_by(self, sent: Sentence, t: int) -> dict[str, Any] | None:
        """ "shot down 25 Russian-launched drones", "a Houthi-fired anti-ship missile": the one named
        before the hyphen of a use participle uses the weapon after it (whoever shoots it down uses
        nothing)."""
        low = sent.lower
        user = sent.mention_at(t - 2)
        if user is None or user.role not in {"actor", "origin"} or not low[t].endswith("ed"):
            return None
        weapon = next((m for m in sent.mentions if m.role == "weapon" and t < m.start <= t + 3), None)
        subject = self._state_of(user.entity) if self._person(user.entity) else user.entity
        if weapon is None or not subject or not self._actor(subject):
            return None
        fact: dict[str, Any] = {"predicate": "USES", "subject": subject, "object": weapon.entity}
        fact["_span"] = (user.start, weapon.end, self._clause_end(sent, t, len(low)), t)
        return fact

    def _weapon_struck(self, sent: Sentence, t: int, doc: _Doc) -> dict[str, Any] | None:
        """ "Russia launched 40 Shahed drones ... The drones struck Kyiv": weapons named before that
        strike are used by whoever the article has using (else receiving) them."""
        low = sent.lower
        if low[t - 1 : t] and low[t - 1] in _BE:
            return None  # "the drones were hit": struck, not striking
        k = t - 1
        while k > 0 and low[k] in {"have", "has", "had", "also", "reportedly", "opened"} | _BELIEVED_TO:
            k -= 1
        weapon = sent.mention_at(k)
        if weapon is None or weapon.role != "weapon" or weapon.start == 0:
            return None
        system = sent.mention_at(weapon.start - 1)
        if system is not None and system.role == "weapon":
            weapon = system  # "MI-35 helicopters": the system, before its head noun
            if weapon.start == 0:
                return None
        owner = sent.mention_at(weapon.start - 1)
        spec = self.spec(weapon.entity)
        if (
            owner is not None
            and owner.role == "origin"
            and spec is not None
            and spec.origin
            and spec.origin != owner.entity
            and self._actor(owner.entity)
        ):
            # "Ukrainian Bayraktar drones struck Russian positions": the state of a demonym before
            # arms another state makes holds them, and strikes with them
            return self._strike(sent, t, owner.entity, weapon)
        counted = low[weapon.start - 1] in _COUNT_WORDS or low[weapon.start - 1][:1].isdigit()
        # "Russian-made MI-35 helicopters opened fire": the makers' arms the article has supplied
        made = (
            weapon.start > 1 and low[weapon.start - 2] == "-" and low[weapon.start - 1] in {"made", "built"}
        )
        if low[weapon.start - 1] not in {"the", "these", "those"} and not counted and not made:
            return None
        maker = sent.mention_at(weapon.start - 3) if made else None
        used = None if made else self._context_use(doc, [weapon.entity])
        user = used["subject"] if used is not None else None
        if made:
            # only the recipient of the article's supply of such arms by their maker's state
            earlier = self._context_claim(doc, [weapon.entity])
            if maker is None or earlier is None or earlier["subject"] != self._state_of(maker.entity):
                return None
        if user is None and counted:
            return None  # "Two missiles hit Kyiv": only after the article has someone launching them
        if used is not None and weapon.entity in self.gaz.categories_of(used["object"]):
            weapon = Mention(
                weapon.start, weapon.end, used["object"], weapon.type, "weapon"
            )  # "One drone" of them
        if user is None:
            earlier = self._context_claim(doc, [weapon.entity])
            if earlier is None or not earlier.get("weapons") or earlier["stance"] == Stance.DENIED.value:
                return None
            user = earlier["object"]
        return self._strike(sent, t, user, weapon)

    def _strike(self, sent: Sentence, t: int, user: str, weapon: Mention) -> dict[str, Any]:
        """The use of ``weapon`` by ``user`` that the strike verb at ``t`` tells of, against the
        party it hits."""
        fact: dict[str, Any] = {"predicate": "USES", "subject": user, "object": weapon.entity}
        target = self._right_after(sent, t, len(sent.lower))
        if target is not None and _entity(target) != user:
            fact["against"] = [_entity(target)]
        fact["_span"] = (weapon.start, t + 1, self._clause_end(sent, t, len(sent.lower)), t)
        return fact

    def _supplied_adjective(self, sent: Sentence, t: int, hi: int) -> str | None:
        """The state in "US-supplied", "Iranian-provided" before the weapon a use at ``t`` names."""
        low = sent.lower
        for k in range(t + 1, min(hi, t + 6)):
            if low[k] in {"supplied", "provided", "donated", "delivered", "given"} and low[k - 1] == "-":
                m = sent.mention_at(k - 2)
                if m is not None and m.role in {"origin", "actor"}:
                    return self._state_of(m.entity) if self._person(m.entity) else m.entity
            if (
                low[k] in _GIVEN
                and low[k + 1 : k + 2] == ["by"]
                and (w := sent.mention_at(k - 1)) is not None
                and w.role == "weapon"
                and (m := _mention_from(sent, k + 2)) is not None
            ):
                # "using missiles supplied by Iran": who supplied the arms used
                return self._state_of(m.entity) if self._person(m.entity) else m.entity
            if (
                low[k] == "from"
                and low[t] in {"use", "uses", "used", "using", "operate", "operates", "operated", "operating"}
                and (w := sent.mention_at(k - 1)) is not None
                and w.role == "weapon"
                and (m := sent.mention_at(k + 1)) is not None
                and m.type == EntityType.COUNTRY
            ):
                return m.entity  # "using aircraft from Belarus": the state the arms came from
        return None

    def _subject_past_relative(self, sent: Sentence, m: Mention, t: int, lo: int, skip: set[int]) -> Mention:
        """ "Hezbollah, which is armed by Iran, fired rockets": the actor a relative clause between
        commas is about, not the one ``m`` it names (Iran)."""
        low = sent.lower
        if not any(low[b] == "," for b in range(m.end, t)):
            return m
        for a in range(m.start - 1, lo, -1):
            if low[a] == ",":
                return m
            if low[a] in {"which", "who"} and low[a - 1] == ",":
                return self._left(sent, a - 1, lo, skip) or m
        return m

    def _relative_antecedent(self, sent: Sentence, t: int) -> Mention | None:
        """ "attacks by Houthi rebels from Yemen, who shoot missiles": the actor a relative pronoun
        right before ``t`` stands for (past a place it is said to be from)."""
        low = sent.lower
        if t < 2 or low[t - 1] not in {"who", "which"}:
            return None
        k = t - 2 - (low[t - 2] == ",")
        m = sent.mention_at(k)
        if m is None or m.role not in {"actor", "place"}:
            return None
        before = m.start - 1
        if (
            before > 0
            and low[before] in {"from", "in", "of"}
            and (p := sent.mention_at(before - 1)) is not None
        ):
            m = p  # "rebels from Yemen, who": the rebels
        return _head(sent, m) if m.role == "actor" else None

    def _attack(
        self, sent: Sentence, t: int, frames: list[_Frame], doc: _Doc | None = None
    ) -> dict[str, Any] | None:
        """A use told by an attack noun, without a use verb: "Russia's Shahed attacks", "rocket
        attacks from Russia", "strikes by Russia with Iranian-made drones". The user is named by a
        possessive or by "by"/"from"; a demonym alone ("Iranian drone attacks") names the origin,
        not the user, so it gives nothing."""
        low = sent.lower
        frame = self._frame_of(frames, t)
        hi = self._clause_end(sent, t, frame.end if frame else len(low))
        weapon = next((m for m in sent.mentions if m.role == "weapon" and m.end == t), None)
        if weapon is None:
            k = next((k for k in range(t + 1, min(hi, t + 5)) if low[k] in {"with", "using"}), None)
            if k is not None:
                weapon = next((m for m in self._weapon_mentions(sent, k, min(hi, k + 6))), None)
        air = weapon is None and (low[t] in {"airstrike", "airstrikes"} or low[t - 1 : t] == ["air"])
        if air:
            # "conducted airstrikes", "Egyptian air raids": a use of combat aircraft, none named
            start = t - (low[t - 1 : t] == ["air"])
            weapon = Mention(start, t + 1, "combat-aircraft", EntityType.WEAPON_CATEGORY, "weapon")
        if weapon is None:
            return None
        first = min(weapon.start, t)
        user: Mention | None = None
        k = first
        while first - k < 2 and k > 2 and _describing(sent, k - 1) and low[k - 1] not in _ATTACK_VERBS:
            k -= 1  # "Russia's devastating missile strikes" (not "opposed launching air strikes")
        if k >= 2 and low[k - 1] in {"’s", "'s"}:
            user = sent.mention_at(k - 2)  # "Russia's Shahed attacks" (read as the drones' origin)
        elif air and k >= 1 and (by := sent.mention_at(k - 1)) is not None and by.type == EntityType.COUNTRY:
            user = by  # "Egyptian airstrikes": the state that flies them (of missiles, only their origin)
        elif (
            not air
            and first >= 1
            and (by := sent.mention_at(first - 1)) is not None
            and by.end == first
            and by.type == EntityType.ORGANIZATION
            and by.role == "actor"
        ):
            user = by  # "GNA drone strikes", "Houthi drone attacks": a force names who strikes, not an origin
        elif (verb := _attack_verb(sent, first)) is not None:
            # "Egypt conducted airstrikes", "accused Egypt of conducting airstrikes", "the Houthis have
            # carried out over 100 drone and missile attacks"
            accused = sent.mention_at(verb - 2) if low[verb - 1] == "of" and verb > 1 else None
            # an "-ing" form is done by its subject only after "of" or a "to be" ("has been conducting"):
            # not "opposed launching air strikes"
            ongoing = not low[verb].endswith("ing") or low[verb - 1] in _BE
            user = accused or (
                self._left(sent, verb, frame.start if frame else 0, set()) if ongoing else None
            )
            # "a Saudi and Emirati-led coalition has been conducting air strikes": the coalition's
            if user is not None and low[user.end : user.end + 2] == ["-", "led"]:
                user = None
            relative = next((r for r in range(verb - 1, 0, -1) if low[r] in {"who", "which"}), None)
            if user is not None and relative is not None and user.start > relative:
                # "The Houthi rebels, who control much of Yemen, have carried out ...": the rebels
                user = self._relative_antecedent(sent, relative + 1)
        if user is not None and user.role == "origin":
            user = Mention(user.start, user.end, user.entity, user.type)
        own = next((k for k in range(first - 1, max(-1, first - 5), -1) if low[k] in {"its", "their"}), None)
        if user is None and own is not None and _CLAUSE_BREAKS.isdisjoint(low[own:first]):
            # "the RSF pressed its long-range drone attacks": the subject whose attacks they are
            user = self._left(sent, own, frame.start if frame else 0, set())
        if user is None:
            nxt = t + 1 + (low[t + 1 : t + 2] in (["launched"], ["carried"], ["conducted"]))
            nxt += low[nxt : nxt + 1] == ["out"]
            if low[nxt : nxt + 1] in (["by"], ["from"]):
                user = _mention_from(sent, nxt + 1) or (
                    self._rebels_back(sent, nxt + 1, doc) if doc else None
                )
        if user is None or user.role != "actor" or not self._actor(user.entity):
            return None
        fact: dict[str, Any] = {"predicate": "USES", "subject": user.entity, "object": weapon.entity}
        # "drone and missile attacks": each weapon listed right before the attack noun
        fact["_also"] = [w for w in _weapons_listed_before(sent, first) if w != weapon.entity]
        target = self._after_word(sent, t, hi, {"against", "on"})
        if target is not None and _entity(target) != user.entity:
            fact["against"] = [_entity(target)]
        self._qualifiers(sent, fact, t, hi)
        fact["_span"] = (first, max(t, weapon.end, user.end) + 1, hi, t)
        return fact


# verbs that tell who carried out an attack: "conducted airstrikes", "carried out air raids",
# "launching missile strikes"
_ATTACK_VERBS = frozenset(
    [
        "conducted",
        "conducting",
        "conducts",
        "launched",
        "launching",
        "launches",
        "carried",
        "carrying",
        "carries",
    ]
)


# arms that carry and fire others, whose crews use what they fire: "a US warship fired missiles"
_PLATFORMS = frozenset(["warship", "submarine", "combat-aircraft", "helicopter", "strategic-bomber"])
# the verbs by which a platform fires: never "struck" or "hit", said of the munitions themselves
_LAUNCH = frozenset(["fired", "fires", "launched", "launches", "dropped", "drops"])


def _weapons_listed_before(sent: Sentence, first: int) -> list[str]:
    """The weapons listed right before ``first``, back to the first word that is neither a weapon
    nor "and", "or" or a comma."""
    j = first - 1
    while j >= 0 and (sent.lower[j] in _LISTING or _weapon_at(sent, j)):
        j -= 1
    return list(dict.fromkeys(m.entity for m in sent.mentions if m.role == "weapon" and j < m.start < first))


def _weapon_at(sent: Sentence, k: int) -> bool:
    m = sent.mention_at(k)
    return m is not None and m.role == "weapon"


def _attack_verb(sent: Sentence, first: int) -> int | None:
    """The verb that carries out the attack whose words start at ``first``: "conducted
    airstrikes", "carried out over 100 drone and missile attacks", "launching missile strikes";
    past the weapons listed and the counts between."""
    low = sent.lower
    k = first - 1
    while (
        k > 0
        and first - k <= 8
        and low[k] not in _ATTACK_VERBS
        and low[k] != "out"
        and (
            low[k] in _LISTING
            or low[k] in _COUNTED
            or low[k][:1].isdigit()
            or _describing(sent, k)
            or _weapon_at(sent, k)
        )
    ):
        k -= 1
    k -= low[k] == "out"
    return k if k > 0 and low[k] in _ATTACK_VERBS else None


# what may stand between the verb of an attack and its noun, besides the weapons
_LISTING = frozenset(["and", "or", ",", "-"])
# counts before an attack noun: "over 100", "dozens of", "several"
_COUNTED = _NUMBERS | _COUNTS | {"over", "more", "than", "of", "multiple", "numerous", "repeated"}


def _without_payload(sent: Sentence, found: list[Mention]) -> list[Mention]:
    """The arms used, without what an earlier one carries: "used drones loaded with explosives"
    uses the drones."""
    low = sent.lower
    return [
        m
        for i, m in enumerate(found)
        if i == 0
        or not (
            (
                low[m.start - 1] == "with"
                and low[m.start - 2] in {"loaded", "packed", "laden", "armed", "fitted"}
            )
            or low[m.start - 1] == "carrying"
        )
    ]


def _last_group(found: list[Mention], low: list[str]) -> list[Mention]:
    """The last of ``found`` with those listed with it ("drones and missiles", "drones, missiles")."""
    group = found[-1:]
    for m in reversed(found[:-1]):
        if not set(low[m.end : group[0].start]) <= {"and", "or", ","}:
            break
        group.insert(0, m)
    return group


def _describing(sent: Sentence, k: int) -> bool:
    """Whether the word at ``k`` describes the attack noun after it ("devastating", "massive",
    "renewed", "deadly"), rather than naming anything."""
    word = sent.lower[k]
    return (
        word.isalpha()
        and sent.mention_at(k) is None
        and (word in _ATTACK_ADJECTIVES or word.endswith(("ing", "ive", "ous", "ed")))
    )


def _struck(low: list[str], k: int) -> bool:
    """Whether the phrase at ``k`` is what a strike verb before it hit ("took out Pakistan Army
    camps", "bombed the Syrian base", "hitting Russian positions")."""
    j = k - 1
    while j > 0 and low[j] in {"the", "a", "an", "several", "two", "three"}:
        j -= 1
    return j >= 0 and (
        low[j] in _STRIKE_VERBS
        or low[j] in {"hitting", "bombing", "striking", "destroyed", "destroying", "shelling"}
        or (low[j] == "out" and j > 0 and low[j - 1] in {"took", "take", "taking", "takes", "taken"})
    )


def _apposed_opener(sent: Sentence, t: int) -> Mention | None:
    """The weapon that opens the sentence when an apposition set off by commas separates it from
    the verb at ``t`` ("HIMARS, a truck-mounted unit ..., have been used")."""
    low = sent.lower
    opener = next((m for m in sent.mentions if m.start <= 1), None)
    if opener is None or opener.role != "weapon" or low[opener.end : opener.end + 1] != [","]:
        return None
    k = t - 1
    while k > opener.end and low[k] in {"have", "has", "had", "been", "were", "was", "being", "also"}:
        k -= 1
    return opener if k > opener.end and low[k] == "," else None


def _helped_to(sent: Sentence, t: int) -> Mention | None:
    """The one helped to use arms: "Iran is helping the Houthis (to) launch missiles" (the Houthis
    launch them)."""
    low = sent.lower
    k = t - 1 - (low[t - 1 : t] == ["to"])
    m = sent.mention_at(k) if k >= 0 else None
    if m is None or m.role != "actor":
        return None
    b = m.start - 1 - (m.start > 1 and low[m.start - 1] == "the")
    return m if b >= 0 and low[b] in _HELP else None


def _relative_passive(low: list[str], t: int) -> int | None:
    """Where the relative pronoun of a passive use at ``t`` stands ("drones that have been used",
    "missiles which were fired"), if the use is one.

    >>> _relative_passive(["drones", "that", "have", "been", "used"], 4)
    1
    """
    if t == 0 or low[t - 1] not in {"were", "was", "been", "being"} or not low[t].endswith("ed"):
        return None  # "that it had been using": active, its subject named
    k = t - 2
    while k >= 0 and low[k] in {"have", "has", "had", "been", "were", "was", "being"}:
        k -= 1
    return k if k >= 0 and low[k] in {"that", "which"} else None


def _no_use(low: list[str], t: int) -> bool:
    """A use word that tells of no weapon used: "the end use of the F-16s" (where arms end up), "a
    material that can be used to produce ammunition", "a vote to ban the use of cluster bombs".

    >>> _no_use("questions about the end use of the f-16".split(), 4)
    True
    >>> _no_use("a material that can be used to produce ammunition".split(), 5)
    True
    >>> _no_use("russia used drones against kyiv".split(), 1)
    False
    """
    if low[t] == "used":
        return low[t + 1 : t + 2] == ["to"] and low[t + 2 : t + 3] != [] and low[t + 2] in _MAKING
    return low[t] == "use" and (low[t - 1 : t] == ["end"] or (t >= 2 and low[t - 2] in _BANNING))


# what bans the use it is two words before: "to ban the use of cluster bombs"
_BANNING = frozenset(["ban", "banning", "bans", "prohibit", "outlaw"])
