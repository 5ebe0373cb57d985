"""A cheap offline language check: is this article in the language the user asked for?

Not a general language identifier: it only has to catch the common mistakes (an English
text with ``--lang nl``, a French or Chinese text) before the slow parse, and it must never
reject a real Dutch or English news text. So it counts frequent function words from short
hand-curated lists (``data/langid.json``) and recognises non-Latin scripts by Unicode name.
"""

from __future__ import annotations

import functools
import itertools
import json
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources

from quizgen.errors import InputError
from quizgen.nlp import LANGUAGES

#: Below this many words the function-word shares are noise: no verdict.
MIN_WORDS = 12
#: Only the start of a long text is looked at; a news article is one language throughout.
SAMPLE_WORDS = 2000
SAMPLE_LETTERS = 20000
#: A language "clearly" wins with at least this share of its function words …
CLEAR_SHARE = 0.15
#: … and this many times the share of the asked-for language.
CLEAR_RATIO = 1.5
#: Dutch and English news prose has 30-50 % function words; under this share it is neither.
MIN_SHARE = 0.08
#: More than this share of letters outside the Latin script → the script decides.
FOREIGN_SCRIPT_SHARE = 0.5

# Words with an inner apostrophe ("don't", "zo'n") stay whole, as in the word lists.
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")


@dataclass(frozen=True)
class _Data:
    names: dict[str, str]
    function_words: dict[str, frozenset[str]]
    scripts: dict[str, str]


@functools.cache
def _data() -> _Data:
    raw = json.loads((resources.files("quizgen") / "data" / "langid.json").read_text("utf-8"))
    return _Data(
        names=raw["names"],
        function_words={k: frozenset(v.split()) for k, v in raw["function_words"].items()},
        scripts=raw["scripts"],
    )


def language_name(lang: str) -> str:
    return _data().names.get(lang, lang)


def _supported() -> str:
    return "quizgen handles " + " and ".join(f"{language_name(k)} ({k})" for k in LANGUAGES)


def _is_latin(ch: str) -> bool:
    # Basic Latin to Latin Extended-B, IPA, and Latin Extended Additional (Vietnamese etc.).
    code = ord(ch)
    return code < 0x250 or 0x1E00 <= code <= 0x1EFF


def _foreign_script(text: str) -> str | None:
    """The description of the dominant non-Latin script, or None when the text is mostly Latin."""
    counts: dict[str, int] = {}
    letters = 0
    for ch in text:
        if not ch.isalpha():
            continue
        letters += 1
        if not _is_latin(ch):
            script = unicodedata.name(ch, "UNKNOWN").split(" ", 1)[0]
            counts[script] = counts.get(script, 0) + 1
        if letters >= SAMPLE_LETTERS:
            break
    if not counts or sum(counts.values()) <= letters * FOREIGN_SCRIPT_SHARE:
        return None
    top = max(counts, key=lambda s: counts[s])
    return _data().scripts.get(top, f"{top.title()} (by its script)")


def function_word_shares(words: list[str]) -> dict[str, float]:
    """Per language, the share of ``words`` (lowercased) that are its function words."""
    n = len(words) or 1
    return {
        lang: sum(1 for w in words if w in vocab) / n
        for lang, vocab in _data().function_words.items()
    }


def check_language(text: str, lang: str) -> None:
    """Raise InputError when ``text`` is clearly not in ``lang``; stay silent when unsure."""
    want = language_name(lang)
    script = _foreign_script(text)
    if script is not None:
        raise InputError(f"the text looks {script}, not {want}; {_supported()}")
    words = [m.group().lower() for m in itertools.islice(_WORD.finditer(text), SAMPLE_WORDS)]
    if len(words) < MIN_WORDS:
        return
    shares = function_word_shares(words)
    best = max(shares, key=lambda k: shares[k])
    own = shares.get(lang, 0.0)
    if best != lang and shares[best] >= CLEAR_SHARE and shares[best] >= CLEAR_RATIO * own:
        other = language_name(best)
        hint = f"use --lang {best}" if best in LANGUAGES else _supported()
        raise InputError(f"the text looks {other}, not {want}; {hint}")
    if own < MIN_SHARE:
        raise InputError(
            f"the text does not look {want} (too few common {want} words); {_supported()}"
        )
