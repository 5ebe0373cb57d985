"""Comparing answers and questions as words, not as raw strings."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from quizgen.records import BLANK

# A word may hold an apostrophe or hyphen between letters ("zo'n", "Jong-un"), not after
# them: "Staten'" before a closing quote is "Staten".
_WORD = re.compile(r"\w+(?:['’-]\w+)*", re.UNICODE)
ARTICLES = {"de", "het", "een", "the", "a", "an"}
# A function's portfolio or organisation right after the name: " voor Buitenlandse Handel",
# " van Landbouw" (Dutch puts it there; English before the function).
PORTFOLIO_AFTER = re.compile(
    r"\s+(?:van|voor)(?:\s+(?:de|het))?(?:\s+(?:(?:en|&|van|voor|de|der|het)\s+)*[A-Z][\w'’-]*)+"
    # (with the organisation's seat: "van het Nederlands Instituut … in Utrecht")
    r"(?:\s+(?:in|uit|te)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?"
)


@lru_cache(maxsize=8192)
def words(text: str) -> tuple[str, ...]:
    """The text's words, case-folded (cached: a quiz compares the same prompts and answers
    many times)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return tuple(_WORD.findall(folded))


@lru_cache(maxsize=8192)
def norm(text: str) -> str:
    return " ".join(words(text))


def core(text: str) -> str:
    """The answer without a leading article: "de VS" and "VS" are the same answer."""
    w = words(text)
    while w and w[0] in ARTICLES:
        w = w[1:]
    return " ".join(w)


def contains_words(haystack: str, needle: str) -> bool:
    """Whether ``needle`` occurs in ``haystack`` as whole words (words hold no spaces, so
    as a run of space-joined words)."""
    n = norm(needle)
    return bool(n) and f" {n} " in f" {norm(haystack)} "


def stems(text: str) -> str:
    """The text's words without an adjective's ending "-e" ("vlaamse" → "vlaams")."""
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("e") else w for w in words(text))


def contains_forms(haystack: str, needle: str) -> bool:
    """:func:`contains_words`, blind to an adjective's ending ("de Vlaamse minister van
    Cultuur" holds "Vlaams minister van Cultuur")."""
    return contains_words(stems(haystack), stems(needle))


def words_before_blank(prompt: str) -> list[str]:
    """The words before a fill-in prompt's blank, lower-cased ([] if none)."""
    at = prompt.find(BLANK)
    return [w.lower() for w in prompt[:at].split()] if at >= 0 else []


def word_before_blank(prompt: str) -> str:
    """The word right before a fill-in prompt's blank, lower-cased ("" if none)."""
    before = words_before_blank(prompt)
    return before[-1] if before else ""


def titles_of_names(sentence: str, pairs: Sequence[tuple[str, str]]) -> list[tuple[int, int]]:
    """Where ``sentence`` gives a name its function as one of ``pairs`` (function, name; as
    :func:`core` gives them) does, right before it or as its apposition: the spans to leave
    out, the function with its article ("[de Luxemburgse premier ]Claude Weber"), and its
    portfolio after the name as a span of its own, or with its commas ("Jeroen Wassink[,
    woordvoerder van ProRail,] zijn …")."""
    found = [
        (m.start(), m.end(), unicodedata.normalize("NFKC", m.group()).casefold())
        for m in _WORD.finditer(sentence)
    ]
    spans: list[tuple[int, int]] = []
    for function, name in pairs:
        title, named = function.split(), name.split()
        size = len(title) + len(named)
        for i in range(len(found) - size + 1):
            run = [w for _, _, w in found[i : i + size]]
            gaps = [sentence[found[k][1] : found[k + 1][0]] for k in range(i, i + size - 1)]
            after = found[i + size - 1][1]
            if run == [*title, *named] and not any(g.strip() for g in gaps):
                # ("[Minister ]Els Dijkhuizen[ voor Buitenlandse Handel] maakte …": the
                # portfolio after the name is the function's, and goes with it.)
                if title and (portfolio := PORTFOLIO_AFTER.match(sentence, after)):
                    spans.append(portfolio.span())
                start = found[i][0]
                if (
                    i
                    and found[i - 1][2] in ARTICLES
                    and not sentence[found[i - 1][1] : start].strip()
                ):
                    start = found[i - 1][0]
                spans.append((start, found[i + len(title)][0]))
            if (
                run == [*named, *title]
                and gaps[len(named) - 1].strip() == ","
                and not any(g.strip() for k, g in enumerate(gaps) if k != len(named) - 1)
                and sentence[after : after + 1] == ","
                # (A function, not a name: "Minister van Buitenlandse Zaken, Shimon Peres,"
                # keeps its name.)
                and sentence[found[i + len(named)][0]].islower()
            ):
                spans.append((found[i + len(named) - 1][1], after + 1))
    return spans
