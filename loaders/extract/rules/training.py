"""Training: who trains whom ("Russia trains Malian officers", "in Russia for training"), and
the armed forces that stand for a state.
"""

from __future__ import annotations

from typing import Any

from graph.ontology import EntityType

from ..mentions import Mention, Sentence
from .clauses import _entity, _mention_from, _passive, _training_given
from .state import _Doc, _Frame
from .vocabulary import (
    _BE,
    _CLAUSE_BREAKS,
    _FORCE_NOUNS,
    _FORCE_PEOPLE,
    _HELP,
    _QUOTES,
    _SCHOOLS,
    _SUPPLY,
    _TRAVEL,
)

__all__ = ["TrainingRules"]

# military people placed with another state's forces: "Cuban military advisers in Nicaragua"
_POSTED = frozenset(["advisers", "advisors", "instructors", "trainers", "experts"])
# the words by which those posted are in a state: "have arrived in", "are stationed in"
_THERE = frozenset(
    [
        *("have", "has", "had", "are", "were", "is", "was", "been"),
        *("arrived", "deployed", "stationed", "based", "now", "already", "also", "recently"),
    ]
)

# what trainees do with training they are given: "received training from", "completed training by"
_TAKE = frozenset(
    [
        *("received", "receive", "receives", "receiving", "got", "get", "gets", "getting"),
        *("completed", "complete", "completes", "completing", "finished", "finish", "finishes"),
        *("began", "begun", "begin", "begins", "started", "start", "starts", "underwent", "undergo"),
        *("undergoing", "undergone", "undergoes", "attended", "attend", "attends"),
    ]
)


def _taken_at(low: list[str], t: int, lo: int) -> int | None:
    """Where the trainees' verb is before "training" at ``t``: "received training", "completed ten
    months of military training", "have started a new training"."""
    for k in range(t - 1, max(lo, t - 6) - 1, -1):
        if low[k] in _TAKE:
            return k
        if low[k] in _CLAUSE_BREAKS or low[k] in _BE:
            return None
    return None


# verbs of giving a course of training, whose trainees follow "for": "conducted training for"
_CONDUCT = frozenset(
    [
        *("conduct", "conducts", "conducted", "conducting", "start", "starts", "started", "begin", "began"),
        *("resume", "resumed", "hold", "holds", "held", "run", "runs", "organise", "organize", "organised"),
        "organized",
    ]
)


class TrainingRules:
    """Reads training and finds trainer and trainees."""

    def _posted_trainers(self, sent: Sentence) -> list[tuple[int, dict[str, Any]]]:
        """A state's military advisers or instructors placed with another: "3,000 Cuban military
        advisers work with Nicaragua's army", "20,000 Soviet military experts and advisors in Egypt"
        (a training, as annotators read military advisers)."""
        low = sent.lower
        out: list[tuple[int, dict[str, Any]]] = []
        for k, word in enumerate(low):
            if word not in _POSTED or "military" not in low[max(0, k - 4) : k]:
                continue
            j = k - 1
            while j >= 0 and (low[j] in _POSTED or low[j] in {"military", "and"}):
                j -= 1  # "Soviet military experts and advisors"
            origin = sent.mention_at(j) if j >= 0 else None
            if origin is None or not j < origin.end <= k:
                continue
            state = origin.entity if origin.type == EntityType.COUNTRY else None
            if state is None and self._forces(origin.entity):
                state = self.spec(origin.entity).country  # "Soviet military experts": the state's
            if state is None:
                continue
            end = k
            while end + 2 < len(low) and low[end + 1] == "and" and low[end + 2] in _POSTED:
                end += 2  # "experts and advisors"
            host = next(
                (
                    m
                    for i in range(end + 1, min(len(low), end + 9))
                    if low[i] in {"in", "with", "to"}
                    and (
                        m := _mention_from(sent, i + 1)
                        or (_state_named(sent, i + 1) if _THERE.issuperset(low[end + 1 : i]) else None)
                    )
                    is not None
                    and (m.type == EntityType.COUNTRY or self._forces(m.entity))
                ),
                None,
            )
            if host is None or host.entity == state:
                continue
            if any(low[i] in _CLAUSE_BREAKS for i in range(end + 1, host.start)):
                continue
            fact = {"predicate": "TRAINS", "subject": state, "object": host.entity, "weapons": []}
            fact["_span"] = (origin.start, host.end, self._clause_end(sent, k, len(low)), k)
            out.append((k, fact))
        return out

    def _train(
        self, sent: Sentence, t: int, frames: list[_Frame], doc: _Doc | None = None
    ) -> dict[str, Any] | None:
        low = sent.lower
        if low[t] == "training" and not _training_given(low, t, t + 1):
            return None
        if low[t].startswith("instruct") and _ordered_to(low, t):
            return None  # "instructed its research centre to procure more weapons": ordered, not taught
        frame = self._frame_of(frames, t)
        lo, hi = (frame.start, frame.end) if frame else (0, len(low))
        skip = {id(frame.source)} if frame and frame.source else set()
        left = self._left(sent, t, lo, skip)
        trainer = left
        trainee: Mention | str | None = (
            self._right_after(sent, t, hi) or self._forces_of(sent, t, hi) or _members_of(sent, t)
        )
        if (
            low[t] == "training"
            and (taken := _taken_at(low, t, lo)) is not None
            and (giver := self._after_word(sent, t, min(hi, t + 3), {"from", "by", "with"})) is not None
            and giver.role == "actor"
            and low[giver.end : giver.end + 1] not in (["’s"], ["'s"])  # "with Sweden's Gripen jets"
        ):
            # "Somali soldiers received training from Britain", "completed training with EU instructors"
            trainer, trainee = giver, self._left(sent, taken, lo, skip)
        if (
            trainee is None
            and low[t + 1 : t + 2] == ["and"]
            and low[t + 2 : t + 3] in (["armed"], ["equipped"], ["arming"], ["equipping"])
        ):
            trainee = _mention_from(sent, t + 3)  # "trained and armed the M23", "training and arming"
        if (
            trainee is None
            and low[t] == "training"
            and (helped := self._helped_with(sent, t, lo)) is not None
        ):
            # "a Russian team arrived to assist the Nigerien army with counterterrorism training"
            trainee = helped
            trainer = self._left(sent, helped.start, lo, skip) or next(
                (m for m in sent.mentions if lo <= m.start and m.end <= helped.start and m.role == "actor"),
                None,
            )
        if trainee is None and low[t : t + 2] == ["training", "of"]:
            # "the training of Interahamwe by French troops", "involved in the training of Ukrainian
            # pilots", "British training of": the trainees follow "of", the trainer a "by" after them,
            # the one taking part in it or its adjective
            trainee = self._right_after(sent, t + 1, hi)
            end = trainee.end if trainee is not None else hi
            by = next((k for k in range(end, min(hi, end + 6)) if low[k] == "by"), None)
            if by is not None:
                trainer = self._after_word(sent, by - 1, hi, {"by"})
            elif "in" not in low[max(lo, t - 2) : t] and not (
                isinstance(trainer, Mention) and trainer.end == t
            ):
                trainer = None  # "investigating the training of": whoever investigates trains no one
        if (
            trainee is None
            and low[t] == "training"
            and not (
                _SUPPLY.isdisjoint(low[max(lo, t - 6) : t]) and _CONDUCT.isdisjoint(low[max(lo, t - 4) : t])
            )
        ):
            # "providing financial support and training to the RED-Tabara rebels", "conducted training
            # for Ukrainian troops", "will start Tomahawk operational training for the Self-Defense Forces"
            trainee = self._after_word(sent, t, min(hi, t + 6), {"to", "for"})
        if low[t] == "trained" and (_passive(low, t) or (low[t - 1 : t] == ["and"] and _passive(low, t - 2))):
            # "these troops were trained at military sites in Russia": trained by or in a state, and
            # the trainees the sentence names as soldiers of another
            trainer = (
                self._after_word(sent, t, hi, {"by"})
                or _with_help_of(sent, t, hi)  # "trained with the support of Türkiye"
                or self._after_word(sent, t, hi, {"in"}, place_ok=True)
            )
            state = self._state_of(trainer.entity) if trainer is not None else None
            trainee = next(
                (
                    m
                    for m in sent.mentions
                    if (spec := self.spec(m.entity)) is not None
                    and spec.kind == "armed-forces"
                    and spec.country not in {None, state}
                ),
                None,
            ) or self._left(sent, t, lo, skip)  # "Ukrainian pilots are being trained by Denmark"
            if trainee is None and trainer is not None:
                # "the latest batch of Somali officers to be trained with the support of Türkiye"
                trainee = self._trainees(sent, t, lo, frame, trainer.entity)
        if (abroad := self._training_place(sent, t, lo, hi)) is not None:
            # "had been in Russia for training", "trained at a Russian facility", "Russia-trained
            # soldiers": the state where, or whose school, trains; the trainees are the soldiers
            # named, else those of the state that speaks of them ("our army's soldiers")
            trainer = abroad
            if trainee is None or _entity(trainee) == abroad.entity:
                trainee = self._trainees(sent, t, lo, frame, abroad.entity) or (
                    self._trained_before(doc, abroad.entity) if doc is not None else None
                )
        if trainee is None and trainer is not None:
            trainee = self._local_forces(sent, t, lo, hi, _entity(trainer), frame)
        if trainer is None or trainee is None:
            return None
        fact = {"predicate": "TRAINS", "subject": _entity(trainer), "object": _entity(trainee)}
        if (spec := self.spec(fact["subject"])) is not None and fact[
            "subject"
        ] == f"{spec.country}-armed-forces":
            fact["subject"] = (
                spec.country
            )  # "Russian military instructors train ...": Russia trains, as it supplies
        fact["weapons"] = self._weapons(sent, t, hi)
        if isinstance(trainer, Mention) and trainer.start > t:
            fact["_also_subjects"] = [m.entity for m in self._coordinated(sent, trainer, hi)]  # "by X and Y"
        elif isinstance(trainer, Mention) and trainer is left:
            # "Britain, France and Canada have trained Ukrainian soldiers": each one listed trains
            fact["_also_subjects"] = [
                m.entity for m in self._listed_with(sent, trainer, lo) if self._actor(m.entity)
            ]
        fact["_span"] = (trainer.start, t + 1, hi, t)
        target = self._after_word(sent, t, hi, {"against"})
        if target is not None:
            fact["against"] = [_entity(target)]
        home = self.spec(fact["object"])
        if abroad is not None and home is not None and home.country == abroad.entity:
            # "Somali commandos complete training in Mogadishu": at home, the place names no trainer
            return None
        return fact if fact["subject"] != fact["object"] else None

    @staticmethod
    def _helped_with(sent: Sentence, t: int, lo: int) -> Mention | None:
        """The party helped in "assist/help X with (counterterrorism) training" before ``t``."""
        low = sent.lower
        w = next((k for k in range(t - 1, max(lo, t - 4) - 1, -1) if low[k] == "with"), None)
        m = sent.mention_at(w - 1) if w else None
        if m is None or m.role != "actor" or m.end != w:
            return None
        k = m.start - (m.start > 0 and low[m.start - 1] == "the")
        return m if k > 0 and low[k - 1] in _HELP else None

    def _training_place(self, sent: Sentence, t: int, lo: int, hi: int) -> Mention | None:
        """The state that trains by where training at ``t`` takes place: "in Russia for training",
        "training in Russia", "trained at a Russian facility", "Russia-trained"."""
        low = sent.lower
        if t > 1 and low[t - 1] == "-" and (m := sent.mention_at(t - 2)) is not None:
            return m if self.spec(m.entity) and self.spec(m.entity).type == EntityType.COUNTRY else None
        candidates = []
        if t > 2 and low[t - 1] == "for":
            candidates.append(sent.mention_at(t - 2))  # "had been in Russia for training"
        n = t + 1 + (low[t + 1 : t + 2] != [] and low[t + 1] in _QUOTES)  # a closing quotation mark between
        if low[n : n + 1] == ["in"]:
            # "training in Russia", "trained in the United Kingdom"
            candidates.append(sent.mention_at(n + 1 + (low[n + 1 : n + 2] == ["the"])))
        if low[n : n + 1] == ["at"]:
            k = n + 1 + (low[n + 1 : n + 2] in (["a"], ["an"], ["the"]))
            if low[k + 1 : k + 2] and low[k + 1] in _SCHOOLS:
                candidates.append(sent.mention_at(k))  # "at a Russian facility"
        for k in range(lo + 2, t - 1):
            at = low[k - 1] == "at" or (low[k - 1] in {"the", "a"} and low[k - 2] == "at")
            if at and low[k + 1] in _SCHOOLS and (low[t - 1] in _BE or low[t - 2] in _BE):
                candidates.append(sent.mention_at(k))  # "at the Russian centre ..., soldiers were instructed"
        for m in candidates:
            if (
                m is not None
                and lo <= m.start < hi
                and (spec := self.spec(m.entity)) is not None
                and spec.type == EntityType.COUNTRY
                and (
                    low[m.start - 1 : m.start] == ["in"]
                    or low[m.start - 2 : m.start] == ["in", "the"]
                    or (m.end < len(low) and low[m.end] in _SCHOOLS)
                    # "sent officers to Russia for training"
                    or (low[m.start - 1 : m.start] == ["to"] and not _TRAVEL.isdisjoint(low[lo : m.start]))
                )
            ):
                return m
        return None

    def _trainees(self, sent: Sentence, t: int, lo: int, frame: _Frame | None, trainer: str) -> str | None:
        """Who is trained abroad: the forces of a state the clause names before ``t`` ("Malian
        officers were in Russia for training"), else of the state whose voice tells of them ("our
        soldiers", "the nation's army", said by its minister)."""
        low = sent.lower
        end = t + 2 if low[t - 1 : t] == ["-"] else t  # "its Russia-trained soldiers"
        if not any(w in _FORCE_NOUNS or w in {"army", "military", "staff", "our"} for w in low[lo:end]):
            return None  # "Russian tourists trained in Egypt": no soldiers, no military training
        for k in range(t - 1, lo - 1, -1):
            m = sent.mention_at(k)
            if m is None or m.role != "actor" or m.entity == trainer:
                continue
            spec = self.spec(m.entity)
            if spec is not None and (spec.kind == "armed-forces" or spec.type == EntityType.COUNTRY):
                return self._forces_id(m.entity)
        speaker = frame.source.entity if frame is not None and frame.source is not None else None
        if speaker is None and frame is not None:
            # "The defence minister of the Central African Republic said that ...": the state named
            speaker = next(
                (m.entity for m in sent.mentions if m.end <= frame.verb and m.role == "actor"), None
            )
        state = self._home_of(speaker)
        if state is None or state == trainer:
            # "soldiers were trained at a Russian facility in CAR": the state the school stands in
            state = next(
                (
                    m.entity
                    for m in sent.mentions
                    if m.start - 1 > 0
                    and low[m.start - 1] == "in"
                    and low[m.start - 2] in _SCHOOLS
                    and self.spec(m.entity) is not None
                    and self.spec(m.entity).type == EntityType.COUNTRY
                ),
                None,
            )
        return self._forces_id(state) if state and state != trainer else None

    def _trained_before(self, doc: _Doc, trainer: str) -> str | None:
        """Whom the article has ``trainer`` training last: the trainees of "soldiers were instructed
        at the Russian centre" after "Russia trains the Central African army"."""
        return next(
            (
                f["object"]
                for f in reversed(doc.facts)
                if f["predicate"] == "TRAINS" and f["subject"] == trainer
            ),
            None,
        )

    def _local_forces(
        self, sent: Sentence, t: int, lo: int, hi: int, trainer: str | None, frame: _Frame | None = None
    ) -> str | None:
        """ "Russian instructors are in Mali to train the army": the forces of the state the
        trainers are in, for "the army" the sentence does not name ("its forces" said by a state's
        ministry: that state's)."""
        low = sent.lower
        j = t + 1
        while j < hi and low[j] in {"the", "its", "their", "local", "national", "country's", "government"}:
            j += 1
        if j >= hi or low[j] not in {"army", "military", "troops", "soldiers", "forces", "armed"}:
            return None
        home = self._home_of(trainer)
        states = [
            m
            for m in sent.mentions
            if lo <= m.start < hi
            and m.entity != home
            and (spec := self.spec(m.entity)) is not None
            and spec.type == EntityType.COUNTRY
        ]
        if low[t + 1 : t + 2] in (["its"], ["their"]):
            # "sent advisers to Mali to train its army": the state named last before
            state = next((m.entity for m in reversed(states) if m.end <= t), None)
            if state is None and frame is not None and frame.source is not None:
                # "Taiwan's defence ministry said US troops were training its forces"
                state = self._home_of(frame.source.entity)
                state = state if state != home else None
        else:
            state = next((m.entity for m in states if m.role == "place"), None)
        return self._forces_id(state) if state else None

    def _forces_id(self, entity_id: str) -> str:
        """A state's armed forces where the tables know them, else the state (or the force itself)."""
        spec = self.spec(entity_id)
        forces = f"{entity_id}-armed-forces"
        if spec is not None and spec.type == EntityType.COUNTRY and self.spec(forces) is not None:
            return forces
        return entity_id

    def _forces_of(self, sent: Sentence, t: int, hi: int) -> str | None:
        """ "training two military units from North Korea": the armed forces of the state named after
        a word for soldiers, within a few words of the verb (the state itself if none is known)."""
        low = sent.lower
        for k in range(t + 1, min(hi, t + 7)):
            if low[k] in _FORCE_NOUNS and low[k + 1 : k + 2] in (["from"], ["of"]):
                m = sent.mention_at(k + 2)
                if m is None or m.role != "actor":
                    return None
                spec = self.spec(m.entity)
                forces = f"{m.entity}-armed-forces"
                if spec is not None and spec.type == EntityType.COUNTRY and self.spec(forces) is not None:
                    return forces
                return m.entity
            if sent.mention_at(k) is not None or low[k] in _CLAUSE_BREAKS:
                return None
        return None


def _members_of(sent: Sentence, t: int) -> Mention | None:
    """The force whose people are trained right after ``t``: "to train members of the Somali army"."""
    low = sent.lower
    k = t + 1 + (low[t + 1 : t + 2] in (["the"], ["some"], ["hundreds"], ["thousands"]))
    if low[k : k + 2] not in ([w, "of"] for w in _FORCE_PEOPLE):
        return None
    m = _mention_from(sent, k + 2)
    return m if m is not None and m.role == "actor" else None


def _with_help_of(sent: Sentence, t: int, hi: int) -> Mention | None:
    """The helper in "(trained) with the support/help/assistance of X" after ``t``."""
    low = sent.lower
    for k in range(t + 1, min(hi, t + 6) - 2):
        if (
            low[k] == "with"
            and low[k + 1 : k + 2] == ["the"]
            and low[k + 2 : k + 4] in ([w, "of"] for w in ("support", "help", "assistance"))
        ):
            m = _mention_from(sent, k + 4)
            return m if m is not None and m.role == "actor" else None
    return None


def _ordered_to(low: list[str], t: int) -> bool:
    """Whether "instructed" at ``t`` orders ("instructed the fighters to execute the operation")
    rather than teaches ("were instructed in how to fight").

    >>> _ordered_to(["instructed", "the", "unit", "to", "buy"], 0), _ordered_to(["instructed", "in", "how", "to"], 0)
    (True, False)
    """
    k = next((k for k in range(t + 1, min(len(low), t + 14)) if low[k] == "to"), None)
    return k is not None and "how" not in low[t + 1 : k] and "in" not in low[t + 1 : t + 2]


def _state_named(sent: Sentence, j: int) -> Mention | None:
    """A state named as a place at ``j`` ("trainers have arrived in Burkina Faso"): where they are posted."""
    m = sent.mention_at(j + (sent.lower[j : j + 1] == ["the"]))
    return m if m is not None and m.role == "place" and m.type == EntityType.COUNTRY else None
