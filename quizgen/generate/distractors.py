"""Wrong options of the same kind as the answer.

Names come from the text first (other people for a person, other places for a place),
then from curated lists shipped as data; dates vary the month, weekday or year of the
answer itself, and numbers stay near the answer with the same unit and form, so no option
stands out by its type, grammar or shape.
"""

from __future__ import annotations

import random
import re

from quizgen.entities import EntityIndex
from quizgen.generate.text import contains_words, core, norm
from quizgen.lang.base import word_lists

NEEDED = 3
_NUMBER = re.compile(r"^(\d+(?:[.,]\d+)?)(.*)$")
NUMBER_WORDS_NL = {
    "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
    "tien": 10, "elf": 11, "twaalf": 12, "twintig": 20, "dertig": 30, "veertig": 40,
    "vijftig": 50, "honderd": 100, "duizend": 1000,
}  # fmt: skip


def _split_prep(answer: str, preps: set[str]) -> tuple[str, str]:
    head, _, rest = answer.partition(" ")
    if rest and head.lower() in preps:
        return head + " ", rest
    return "", answer


def names(answer: str, label: str, ents: EntityIndex, lang: str, avoid: str) -> list[str]:
    """Other referents of the answer's type that the question does not mention."""
    taken = {norm(answer), core(answer)}
    out: list[str] = []
    for ref in ents.by_label(label):
        forms = [ref.name, *ref.aliases]
        if any(norm(f) in taken or core(f) in taken for f in forms):
            continue
        if any(contains_words(answer, f) or contains_words(f, answer) for f in forms):
            continue
        if any(contains_words(avoid, f) for f in forms):
            continue
        if label == "LOC" and _place_kind(answer, lang) != _place_kind(ref.name, lang):
            # A country's options are countries, a city's cities: the NER's LOC mixes them.
            continue
        out.append(ref.name)
    if label == "LOC" and len(out) < NEEDED:
        lists = word_lists(lang)
        pool = lists["countries"] if answer in lists["countries"] else lists.get("cities", [])
        if answer in lists["countries"] or answer in lists.get("cities", []):
            out += [c for c in pool if core(c) not in taken and c not in out and c.lower() != "vs"]
    return out


def _place_kind(name: str, lang: str) -> str:
    lists = word_lists(lang)
    if name in lists["countries"]:
        return "country"
    return "city" if name in lists.get("cities", []) else ""


def dates(answer: str, lang: str, rng: random.Random) -> list[str]:
    lists = word_lists(lang)
    tokens = answer.split()
    low = [t.lower() for t in tokens]
    for key in ("months", "weekdays"):
        values = lists[key]
        hit = next((i for i, t in enumerate(low) if t in values), None)
        if hit is not None:
            pos = values.index(low[hit])
            # Nearby months and days are the plausible confusions.
            order = sorted(
                (v for v in values if v != low[hit]),
                key=lambda v: (
                    min(abs(values.index(v) - pos), len(values) - abs(values.index(v) - pos)),
                    v,
                ),
            )
            near = order[:5]
            rng.shuffle(near)
            return [" ".join([*tokens[:hit], v, *tokens[hit + 1 :]]) for v in near]
    year = next((i for i, t in enumerate(tokens) if re.fullmatch(r"1\d{3}|2\d{3}", t)), None)
    if year is not None:
        y = int(tokens[year])
        deltas = [-2, -1, 1, 2, 3]
        rng.shuffle(deltas)
        return [" ".join([*tokens[:year], str(y + d), *tokens[year + 1 :]]) for d in deltas]
    rel = lists["relative_dates"]
    if norm(answer) in {norm(r) for r in rel}:
        same_len = [r for r in rel if norm(r) != norm(answer) and len(r.split()) == len(tokens)]
        return same_len
    return []


def numbers(answer: str, rng: random.Random) -> list[str]:
    first, _, rest = answer.partition(" ")
    m = _NUMBER.match(first)
    if m:
        raw, tail = m.groups()
        comma = "," in raw
        value = float(raw.replace(",", "."))
        factors = [0.5, 0.75, 1.5, 2.0, 3.0] if value >= 10 else [None]
        cands: list[float] = []
        if factors == [None]:
            cands = [value + d for d in (-2, -1, 1, 2, 3) if value + d > 0]
        else:
            cands = [value * f for f in factors if f is not None]
        out = []
        for v in cands:
            if not comma and float(v).is_integer():
                text = str(int(v))
            else:
                text = f"{v:.1f}".replace(".", ",") if comma else f"{v:g}"
            out.append(f"{text}{tail} {rest}".strip())
        rng.shuffle(out)
        return [o for o in dict.fromkeys(out) if o != answer]
    if first.lower() in NUMBER_WORDS_NL:
        n = NUMBER_WORDS_NL[first.lower()]
        by_value = {v: k for k, v in NUMBER_WORDS_NL.items()}
        near = sorted(by_value, key=lambda v: (abs(v - n), v))
        out = [f"{by_value[v]} {rest}".strip() for v in near if v != n][:5]
        rng.shuffle(out)
        return out
    return []


def distractors(
    answer: str,
    label: str,
    ents: EntityIndex,
    lang: str,
    rng: random.Random,
    avoid: str,
    preps: set[str],
) -> list[str] | None:
    """Three wrong options like ``answer``, or None when there are not three good ones."""
    prefix, body = _split_prep(answer, preps)
    if label in {"PER", "ORG", "LOC", "MISC"}:
        pool = names(body, label, ents, lang, avoid)
    elif label in {"DATE", "TIME"}:
        pool = dates(body, lang, rng)
    elif label in {"MONEY", "PERCENT", "QUANTITY", "CARDINAL"}:
        pool = numbers(body, rng)
    else:
        return None
    options = [prefix + p for p in pool if norm(prefix + p) != norm(answer)]
    options = list(dict.fromkeys(options))
    if len(options) < NEEDED:
        return None
    return options[:NEEDED]
