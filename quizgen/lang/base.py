"""What the language modules share: the asked-question record and the curated word lists."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Asked:
    """A realised question with its expected answer and the other accepted answers."""

    prompt: str
    answer: str
    accepted: tuple[str, ...]


@cache
def word_lists(lang: str) -> dict[str, list[str]]:
    """Curated per-type lists (months, weekdays, countries, …) from ``data/<lang>/lists.json``."""
    path = resources.files("quizgen") / "data" / lang / "lists.json"
    data: dict[str, list[str]] = json.loads(path.read_text("utf-8"))
    return data


@cache
def countries(lang: str) -> frozenset[str]:
    return frozenset(word_lists(lang)["countries"])
