"""Reading and checking the article text before any parsing."""

from __future__ import annotations

import re
from dataclasses import dataclass

# The metadata may stand on its own line or, as in some exports, run on into the first
# paragraph ("date 2018-03 De Noord-Koreaanse leider …").
_DATE_LINE = re.compile(r"\A\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)(?:[ \t]*\r?\n|[ \t]+|\Z)")


@dataclass(frozen=True)
class Article:
    """The article body with its metadata; ``offset`` is where the body starts in the raw text."""

    text: str
    date: str | None = None
    offset: int = 0


def split_metadata(raw: str) -> Article:
    """Take a leading ``date YYYY-MM`` or ``date YYYY-MM-DD`` off the text as the article date."""
    m = _DATE_LINE.match(raw)
    if not m:
        return Article(raw)
    return Article(raw[m.end() :], m.group(1), m.end())
