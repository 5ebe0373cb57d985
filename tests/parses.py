"""Hand-built parses for the tests of repairs and extraction (no model needed)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from quizgen import numerals
from quizgen.records import Fact

# A blank Dutch pipeline that reads numbers as the bundled one does.
NL = spacy.blank("nl")
numerals.read_number_words(NL)


def parsed(rows: list[tuple[str, str, int, str, str]]) -> Doc:
    """A Doc from (word, pos, head index, dep, IOB entity tag) rows."""
    words, pos, heads, deps, ents = (list(col) for col in zip(*rows, strict=True))
    return Doc(NL.vocab, words=words, pos=pos, heads=heads, deps=deps, ents=ents)


def event_facts(doc: Doc) -> list[Fact]:
    """The event facts quizgen finds in ``doc``."""
    from quizgen.extract import FactExtractor

    return [f for f in FactExtractor(doc, "nl").run().facts if f.kind == "event"]


def past_events(rows: list[tuple[str, str, int, str, str]]) -> list[Fact]:
    """The event facts of the rows, their third word a finite verb in the past tense."""
    doc = parsed(rows)
    doc[2].set_morph("Tense=Past|VerbForm=Fin")
    return event_facts(doc)


def entities(doc: Doc) -> list[tuple[str, str]]:
    """The document's entities as (text, label)."""
    return [(e.text, e.label_) for e in doc.ents]


def title_facts(doc: Doc) -> list[Fact]:
    """The person-function facts quizgen finds in ``doc``."""
    from quizgen.extract import FactExtractor

    return [f for f in FactExtractor(doc, "nl").run().facts if f.kind == "title"]


def functions_of(doc: Doc) -> list[str]:
    """The functions those facts give the people of ``doc``."""
    return [r.answer for f in title_facts(doc) for k, r in f.roles if k == "attribute"]
