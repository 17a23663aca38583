"""Stance, step 3 of every sentence: asserted, reported or hypothetical claims, denials (never a
positive fact), confirmations and vouching for a report.
"""

from __future__ import annotations

from typing import Any

from graph.ontology import Stance

from ..mentions import Mention, Sentence
from .clauses import (
    _entity,
    _mention_from,
    _named_subject,
    _no_subject,
    _not_to,
    _passive,
    _possessive,
    _training_given,
)
from .state import _Doc, _Frame
from .vocabulary import (
    _ACCUSE_VERBS,
    _ACCUSED,
    _AIMED,
    _ALLEGING,
    _ANSWERING,
    _ARMS_NOUNS,
    _ASIDE,
    _ASKERS,
    _ASKINGS,
    _AUXILIARIES,
    _BE,
    _BELIEVED,
    _CALLS,
    _CEASE,
    _CLAIM_NOUNS,
    _CLAUSE_BREAKS,
    _CLAUSE_WORDS,
    _CONFIRM,
    _CONFIRM_VERBS,
    _DENIAL_CUES,
    _DENIAL_NOUNS,
    _DENIAL_WORDS,
    _DENIED_OPENERS,
    _DENY,
    _DETER,
    _DETERMINERS,
    _EVIDENCE,
    _GOVERNMENT_BODIES,
    _HAPPEN,
    _HEARSAY,
    _HOLD_UP,
    _HYPOTHETICAL,
    _IMPOSSIBLE,
    _INSTEAD,
    _JUDGING,
    _KEPT,
    _NAYS,
    _NEGATION,
    _NOMINAL,
    _NOT_NONE,
    _PERMITS,
    _PREPOSITIONS,
    _PROMISES,
    _QUOTES,
    _RECEIVE,
    _REFUSALS,
    _RELY,
    _REPORTED,
    _REPROACHES,
    _SACKED,
    _SAY,
    _SCORN,
    _SELLERS,
    _SHOWN,
    _SPREAD,
    _STORIES,
    _TRUE,
    _TRUTHS,
    _URGE,
    _URGING,
    _WARNINGS,
)

__all__ = ["StanceRules"]

# the words of a sentence that may deny: a verb or word of denial, a denial noun, an answer to a report
_DENIAL_READ = _DENIAL_CUES | _ANSWERING | _DENIAL_NOUNS


class StanceRules:
    """Gives each claim its stance and adds the DENIES, CONFIRMS and REPORTS of it."""

    def _stances(
        self,
        sent: Sentence,
        frames: list[_Frame],
        claims: list[tuple[int, dict[str, Any]]],
        doc: _Doc,
    ) -> None:
        low = sent.lower
        denials = self._denials(sent, frames, doc) if not _DENIAL_READ.isdisjoint(sent.vocab) else []
        denied_here: set[tuple[str, str]] = set()  # what this sentence denies: nothing in it restates it
        nay = not _NAYS.isdisjoint(sent.vocab)  # a word of none or not: the readings of refusal apply
        suppliers = {f["subject"] for _, f in claims}
        for _t, fact in claims:
            start, stop, end, trig = fact.pop("_span")
            planned = fact.pop("_planned", False)
            called_off = fact.pop("_called_off", False)  # "halted exports of security equipment to Bahrain"
            held = fact.pop("_held", False)  # arms a state holds, told as a fact
            frame = self._frame_of(frames, trig)
            speaker = _outermost(self._speaker_frame(frames, trig) or frame)
            source = _entity(speaker.source) if speaker and speaker.source else None
            sources = [source, *(m.entity for m in speaker.also if m.entity != source)] if source else []
            outlet = speaker.outlet.entity if sources and speaker is not None and speaker.outlet else None
            if (
                source is None
                and speaker is not None
                and (voice := self._official_voice(sent, speaker, fact, doc, trig))
            ):
                source, sources = voice, [voice]  # "..., an official statement said": the state's
            if fact.pop("_own_voice", False) and fact["subject"] in sources:
                source, sources = fact["subject"], [fact["subject"]]  # each of the speakers of itself
            window = _modal_window(low, start, stop, trig, frame)
            covering = [d for d in denials if self._covers(sent, d, trig, frame)]
            if len(covering) > 1 and {self._home_of(d[1]) for d in covering} <= suppliers:
                # "officials in Italy, Poland and Norway denied plans to provide arms": each denies its own
                covering = [d for d in covering if self._home_of(d[1]) == fact["subject"]] or covering
            denial = covering[0] if covering else None
            excluded = _excluded(sent, trig, end) if nay else {}
            if source is not None and fact["predicate"] == "SUPPLIES" and self._party(source, fact):
                # "Seoul said the shells it sells to Washington are only for US forces, not for
                # Ukraine": the speaker denies the supply to the one excluded
                for other, k in excluded.items():
                    if other != fact.get("object") and other != fact["subject"] and self._actor(other):
                        refused = {**fact, "object": other, "stance": Stance.REPORTED.value}
                        refused.pop("attributed_to", None)
                        rid = self._add(doc, refused, sent)
                        self._deny(doc, sent, (k, source, self._relayed(sent, frames, frame, source)), rid)
            demanded = _told_not_to(low, trig)  # "urged Iran not to send": a demand, never a denial
            negated = not demanded and self._negated(sent, fact, trig, stop, end, source, nay, excluded)
            evidence = _no_evidence(low, trig, frame, negated)
            if (
                evidence
                and denial is None
                and source is not None
                and not {"evidence", "proof"}.isdisjoint(low[max(0, trig - 16) : trig])
                and self._accused(sent, source, fact, trig, end)
            ):
                # "Iran's defence minister said Ukraine has not presented any evidence that Russia used
                # Iranian drones": no evidence, from the side accused, is a denial
                denial = (trig, source, self._relayed(sent, frames, frame, source))
                evidence = False
            if (
                denial is None
                and negated
                and not evidence
                and (
                    fact["predicate"] == "SUPPLIES"
                    # "the army said it does not use Israeli drones": a party's own denial
                    or (source is not None and self._party(source, fact))
                    # "Putin claims it was the rebels and not the military who used poison gas"
                    or (source is not None and _set_aside(sent, fact["subject"], trig))
                )
                and not any(w in {"should", "must", "ought"} for w in low[max(0, trig - 5) : trig])
            ):  # "weapons should no longer be transferred": a demand, not a denial
                # "Egypt did not buy jets from Russia": the buyer, the negated verb's subject, says so
                receipt = (
                    fact["predicate"] == "SUPPLIES"
                    and (low[trig] in _RECEIVE or low[trig] in _RELY)
                    # "these drone purchases" were by private companies: the seller's state says so
                    and not _private_sellers(sent)
                )
                who = source or (fact["object"] if receipt else fact["subject"])
                denial = (trig, who, self._relayed(sent, frames, frame, who))
                denied_here.add((fact["subject"], fact.get("object")))
            if denial is None and (fact["subject"], fact.get("object")) in denied_here:
                continue  # "a decision not to deliver weapons ... under new export requests": no second claim
            if denial is not None and "_refers" in fact:
                # "denied the transfer": the claim made earlier is denied, no new one is made
                for d in covering or [denial]:
                    if d[1]:
                        self._deny(doc, sent, d, fact["_refers"])
                continue
            if denial is not None and not denial[1]:
                fact["stance"] = Stance.DENIED.value
                self._add(doc, fact, sent)
                continue
            hypothetical = (
                evidence
                or demanded
                or planned
                or called_off
                # "denied supplying any drones": "any" only widens what is denied
                or any(w in _HYPOTHETICAL and (denial is None or w not in {"any", "yet"}) for w in window)
                or (self._refers_to_plan(doc, fact) and _named_subject(sent, trig, present=True))
                or _asked_for(low, trig, frame)
                or _approved(low, trig)
                # "the delivery of UAVs from China to Russia, if confirmed, would be": a condition
                or any(
                    low[k] == "if" and low[k + 1] in _CONDITIONS
                    for k in range(trig + 1, min(len(low) - 1, end, trig + 12))
                )
                or _undelivered(low, trig)
                # "The delivery was postponed due to sanctions", "the sale has been delayed": held up;
                # "the delivery contract is expected to be accomplished by 2020": still to come
                or any(
                    low[k - 1] in _BE
                    and (
                        low[k] in _HOLD_UP
                        # (of a noun of supply: "the F-16s received are expected to enhance" were received)
                        or (low[k] in _TO_COME and low[k + 1 : k + 2] == ["to"] and low[trig] in _NOMINAL)
                    )
                    for k in range(trig + 2, min(len(low), end, trig + 12))
                )
                # "warned Israel against supplying weapons", "Were Iran to proceed with providing missiles"
                or (low[trig - 1 : trig] == ["against"] and low[trig].endswith("ing"))
                or _inverted_condition(low, trig)
                # "have shown interest in buying Bayraktar TB2s": a wish, not a purchase
                # (never "has no interest in prolonging the war by supplying weapons")
                or any(
                    low[k : k + 2] == ["interest", "in"] and low[k - 1 : k] not in (["no"], ["little"])
                    for k in range(max(0, trig - 8), trig)
                )
                # "two more Phalcons were to arrive by mid 2010", "Russia is to supply S-400s": to come
                or (low[trig - 2 : trig] in (["is", "to"], ["are", "to"], ["was", "to"], ["were", "to"]))
                # "Norway is due to supply 23 jets", "the second batch is due to arrive in 2013"
                or (low[trig - 2 : trig] == ["due", "to"] or low[trig - 4 : trig - 1] == ["is", "due", "to"])
                # "the number of aircraft to be delivered", never "the first of 20 to be donated have left"
                # (nor "not meant to be delivered to Israel": a denial)
                or (
                    low[trig - 2 : trig] == ["to", "be"]
                    and "first" not in low[max(0, trig - 12) : trig]
                    and low[trig - 3 : trig - 2] not in (["meant"], ["intended"], ["supposed"], ["designed"])
                )
            )
            # "wants to replace its ageing fleet of jets": a fleet the state holds is there, whatever it plans
            hypothetical = hypothetical and not held
            told = self._told_here(doc, fact, denial) if denial is not None else None
            if told is not None:
                # "Officials said Russia received Iranian drones, though Tehran has denied the sale": the
                # claim the sentence has just reported is the one denied, not a second one
                for d in covering or [denial]:
                    self._deny(doc, sent, d, told)
                continue
            if denial is not None:
                # what is denied is never positive: reported, or hypothetical ("denied plans to supply")
                fact["stance"] = Stance.HYPOTHETICAL.value if hypothetical else Stance.REPORTED.value
                if (
                    source
                    and speaker is not denial[2]
                    and source not in {denial[1], *(d[1] for d in covering)}
                ):
                    fact["attributed_to"] = sources  # "denied U.S. and South Korean claims that ..."
                fid = self._add(doc, fact, sent)
                for d in covering or [denial]:
                    self._deny(doc, sent, d, fid)
                continue
            self._plain_stance(sent, fact, trig, end, frame, sources, hypothetical)
            if (
                outlet
                and fact["stance"] in _TOLD_STANCES
                and outlet not in fact.get("attributed_to", [outlet])
            ):
                fact["attributed_to"].append(outlet)  # "Kirby told CNN": CNN reports what he said, too
            fid = self._add(doc, fact, sent)
            if fact["predicate"] == "SUPPLIES" and _training_given(low, trig, end):
                self._add(doc, {**fact, "predicate": "TRAINS", "weapons": []}, sent)
            fact["_id"] = fid
        self._earlier_denied(sent, frames, claims, denials, doc)
        if low[:3] == ["this", "was", "stated"] and doc.last_denial and frames and frames[0].source:
            claim, _ = doc.last_denial
            self._deny(doc, sent, (0, _entity(frames[0].source), None), claim)

    def _negated(
        self,
        sent: Sentence,
        fact: dict[str, Any],
        trig: int,
        stop: int,
        end: int,
        source: str | None,
        nay: bool,
        excluded: dict[str, int],
    ) -> bool:
        """Whether the claim at ``trig`` is said not to be: a negation in the three words before
        (quotation marks aside: "never had 'arms dealings'"), a supply ruled out, impossible or
        never happened, a charge not made; with a word of none or not, the readings of refusal."""
        low = sent.lower
        before = _before_aim(low, trig)
        return (
            # "has not been sending enough aid": a complaint of too little, not a denial
            (
                any(w in _NEGATION or w == "neither" for w in before[-3:])
                and low[trig + 1 : trig + 2] != ["enough"]
                # a party's own policy for what is to come: "Germany will not export any more weapons to
                # Turkey, Maas said" (not a third party's: "Russia will not supply weapons to any other
                # side," the Azerbaijani ministry said, denying it)
                and not (source is not None and self._party(source, fact) and _refused_ahead(before))
                # "will not allow Spain to transfer the guns": a permit withheld, no claim denied
                and not _permit_withheld(before)
            )
            or _ruled_out(low, trig)
            or _no_subject(low, trig)
            or _no_permit(low, trig)
            or _never_happened(low, trig)
            or _negated_means(low, trig)
            or (not _ACCUSE_VERBS.isdisjoint(sent.vocab) and _not_accused(low, trig))
            or (not _IMPOSSIBLE.isdisjoint(sent.vocab) and _impossible(low, trig))
            or _set_aside(sent, fact["subject"], trig)
            or ("alone" in sent.vocab and _let_alone(low, trig))
            or (_private_sellers(sent) and self._state_of(fact["subject"]) == fact["subject"])
            or (
                nay
                and (
                    _none_given(low, trig, stop)
                    or _yet_to_any(low, trig)
                    or (source is not None and _not_arms(sent, trig, end) and self._party(source, fact))
                    or (source is not None and _not_shown(low, trig))
                    or fact.get("object") in excluded
                )
            )
        )

    def _plain_stance(
        self,
        sent: Sentence,
        fact: dict[str, Any],
        trig: int,
        end: int,
        frame: _Frame | None,
        sources: list[str],
        hypothetical: bool,
    ) -> None:
        """The stance of a claim no one denies: hypothetical, asked, not yet confirmed, confirmed by
        the party it is about (or a frame of confirming), reported by its sources or by hearsay, or
        the article's own."""
        low = sent.lower
        source = sources[0] if sources else None

        if hypothetical:
            fact["stance"] = Stance.HYPOTHETICAL.value
            if source:
                fact["attributed_to"] = sources
        elif "?" in sent.vocab and _asked(
            low, trig
        ):  # "Did Iran send drones to Russia?": asked, never stated
            fact["stance"] = Stance.REPORTED.value
            if source:
                fact["attributed_to"] = sources
        elif _unconfirmed(low, frame):
            # "The Netherlands has not yet confirmed the delivery": told of, not confirmed (nor denied)
            fact["stance"] = Stance.REPORTED.value
        elif (
            source
            and (frame.confirms or self._party(source, fact) or self._relays_own(source, frame, fact))
            and not any(w in {"neither", "nor"} for w in low)
            # "how is Iran able to ... supposedly sell arms?": hearsay in its mouth confirms nothing,
            # nor does a statement itself only hearsay ("Lutsenko reportedly wrote that ...")
            and _HEARSAY.isdisjoint(low[max(0, trig - 3) : trig])
            and (frame is None or _HEARSAY.isdisjoint(low[max(0, frame.verb - 2) : max(0, frame.verb)]))
            # "Minsk said reports that it had sent tanks were exaggerated": the reports' claim
            and not any(
                low[k] in _CLAIM_NOUNS and low[k + 1] == "that" for k in range(max(0, trig - 8), trig)
            )
        ):
            fact["stance"] = Stance.CONFIRMED.value
            fact["attributed_to"] = sources
        elif source:
            fact["stance"] = Stance.REPORTED.value
            fact["attributed_to"] = sources
        elif frame is not None and frame.confirms and not frame.hearsay:
            fact["stance"] = Stance.CONFIRMED.value  # "a senior official confirmed that ..."
        elif frame is not None:
            fact["stance"] = Stance.REPORTED.value  # "they said", "according to state media"
        elif (
            any(w in _REPORTED for w in low[max(0, (frame.start if frame else 0)) : trig])
            or not _HEARSAY.isdisjoint(low[trig:end])  # "these transfers are allegedly managed by ..."
            # "Iran is believed to have sent drones", "is said to have supplied"
            or any(low[k] in _BELIEVED and low[k + 1] == "to" for k in range(max(0, trig - 4), trig - 1))
        ):
            fact["stance"] = Stance.REPORTED.value
        else:
            fact["stance"] = Stance.ASSERTED.value

    def _earlier_denied(
        self,
        sent: Sentence,
        frames: list[_Frame],
        claims: list[tuple[int, dict[str, Any]]],
        denials: list[tuple[int, str, _Frame | None]],
        doc: _Doc,
    ) -> None:
        """Denials of a claim made earlier, which cover no claim of this sentence: "denied the
        transfer", "The claim of sending ... is baseless"."""
        for d in denials:
            if _denies_a_clause(sent.lower, d[0]):
                continue  # "denies it has violated sanctions": about something else
            if not any(self._covers(sent, d, t, self._frame_of(frames, t)) for t, _ in claims):
                claim = self._last_claim(doc)
                if claim is not None:
                    self._deny(doc, sent, d, claim)

    def _told_here(
        self, doc: _Doc, fact: dict[str, Any], denial: tuple[int, str, _Frame | None]
    ) -> str | None:
        """The id of the same supply reported earlier in this sentence by someone other than the
        denier, which the denial is of (an admission of the denier's own is left alone)."""
        if fact["predicate"] != "SUPPLIES" or not denial[1]:
            return None
        for f in doc.facts[doc.sentence_start :]:
            if (
                f["predicate"] == "SUPPLIES"
                and (f["subject"], f.get("object")) == (fact["subject"], fact.get("object"))
                and f["stance"] == Stance.REPORTED.value
                and f.get("attributed_to")
                and denial[1] not in f["attributed_to"]
            ):
                return f["id"]
        return None

    def _refers_to_plan(self, doc: _Doc, fact: dict[str, Any]) -> bool:
        """ "The sale is meant to ..." after "cleared a possible sale": a supply still to come is
        still to come when spoken of again in the present."""
        if "_refers" not in fact:
            return False
        for earlier in reversed(doc.recent_supplies()):
            if earlier.get("id") == fact["_refers"]:
                return earlier["stance"] == Stance.HYPOTHETICAL.value
        return False

    def _denials(
        self, sent: Sentence, frames: list[_Frame], doc: _Doc
    ) -> list[tuple[int, str, _Frame | None]]:
        low = sent.lower
        found = []
        if "neither" in low:
            return found
        if not _ANSWERING.isdisjoint(sent.vocab) and (answer := _answers_report(low)) is not None:
            # "Qin Gang denied it ... He was responding to a report which said ...": the report is
            # the claim just denied, and its denier denies it again
            before = [f for f in doc.facts[-8:] if f["predicate"] == "DENIES"]
            if before:
                found.append((answer, before[-1]["subject"], None))
        for d, word in enumerate(low):
            if word in _DENIAL_NOUNS and (denier := self._denial_by(sent, d)) is not None:
                # "... a UN group of experts said, despite reiterated denials by Kigali"
                found.append((d, denier, None))
                continue
            if word == "involvement" and low[max(0, d - 2) : d] == ["non", "-"]:
                # "despite China's claims of non-involvement": a denial by the claims' maker of the
                # article's claim (not by the speaker: "its leadership's claims of non-involvement")
                k = d - 3
                if (
                    k >= 3
                    and low[k] == "of"
                    and low[k - 1] in {"claims", "claim"}
                    and low[k - 2] in {"’s", "'s"}
                ):
                    maker = sent.mention_at(k - 3)
                    if maker is not None and maker.role == "actor":
                        found.append((d, maker.entity, None))
                continue
            untrue = (
                (word in _TRUTHS and any(w in _NEGATION or w == "without" for w in low[max(0, d - 2) : d]))
                or (word in {"provocation", "provocations"} and not _CLAIM_NOUNS.isdisjoint(sent.vocab))
                # "the reports were absurd", "dismissed them as rumours": judged, not "amid rumours that"
                or (word in _SCORN and any(w in _BE or w in _JUDGING for w in low[max(0, d - 3) : d]))
            )  # "there was no truth to reports that ...", "the reports were not true", "had no basis"
            if word not in _DENY and word not in _DENIAL_WORDS and word != "warfare" and not untrue:
                continue
            if word in {"disputes", "disputed"} and _disputes_named(sent, d):
                continue  # "relations punctuated by border disputes", "the disputed islands"
            frame = self._frame_of(frames, d)
            if frame is not None and low[frame.verb] in _CLAIM_NOUNS and low[frame.verb - 1] in _ASIDE:
                frame = None  # "denied ..., despite reports from UN experts": they report the claim, not the denial
            if frame is not None and low[frame.verb] in _ALLEGING and low[frame.verb - 1] == "as":
                # "denies supplying weapons, as alleged by Riyadh": Riyadh alleges, Tehran denies
                frame = None
            if word in _DENY and not _NEGATION.isdisjoint(low[max(0, d - 2) : d]):
                continue  # "did not deny the accusations"
            if word in _DENY and low[max(0, d - 2) : d] in (["confirm", "or"], ["confirmed", "or"]):
                continue  # "refused to confirm or deny": neither, the claim left open (hypothetical)
            if word in _DENY and "knowledge" in low[d + 1 : d + 3]:
                continue  # "denied knowledge of the talks": they say they do not know, not that it is false
            if word in _DENY and _warnings_brushed(sent, d):
                continue  # "shrugged off Beijing's warnings": the sale goes on, nothing is denied
            if word in {"dismissed", "dismisses", "dismiss"} and not _SACKED.isdisjoint(low[d + 1 : d + 4]):
                continue  # "Gyanendra dismissed the government": sacked it, denied nothing
            if word in _DENY and _refused(sent, d):
                continue  # "rejected Kyiv's request for Taurus missiles": a refusal, not a denial
            if word in _DENY and low[d - 2 : d] in (["what", "it"], ["which", "it"], ["what", "they"]):
                # "tore into the US for what it dismissed as false claims": the sentence's subject
                denier = self._subject_before(sent, d)
                if denier is not None:
                    found.append((d, _entity(denier), frame))
                    continue
            adverb = d + 1 < len(low) and (low[d + 1] in {"again", "also"} or low[d + 1].endswith("ly"))
            by = d + 1 + adverb
            if (
                word in _DENY
                and low[by : by + 1] == ["by"]
                and not _BE.isdisjoint(low[max(0, d - 2) : d])
                and (agent := self._after_word(sent, d, min(len(low), by + 5), {"by"})) is not None
            ):
                # "These rumours were rejected by the Ministry", "it was dismissed again by Tehran"
                found.append((d, agent.entity, frame))
                continue
            if word in _DENY and (k := _shared_subject(sent, d)) is not None:
                # "Iran summoned Hungary's ambassador and denied ...": the first verb's subject denies
                denier = self._subject_before(sent, k)
                if denier is not None:
                    found.append((d, _entity(denier), frame))
                    continue
            if word in _DENY:
                denier = self._left(
                    sent,
                    d,
                    frame.start if frame else 0,
                    {id(frame.source)} if frame and frame.source else set(),
                )
                if denier is None and "they" in low[max(0, d - 3) : d]:
                    denier = doc.last_group  # "they resolutely refuted it": the state or body named last
                if denier is None and frame is not None:
                    denier = frame.inner or frame.source
                if (
                    denier is None
                    and _NEGATION.isdisjoint(low[max(0, d - 3) : d])
                    and low[d + 1 : d + 2]
                    and (low[d + 1] in _DENIED_OPENERS or low[d + 1].endswith("ing"))
                ):
                    # "A source close to the Kremlin denied ...", "Diplomats denied ...": whoever the
                    # words before the verb name, else the accused (the claim's subject); never no
                    # denier, which would leave the denied claim standing as a fact
                    denier = next(
                        (m for m in reversed(sent.mentions) if m.end <= d and m.role == "actor"), _ACCUSED
                    )
                if denier is not None:
                    found.append((d, _entity(denier), frame))
                    if isinstance(denier, Mention):  # "Both Pyongyang and Moscow have denied ..."
                        found += [(d, m.entity, frame) for m in self._listed_before(sent, denier)]
            elif (
                word in _DENIAL_WORDS or untrue or (word == "warfare" and d and low[d - 1] == "psychological")
            ):
                if any(w in _DENY for w in low[max(0, d - (5 if untrue else 3)) : d]):
                    continue  # "denied as untrue": the verb's denial already
                if self._spread_judged(low, d, frames):
                    continue
                # who judges: a speaker (not the maker of the claim judged: "untrue American claims")
                speaking = [x for x in frames if low[x.verb] not in _CLAIM_NOUNS]
                judging = [x for x in speaking if x.start <= d < x.end or x.verb > d]
                # one with a speaker first: "Reports alleging that ... are not true, Denisov said"
                f = next((x for x in judging if x.source is not None), judging[0] if judging else None)
                speaker = (f.inner or f.source) if f else None
                calls = next((k for k in range(d - 1, -1, -1) if low[k] in _CALLS), None)
                if speaker is None and calls is not None:  # "X called the reports ... a fake"
                    speaker = self._left(sent, calls, 0, set())
                if speaker is None and f is None:  # "X called the reports ... a fake" without "called"
                    speaker = next(
                        (
                            m
                            for m in sent.mentions
                            if m.role == "actor" and (m.start == 0 or low[m.start - 1] not in _PREPOSITIONS)
                        ),
                        None,
                    )
                # No one to deny it: the claim is still never positive (stance "denied").
                found.append((d, _entity(speaker) if speaker else "", f))
        return [(d, who, self._relayed(sent, frames, f, who)) for d, who, f in found]

    def _denial_by(self, sent: Sentence, d: int) -> str | None:
        """Whose the denial noun at ``d`` is: "denials by Kigali", "Rwanda's denials"."""
        low = sent.lower
        k = d + 1
        if low[k : k + 1] == ["by"]:
            m = _mention_from(sent, k + 1)
        else:
            j = d - 1
            while j > 0 and low[j] in {"repeated", "reiterated", "strong", "flat", "angry", "official"}:
                j -= 1
            m = sent.mention_at(j - 1) if low[j : j + 1] in (["’s"], ["'s"]) else sent.mention_at(j)
        return m.entity if m is not None and m.role in {"actor", "origin"} else None

    @staticmethod
    def _spread_judged(low: list[str], d: int, frames: list[_Frame]) -> bool:
        """Whether the denial word at ``d`` is the writer's judgement of a story someone spread
        ("spread fake information that ..."): no one in the sentence denies it."""
        return any(
            low[x.verb] in _STORIES
            and d < x.verb
            and all(w in _DENIAL_WORDS for w in low[d : x.verb])
            and low[d - 1] in _SPREAD
            for x in frames
        )

    def _relayed(self, sent: Sentence, frames: list[_Frame], f: _Frame | None, who: str) -> _Frame | None:
        """ "..., the diplomat said, according to KCNA", "Peskov said as cited by Interfax": the
        frame of the one who relays the denier's words, when one covers the denier's verb."""
        if f is None or f.verb < 0:
            return f
        low = sent.lower
        relays = [
            g
            for g in frames
            if g is not f
            and g.source is not None
            and g.source.entity != who
            and (g.start <= f.verb < g.end or g.verb == f.verb)
            and (
                low[g.verb] == "according"
                or low[g.verb - 1 : g.verb] == ["as"]
                or (low[g.verb] in {"quoted", "cited"} and low[g.verb + 1 : g.verb + 2] == ["by"])
                # "..., Qashqavi told reporters, the Fars news agency reports": an outlet relays it
                or (g.verb > f.verb and self._outlet(g.source.entity))
            )
        ]
        return relays[0] if relays else f

    def _covers(
        self, sent: Sentence, denial: tuple[int, str, _Frame | None], t: int, frame: _Frame | None
    ) -> bool:
        """Whether the denial at ``denial[0]`` is about the claim whose trigger is at ``t``."""
        d, _, dframe = denial
        if sent.lower[d] == "involvement":
            return False  # claims of non-involvement deny the claim made before, not one in the sentence
        if (
            dframe is not None
            and frame is not None
            and dframe is not frame
            and not dframe.start <= t < dframe.end
        ):
            return False
        if sent.lower[d] in _DENY:
            # a denial verb denies what follows it, up to what its speaker goes on to say instead
            # ("denies selling drones, insisting that it only shipped a few before the war") or the
            # end of the relative clause it is in ("Iran, which denies arming the Houthis, sent ...")
            return (
                d < t
                and not self._says_instead(sent.lower, d, t)
                and not _in_closed_relative(sent.lower, d, t)
            )
        return True

    def _says_instead(self, low: list[str], d: int, t: int) -> bool:
        """Whether between a denial at ``d`` and a claim at ``t`` the speaker goes on to admit less
        ("..., insisting that it only shipped a few", "...; but said it had sold some"): a new
        statement with a supply verb of its own and a word of contrast. A statement of principle
        after a denial ("denied the transfer, stating that the provision of arms is inhumane")
        is still covered by it."""
        if low[t] in _NOMINAL or _INSTEAD.isdisjoint(low[d + 1 : t]):
            return False
        for k in range(d + 1, t):
            if low[k] in {";", "but"} and not _SAY.isdisjoint(low[k + 1 : t]):
                return True
            if low[k] == "," and k + 1 < t and low[k + 1] in _SAY and low[k + 1].endswith("ing"):
                return True
        return False

    def _deny(self, doc: _Doc, sent: Sentence, denial: tuple[int, str, _Frame | None], claim: str) -> None:
        d, denier, frame = denial
        if denier == _ACCUSED:
            denier = next((f["subject"] for f in reversed(doc.facts) if f["id"] == claim), denier)
        if frame is not None and 0 <= frame.verb < d and _writers_aside(sent.lower, frame.verb, d):
            frame = None  # "US officials say Russia sent tanks, which Moscow denies": the writer says so
        relay = _entity(frame.source) if frame and frame.source else None
        if (
            frame is not None
            and relay == denier
            and frame.outlet is not None
            and sent.lower[frame.verb] in {"quoted", "cited"}
        ):
            relay = frame.outlet.entity  # "IRNA quoted Kanani as saying ...": the agency reports his denial
        if (
            relay
            and relay != denier
            and (frame.verb < 0 or _in_quotation(sent.lower, d))
            and self._speaks_for(relay, denier)
        ):
            # "“We strongly reject the claims,” Kanani said": in their own words, the official's denial
            denier = relay
        fact: dict[str, Any] = {"predicate": "DENIES", "subject": denier, "claim": claim}
        if relay and relay != denier:
            fact["stance"] = Stance.REPORTED.value
            fact["attributed_to"] = [relay]
        elif frame is not None and (frame.hearsay or frame.source is None):
            fact["stance"] = Stance.REPORTED.value  # "... X said, according to state media"
        else:
            fact["stance"] = Stance.ASSERTED.value
        if self._actor(denier):
            self._add(doc, fact, sent)
            doc.last_denial = (claim, sent.text)

    def _relays_own(self, source: str, frame: _Frame | None, fact: dict[str, Any]) -> bool:
        """ "Sid Ahmad said Khartoum declared that it had sent arms": a speaker relaying a party's own
        word about its supplies confirms them, unless the speaker is an outlet or another state's."""
        inner = _entity(frame.source) if frame is not None and frame.source is not None else None
        if inner is None or inner == source or not self._party(inner, fact):
            return False
        spec, state = self.spec(source), self._state_of(inner) or inner
        return spec is not None and spec.kind != "media" and spec.country in (None, state)

    def _party(self, source: str, fact: dict[str, Any]) -> bool:
        if fact["predicate"] not in {"SUPPLIES", "USES", "TRAINS"}:
            return False
        spec = self.spec(source)
        if spec is None or spec.kind == "media":
            return False
        # the supplier, or the recipient ("we have received"); the user of arms ("we are using")
        parties = {fact["subject"]} if fact["predicate"] == "USES" else {fact["subject"], fact["object"]}
        # "the Egyptian armed forces": Egypt (a state's own bodies, never a group on its soil)
        parties |= {
            self._state_of(p)
            for p in parties
            if (spec_p := self.spec(p)) is not None
            and spec_p.kind in {"armed-forces", "company", *_GOVERNMENT_BODIES}
        }
        # an armed group speaks for itself, not for the state it is in; its leader for it ("Hezbollah
        # leader Hassan Nasrallah said the Assad regime provided Hezbollah with the rockets")
        return (
            source in parties
            or (spec.kind != "armed-group" and spec.country in parties)
            or not parties.isdisjoint(self.bodies_of.get(source, ()))
        )

    def _accused(self, sent: Sentence, source: str, fact: dict[str, Any], trig: int, end: int) -> bool:
        """Whether ``source`` speaks for a side of the claim: a party of it, or the state its arms
        come from ("Russia has used Iranian military drones": Iran's)."""
        home = self._home_of(source)
        if home is None:
            return False
        if self._party(source, fact):
            return True
        inside = [m for m in sent.mentions if trig < m.start < end]
        return any(
            m.role == "weapon"
            and (
                m.origin == home
                # "Iranian military drones": the state's forces named before the arms
                or any(
                    a.end == m.start and a.role == "actor" and self._state_of(a.entity) == home
                    for a in inside
                )
            )
            for m in inside
        )

    def _confirmations(self, sent: Sentence, doc: _Doc) -> None:
        """ "an EU spokesman confirming the report": a CONFIRMS of the claim reported."""
        low = sent.lower
        for k, word in enumerate(low):
            if word not in _CONFIRM_VERBS or not _REFUSALS.isdisjoint(low[max(0, k - 3) : k]):
                continue
            j = k + 1 + (k + 1 < len(low) and low[k + 1] in _DETERMINERS)
            here = [f for f in doc.facts[doc.sentence_start :] if f["predicate"] == "SUPPLIES"]
            # "Heger, who is on his way to Kyiv, has confirmed": the one before the relative clause
            confirmer = self._speaker_before_relative(sent, k) or next(
                (
                    m
                    for m in reversed(sent.mentions)
                    if m.role == "actor" and m.end <= k and k - m.end <= 2 and "," not in low[m.end : k]
                ),
                None,
            )
            if k > 0 and low[k - 1] in _BE and low[k + 1 : k + 2] == ["by"]:
                # "The transfer was confirmed by US officials": the one after "by"
                confirmer = _mention_from(sent, k + 2)
            elif (j >= len(low) or low[j] not in _CONFIRMED) and (
                here or j >= len(low) or low[j] not in _NOMINAL  # "confirmed the deliveries"
            ):
                continue
            claim = here[-1]["id"] if here else self._last_claim(doc)
            if here and confirmer is not None and confirmer.entity in here[-1].get("attributed_to", []):
                continue  # "Iran confirmed it had sent drones": the claim is already its confirmation
            if confirmer is not None and claim is not None:
                fact = {
                    "predicate": "CONFIRMS",
                    "subject": confirmer.entity,
                    "claim": claim,
                    "stance": "asserted",
                }
                self._add(doc, fact, sent)

    def _vouches(self, sent: Sentence, frames: list[_Frame], doc: _Doc) -> None:
        """ "The Pentagon said the report was accurate": a CONFIRMS of the claim reported before."""
        low = sent.lower
        for k, word in enumerate(low):
            if word not in _TRUE or k < 3 or low[k - 1] not in _BE or low[k - 2] not in _CLAIM_NOUNS:
                continue
            frame = next((f for f in frames if f.source is not None and f.verb < k - 2), None)
            claim = self._last_claim(doc)
            if frame is None or frame.source is None or claim is None or doc.facts[doc.sentence_start :]:
                continue
            if not _NEGATION.isdisjoint(low[max(0, k - 5) : k]):
                continue  # "said the reports were not accurate": the denial rules read it
            self._add(
                doc,
                {
                    "predicate": "CONFIRMS",
                    "subject": frame.source.entity,
                    "claim": claim,
                    "stance": "asserted",
                },
                sent,
            )


# what a confirmation confirms of the claim told before: "confirmed the report", "has confirmed the information"
_CONFIRMED = _STORIES | {"claim", "allegation", "it", "this"}
# what an outlet told a claim relays: a report or a plan, never a confirmation or denial of its own
_TOLD_STANCES = frozenset([Stance.REPORTED.value, Stance.HYPOTHETICAL.value])
# "approved the sale of", "cleared a $4 billion package", "notified Congress of a possible sale"
_APPROVALS = frozenset(
    [
        *("approved", "approves", "approve", "approving", "cleared", "clears", "notified"),
        *("authorized", "authorised", "authorizes", "authorises"),
        # "will not allow Spain to transfer two guns to Ukraine": a permit, given or withheld
        *("allow", "allows", "allowing", "permitting"),
    ]
)
_APPROVED_SUPPLIES = frozenset(
    [
        *("sale", "sales", "deal", "deals", "package", "packages", "purchase", "purchases"),
        *("sending", "supplying", "delivering", "selling", "transferring", "send", "supply", "sell"),
        *("deliver", "provide", "providing"),  # "Diehl has been approved to deliver 16 systems"
        # "approved the delivery to Ukraine of", "approved arming the YPG" (never a year's "approved
        # arms exports worth 326 million euros": licences granted, the exports made)
        *("delivery", "deliveries", "donation", "donations", "transfer", "transfers", "export", "arming"),
        *("shipment", "shipments"),
    ]
)
# where an approval's reach back to it ends: "approved the sale", never past "... , and the sale"
_APPROVAL_BREAKS = frozenset([",", ";", ":", "which", "that", "who", "and", "but"])
# "if confirmed", "if true", "if proven": what would follow were the claim so
_CONDITIONS = frozenset(["confirmed", "true", "proven", "verified", "accurate", "substantiated"])


def _shared_subject(sent: Sentence, d: int) -> int | None:
    """Where the verb phrase the verb at ``d`` is joined to starts ("and", "but"), when the verb
    has no subject of its own: "summoned the envoy and (has) denied"; never "Iran and Russia denied"."""
    low = sent.lower
    k = d - 1
    while k > 0 and (low[k] in _AUXILIARIES or low[k] in {"also", "always", "repeatedly", "strongly"}):
        k -= 1
    if k < 2 or low[k] not in {"and", "but"} or sent.mention_at(k - 1) is not None:
        return None
    return k


def _warnings_brushed(sent: Sentence, d: int) -> bool:
    """Whether the verb of rejection at ``d`` rejects warnings or criticism ("shrugged off
    Beijing's warnings", "dismissed the criticism"), not a claim."""
    low = sent.lower
    k = d + 1 + (low[d + 1 : d + 2] in (["off"], ["aside"]))
    while k < len(low) and (
        low[k] in {"the", "a", "its", "their", "his", "her", "’s", "'s"} or sent.mention_at(k)
    ):
        k = m.end if (m := sent.mention_at(k)) is not None else k + 1
    return k < len(low) and (low[k] in _WARNINGS or low[k] in _REPROACHES)


def _told_not_to(low: list[str], t: int) -> bool:
    """ "warned Moscow not to deliver", "urged Iran not to send", "told the US not to sell",
    "demanded that France not sell": the speaker asks that the supply not happen; it denies
    nothing."""
    if t >= 2 and _not_to(low, t - 2):
        return not _ASKERS.isdisjoint(low[max(0, t - 10) : t - 2])
    if low[t - 1 : t] != ["not"] or t < 2 or low[t - 2] in _AUXILIARIES or low[t - 2] in _BE:
        return False  # "said that it did not sell": a denial, not a demand
    # "demanded (Thursday) that France not sell": a subjunctive after a demand
    return any(
        low[k] == "that" and not _ASKERS.isdisjoint(low[max(0, k - 3) : k])
        for k in range(max(0, t - 8), t - 1)
    )


def _no_permit(low: list[str], t: int) -> bool:
    """Whether the claim at ``t`` is one no permit was given for: "had not issued any permits for
    the export of military equipment".

    >>> _no_permit(["had", "not", "issued", "any", "permits", "for", "the", "export"], 7)
    True
    """
    before = low[max(0, t - 8) : t]
    return not _PERMITS.isdisjoint(before) and not _NEGATION.isdisjoint(before)


def _attributive_failure(low: list[str]) -> bool:
    """Whether "failed" says only what an event was ("a failed attack"), never that something
    failed to happen ("failed to deliver the jets")."""
    at = [k for k, w in enumerate(low) if w == "failed"]
    return all(k > 0 and low[k - 1] in {"a", "an", "the", "its", "their"} for k in at) and bool(at)


def _outermost(frame: _Frame | None) -> _Frame | None:
    """The frame that reports ``frame`` (and so on): the article attributes to its speaker."""
    while frame is not None and frame.outer is not None and frame.outer.source is not None:
        frame = frame.outer
    return frame


def _clause_start(low: list[str], k: int, lo: int) -> int:
    """Where the clause holding token ``k`` starts (not before ``lo``): modality scopes that far."""
    for j in range(k - 1, lo - 1, -1):
        # "The deal will boost Russia's prospects even though most Gulf states rely on the US": the
        # clause of concession is a fact of its own, whatever the main clause foresees
        if (
            low[j] in _CLAUSE_BREAKS
            or low[j] == "although"
            or (low[j] == "though" and low[j - 1 : j] != ["as"])
        ):
            return j + 1
    return lo


def _modal_window(low: list[str], start: int, stop: int, trig: int, frame: _Frame | None) -> list[str]:
    """The words whose modality scopes over the claim at ``trig``: what opens its clause up to its
    end ("may receive", "plans to send", "talks on the purchase"), not an attributive participle
    ("the newly received drones")."""
    attributive = (
        low[trig - 1 : trig]
        and low[trig - 1] in _DETERMINERS
        and low[trig].endswith(("ed", "nt"))
        and low[trig - 2 : trig - 1] not in ([w] for w in _AUXILIARIES)  # "may have already delivered"
    )
    opens = _clause_start(low, start, frame.start if frame else 0)
    window = [] if attributive else low[opens:stop]
    if (
        opens > 1
        and low[opens - 1] == "that"
        and not {"if", "whether"}.isdisjoint(low[max(0, opens - 6) : opens])
    ):
        window = ["if", *window]  # "if it is confirmed that China has sold ...": still a condition
    if low[trig] in _NOMINAL and any(w in {"’s", "'s"} for w in low[start:trig]):
        window = low[start:stop]  # "will have a chance after the UK's donation": the donation is a fact
    if low[trig].endswith("ing") and (trig == 0 or low[trig - 1] in {"that", ",", "“", '"'}):
        window = [*window, *low[stop : stop + 4]]  # "that sending missiles to Russia would ..."
    if "failed" in window and _attributive_failure(low):
        window = [w for w in window if w != "failed"]  # "a failed missile attack ... is proof"
    if _kept_promise(low, trig):
        window = [w for w in window if w not in _PROMISES]  # "has kept its promise to deliver"
    rel = next((k for k in range(trig + 1, stop) if low[k] in {"that", "which"}), None)
    if rel is not None and window == low[opens:stop] and low[trig] not in _PROMISES:
        # "delivered the remaining nine of the 13 jets that it promised to Ukraine": the promise is
        # the object's, told in a clause of its own; the delivery is a fact
        window = [w for k, w in enumerate(window, opens) if k < rel or w not in _PROMISES]
    if low[trig - 2 : trig] == ["continue", "to"] or low[trig - 1 : trig] == ["continue"]:
        # "Russia will continue to deliver weapons to Armenia": a supply going on, the will its going on
        window = [w for w in window if w not in {"will", "would", "shall"}]
    return window


def _writers_aside(low: list[str], verb: int, d: int) -> bool:
    """Whether the denial at ``d`` is in an aside of the writer's after what the speaker at ``verb``
    says: ", which Iran has rejected", ", though Tehran has denied", "— the claims Russia has
    rejected", ", a charge which the authorities have denied", ", something Tehran has always
    denied"."""
    return any(
        low[k - 1] in {",", "—", "–"} and low[k] in {"which", "though", "although", "something", "a", "the"}
        for k in range(verb + 2, d)
    )


def _no_evidence(low: list[str], trig: int, frame: _Frame | None, negated: bool) -> bool:
    """ "there is no evidence that Iran sent missiles", "has not confirmed reports that ...", "has
    not seen ...": the claim left open, never a confirmation (nor a denial)."""
    return (
        (negated and not _EVIDENCE.isdisjoint(low[max(0, trig - 8) : trig]))
        or any(
            low[k] in {"no", "not", "never"} and (low[k + 1] in _EVIDENCE or low[k + 1] == "confirmed")
            for k in range(max(0, trig - 8), trig - 1)
        )
        # "has not presented any evidence for its claim that Russia has used ..."
        or any(
            low[k] in {"not", "n't"} and low[k + 2 : k + 4] in (["any", w] for w in _EVIDENCE)
            for k in range(max(0, trig - 14), trig - 3)
        )
        or (
            frame is not None
            and low[frame.verb] == "seen"
            and "not" in low[max(0, frame.verb - 3) : frame.verb]
        )
    )


def _approved(low: list[str], trig: int) -> bool:
    """A sale approved, cleared or notified, not yet made: "the State Department approved the sale
    of F-16s to Bahrain", "Berlin authorised supplying tanks" (an approval is a step before it);
    never a charge of approving one ("accused Kuchma of approving the sale": it was made)."""
    if low[trig] not in _APPROVED_SUPPLIES:
        return False
    k = trig - 1
    while k >= max(0, trig - 8) and low[k] not in _APPROVAL_BREAKS:
        if low[k] in _APPROVALS:
            return low[k - 1 : k] != ["of"]
        k -= 1
    return False


def _asked_for(low: list[str], trig: int, frame: _Frame | None) -> bool:
    """A supply asked for, not done: "called on Germany to send tanks" ("to stop selling" is done),
    "if"/"whether" in the frame, "had been urging the government to buy ammunition"."""
    return (
        (frame is not None and any(w in {"if", "whether"} for w in low[frame.start : trig]))
        or (
            frame is not None
            and frame.verb >= 0
            and low[frame.verb] in _URGE
            and _CEASE.isdisjoint(low[frame.start : trig])
        )
        or (low[trig - 1 : trig] == ["to"] and not _URGING.isdisjoint(low[max(0, trig - 6) : trig]))
        # "tried to deter India from buying S-400s": a purchase someone would stop
        or (low[trig - 1 : trig] == ["from"] and not _DETER.isdisjoint(low[max(0, trig - 5) : trig]))
        # "have publicly called for arming the rebels"
        or (
            low[trig - 1 : trig] == ["for"]
            and low[trig - 2 : trig - 1] in (["called"], ["calls"], ["call"], ["calling"])
        )
    )


def _denies_a_clause(low: list[str], d: int) -> bool:
    """ "denied that ...", "denies it has violated ...", "denies allegations that it plans to
    invade", "denied participation in": the denial has its own content."""
    nxt = low[d + 1 : d + 3]
    if nxt[:1] in (["participation"], ["participating"]):
        return True  # "denied participation in the operation": of its own part, not of the arms
    if nxt[:1] == ["that"]:
        return len(nxt) == 2 and nxt[1].isalpha()  # "refuted that." is the earlier claim
    k = d + 1 + (low[d + 1 : d + 2] == ["the"])
    if low[d] in _DENY and low[k : k + 2] in ([noun, "that"] for noun in _CLAIM_NOUNS | {"charges"}):
        return k + 2 < len(low) and low[k + 2].isalpha()
    return len(nxt) == 2 and nxt[0] in {"it", "they", "he", "she", "we"} and nxt[1] in _AUXILIARIES


def _before_aim(low: list[str], trig: int) -> list[str]:
    """The words before a trigger, quotation marks aside and past a phrase of aim ("are not meant to
    be delivered": "are not"); the "not" of "not only ... but also" negates nothing."""
    window = low[max(0, trig - 10) : trig + 1]
    before = [
        w for k, w in enumerate(window[:-1]) if w not in _QUOTES and (w != "not" or window[k + 1] != "only")
    ]
    while before and before[-1] in _AIMED:
        before.pop()
    return before


def _refused_ahead(before: list[str]) -> bool:
    """Whether every negation of the words before is of what will be ("will not export", "would not
    provide"; but "has not and will not provide" denies): a supply not to be made, not a claim denied."""
    negations = [k for k, w in enumerate(before) if w in _NEGATION or w == "neither"]
    return bool(negations) and all(k > 0 and before[k - 1] in {"will", "would", "shall"} for k in negations)


def _permit_withheld(before: list[str]) -> bool:
    """Whether the last negation of the words before negates a permit for the claim ("did not allow
    Poland to send", "refuses to permit"), not the claim itself."""
    k = next((k for k in range(len(before) - 1, -1, -1) if before[k] in _NEGATION), None)
    return k is not None and any(w in _APPROVALS for w in before[k + 1 : k + 3])


def _unconfirmed(low: list[str], frame: _Frame | None) -> bool:
    """ "has not yet confirmed", "did not confirm": a frame of confirmation, negated."""
    if frame is None or frame.verb <= 0 or low[frame.verb] not in _CONFIRM:
        return False
    return not _REFUSALS.isdisjoint(low[max(0, frame.verb - 4) : frame.verb])


def _impossible(low: list[str], trig: int) -> bool:
    """ "the supply of S-300s to Azerbaijan is impossible", "... is out of the question": a supply
    said not to be, a denial in the speaker's mouth."""
    for k in range(trig + 1, min(len(low), trig + 12)):
        if low[k] in {",", ";", "but", "because"}:
            return False
        if low[k] in _BE:
            rest = low[k + 1 : k + 6]
            rest = rest[1:] if rest[:1] and rest[0].endswith("ly") else rest
            return rest[:1] in (["impossible"], ["unthinkable"]) or rest[:4] == [
                "out",
                "of",
                "the",
                "question",
            ]
    return False


def _kept_promise(low: list[str], trig: int) -> bool:
    """ "Russia has kept its promise to deliver six MiG-29s": the promise was kept, the arms given."""
    if low[trig - 1 : trig] != ["to"]:
        return False
    k = trig - 2
    return k > 0 and low[k] in _PROMISES and not _KEPT.isdisjoint(low[max(0, k - 3) : k])


def _not_accused(low: list[str], trig: int) -> bool:
    """ "the panel did not accuse Eritrea of sending arms": the charge itself denied."""
    for k in range(trig - 1, max(0, trig - 8), -1):
        if low[k] in _ACCUSE_VERBS:
            return not _NEGATION.isdisjoint(low[max(0, k - 3) : k])
    return False


def _ruled_out(low: list[str], trig: int) -> bool:
    """ "has ruled out sending F-16s to Ukraine": a refusal of the supply, said as a denial."""
    return "out" in low[max(0, trig - 3) : trig] and any(
        low[k] in {"ruled", "rules", "ruling", "rule"} and low[k + 1] == "out"
        for k in range(max(0, trig - 4), trig - 1)
    )


def _let_alone(low: list[str], t: int) -> bool:
    """ "did not and can not have any interaction, let alone supplies of weapons": what comes after
    "let alone" (or "much less") is denied with the negation before it."""
    for k in range(max(1, t - 4), t):
        if low[k - 1 : k + 1] in (["let", "alone"], ["much", "less"], ["still", "less"]):
            return not _NEGATION.isdisjoint(low[: k - 1])
    return False


def _set_aside(sent: Sentence, subject: str, t: int) -> bool:
    """ "it was the Syrian rebels and not the Syrian military who used poison gas": the subject the
    cleft sets aside did not do what the claim at ``t`` says."""
    low = sent.lower
    if t < 3 or low[t - 1] not in {"who", "that"}:
        return False
    m = sent.mention_at(t - 2)
    return (
        m is not None
        and m.entity == subject
        and "not" in low[max(0, m.start - 2) : m.start]
        and any(
            low[k] == "it" and low[k + 1] in {"was", "is", "’s", "'s"}
            for k in range(max(0, m.start - 14), m.start)
        )
    )


def _private_sellers(sent: Sentence) -> bool:
    """ "the sales were by a private Turkish company and not state-to-state deals", "these are
    private companies": the sale is put down to firms, which the state denies making itself."""
    if "private" not in sent.vocab:
        return False
    low = sent.lower
    for k, w in enumerate(low):
        if w == "private" and not _SELLERS.isdisjoint(low[k + 1 : k + 3]):
            before = low[max(0, k - 2) : k]
            if "by" in before or not _BE.isdisjoint(before):
                return True
    return False


def _never_happened(low: list[str], t: int) -> bool:
    """ "the weapons deals with Russia, which never happened", "the shipments that did not take
    place": the claim at ``t`` is denied by the clause after it."""
    for k in range(t + 1, min(len(low) - 1, t + 12)):
        if low[k] in {";", ".", "but", "while"}:
            return False
        if low[k] in {"which", "that"} and low[k + 1 : k + 2] in (["never"], ["did"], ["have"], ["has"]):
            rest = low[k + 1 : k + 5]
            return any(w in _NEGATION for w in rest) and any(w in _HAPPEN for w in rest)
    return False


def _inverted_condition(low: list[str], t: int) -> bool:
    """A condition told by "were" before its subject, in the clause of the claim at ``t``: "Were
    Iran to proceed with providing ballistic missiles to Russia, we are prepared to respond".

    >>> _inverted_condition("were iran to proceed with providing missiles".split(), 5)
    True
    >>> _inverted_condition("the drones were sent to russia".split(), 3)
    False
    """
    for k in range(t - 1, max(-1, t - 12), -1):
        if low[k] in {",", ";", ":"}:
            return False
        if low[k] == "were" and (k == 0 or low[k - 1] in {"“", '"', "but", "and"}):
            return "to" in low[k + 2 : k + 6]
    return False


def _negated_means(low: list[str], t: int) -> bool:
    """ "Chad has no interest in amplifying the war in Sudan by supplying weapons": the claim at
    ``t`` is the means of an aim its clause rules out.

    >>> _negated_means("chad has no interest in fuelling the war by supplying weapons".split(), 9)
    True
    >>> _negated_means("it did not say so , but armed them by supplying weapons".split(), 10)
    False
    """
    if t < 2 or low[t - 1] != "by":
        return False
    for k in range(t - 2, max(-1, t - 14), -1):
        if low[k] in {",", ";", ":", "but", "while", "and", "“", "”", '"'}:
            return False
        if low[k] in _NEGATION:
            return True
    return False


def _in_quotation(low: list[str], k: int) -> bool:
    """Whether token ``k`` stands inside quotation marks opened in the sentence."""
    inside = False
    for w in low[:k]:
        if w == "“" or (w == '"' and not inside):
            inside = True
        elif w in {"”", '"'}:
            inside = False
    return inside


def _none_given(low: list[str], trig: int, stop: int) -> bool:
    """ "supplied no ammunition", "received not a single F-16", "Not one drone was delivered",
    "sold neither weapons nor technology": a quantity of none negates the supply as "not" does."""
    after = [w for w in low[trig + 1 : min(stop, trig + 5)] if w not in _QUOTES]
    if after[:1] == ["no"] and (after[1:2] or [""])[0] not in _NOT_NONE:
        return True
    if after[:1] == ["neither"] and "nor" in low[trig + 2 : stop]:
        return True
    lo = max(0, trig - 8)
    lo = max([lo, *(k + 1 for k in range(lo, trig) if low[k] in {",", ";", ":"})])
    if _passive(low, trig):
        # "no military-purpose aircraft were supplied": the arms said to be supplied are none
        be = trig - 1 if low[trig - 1] in _BE else trig - 2
        nay = next((k for k in range(be - 1, max(lo, be - 7) - 1, -1) if low[k] == "no"), None)
        if (
            nay is not None
            and low[nay + 1] not in _NOT_NONE
            and _CLAUSE_WORDS.isdisjoint(low[nay + 1 : be])
            and not any(w in _SAY for w in low[nay + 1 : be])
        ):
            return True
    span = low[lo : min(stop, trig + 5)]
    return any(
        span[k] == "not" and (span[k + 1] == "one" or span[k + 1 : k + 3] == ["a", "single"])
        for k in range(len(span) - 1)
    ) or any(w in {"zero", "none"} for w in after)


def _yet_to_any(low: list[str], trig: int) -> bool:
    """ "has yet to sell any arms to Ukraine": nothing was supplied so far (a party's denial), unlike
    "has yet to finalize the sale" (a pending one)."""
    return low[max(0, trig - 2) : trig] == ["yet", "to"] and "any" in low[trig + 1 : trig + 4]


def _not_arms(sent: Sentence, trig: int, stop: int) -> bool:
    """ "sends only defensive equipment, not weapons, to Ukraine", "sent advisers, not drones": the
    arms are what the clause excludes, so the statement denies them."""
    low = sent.lower
    return any(
        low[k] == "not"
        and any(
            low[j] in _ARMS_NOUNS or ((m := sent.mention_at(j)) is not None and m.role == "weapon")
            for j in range(k + 1, min(len(low), k + 3))  # "not weapons", "not lethal weapons"
        )
        for k in range(trig + 1, min(stop, len(low) - 1))
    )


def _not_shown(low: list[str], trig: int) -> bool:
    """ "'The report did not indicate that the shipment was destined for Egypt,' he stressed": what a
    source is said not to show, its speaker denies."""
    for k in range(trig - 1, max(0, trig - 12), -1):
        if low[k] in {".", ";", "but", "while"}:
            return False
        if low[k] == "that" and low[k - 1] in _SHOWN:
            return not _NEGATION.isdisjoint(low[max(0, k - 4) : k - 1])
    return False


def _excluded(sent: Sentence, trig: int, end: int) -> dict[str, int]:
    """The parties a clause excludes after its verb ("..., not to Ukraine", "only for US forces, not
    for Ukraine", "but never to Russia"), by entity, with the position of the negation."""
    low = sent.lower
    out: dict[str, int] = {}
    for k in range(trig + 1, min(end, len(low) - 2)):
        if low[k] not in {"not", "never"} or low[k + 1] not in {"to", "for"}:
            continue
        j = k + 2 + (low[k + 2] == "the")
        m = sent.mention_at(j)
        if m is not None and m.role == "actor" and m.start == j:
            out.setdefault(m.entity, k)
    return out


def _asked(low: list[str], trig: int) -> bool:
    """Whether the clause of ``trig`` is a question ("Did Iran send drones to Russia?"), not a
    statement a question follows ("We give missiles to X, so why not to Russia?")."""
    for w in low[trig + 1 :]:
        if w == "?":
            return True
        if w in {",", ";", ".", "—"}:
            return False
    return False


def _refused(sent: Sentence, d: int) -> bool:
    """Whether the verb at ``d`` rejects something asked or offered ("rejected the request",
    "turned down Ukraine's request for"): a refusal, no claim denied."""
    low = sent.lower
    k = d + 1
    if low[k : k + 1] in (["the"], ["a"], ["an"], ["this"], ["that"], ["its"], ["their"]):
        k += 1
    if (
        (m := sent.mention_at(k)) is not None
        and m.start == k
        and m.end < len(low)
        and _possessive(low, m.end)
    ):
        k = m.end + 1  # "Ukraine's request"
    # "denied similar re-export requests", "rejected two German requests": the asking noun after a few
    # words of description, no claim or clause before it
    for j in range(k, min(len(low), k + 5)):
        if low[j] in _ASKINGS:
            return True
        if low[j] in _CLAIM_NOUNS or low[j] in {",", ";", "that", "of", "and", "to", "by"}:
            return False
    return False


def _disputes_named(sent: Sentence, d: int) -> bool:
    """Whether "disputes" / "disputed" at ``d`` is a noun or an adjective ("border disputes", "the
    disputed islands"), not the verb of someone disputing a claim ("Iran disputes the report", "the
    minister today disputed those claims")."""
    if d == 0 or sent.mention_at(d - 1) is not None:
        return False
    before = sent.lower[d - 1]
    if before in {"the", "a", "an"}:
        return True
    if sent.lower[d] == "disputed":
        return False
    return not (
        before in {"also", "still", "he", "she", "it", "they", "who", "which", "has", "have", "had", "and"}
        or before in {"today", "now", "again", "yesterday", "then"}
        or before.endswith("ly")
    )


def _answers_report(low: list[str]) -> int | None:
    """Where a sentence answers a report ("He was responding to a report in India which said ...",
    "commenting on media reports that ..."): the position of the verb, or None."""
    for k, w in enumerate(low):
        if (
            w in _ANSWERING
            and low[k + 1 : k + 2] in (["to"], ["on"])
            and not _CLAIM_NOUNS.isdisjoint(low[k + 2 : k + 6])
        ):
            return k
    return None


def _in_closed_relative(low: list[str], d: int, t: int) -> bool:
    """Whether the word at ``d`` is in a relative clause set off by commas (", which denies
    arming the Houthis,") that ends before ``t``."""
    opens = next((r for r in range(d - 1, 0, -1) if low[r] in {",", "which", "who"}), None)
    if opens is None or low[opens] == "," or low[opens - 1] != ",":
        return False
    closes = next((c for c in range(d + 1, t) if low[c] == ","), None)
    return closes is not None


def _undelivered(low: list[str], trig: int) -> bool:
    """ "signed a contract to sell S-300s to Iran but so far has not delivered", "but has yet to
    deliver them": a deal its next clause says was never carried out."""
    k = next((k for k in range(trig + 1, min(len(low), trig + 15)) if low[k] == "but"), None)
    if k is None:
        return False
    after = low[k + 1 : k + 7]
    v = next((j for j, w in enumerate(after) if w in _HANDED_OVER), None)
    if v is None:
        return False
    rest = after[:v]
    negated = not _NEGATION.isdisjoint(rest) or rest[-2:] == ["yet", "to"]
    # only the deal's own party in between, and nothing new delivered after ("but Iran has not
    # received spare parts" leaves the sale made)
    return (
        negated
        and set(rest) <= _UNDONE_WORDS
        and after[v + 1 : v + 2] in ([], ["them"], ["it"], ["."], [","], ["the"])
    )


# "the delivery contract is expected to be accomplished by 2020", "the jets are due to arrive": to come
_TO_COME = frozenset(["expected", "scheduled", "due", "set", "slated", "planned"])
# the words between "but" and the undone delivery: "but so far has not", "but it has yet to"
_UNDONE_WORDS = frozenset(
    ["so", "far", "has", "have", "had", "not", "never", "n't", "yet", "to", "it", "they", "still"]
)
# what carrying out an arms deal is: "but has not delivered", "but has yet to hand them over"
_HANDED_OVER = frozenset(
    ["delivered", "deliver", "supplied", "supply", "received", "receive", "arrived", "handed"]
)
