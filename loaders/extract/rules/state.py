"""What a reading carries: a frame of attribution, and the state of the article read so far."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from ..mentions import Mention, Sentence
from .vocabulary import _RECENT

__all__ = ["_Doc", "_Frame"]


@dataclass(slots=True)
class _Frame:
    verb: int
    source: Mention | None
    start: int
    end: int
    inner: Mention | None = None
    confirms: bool = False
    outer: _Frame | None = None  # the frame that reports this one
    also: list[Mention] = field(default_factory=list)  # "Kyiv and Washington said": the other speakers
    hearsay: bool = False  # inside "according to state media" and the like: reported, by no one named
    outlet: Mention | None = None  # "Kirby told CNN": the outlet the speaker told, which reports it too


@dataclass(slots=True)
class _Doc:
    published: dt.date | None
    facts: list[dict[str, Any]] = field(default_factory=list)
    seen: set[tuple[str, str, str]] = field(default_factory=set)
    last_source: str | None = None
    last_weapons: list[str] = field(default_factory=list)
    last_group: str | None = None  # the state or body named last, for "they"
    last_denial: tuple[str, str] | None = None  # (claim fact id, quote)
    sentence_start: int = 0  # index of the current sentence's first fact
    previous_start: int = 0  # index of the previous sentence's first fact
    last_quote: tuple[int, Mention] | None = None  # (paragraph, speaker) of the last attributed quote
    dated: tuple[Sentence, str | None] | None = None  # the last sentence whose date was read, and it
    supplies: list[dict[str, Any]] = field(default_factory=list)  # the SUPPLIES facts, in order
    # (body, state, sentence): a body and the state it belongs to, as first met; stated at the end,
    # for the bodies some other fact names
    parts: list[tuple[str, str, Sentence]] = field(default_factory=list)
    index: int = 0  # the sentence being read
    id_base: int = 0  # fact ids start after it (a second reading numbers apart from the first)
    # (sentence, supplies known then): a supply whose other party may come later in the article
    waiting: list[tuple[int, int]] = field(default_factory=list)
    home: str | None = None  # the state of the dateline ("BISHKEK, Kyrgyzstan (AA) -")

    def recent_supplies(self) -> list[dict[str, Any]]:
        """The last supply claims: what a sentence that leaves a party out can mean. Bounded, so a
        huge text stays linear."""
        return self.supplies[-_RECENT:]
