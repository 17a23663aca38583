"""Relations and stance: from a sentence's mentions to facts.

Each sentence is read in three steps:

1. **Frames of attribution**: "X said (that) ...", "..., X said", "..., said
   X, the spokesman", "according to X", "X cited officials as saying", "a
   Reuters report that ...", "X called on Y to stop ...". The source of a frame
   is the actor next to its verb (past an apposition or a title); its
   complement is what X said. A frame inside another one ("X said that US
   intelligence indicates ...") is credited to the outer speaker; a speaker
   we cannot name ("they said", "according to state media") still makes the
   claim reported. Sentences inside a quotation belong to the quotation's
   speaker, named after it closes, before it opens, or in the quotation just
   before.
2. **Triggers**: supply verbs and nouns (supplied, sending, transfer of,
   military aid to, receive ... from, seeking ... from, helping X with), arms
   bound somewhere ("Iranian drones for Russia", "arms intended for Russia"),
   what a package, sale or deal named before includes, the verb that grants a
   supply noun ("approved the sale of jets to Israel"), orders with a named
   seller, attack nouns ("Russia's Shahed attacks", "rocket attacks from
   Russia"), use, train, deploy, produce, warn, sanctions; each finds its
   parties among the actors around it (a leader stands for their state;
   "we" in what someone says is the speaker's state). When a
   sentence leaves a party out ("Pyongyang also sent dozens of missiles",
   "the shipments were received by Russia", "denied the transfer") the
   article's own claim fills it in, never for statements of principle
   ("opposes the supply of weapons").
3. **Stance**: a denial ("denied", "dismissed reports that", "baseless",
   "has never supplied") turns the claim into a reported (or hypothetical)
   one plus a DENIES by the denier, never a positive fact; "if", "would",
   "may", "plans" make the clause they open hypothetical; a party speaking of
   its own supplies (or uses) confirms; any other source reports it;
   "reportedly", "allegedly", "reports that" report it without a named source.
   A sentence that denies a supply never restates it as positive.

A sentence whose supply misses a party the article names only later ("28
tanks have arrived in Poland" before "Poland ordered them from South Korea") is
read again at the end with the supplies around it; what that second reading
adds comes last, with the denials of it.

Where each part lives: ``reader`` (RuleReader: the sentence loop, the second
reading, fact ids), ``attribution`` (step 1), ``supply``, ``supply_phrases``,
``use``, ``training`` and ``warning`` (step 2, by construction), ``parties``
(the actors around a trigger), ``weapons`` (a fact's arms and qualifiers),
``context`` (what the article said before), ``stance`` (step 3). Each of those
holds one mixin that RuleReader inherits. ``vocabulary`` has the word sets,
``clauses`` the token tests several families share, ``state`` the frame and
document state a reading carries.
"""

from .reader import RuleReader

__all__ = ["RuleReader"]
