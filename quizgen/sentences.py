"""Sentence starts that keep an opening quote or bracket with the sentence it opens.

spaCy's rule-based sentencizer ends a sentence at the first word after ". ! ?" that is not
punctuation, so in

    … mee instemden. "Dit is een goede dag," zegt ze.

the opening quote is left at the end of the first sentence, and each of the two sentences
holds one quote mark. This component, placed right after the sentencizer, moves such a
sentence start back over the punctuation that opens the next sentence: a quote mark with
white space (or the text's start) before it and none after, or an opening bracket.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Token

FACTORY = "quizgen_sentence_quotes"


def opens(tok: Token) -> bool:
    """Whether ``tok`` is punctuation that opens what follows it."""
    if tok.whitespace_ or tok.i + 1 == len(tok.doc):
        return False
    if tok.is_bracket and tok.is_left_punct and not tok.is_right_punct:
        return True
    before = tok.doc[tok.i - 1] if tok.i else None
    return tok.is_quote and (before is None or bool(before.whitespace_) or before.is_space)


def move_starts(doc: Doc) -> int:
    """Move sentence starts back over opening punctuation; return how many moved."""
    moved = 0
    for tok in doc[1:]:
        if not tok.is_sent_start:
            continue
        first = tok.i
        while first - 1 > 0 and opens(doc[first - 1]) and not doc[first - 1].is_sent_start:
            first -= 1
        if first != tok.i:
            tok.is_sent_start = False
            doc[first].is_sent_start = True
            moved += 1
    return moved


@Language.factory(FACTORY)
def make_sentence_quotes(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The fix as a pipeline component, right after the sentencizer."""

    def component(doc: Doc) -> Doc:
        move_starts(doc)
        return doc

    return component
