"""What the language modules share: the asked-question record and the curated word lists."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class Asked:
    """A realised question with its expected answer and the other accepted answers."""

    prompt: str
    answer: str
    accepted: tuple[str, ...]


@cache
def data_file(lang: str, name: str) -> dict[str, Any]:
    """``quizgen/data/<lang>/<name>.json`` (lists, lexicon), read once; {} when the language
    has none."""
    path = resources.files("quizgen") / "data" / lang / f"{name}.json"
    if not path.is_file():
        return {}
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


@cache
def word_lists(lang: str) -> dict[str, list[str]]:
    """Curated per-type lists (months, weekdays, countries, …) from ``data/<lang>/lists.json``."""
    return {k: v for k, v in data_file(lang, "lists").items() if isinstance(v, list)}


@cache
def word_groups(lang: str) -> dict[str, dict[str, list[str]]]:
    """Grouped lists from the same file: countries by continent, cities by country."""
    return {k: v for k, v in data_file(lang, "lists").items() if isinstance(v, dict)}


@cache
def countries(lang: str) -> frozenset[str]:
    return frozenset(word_lists(lang)["countries"])


@cache
def place_names(lang: str) -> frozenset[str]:
    """Countries and cities."""
    lists = word_lists(lang)
    return frozenset(lists["countries"]) | frozenset(lists.get("cities", []))


@cache
def name_kinds(lang: str) -> dict[str, tuple[str, str]]:
    """The lexicon's ``name_kinds``: each kind noun with its label and article ("dorp" →
    ("LOC", "het"))."""
    kinds = data_file(lang, "lexicon").get("name_kinds", {})
    return {w.split()[-1]: (label, w.split()[0]) for label, words in kinds.items() for w in words}


# "GENUA - Kloosterorden …", "DEN HAAG - Het kabinet …": the place a report was sent from
# (before a hyphen or a dash).
# (Parsed apart from its sentence, a dateline ends in its dash.)
DATELINE = re.compile(
    r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+)* [-–—](?: (?=\S)|$)"
)


def dateline(sentence: str) -> tuple[int, int] | None:
    """The span of a dateline opening ``sentence`` (in capitals, before a dash), which a
    question leaves out."""
    m = DATELINE.match(sentence)
    return (m.start(), m.end()) if m else None
