"""Frames of attribution: who says what ("X said ...", "according to X", "a Reuters report
that ..."), and who speaks a sentence inside a quotation. Step 1 of every sentence.
"""

from __future__ import annotations

import itertools
from typing import Any

from graph.ontology import EntityType, Stance

from ..mentions import _OUTLET_NOUNS, STATEMENT, Mention, Sentence
from .clauses import _mention_from, _not_to, _title_start
from .state import _Doc, _Frame
from .vocabulary import (
    _ACCUSING,
    _ASIDE,
    _AUXILIARIES,
    _BACKING,
    _BE,
    _CHARGES,
    _CLAIM_NOUNS,
    _CLAIMED,
    _CLAIMING,
    _CLAUSE_BREAKS,
    _CLAUSE_WORDS,
    _CONCERNS,
    _CONFIRM,
    _DENIAL_CUES,
    _DENIAL_WORDS,
    _DENY,
    _DETERMINERS,
    _DISSUADE,
    _DOCUMENTS,
    _EVIDENCE,
    _FILINGS,
    _FOUND_OUT,
    _FRAME_WORDS,
    _HELD,
    _MODALS,
    _NOUN_ADJECTIVES,
    _OFFICES,
    _OFFICIAL_BODIES,
    _PENALTIES,
    _PHRASE_ENDS,
    _PIECES,
    _PREPOSITIONS,
    _PRESS_NOUNS,
    _QUOTES,
    _REACHED,
    _RECEIVE,
    _RESOLVE,
    _SAY,
    _SAY_THAT,
    _SEATED,
    _SHOW,
    _SPEAKER_WORDS,
    _SPOKEN_BODIES,
    _SPREAD,
    _STATEMENT_NOUNS,
    _STOP,
    _STORIES,
    _SUPPLY,
    _TITLE_WORDS,
    _TRAIN,
    _TRIGGERS,
    _UNNAMED,
    _UNOFFICIAL,
    _URGE,
    _USE,
    _VERB_NOUNS,
    _VOICES,
    _VOICING,
    _WRITINGS,
)

__all__ = ["AttributionRules"]


# what names an outlet after its state's adjective: "citing German news outlet Der Spiegel"
_MEDIA_WORDS = _OUTLET_NOUNS | {"news", "media"}
# verbs of "This was announced by X": a sentence that only names who told the one before
_TOLD_BY = frozenset(["announced", "stated", "reported", "said", "confirmed", "disclosed", "revealed"])
# how words reach the reporter, after "said by": "said by email", "told by phone" (no agent)
_CHANNELS = frozenset(["email", "e", "e-mail", "phone", "telephone", "video", "videolink"])


class AttributionRules:
    """Finds the frames of attribution of a sentence and their speakers."""

    def _quote_speaker(
        self, sentences: list[Sentence], i: int, quoted: dict[int, tuple[int, int]], doc: _Doc
    ) -> Mention | bool | None:
        """Who speaks a sentence inside a quotation that has no speaker of its own.

        The speaker named after the quotation closes (“... They refuted it. ...,” Peskov said),
        or before it opens (Kirby said: “... We expect ...”), or, for one that opens right after
        an attributed one ("“...,” he said. “We expect ...”"), that one's. False: no one. None:
        someone not known ("“...,” the statement said" with no source before it).
        """
        speaker = self._quotation_source(sentences, i, quoted, doc)
        if isinstance(speaker, Mention) and speaker.entity == STATEMENT:
            # the sentence naming "the statement" is read later: resolved now, as it will be then
            opener, closer = quoted[i]
            said_in = next(
                s
                for s in (sentences[closer], sentences[opener], sentences[i - 1])
                if any(m is speaker for m in s.mentions)
            )
            self._statement_by(speaker, said_in.lower[speaker.end - 1], doc)
            return None if speaker.role == "place" else speaker
        return speaker

    def _quotation_source(
        self, sentences: list[Sentence], i: int, quoted: dict[int, tuple[int, int]], doc: _Doc
    ) -> Mention | bool | None:
        opener, closer = quoted[i]
        if closer != i:
            frames = self._frames(sentences[closer])
            after = [f for f in frames if f.start == 0 and f.end <= f.verb]
            if after:
                return after[-1].source
            # '..., we are clean about it," Aleksandar Vucic told journalists in Doha': the name right
            # after the closing quote speaks, whatever its verb goes on to say
            low = sentences[closer].lower
            shut = [k for k, w in enumerate(low) if w in {"”", '"'}]
            named = [
                f
                for f in frames
                if f.source is not None
                and shut
                and 0 < f.source.start - shut[-1] <= 2
                and f.verb >= f.source.end
            ]
            if named:
                return named[0].source
        if opener != i:
            before = [f for f in self._frames(sentences[opener]) if f.start > f.verb]
            if before:
                return before[-1].source
        if opener == i and i > 0 and sentences[i - 1].lower[-1:] == [":"]:
            # 'the spokesperson said the report was "groundless," that quote:' then the quotation
            colon = [f for f in self._frames(sentences[i - 1]) if f.source is not None]
            if colon:
                return colon[0].source
        if doc.last_quote is not None and doc.last_quote[0] >= sentences[opener].paragraph - 1:
            # '“...,” he said. “They arrived last week. North Korea also sent shells.”': the whole
            # quotation that opens after an attributed one, up to where it closes
            return doc.last_quote[1]
        return False

    def _source_after(self, sent: Sentence, frames: list[_Frame], doc: _Doc) -> None:
        """ "North Korea has sent a million shells to Russia. That is according to Seoul's spy agency.":
        a sentence that only names the source of the one before makes its claims reported by it."""
        low = sent.lower
        if low[:2] in (["this", "was"], ["that", "was"]):
            self._told_by(sent, doc)
            return
        k = low.index("according") if "according" in low[:4] else -1
        if (
            k < 1
            or not set(low[:k]) <= {"that", "this", "is", "'s", "’s", "was"}
            or low[0] not in {"that", "this"}
        ):
            return
        source = next((f.source for f in frames if f.verb == k and f.source is not None), None)
        if source is None:
            return
        for fact in doc.facts[doc.previous_start : doc.sentence_start]:
            if (
                fact["predicate"] in _CLAIMED | {"DENIES", "CONFIRMS"}
                and fact["stance"] == Stance.ASSERTED.value
            ):
                fact["stance"] = Stance.REPORTED.value
                fact["attributed_to"] = [source.entity]

    def _told_by(self, sent: Sentence, doc: _Doc) -> None:
        """ "Russia signed contracts with Armenia. This was announced on August 25 by Dmitry Shugaev":
        the claims of the sentence before, told again by the one who announced them, in his words
        (confirmed when he is a party to them or confirms, else reported)."""
        low = sent.lower
        if len(low) < 5 or low[2] not in _TOLD_BY:
            return
        k = next((j for j in range(3, min(len(low) - 1, 9)) if low[j] == "by"), None)
        if k is None or any(sent.mention_at(j) for j in range(3, k)):
            return
        speaker = self._speaker_at(sent, k + 1)
        if speaker is None:
            return
        for fact in doc.facts[doc.previous_start : doc.sentence_start]:
            if fact["predicate"] not in _CLAIMED or fact["stance"] != Stance.ASSERTED.value:
                continue
            own = low[2] == "confirmed" or self._party(speaker.entity, fact)
            told = {key: value for key, value in fact.items() if key not in {"id", "quote", "date", "stance"}}
            told["stance"] = (Stance.CONFIRMED if own else Stance.REPORTED).value
            told["attributed_to"] = [speaker.entity]
            self._add(doc, told, sent)

    def _we(self, sent: Sentence, frames: list[_Frame]) -> None:
        """ "We have received such systems," Lukashenko said: "we" and "us" in what someone says are
        the state they speak for."""
        added = False
        low = sent.lower
        for k, word in enumerate(low):
            ours = word == "our" and low[k + 1 : k + 2] in (["country"], ["nation"], ["state"])
            if (word not in {"we", "us"} and not ours) or sent.mention_at(k) is not None:
                continue
            frame = next((f for f in frames if f.start <= k < f.end and f.source is not None), None)
            state = self._state_of(frame.source.entity) if frame is not None else None
            group = next(
                (
                    body
                    for person, body, _ in sent.members
                    if frame is not None
                    and person == frame.source.entity
                    and (spec := self.spec(body)) is not None
                    and spec.kind == "armed-group"
                ),
                None,
            )
            if group is not None and not ours:
                # "“We have received no weapons,” said X, a rebel commander": the speaker's group
                sent.mentions.append(Mention(k, k + 1, group, EntityType.ORGANIZATION))
                added = True
            elif state is not None:
                # "our country" too: "The first tanks have arrived in our country," Duda said
                sent.mentions.append(Mention(k, k + 1 + ours, state, EntityType.COUNTRY))
                added = True
        if added:
            sent.mentions.sort(key=lambda m: m.start)
            sent.freeze()

    def _frames(self, sent: Sentence) -> list[_Frame]:
        low, n = sent.lower, len(sent.lower)
        frames: list[_Frame] = []
        for v, word in enumerate(low):
            if word in _HELD and (frame := self._documents_frame(sent, v)) is not None:
                frames.append(frame)  # "documents seen by The Guardian show ...": the paper reports it
                continue
            if word in _STORIES and (frame := self._spread_frame(sent, v)) is not None:
                frames.append(frame)
                continue
            if word not in _FRAME_WORDS or (word == "tell" and _not_telling(low, v)):
                continue
            as_by = word in {"reported", "cited", "quoted", "stated"} and low[v - 1 : v] == ["as"]
            if word == "per":
                if v > 0 and low[v - 1] == "," and (src := self._speaker_at(sent, v + 1)) is not None:
                    frames.append(_Frame(v, src, 0, v))  # "Iran has sent drones to Russia, per US officials."
                continue
            if word == ":":
                if v <= 4 and (head := self._colon_speaker(sent, v)) is not None:
                    frames.append(_Frame(v, head, v + 1, n))  # "Budanov: North Korea has shipped shells"
                continue
            if word == "according" or (as_by and low[v + 1 : v + 2] == ["by"]):
                # "as reported by Reuters, ..." reads as "according to Reuters, ..."
                if low[v + 1 : v + 2] not in (["to"], ["by"]):
                    continue
                # "according to X", or to no one in particular ("according to state media").
                src = self._speaker_at(sent, v + 2)
                after = v < 3 or (v > 0 and low[v - 1] in {",", "“", '"'} and v < 5)
                if v > 1 and low[v - 1] == "," and src is not None and "," in low[src.end : src.end + 3]:
                    # "North Korea, according to the Pentagon, has supplied ...": a parenthesis
                    frames.append(_Frame(v, src, 0, n))
                elif after:
                    stop = src.end if src else next((k for k in range(v + 2, n) if low[k] == ","), v + 2)
                    frames.append(_Frame(v, src, stop, n))
                else:
                    frames.append(_Frame(v, src, 0, v))
                continue
            if word in _URGE:
                # "X called on Iran to stop military aid": the complement starts at Iran
                j = v + 1 + (low[v + 1 : v + 2] in (["on"], ["upon"]))
                if (word in {"called", "calls", "call", "calling"}) == (j == v + 1):
                    continue
                target = _mention_from(sent, j)
                src = self._source_before(sent, v)
                if word in _DISSUADE and target is not None and not _not_to(low, target.end):
                    continue  # "asked the Spanish Government for more support": a request, read as one
                if target is not None and src is not None:
                    frames.append(_Frame(v, src, target.start, n))
                continue
            if word in _PENALTIES:
                k = next((k for k in range(v + 1, min(n, v + 12)) if low[k] in {"for", "over"}), None)
                if k is not None and _STOP.isdisjoint(low[v:k]):
                    src = self._left(sent, v, 0, set())
                    if src is not None:
                        frames.append(_Frame(v, src, v + 1, n))  # the sanctioned party is in it
                continue
            if word in _CLAIM_NOUNS or word in _CONCERNS or word in _STATEMENT_NOUNS or word == "seen":
                frame = self._noun_frame(sent, v)
                if frame is None and word in _VERB_NOUNS:
                    frame = self._present_claim(sent, v)
                if frame is not None:
                    frames.append(frame)
                continue
            if sent.mention_at(v):
                continue
            if (
                (word in {"found", "finds", "charged"} or word in _FOUND_OUT)
                and low[v + 1 : v + 2] != ["that"]
                and not _closing_find(low, v)
            ):
                continue  # "were found with", "charged with"; but "..., a UN panel found." closes a sentence
            if word in _SAY_THAT and "that" not in low[v + 1 : v + 1 + _stretch(low, v + 1, 6)]:
                continue  # "maintained its embargo", "responded to the attack": no clause said
            if word in {"posted", "posts"} and not any(w in {"that", ":"} for w in low[v + 1 : v + 7]):
                continue  # "posted on X that ...", "posted on Telegram: ..."; never "posted troops"
            if (
                (word in {"alleged", "reported", "claimed", "written"} or word.endswith("ed"))
                and v > 0
                and low[v - 1] in _DETERMINERS | {"a", "an"}
                and low[v - 2 : v - 1] not in ([w] for w in _AUXILIARIES)  # "has previously warned"
            ):
                continue  # "the alleged ammunition supplies", "an estimated price": an adjective
            if v > 0 and low[v - 1] in _BE and low[v + 1 : v + 2] == ["as"] and word in {"cited", "quoted"}:
                # "He was cited as adding, ...": the one cited speaks
                src = sent.mention_at(v - 2)
                k = v + 2 + (v + 2 < n and low[v + 2] in {"saying", "adding", "telling", "stating"})
                if src is not None and src.role == "actor":
                    if low[k : k + 1] in (["by"], ["."], []) and not _QUOTES.isdisjoint(low[: src.start]):
                        # "“...,” Duda was quoted as saying by Polish television": the quotation before
                        frames.append(_Frame(v, src, 0, src.start))
                    else:
                        frames.append(_Frame(v, src, k, n))
                continue
            if (
                v > 0
                and low[v - 1] in _BE
                and low[v + 1 : v + 2] == ["by"]
                and word in {"cited", "quoted"}
                and (src := sent.mention_at(v - 2)) is not None
                and src.role == "actor"
                and (by := self._speaker_at(sent, v + 2)) is not None
                and low[by.end : by.end + 2] in (["as", "saying"], ["as", "adding"], ["as", "stating"])
            ):
                # "Nozari was quoted by the Iranian Labour News Agency as saying: ...": Nozari speaks,
                # and the agency relays it
                frames.append(_Frame(v, src, by.end + 2, n))
                frames.append(_Frame(v, by, by.end + 2, n))
                continue
            if word == "saying" and low[max(0, v - 2) : v] in (["quoted", "as"], ["cited", "as"]):
                continue  # its "was quoted as" frame holds it
            if (
                v > 1
                and low[v - 1] in _BE
                and low[v - 2] == "it"
                and word in {"reported", "said", "claimed", "alleged", "rumoured", "rumored"}
            ):
                # "In November it was reported the country was negotiating ...": hearsay, no one named
                frames.append(_Frame(v, None, v + 1 + (low[v + 1 : v + 2] == ["that"]), n))
                continue
            by_channel = low[v + 2 : v + 3] and low[v + 2] in _CHANNELS  # "said by email": no agent
            if v > 0 and low[v - 1] in _BE and (low[v + 1 : v + 2] != ["by"] or by_channel):
                continue
            if v + 1 < n and low[v + 1] == "by" and not by_channel:
                by = self._speaker_at(sent, v + 2)
                # "accused by Ukraine of", "accused by UN monitors of": the accusation follows
                of = (
                    next((j for j in range(by.end, min(n, by.end + 3)) if low[j] == "of"), None)
                    if by
                    else None
                )
                if (
                    word in {"accused", "suspected"}
                    and of is not None
                    and all(low[j].isalpha() and not sent.mention_at(j) for j in range(by.end, of))
                ):
                    # "Iran has been accused by Ukraine of supplying drones": the accusation follows
                    frames.append(_Frame(v, by, 0, n))
                elif low[v - 1 : v] == ["as"] and by is not None:
                    # "Tehran denies supplying weapons to the rebels, as alleged by Riyadh and
                    # Washington": all of them allege it
                    frames.append(_Frame(v, by, 0, v, also=self._coordinated(sent, by, n)))
                else:
                    # "was confirmed by Japanese officials" confirms, as "Japanese officials confirmed"
                    frames.append(_Frame(v, by, 0, v, confirms=word in _CONFIRM))
                continue
            frames.append(self._verb_frame(sent, v, frames))
        self._bound_frames(sent, frames)
        return frames

    def _bound_frames(self, sent: Sentence, frames: list[_Frame]) -> None:
        """Where each frame's words end, and which frame reports which: "according to" makes what it
        covers hearsay; a speaker's words end where the article goes on (", where ...", ", but",
        ", a charge Tehran denies"); "..., writes Politico" reports the frames before it; a frame's
        complement stops at the next frame's, unless it reports that frame ("X said that US
        intelligence indicates ...")."""
        low = sent.lower
        for f in frames:
            if f.source is None and low[f.verb] == "according":
                for g in frames:
                    if g is not f and f.start <= g.verb < f.end:
                        g.hearsay = True
            if f.start > f.verb:
                # the speaker's words end where the article goes on: ", where Russia has used them", ", but"
                f.end = next(
                    (
                        k
                        for k in range(f.start, f.end - 1)
                        if low[k] == ","
                        and (
                            (
                                low[k + 1] in {"where", "but", "while", "whereas"}
                                and low[k + 2 : k + 3] != ["that"]
                            )
                            # ", a charge Tehran denies": the writer's aside on the claim
                            or (low[k + 1] in {"a", "an"} and low[k + 2 : k + 3] and low[k + 2] in _CHARGES)
                        )
                    ),
                    f.end,
                )
        for f in frames:
            # "..., Sky News reported, citing the Ukrainian Air Force": both report it
            if f.source is not None and (cited := self._cited(sent, f)) is not None:
                f.also.append(cited)
        for b in frames:
            if b.source is not None and b.start == 0 and b.end <= b.verb:
                # "Ukraine has stated that ..., writes Politico": the outlet reports what the speaker said
                for a in frames:
                    if a is not b and a.source is not None and b.start <= a.verb < b.end and a.start > a.verb:
                        a.also.append(b.source)
                    elif a.source is not None and a.start < a.verb < b.verb and low[b.verb] == "according":
                        # "“...,” Peskov said, according to Interfax": the agency reports his words too
                        a.also.append(b.source)
        # A frame's complement stops where a later frame with its own complement starts,
        # unless that frame is what the first one reports ("X said that US intelligence indicates ...").
        for a, b in itertools.pairwise(frames):
            if a.start <= b.verb < a.end and b.start > b.verb:
                if self._nested(sent, a, b):
                    b.outer = a
                    continue
                if sent.lower[a.verb] == "according" and a.source is not None and b.source is not None:
                    b.also.append(a.source)  # "According to RT, Lutsenko wrote that ...": both report it
                elif (
                    sent.lower[a.verb] == "according"
                    and a.source is not None
                    and b.source is None
                    and not _UNNAMED.isdisjoint(sent.lower[max(0, b.verb - 4) : b.verb])
                ):
                    # "According to Reuters, unnamed sources said ...": Reuters reports it
                    b.source = a.source
                a.end = min(a.end, b.source.start if b.source and b.source.start > a.start else b.verb)

    def _verb_frame(self, sent: Sentence, v: int, frames: list[_Frame]) -> _Frame:
        """The frame of a verb of saying at ``v`` ("X said that ...", "..., Yonhap reported", "Officials
        told the FT that ..."): its speaker, and the words it covers, after the verb or before it."""
        low, n = sent.lower, len(sent.lower)
        word = low[v]
        src, after_src = self._frame_source(sent, v, frames)
        told = (
            outlet
            if word in {"told", "tells", "tell", "telling", "informed"}
            and (outlet := _mention_from(sent, v + 1)) is not None
            and self._outlet(outlet.entity)
            else None
        )
        if src is None and told is not None:
            src, told = told, None  # "Officials told the Financial Times that ...": the outlet reports it
        inner = None
        k = v + 1
        if word in {"quoted", "cited"}:
            inner = _mention_from(sent, k)
            for j in range(k, min(n - 1, k + 12)):
                if low[j] == "as" and low[j + 1] == "saying":
                    k = j + 2
                    named = sent.mention_at(j - 1)
                    if named is not None and named.type == EntityType.PERSON and src is not None:
                        # "RIA Novosti quoted Russia's Ambassador Vladimir Titorenko as saying": he
                        # speaks, and the agency that quotes him reports it
                        src, told, inner = named, src, named
                    break
        content_after = self._content_after(sent, k)
        if (
            src is not None
            and not after_src
            and (lead := _title_start(sent, src.start)) > 0
            and low[lead - 1] in {",", "”", '"'}
            and not _TRIGGERS.isdisjoint(low[:lead])
        ):
            # "..., Yonhap reported on Aug. 27, citing ...": the report is what came before
            content_after = low[k : k + 1] == ["that"] or (k < n and low[k] in {"“", '"', ":"})
        # past a time or channel ("announced on Monday, with ...", "said in a statement, ...")
        comma = next((j for j in range(k, min(n, k + 5)) if low[j] == ","), None)
        if (
            comma is not None
            and comma > k
            and (
                low[k] not in {"on", "in", "last", "this", "earlier", "late", "via", "at"}
                or any(sent.mention_at(j) or low[j] in _TRIGGERS for j in range(k, comma))
            )
        ):
            comma = None
        if (
            content_after
            and comma is not None
            and any(low[j] == "," for j in range(max(0, v - 5), v))
            and not _TRIGGERS.isdisjoint(low[:v])
        ):
            content_after = False  # "Egypt received jets, the military said, six months after ...": before
        if content_after and not after_src:
            start, end = k, n
        else:
            start, end = 0, (src.start if src and not after_src else v)
            if not after_src:
                # "X denied it, but diplomats say ...": what the speaker says is not before the "but"
                start = next(
                    (
                        j + 1
                        for j in range(end - 1, 0, -1)
                        if low[j] == "but" and low[j - 1] == "," and _QUOTES.isdisjoint(low[j:end])
                    ),
                    0,
                )
        also = self._listed_before(sent, src) if src is not None and not after_src else []
        if not after_src and (listed := self._including(sent, v)):
            src, also = listed[0], listed[1:]  # "Many countries, including the UK and Germany, said"
        return _Frame(v, src, start, end, inner, word in _CONFIRM, also=also, outlet=told)

    def _frame_source(self, sent: Sentence, v: int, frames: list[_Frame]) -> tuple[Mention | None, bool]:
        """Who speaks with the verb at ``v``, and whether they are named after it."""
        low = sent.lower
        before = low[v - 1] if v else ""
        if (
            (
                before in {"has", "have", "had", "also", "yesterday", "today", "earlier", "again"}
                or before.endswith("ly")
            )
            and v > 1
            and low[v - 2] == ","
        ):
            # "Lukashenko, the president of Belarus, has announced", "X, the ambassador, yesterday
            # warned": as if the verb stood by the comma
            source, after = self._frame_source(sent, v - 1, frames)
            if source is not None:
                return source, after
        if before in {"and", "but"} and frames and frames[-1].verb < v:
            return frames[-1].source, False  # "X acknowledged ... but said ..."
        if before in {"and", "but"} and (subject := self._subject_before(sent, v)) is not None:
            return subject, False  # "Serbia's Foreign Ministry disputed the UN report and said ..."
        if (
            low[v].endswith("ing")
            and "while" in low[max(0, v - 2) : v]
            and (subject := self._subject_before(sent, v))
        ):
            return subject, False  # "X has been waging war on the Houthis while accusing Iran of ...": X
        if before == "," and low[v].endswith("ing"):
            # "Tehran denies ..., insisting that ...": the subject of the sentence goes on speaking
            # (never the maker of the reports it judged: "slammed Japanese reports ..., adding")
            if frames and frames[-1].verb < v and low[frames[-1].verb] not in _CLAIM_NOUNS:
                return frames[-1].source, False
            return self._subject_before(sent, v), False
        if (
            low[v] in _ACCUSING
            and not _FILINGS.isdisjoint(low[max(0, v - 10) : v])
            and _DENY.isdisjoint(low[:v])
            and (subject := self._subject_before(sent, v)) is not None
        ):
            return (
                subject,
                False,
            )  # "Sudan filed a lawsuit at the ICJ accusing the UAE of arming ...": who filed it
        if before == "," and (opener := self._citing_opener(sent, v)) is not None:
            return opener, False  # "The Wall Street Journal, citing US officials, said China ..."
        if (
            before == ","
            and low[v + 1 : v + 2] in (["a"], ["the"], ["an"])
            and low[v + 2 : v + 3] != []
            and low[v + 2] in _WRITINGS
            and low[v + 3 : v + 4] in (["by"], ["from"], ["of"])
            and (author := _mention_from(sent, v + 4)) is not None
            and author.role == "actor"
        ):
            return author, True  # "..., says a report from the Small Arms Survey"
        if (
            before in {",", "”", '"'}
            # "..., a spokesperson for the ministry, told Defense News": whom he told, not the speaker
            and not (low[v] in {"told", "tells", "informed"} and before == ",")
            and (after := self._speaker_at(sent, v + 1, near=True)) is not None
            and not _opens_clause(sent.lower, after.end)  # "X, speaking in Kyiv, said Iran had sent ..."
        ):
            return after, True  # "..., said John Kirby, the spokesman"
        # "X, the spokesman, said": an apposition before; never "supplied Syria with rockets, said ..."
        src = self._source_before(sent, v) if before != "," else None
        if before == ",":
            # "John Kirby, the spokesperson of the NSC, said": the name before the apposition;
            # "the head of the office, Andriy Yermak, warned": the name in it.
            for c in range(v - 2, max(-1, v - 20), -1):
                if low[c] in _SAY or low[c] in {"that", "“", "”", '"'} or low[c] in _TRIGGERS:
                    break
                if low[c] == ",":
                    # (not the one whose aide speaks: "Andriy Yermak, Zelensky's chief of staff, said")
                    inside = [
                        x
                        for x in sent.mentions
                        if c < x.start < v
                        and x.type == EntityType.PERSON
                        and low[x.end : x.end + 1] not in (["’s"], ["'s"])
                    ]
                    # "John Kirby, ..., said", "A Pentagon spokesman, speaking on condition of anonymity, said"
                    m = next(
                        (
                            x
                            for x in sent.mentions
                            if x.role == "actor"
                            and (x.end == c or (x.end == c - 1 and low[x.end] in _OFFICES))
                        ),
                        None,
                    )
                    if inside:
                        return inside[0], False
                    if m is not None:
                        return self._apposed(sent, m), False
                    break
            # "The Fars news agency, which has ties to ..., the Revolutionary Guard, said"
            src = self._speaker_before_relative(sent, v)
        if src is not None and src.type == EntityType.PERSON and src.start > 2:
            # "Imad Sid Ahmad, Sudanese press secretary for President Omar al-Bashir, also said": the
            # name that opens the sentence, not the one in its apposition
            first = sent.mentions[0] if sent.mentions else None
            if (
                first is not None
                and first is not src
                and first.type == EntityType.PERSON
                and first.start <= 1
                and low[first.end : first.end + 1] == [","]
                and not any(
                    w in _SAY or w in _TRIGGERS or w in {"that", "“", "”", '"'} for w in low[first.end : v]
                )
            ):
                return first, False
        if src is not None:
            return src, False
        if (
            low[v] in {"warning", "saying", "threatening"}
            and sent.words[v].islower()  # never the "Airborne Warning and Control System"
            and before not in {",", "and", "but", "without", "not", "early", "from"}
        ):
            # "Russia sent a diplomatic cable to the United States this week warning there would be
            # consequences": the one who sent it
            return self._subject_before(sent, v), False
        # "they said", "a team of assessors says Iran ...": reported, by no one we can name
        return None, False

    def _colon_speaker(self, sent: Sentence, v: int) -> Mention | None:
        """The person or body that opens "Budanov: North Korea has shipped ...", "Pentagon: ...", a
        headline's or lede's way of quoting; never a place ("Cairo: Egypt received ...")."""
        head = next(iter(sent.mentions), None)
        if (
            head is None
            or head.role != "actor"
            or head.end != v
            or sent.lower[: head.start] not in ([], ["the"])
        ):
            return None
        spec = self.spec(head.entity)
        return head if spec is not None and spec.type != EntityType.COUNTRY else None

    def _cited(self, sent: Sentence, f: _Frame) -> Mention | None:
        """The named source a speaker cites right after its verb ("Sky News reported, citing
        information provided by the Ukrainian Air Force", "the agency reported on Monday, citing German
        news outlet Der Spiegel"); None for unnamed ones ("citing sources", "citing security concerns")."""
        low = sent.lower
        k = next(
            (k for k in range(f.verb + 1, min(len(low), f.verb + 6)) if low[k] in {"citing", "quoting"}), None
        )
        if k is None or low[k - 1] != "," or any(w in _SAY for w in low[f.verb + 1 : k]):
            return None
        j = k + 1
        while j < min(len(low), k + 9):
            m = sent.mention_at(j)
            if m is None:
                if low[j] in _CLAUSE_BREAKS or low[j] in {"sources", "source", "officials", "official"}:
                    return None
                j += 1
            elif m.type == EntityType.COUNTRY and low[m.end : m.end + 1] and low[m.end] in _MEDIA_WORDS:
                j = m.end  # "citing German news outlet Der Spiegel": the outlet, not its state
            else:
                return m if m.role == "actor" and m.entity != f.source.entity else None
        return None

    def _citing_opener(self, sent: Sentence, v: int) -> Mention | None:
        """The source that opens "X, citing Y, said ..." or "X, quoting Y, reported ...": X, whose
        apposition names whom it cites; None for any other sentence."""
        low = sent.lower
        first = next(iter(sent.mentions), None)
        if first is None or first.role != "actor" or low[: first.start] not in ([], ["the"]):
            return None
        if low[first.end : first.end + 2] not in ([",", "citing"], [",", "quoting"]):
            return None
        if any(w in _SAY or w in _TRIGGERS for w in low[first.end + 2 : v]):
            return None
        return first

    def _listed_before(self, sent: Sentence, m: Mention) -> list[Mention]:
        """Actors listed before ``m`` with it: "Both Kyiv and Washington said"."""
        low = sent.lower
        out: list[Mention] = []
        k = m.start - 1
        k -= k > 0 and low[k] == "the"  # "CNN and the Wall Street Journal reported"
        if k < 1 or low[k] != "and":
            return out  # "..., Belta reported": a comma alone lists no one
        while k > 0 and low[k] in {"and", ","}:
            prev = sent.mention_at(k - 1)
            if prev is None or prev.role != "actor":
                break
            if low[k] == "," and prev.type != m.type:
                break  # "Russia sold jets to Egypt, Pompeo and Esper said": the clause's end, no speaker
            out.append(prev)
            k = prev.start - 1
        return out

    def _including(self, sent: Sentence, v: int) -> list[Mention]:
        """The actors listed after "including" right before the verb at ``v``: "Many European
        countries, including the UK, Germany and Sweden, announced"."""
        low = sent.lower
        i = next((k for k in range(v - 1, max(-1, v - 16), -1) if low[k] == "including"), None)
        if i is None:
            return []
        out: list[Mention] = []
        k, end = i + 1, v
        while end > k and low[end - 1] in _AUXILIARIES:
            end -= 1  # "..., including Germany and Poland, have said"
        while k < end:
            m = sent.mention_at(k)
            if m is not None and m.role == "actor":
                out.append(m)
                k = m.end
            elif low[k] in {",", "and", "the", "as", "well"}:
                k += 1
            else:
                return []
        return out

    def _subject_before(self, sent: Sentence, v: int) -> Mention | None:
        """The first actor of the sentence before ``v`` that no preposition or verb governs."""
        low = sent.lower
        for m in sent.mentions:
            if m.start >= v:
                break
            if m.role != "actor":
                continue
            if low[m.end : m.end + 1] in (["’s"], ["'s"]) and sent.mention_at(m.end + 1) is not None:
                continue  # "Serbia's Foreign Ministry": the ministry
            if _title_of_next(sent, m):
                continue  # "Iranian Foreign Minister Manouchehr Mottaki": the minister
            before = m.start - 1
            while before > 0 and low[before] in {"the", "a", "an"}:
                before -= 1
            if m.start == 0 or (low[before] not in _PREPOSITIONS and low[before] not in _TRIGGERS):
                return self._apposed(sent, m)
        return None

    def _speaker_at(self, sent: Sentence, j: int, near: bool = False) -> Mention | None:
        """The speaker named in the phrase from ``j``: a person if one is named, else the first actor.

        "by the official representative of the Ministry of Foreign Affairs of Iran Nasser Kanani"
        is Kanani. With ``near`` the phrase must start with the name.
        """
        low = sent.lower
        while j < len(low) and low[j] in {"the", "a", "an"}:
            j += 1
        first = None
        for k in range(j, min(len(low), j + 16)):
            m = sent.mention_at(k)
            if m is not None and m.role == "actor":
                if m.type == EntityType.PERSON:
                    return m
                if m.type == EntityType.COUNTRY and low[m.end : m.end + 1] and low[m.end] in _PRESS_NOUNS:
                    continue  # "according to a Nepali newspaper report": the press of Nepal, not Nepal
                first = first or m
            elif near and low[k] not in _SPEAKER_WORDS:
                return first  # "..., writes Politico.": the name the phrase starts with, or no one
            if (
                first is None
                and low[k] == "who"
                and low[k + 1 : k + 2] in (["spoke"], ["talked"], ["told"])
                and (paper := self._speaker_at(sent, k + 2 + (low[k + 2 : k + 3] in (["to"], ["with"]))))
                is not None
                and self._outlet(paper.entity)
            ):
                return paper  # "according to sources who spoke with the British newspaper The Times"
            if low[k] == "in" and low[k - 1] in _PIECES and first is None:
                # "according to a report in Want China Times": the outlet that carried it
                paper = sent.mention_at(k + 1 + (low[k + 1 : k + 2] == ["the"]))
                return paper if paper is not None and paper.type == EntityType.ORGANIZATION else None
            if (
                low[k] in _PHRASE_ENDS
                and not (
                    low[k] == "in"
                    and low[k - 1] in {"authorities", "officials", "government"}
                    and first is None
                )  # "the authorities in the West African country": that country's
                and not (low[k] in {"“", '"'} and low[k - 1] in {"the", "by"} and sent.mention_at(k + 1))
            ):  # "by the “Belarusian Gayun” monitoring group": a name in quotes
                break
        return first

    def _documents_frame(self, sent: Sentence, v: int) -> _Frame | None:
        """ "Iran sent drones, documents seen by The Guardian show", "Files obtained by the BBC reveal
        that ...": the outlet that holds the papers reports what they show."""
        low, n = sent.lower, len(sent.lower)
        if v == 0 or low[v - 1] not in _DOCUMENTS or low[v + 1 : v + 2] != ["by"]:
            return None
        src = self._speaker_at(sent, v + 2)
        if src is None:
            return None
        k = src.end
        if low[k : k + 1] and low[k] in _SHOW:
            if low[k + 1 : k + 2] in ([], ["."]) and v >= 3 and low[v - 2] == ",":
                return _Frame(v, src, 0, v - 2)  # the claim before the comma
            return _Frame(v, src, k + 1 + (low[k + 1 : k + 2] == ["that"]), n)
        return None

    def _noun_frame(self, sent: Sentence, v: int) -> _Frame | None:
        """ "a Wall Street Journal report that ...", "X has not seen evidence that ..."."""
        low = sent.lower
        if low[v] == "seen":
            if _EVIDENCE.isdisjoint(low[v + 1 : v + 4]):
                return None
            src = self._source_before(sent, v)
            return _Frame(v, src, v + 1, len(low)) if src is not None else None
        j = v + 1
        aside = low[j : j + 1] == [","]  # "The report, published by The Intercept, claimed"
        j += aside
        if low[j : j + 1] in (["published"], ["released"], ["issued"]):
            # "published by", "released Thursday by"
            j = next((k for k in range(j + 1, min(len(low), j + 3)) if low[k] == "by"), j + 1)
        elif aside:
            return None
        by = sent.mention_at(j + 1 + (low[j + 1 : j + 2] == ["the"])) if low[j : j + 1] == ["by"] else None
        if (m := by) is not None and m.role == "actor":
            # "a report published by the New York Times claiming that ...", "a report by X that ...",
            # "the report released Thursday by X said ..."
            end = m.end + (aside and low[m.end : m.end + 1] == [","])
            k = end + (end < len(low) and (low[end] in _CLAIMING or low[end] in _SAY))
            k += low[k : k + 1] == ["that"]
            return _Frame(v, m, k, len(low)) if k > end else None
        if (
            v > 0
            and low[v - 1] in _ASIDE
            and low[v] in _CLAIM_NOUNS
            and low[v + 1 : v + 2] in (["from"], ["by"])
        ):
            # "denied arming the RSF, despite reports from UN experts and US lawmakers": each of
            # them reports the claim the sentence has made
            named = self._named_after(sent, v + 2)
            return _Frame(v, named[0], 0, v, also=named[1:]) if named else None
        about = low[v + 1 : v + 2] in (["about"], ["of"], ["on"]) and low[v] in _CLAIM_NOUNS
        if low[v + 1 : v + 2] != ["that"] and not about:
            return None
        k = v - 1
        if about:
            # "Japanese media reports about the alleged supplies", "US claims of arms deliveries"
            k -= k > 0 and low[k] in {"’s", "'s"}  # "Seoul's claims of ..."
            m = sent.mention_at(k) if k >= 0 else None
            if m is None or m.role != "actor":
                return None
            return _Frame(v, m, v + 2, len(low))
        if k >= 0 and low[k] in _NOUN_ADJECTIVES:
            k -= 1  # "Blinken's recent statement that ..."
        if k >= 0 and low[k] in _VOICING and low[v] in _CONCERNS:
            m = self._source_before(sent, k)  # "the US has expressed concerns that ..."
        else:
            if k >= 0 and low[k] in {"’s", "'s"}:
                k -= 1
            m = sent.mention_at(k) if k >= 0 else None
        if m is None or m.role != "actor":
            return None
        m = _author(sent, m)
        return _Frame(v, m, v + 2, len(low), also=self._listed_before(sent, m))

    def _spread_frame(self, sent: Sentence, v: int) -> _Frame | None:
        """ "Armenian media spread fake information that ...": the spreaders report the story; a
        "fake" before it is the writer's judgement (see `_spread_judged`)."""
        low = sent.lower
        k = v - 1
        while k >= 0 and low[k] in _DENIAL_WORDS:
            k -= 1
        if low[v + 1 : v + 2] != ["that"] or k < 0 or low[k] not in _SPREAD:
            return None
        src = self._source_before(sent, k)
        return _Frame(v, src, v + 2, len(low)) if src is not None else None

    def _present_claim(self, sent: Sentence, v: int) -> _Frame | None:
        """ "Sudan's government claims the RSF has launched drones", "Reuters reports Iran sent ...",
        "dismissed US claims Iran sent ...": the actor right before "claims" or "reports" makes the
        claim of the clause after (with "that", the noun frame reads it)."""
        low = sent.lower
        if low[v] == "reports" and low[v - 1 : v] == [","] and v > 1:
            # "Turkiye has supplied drones to Sudan's army, reports the Middle East Monitor."
            after = self._speaker_at(sent, v + 1, near=True)
            if after is not None and low[after.end : after.end + 1] in ([], ["."], [","]):
                return _Frame(v, after, 0, v - 1)
        src = sent.mention_at(v - 1) if v > 0 else None
        if (
            src is None
            and v > 0
            and (
                low[v - 1] in _OFFICES
                or low[v - 1] in _SPOKEN_BODIES
                or (low[v] == "charges" and low[v + 1 : v + 2] == ["that"])
            )
        ):
            src = self._source_before(sent, v)  # "Sudan's government claims", "Kigali charges that"
        if src is None and low[v - 1 : v] == [","] and low[v + 1 : v + 2] == ["that"]:
            # "N'Djamena, in turn, charges that ...": the actor before the aside
            k = next((k for k in range(v - 2, max(0, v - 6), -1) if low[k] == ","), 0)
            src = sent.mention_at(k - 1) if k > 0 else None
        if src is None or src.role != "actor" or v + 1 >= len(low):
            return None
        if low[v + 1] in {",", "."} and src.start > 1 and low[src.start - 1] == ",":
            # "The US is sending ATACMS to Ukraine, Reuters reports, citing an official": the clause
            # before is what it reports
            return _Frame(v, src, 0, src.start - 1)
        if low[v + 1] in _PREPOSITIONS or low[v + 1] in {",", ".", "and", "or"}:
            return None  # "Russian claims of ...", "the US reports, ...": a noun
        # a noun or not ("dismissed US claims Iran sent drones"), the actor before it makes the claim
        return _Frame(v, self._apposed(sent, src), v + 1, len(low))

    def _named_after(self, sent: Sentence, k: int) -> list[Mention]:
        """The actors listed from ``k`` to the end of the phrase: "UN experts, US politicians and
        rights groups"; stops at a clause, a verb of saying or an event."""
        low = sent.lower
        out: list[Mention] = []
        for j in range(k, min(len(low), k + 16)):
            w = low[j]
            if w in _CLAUSE_WORDS or w in _STOP or w in _SAY or w in _TRIGGERS or w in {".", "“", '"'}:
                break
            m = sent.mention_at(j)
            if m is not None and m.role == "actor" and m.start == j:
                out.append(m)
        return out

    def _nested(self, sent: Sentence, a: _Frame, b: _Frame) -> bool:
        """Whether frame ``b`` sits in the complement of ``a``: no clause break between them."""
        if a.source is None or (b.source is not None and b.source.start < a.start):
            return False
        # "Kirby said the US has information that indicates ...": unnamed, it is still inside
        between = sent.lower[a.start : b.source.start if b.source is not None else b.verb]
        return not any(w in {",", ";", "and", "but", "adding", "while"} for w in between)

    def _apposed(self, sent: Sentence, m: Mention) -> Mention:
        """The person in "Person, a member of Body," when ``m`` is that body."""
        if m.type == EntityType.PERSON:
            return m
        for person, body, _ in sent.members:
            if m.entity != body and (body, m.entity) not in sent.parts:
                continue
            p = next((x for x in sent.mentions if x.entity == person and x.end < m.start), None)
            between = sent.lower[p.end : m.start] if p is not None else []
            if (
                p is not None
                and "," in between
                and m.start - p.end <= 14
                and not any(w in _SAY or w == "that" for w in between)
            ):
                return p
        return m

    def _source_before(self, sent: Sentence, v: int) -> Mention | None:
        low = sent.lower
        for m in sent.mentions:
            # "Turkey's ambassador to Ukraine said": the one whose official speaks
            if m.role != "actor" or m.end + 1 >= v or low[m.end] not in {"’s", "'s"} or m.start > v:
                continue
            rest = low[m.end + 1 : v]
            if (
                rest
                and rest[0] in _OFFICES
                and all(
                    w in _OFFICES
                    or w in {"to", "in", "for", "the", "foreign", "defence", "defense", "press"}
                    or (sent.mention_at(k) is not None and sent.mention_at(k).type == EntityType.COUNTRY)
                    for k, w in enumerate(rest, m.end + 1)
                )
            ):
                return m
        best = None
        for m in sent.mentions:
            if m.end <= v and v - m.end <= 6 and m.role == "actor":
                p = m.start - 1
                while p > 0 and sent.lower[p] in {"the", "a", "an"}:
                    p -= 1
                if (
                    m.start > 0
                    and sent.lower[p] in _PREPOSITIONS
                    and not (
                        # "a report in the Guardian said": the paper it ran in
                        (
                            sent.lower[p] in {"by", "from", "of", "in"}
                            and p > 0
                            and sent.lower[p - 1] in _WRITINGS
                        )
                        or (sent.lower[p] in {"for", "of"} and p > 0 and sent.lower[p - 1] in _VOICES)
                        # "officials in Washington said": the state whose officials speak
                        # "analysts at IHS Jane's have written": the body they work for
                        or (sent.lower[p] in {"in", "at"} and p > 0 and sent.lower[p - 1] in _SEATED)
                    )
                ):
                    # "... against Russian advances," Jean-Pierre said: no speaker; but "a report by
                    # The Telegraph revealed", "a spokesperson for the German government said": the
                    # one who wrote it, the one spoken for
                    continue
                who = next(
                    (k for k in range(m.start - 1, max(-1, m.start - 5), -1) if sent.lower[k] == "who"), None
                )
                if who is not None and any(
                    w not in {"the", "a", "an"} for w in sent.lower[who + 1 : m.start]
                ):
                    # "A diplomat who closely watches the Sandinista military said": the diplomat (but
                    # "The Houthis, who Saudi Arabia says receive ...": Saudi Arabia)
                    continue
                between = sent.lower[m.end : v]
                owned = between[:1] in (["’s"], ["'s"])  # "SIPRI's Arms Transfers Database showed"
                if any(w in {"that", ","} or (not owned and (w in _SAY or w in _SUPPLY)) for w in between):
                    continue
                post = (
                    m.type == EntityType.PERSON
                    and between[:1] in (["to"], ["in"])
                    and (x := sent.mention_at(m.end + 1)) is not None
                    and x.type == EntityType.COUNTRY
                    and x.end == v
                )  # "Moscow's ambassador to Washington said": his post, not a speaker
                if not post and any(
                    sent.mention_at(k) and sent.mention_at(k).role == "actor" for k in range(m.end, v)
                ):
                    continue
                best = m
        if best is None:
            best = self._speaker_before_relative(sent, v)
        if best is None and (first := next(iter(sent.mentions), None)) is not None:
            # "Kiev and its allies in many Western capitals have accused ...": the subject that opens
            # the sentence, further off, when nothing between speaks, supplies or starts a clause
            low = sent.lower
            between = low[first.end : v]
            opener = low[: first.start]
            if opener[1:2] == [","] and opener[0].isalpha():
                opener = opener[2:]  # "Previously, UN experts monitoring ... indicated": past an adverb
            if (
                first.role == "actor"
                and opener in ([], ["the"])
                and 5 < v - first.end <= 10
                and not any(
                    w in _SAY or w in _TRIGGERS or w in _CLAUSE_BREAKS or w in _CLAUSE_WORDS for w in between
                )
                and not any(w in {",", "“", '"', "”"} for w in between)
                # no other subject between ("monitoring the embargo on Yemen": governed, no subject)
                and not any(
                    (x := sent.mention_at(k)) and x.role == "actor" and not _governed(low, x.start)
                    for k in range(first.end, v)
                )
            ):
                best = first
        return self._apposed(sent, best) if best is not None else None

    def _speaker_before_relative(self, sent: Sentence, v: int) -> Mention | None:
        """ "the agency, which oversees arms sales, also said": the speaker before a relative clause
        set off by commas."""
        low = sent.lower
        k = v - 1
        while k > 0 and low[k] in {"also", "has", "had", "have", "later", "then"}:
            k -= 1
        if k < 3 or low[k] != ",":
            return None
        # the comma that opens the clause, past any inside it ("which has ties to the country's
        # most powerful force, the Revolutionary Guard,")
        j = next(
            (j for j in range(k - 1, max(0, k - 30), -1) if low[j] == "," and low[j + 1] in {"which", "who"}),
            None,
        )
        if j is not None and low[j - 1 : j] == [")"]:
            # "PM Eduard Heger (OĽaNO), who is on his way to Kyiv, has confirmed": past his party
            j = next((i for i in range(j - 2, max(0, j - 8), -1) if low[i] == "("), j)
        if j is None or j < 1:
            return None
        m = sent.mention_at(j - 1)
        return m if m is not None and m.role == "actor" else None

    def _content_after(self, sent: Sentence, k: int) -> bool:
        low = sent.lower
        rest = [
            w
            for w in low[k:]
            if w not in {".", ",", "”", '"', "’", "on", "in", "a", "the", "to", "reporters"}
        ]
        if low[k : k + 1] == ["that"] or (k < len(low) and low[k] in {"“", '"', ":"}):
            return True
        if low[k : k + 1] == ["as"] and low[k + 1 : k + 2] in (["he"], ["she"], ["they"]):
            return False  # "..., a spokesman claimed as he showed videos": what they said came before
        return (
            any(
                w in _SUPPLY or w in _RECEIVE or w in _USE or w in _DENY or w in _BACKING or w in _TRAIN
                for w in rest
            )
            # "John Kirby said Iran armed the Houthis"
            or any(
                w in {"armed", "arming", "rearmed"}
                or (w == "arms" and sent.mention_at(k + i + 1 + (low[k + i + 1 : k + i + 2] == ["the"])))
                for i, w in enumerate(low[k:])
            )
            or len(rest) > 6
            or not _REACHED.isdisjoint(rest)  # "said the FARC's rifles came from Venezuela"
        )

    def _frame_of(self, frames: list[_Frame], t: int) -> _Frame | None:
        inside = [f for f in frames if f.start <= t < f.end and f.verb != t]
        return min(inside, key=lambda f: f.end - f.start) if inside else None

    def _speaker_frame(self, frames: list[_Frame], t: int) -> _Frame | None:
        """The innermost frame around ``t`` whose speaker is named ("we assess ...," Kirby said)."""
        named = [f for f in frames if f.start <= t < f.end and f.verb != t and f.source is not None]
        return min(named, key=lambda f: f.end - f.start) if named else None

    def _official_voice(
        self, sent: Sentence, frame: _Frame, fact: dict[str, Any], doc: _Doc, trig: int
    ) -> str | None:
        """The state that speaks as an unnamed official body: "the military said", "the Defence
        Ministry announced", "an official statement said". That of the dateline, or else the state
        the sentence opens with when it is a party to the claim ("Egypt received jets, the military
        said"); None when the words by the verb name no official body. A supplier's military, with
        no dateline, may be a third state's ("North Korea sent shells, the military said")."""
        low, v = sent.lower, frame.verb
        if v < 0 or frame.source is not None:
            return None
        near = [*low[max(0, v - 4) : v], *low[v + 1 : v + 4]] if frame.start > v else low[max(0, v - 4) : v]
        if frame.start == 0 and frame.end <= v:
            near = low[v + 1 : v + 4] if low[v - 1 : v] in ([","], ["”"], ['"']) else low[max(0, v - 4) : v]
        if _OFFICIAL_BODIES.isdisjoint(near) or not _UNOFFICIAL.isdisjoint(near):
            return None
        if not _DENIAL_CUES.isdisjoint(sent.vocab):
            return None  # whose denial it is, the denial rules read
        if doc.home is not None:
            return doc.home
        first = next((m for m in sent.mentions if m.role == "actor"), None)
        if (
            first is not None
            and first.type == EntityType.COUNTRY
            and first.entity == fact.get("object")
            and first.end <= trig
        ):
            return first.entity  # a receipt the state's own body tells of; a supplier's is less sure
        return None


def _author(sent: Sentence, paper: Mention) -> Mention:
    """Who wrote the piece ``paper`` carried: "an opinion piece by Vladimir Putin in The New York
    Times claims" is Putin's claim; else ``paper``."""
    low = sent.lower
    p = paper.start - 1 - (paper.start > 1 and low[paper.start - 1] == "the")
    if p < 3 or low[p] != "in":
        return paper
    writer = sent.mention_at(p - 1)
    if writer is None or writer.role != "actor":
        return paper
    k = _title_start(sent, writer.start) - 1
    k -= k > 0 and low[k] in {"the", "a", "an"}
    return (
        writer if k > 0 and low[k] == "by" and (low[k - 1] in _PIECES or low[k - 1] in _WRITINGS) else paper
    )


def _governed(low: list[str], k: int) -> bool:
    """Whether a preposition governs the phrase at ``k``: "on Yemen", "on the Houthis"."""
    k -= 1
    k -= k > 0 and low[k] == "the"
    return k >= 0 and low[k] in _PREPOSITIONS


def _quoted(sentences: list[Sentence]) -> dict[int, tuple[int, int]]:
    """Sentences in a quotation: each with the sentences that open and that close it.

    A sentence is in one when it starts with an opening quote or inside an open one.
    Quotations do not run across paragraphs; straight quotes open and close in turn.
    """
    out: dict[int, tuple[int, int]] = {}
    pending: list[int] = []  # sentences of the quotation still open
    opener = 0
    for i, sent in enumerate(sentences):
        if i and sent.paragraph != sentences[i - 1].paragraph:
            out.update((k, (opener, k)) for k in pending)  # never closed
            pending = []
        inside = bool(pending)
        if inside or sent.lower[:1] in (["“"], ['"']):
            pending.append(i)
            opener = opener if inside else i
        mid = False  # a quotation opened after the sentence's start
        for w in sent.lower:
            if w == "“" or (w == '"' and not inside):
                if not inside and not pending:
                    opener = i
                    pending.append(i)
                    mid = sent.lower[:1] not in (["“"], ['"'])
                inside = True
            elif w in {"”", '"'}:
                inside = False
        if not inside and mid and pending == [i]:
            pending = []  # 'denied it, calling the reports "baseless."': the narrator's sentence
        if not inside:
            out.update((k, (opener, i)) for k in pending)
            pending = []
    out.update((k, (opener, k)) for k in pending)
    return out


def _closing_find(low: list[str], v: int) -> bool:
    """ "The UAE sent armoured vehicles to Libya, a UN panel found.": "found" that ends the sentence
    after a comma and its subject, an attribution like "said".

    >>> _closing_find(["x", "sent", "arms", ",", "the", "panel", "found", "."], 6)
    True
    """
    return low[v + 1 : v + 2] in ([], ["."]) and "," in low[max(0, v - 6) : v]


def _opens_clause(low: list[str], k: int) -> bool:
    """Whether the name that ends at ``k`` is the subject of a clause ("said Iran had sent ...")
    rather than a speaker named after the verb ("said John Kirby, the spokesman")."""
    return k < len(low) and (low[k] in _AUXILIARIES or low[k] in _TRIGGERS or low[k] in _RESOLVE)


def _stretch(low: list[str], k: int, most: int) -> int:
    """How many words from ``k`` (at most ``most``) before a comma or a stop."""
    return next((j - k for j in range(k, min(len(low), k + most)) if low[j] in {",", ";", "."}), most)


def _not_telling(low: list[str], v: int) -> bool:
    """Whether "tell" at ``v`` is no present-tense "officials tell Reuters": "to tell", "could not
    tell", "I tell you", "tell the difference"."""
    after = low[v + 1 : v + 3]
    return (
        v == 0
        or low[v - 1] in _MODALS
        or low[v - 1] in {"to", "not", "n't", "cannot", "can", "did", "do", "does", "please"}
        or after[:1] == ["you"]
        or after in (["the", "difference"], ["the", "truth"])
    )


def _title_of_next(sent: Sentence, m: Mention) -> bool:
    """Whether the state named at ``m`` opens the title of the person named next ("Iranian Foreign
    Minister Manouchehr Mottaki")."""
    k = m.end
    while k < len(sent.lower) and sent.lower[k] in _TITLE_WORDS:
        k += 1
    after = sent.mention_at(k)
    return k > m.end and after is not None and after.type == EntityType.PERSON
