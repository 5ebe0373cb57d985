"""Numbers written as words: "achttien", "vierentwintig", "tweehonderd".

spaCy's Dutch ``like_num`` knows some thirty number words; the news writes any number up to
twenty (and many beyond) in words. ``text2num`` reads them all, so a token like
"achttien" counts as a number for the entity rules ("achttien seconden") and the parse.
So does a time measured on a clock ("liep de marathon in 2:03.36"; spaCy's reads only
digits with points and commas, "6.48,21").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.attrs import LIKE_NUM
from spacy.language import Language
from text_to_num import text2num

# Hours or minutes, then minutes or seconds, perhaps fractions: "2:03.36", "1:45:20".
TIMING = re.compile(r"\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?")

# The languages text2num reads, by spaCy code.
READ = {"nl", "en", "de", "fr", "es", "pt", "it", "da"}


def value(word: str, lang: str) -> int | None:
    """The number a word writes ("vierentwintig" → 24), or None."""
    if lang not in READ or not word.isalpha():
        return None
    try:
        return int(text2num(word.lower(), lang))
    except ValueError:
        return None


def read_number_words(nlp: Language) -> None:
    """Make ``like_num`` of ``nlp``'s vocabulary true for every number word of its language
    and for times measured on a clock."""
    lang = str(nlp.lang)
    if lang not in READ:
        return
    # The vocabulary's attribute functions (not in spaCy's type stubs).
    getters: dict[int, Callable[[str], object]] = nlp.vocab.lex_attr_getters  # type: ignore[attr-defined]
    base = getters.get(LIKE_NUM)

    def like_num(text: str) -> bool:
        return (
            bool(base and base(text))
            or value(text, lang) is not None
            or TIMING.fullmatch(text) is not None
        )

    getters[LIKE_NUM] = like_num
