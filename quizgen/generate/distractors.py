"""Wrong options of the same kind as the answer.

Names come from the text first (other people for a person, other places for a place),
then from curated lists shipped as data; dates vary the month, weekday or year of the
answer itself, and numbers stay near the answer with the same unit and form, so no option
stands out by its type, grammar or shape.
"""

from __future__ import annotations

import calendar
import random
import re
from collections.abc import Callable
from functools import lru_cache

from quizgen.entities import AMOUNT_LABELS, EntityIndex, Referent
from quizgen.generate.text import contains_words, core, norm, word_before_blank
from quizgen.lang.base import data_file, name_kinds, word_groups, word_lists
from quizgen.records import BLANK
from quizgen.repair import kind_of_word

NEEDED = 3
_NUMBER = re.compile(r"^(\d+(?:[.,]\d+)*)(.*)$")
NUMBER_WORDS_NL = {
    "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
    "tien": 10, "elf": 11, "twaalf": 12, "twintig": 20, "dertig": 30, "veertig": 40,
    "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80, "negentig": 90, "honderd": 100,
    "duizend": 1000,
}  # fmt: skip


ROUND_WORDS_FROM = 20


def _split_prep(answer: str, preps: set[str]) -> tuple[str, str]:
    head, _, rest = answer.partition(" ")
    if rest and head.lower() in preps:
        return head + " ", rest
    return "", answer


def names(
    answer: str, label: str, ents: EntityIndex, lang: str, avoid: str, rng: random.Random
) -> list[str]:
    """Other referents of the answer's type that the question does not mention, never two
    names of one thing ("VS" and "Verenigde Staten")."""
    taken = {norm(answer), core(answer), acronym(answer)} | same_names(answer, lang) - {""}
    people = ents.persons | {n for r in ents.by_label("PER") for n in (r.name, *r.aliases)}
    own = next((r for r in ents.referents.values() if answer in (r.name, *r.aliases)), None)
    if own is None and label in {"LOC", "ORG"}:
        # "het Wembley-stadion in Londen": a phrase with a name in it is no name; other
        # names ("Engeland", "Wales") would not be options of its kind.
        return []
    if label == "PER" and (own is None or own.name not in ents.persons):
        # Other people are options only for an answer the text shows to be a person: the
        # NER labels clubs ("Ahead Eagles") PER too.
        return []
    # "Volgens _____" filled with a surname takes surnames, not full names, as options.
    short = label == "PER" and own is not None and answer != own.name
    portfolio = set(data_file(lang, "lexicon").get("portfolio_words", []))
    calendar_words = set(word_lists(lang)["months"]) | set(word_lists(lang)["weekdays"])
    # "het plastic PET", "de regio Umbrië": a name the text gives a kind takes options the
    # text gives the same kind (people are of one kind, whatever their titles).
    # In a blank, the kind is the noun right before it, if any.
    kind = ents.words_before(answer, "NOUN") if label != "PER" else set()
    if BLANK in avoid:
        kind &= {word_before_blank(avoid)}
    out: list[str] = []
    for ref in ents.people() if label == "PER" else ents.by_label(label):
        forms = [ref.name, *ref.aliases]
        if any(norm(f) in taken or core(f) in taken or acronym(f) in taken for f in forms):
            continue
        taken |= same_names(ref.name, lang) | {acronym(f) for f in forms} - {""}
        if any(contains_words(answer, f) or contains_words(f, answer) for f in forms):
            continue
        if any(contains_words(avoid, f) for f in forms):
            continue
        if label != "PER" and any(contains_words(ref.name, person) for person in people):
            # "Onderwijs Sanne de Vries" is a person's name the NER ran on, not an organisation.
            continue
        if set(ref.name.split()) <= portfolio:
            # "Defensie", "Buitenlandse Zaken": a minister's portfolio, not an organisation.
            continue
        if ref.name.lower() in calendar_words:
            # "Oktober" the NER took for a person is a month.
            continue
        if kind and not kind & ents.words_before(ref.name, "NOUN"):
            continue
        if not kind and not _of_kind(ents.kind_words(ref.name), label, lang):
            # "het plastic PET", "het tijdschrift Nature Microbiology": the text says the
            # NER's organisation is something else.
            continue
        if label == "LOC" and _place_kind(answer, lang) != _place_kind(ref.name, lang):
            # A country's options are countries, a city's cities: the NER's LOC mixes them.
            continue
        out.append(surname(ref) if short else ref.name)
    if label == "LOC" and len(out) < NEEDED and not kind:
        pool = [
            c
            for c in same_region(answer, lang)
            if core(c) not in taken and c not in out and not contains_words(avoid, c)
        ]
        rng.shuffle(pool)
        for c in pool:
            if core(c) not in taken:
                out.append(c)
                taken |= same_names(c, lang)
    return out


def surname(ref: Referent) -> str:
    """How the text names a person without the first name: its shortest alias, else the
    name without its first word ("Lotte Brinkman" → "Brinkman", "Sophie van Dam" → "Van
    Dam")."""
    if ref.aliases:
        return min(ref.aliases, key=lambda a: (len(a), a))
    rest = ref.name.split(maxsplit=1)[1:]
    return rest[0][:1].upper() + rest[0][1:] if rest else ref.name


def acronym(name: str) -> str:
    """ "Landelijk Aktie Komitee Scholieren" → "laks", as compared: a name and its
    abbreviation are one option. Empty for one-word names."""
    parts = name.split()
    if len(parts) < 2:
        return core(name) if name.isupper() else ""
    return "".join(w[0] for w in parts if w[:1].isupper()).casefold()


@lru_cache(maxsize=4096)
def same_names(name: str, lang: str) -> frozenset[str]:
    """The name and its other names from the curated list, as compared (``core``)."""
    for main, others in word_groups(lang).get("same_names", {}).items():
        group = {core(n) for n in (main, *others)}
        if core(name) in group:
            return frozenset(group)
    return frozenset({core(name)})


def same_region(place: str, lang: str) -> list[str]:
    """Places a student could mistake ``place`` for: countries of its continent, cities of
    its country (Dutch and Belgian cities) or continent (others: "Hamburg" takes no "Los
    Angeles"), provinces of its country, else the other cities of the list."""
    groups = word_groups(lang)
    for key in ("country_regions", "city_regions", "province_regions"):
        for members in groups.get(key, {}).values():
            if place in members:
                return [m for m in members if m != place]
    cities = word_lists(lang).get("cities", [])
    if place in cities:
        grouped = {c for members in groups.get("city_regions", {}).values() for c in members}
        return [c for c in cities if c != place and c not in grouped]
    return []


def _place_kind(name: str, lang: str) -> str:
    lists = word_lists(lang)
    if name in lists["countries"]:
        return "country"
    if name in lists.get("cities", []):
        return "city"
    provinces = word_groups(lang).get("province_regions", {}).values()
    return "province" if any(name in members for members in provinces) else ""


def dates(answer: str, lang: str, rng: random.Random) -> list[str]:
    lists = word_lists(lang)
    tokens = answer.split()
    low = [t.lower() for t in tokens]
    weeks = same_weekday(tokens, lists["weekdays"], lists["months"])
    if weeks:
        return weeks
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
            if key == "months":
                # "30 februari" is no date: a day number must fit the month.
                order = [v for v in order if fits_month(tokens, hit, values.index(v) + 1)]
            near = order[:5]
            rng.shuffle(near)
            return [" ".join([*tokens[:hit], v, *tokens[hit + 1 :]]) for v in near]
    year = next((i for i, t in enumerate(tokens) if re.fullmatch(r"1\d{3}|2\d{3}", t)), None)
    if year is not None:
        y = int(tokens[year])
        deltas = [-2, -1, 1, 2, 3]
        rng.shuffle(deltas)
        return [" ".join([*tokens[:year], str(y + d), *tokens[year + 1 :]]) for d in deltas]
    # A relative date has no good wrong options: another direction in time ("volgend jaar"
    # for "vorig jaar") is ruled out by the verb's tense, and one of the same direction may
    # be true as well ("dit weekend" falls within "dit jaar").
    return []


def same_weekday(tokens: list[str], weekdays: list[str], months: list[str]) -> list[str]:
    """ "maandag 28 juli" → "maandag 21 juli", "maandag 14 juli" …: a date with its weekday
    varies by whole weeks within its month, so the weekday stays true of each option (another
    month's 28th is another weekday); [] for any other date."""
    at = next(
        (
            i
            for i in range(len(tokens) - 2)
            if tokens[i].lower() in weekdays
            and tokens[i + 1].isdigit()
            and tokens[i + 2].lower() in months
        ),
        None,
    )
    if at is None:
        return []
    day = int(tokens[at + 1])
    after = tokens[at + 3] if at + 3 < len(tokens) and tokens[at + 3].isdigit() else "2001"
    length = calendar.monthrange(int(after), months.index(tokens[at + 2].lower()) + 1)[1]
    # The nearest weeks first.
    days = sorted(
        (d for d in range(day % 7 or 7, length + 1, 7) if d != day), key=lambda d: abs(d - day)
    )
    return [" ".join([*tokens[: at + 1], str(d), *tokens[at + 2 :]]) for d in days]


def fits_month(tokens: list[str], at: int, month: int) -> bool:
    """Whether the day number before the month at ``at`` (if any) exists in ``month`` (of
    the year after it, if any; else in a leap year)."""
    day = tokens[at - 1] if at > 0 and tokens[at - 1].isdigit() else ""
    if not day:
        return True
    after = tokens[at + 1] if at + 1 < len(tokens) and tokens[at + 1].isdigit() else "2000"
    return int(day) <= calendar.monthrange(int(after), month)[1]


def _format(value: float, places: int, comma: bool, thousands: bool) -> str:
    """``value`` written as the answer writes its number: ``places`` decimals ("17,20" has
    two), a decimal comma, a thousands separator."""
    if not places:
        text = str(round(value))
        if thousands:
            text = f"{round(value):,}".replace(",", ".")
        return text
    text = f"{value:.{places}f}"
    return text.replace(".", ",") if comma else text


AGE_STEPS = (-6, -4, -2, 2, 4, 6)
DECIMAL_STEP_BELOW = 10
SHARE_FACTORS = (0.6, 0.8, 1.2, 1.4, 1.6)
LOW_SHARE_FACTORS = (0.4, 0.2)
DECIMAL_STEPS = (-1.0, -0.5, 0.5, 1.0, 1.5)
DEGREES = "graden"
DEGREE_STEPS = (-3.0, -2.0, -1.0, 1.0, 2.0, 3.0)


_CLOCK = re.compile(r"(\d{1,2})([.:])(\d{2})")
_LAP = re.compile(r"(\d{1,2})([.:])(\d{2})\2(\d{2})")


def places_of(raw: str, decimals: bool) -> int:
    """How many decimals the number ``raw`` is written with ("83,3": one)."""
    return len(re.split(r"[.,]", raw)[-1]) if decimals else 0


def times(first: str, rest: str) -> list[str]:
    """Other times in the same form as ``first``: a marathon's "2.03.12 (uur)" other minutes
    (the same hours and seconds); a clock's "9.00 (uur)" other hours of the day, not
    "6.75"; [] for no time."""
    lap = _LAP.fullmatch(first)
    clock = _CLOCK.fullmatch(first)
    if lap:
        hours, sep, minutes, seconds = lap.groups()
        near = [int(minutes) + d for d in (-3, -2, -1, 1, 2, 3) if 0 <= int(minutes) + d < 60]
        out = [f"{hours}{sep}{m:02d}{sep}{seconds}" for m in near]
    elif clock:
        hour, sep, minutes = clock.groups()
        near = [int(hour) + d for d in (-3, -2, -1, 1, 2, 3) if 0 <= int(hour) + d <= 23]
        out = [f"{h}{sep}{minutes}" for h in near]
    else:
        return []
    return [f"{o} {rest}".strip() for o in out]


def scores(answer: str, rng: random.Random) -> list[str]:
    """Other scores of the same outcome: "3-1" takes "2-1", "3-0", "4-1", "3-2" (a win stays a
    win, a draw a draw)."""
    home, _, away = answer.partition("-")
    if not (home.isdigit() and away.isdigit()):
        return []
    a, b = int(home), int(away)
    steps = ((1, 0), (-1, 0), (0, 1), (0, -1), (1, 1), (-1, -1), (2, 0), (0, 2), (2, 2))
    out = [
        f"{a + x}-{b + y}"
        for x, y in steps
        if a + x >= 0 and b + y >= 0 and (a + x > b + y) == (a > b) and (a + x < b + y) == (a < b)
    ]
    rng.shuffle(out)
    return out


SCALES = ("miljoen", "miljard")


def in_scale(value: float, shown: str, unit: str, after: str) -> str:
    """``value`` millions or billions as Dutch writes it: "1300 miljoen euro" as "1,3 miljard
    euro", "0,8 miljard euro" as "800 miljoen euro", "0,5 miljoen euro" as "500.000 euro";
    else as ``shown``."""
    if unit == "miljoen" and value >= 1000:
        return f"{_format(value / 1000, 1, True, False).replace(',0', '')} miljard {after}".strip()
    if unit == "miljoen" and value < 1:
        return f"{_format(value * 1_000_000, 0, True, True)} {after}".strip()
    if unit == "miljard" and value < 1:
        return f"{round(value * 1000)} miljoen {after}".strip()
    return shown


_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")


def number_value(raw: str) -> float | None:
    """The value of a number as written ("210.000", "1,2", "91"); None for no number."""
    if _THOUSANDS.fullmatch(raw):
        return float(raw.replace(".", ""))
    if re.fullmatch(r"\d+(?:[.,]\d+)?", raw):
        return float(raw.replace(",", "."))
    return None


def leading_number(text: str) -> float | None:
    """The value of the number ``text`` opens with ("67 zetels"), if any."""
    m = _NUMBER.match(text.split(" ", 1)[0])
    return number_value(m.group(1)) if m else None


def numbers(answer: str, rng: random.Random) -> list[str]:
    """Numbers near the answer in the same form: whole numbers stay whole, "210.000" keeps
    its thousands separator, "1,2" its decimal comma."""
    first, _, rest = answer.partition(" ")
    if rest in {"", "uur"}:
        timed = times(first, rest)
        if timed:
            rng.shuffle(timed)
            return timed
    m = _NUMBER.match(first)
    if m:
        raw, tail = m.groups()
        value = number_value(raw)
        if value is None:
            # "12.5.3", a version or a date in dots: no number to be near.
            return []
        thousands = bool(_THOUSANDS.fullmatch(raw))
        comma = "," in raw
        decimals = comma or ("." in raw and not thousands)
        if decimals and value < DECIMAL_STEP_BELOW:
            # "5,9 op de schaal van Richter", "2,4 procent": near it, not "11,8".
            cands = [value + d for d in DECIMAL_STEPS if value + d > 0]
        elif value >= 10 or decimals:
            # A share takes shares near it: "28,5 procent" of the votes no "85,5 procent".
            share = "procent" in rest.lower() or tail == "%"
            cands = [value * f for f in (SHARE_FACTORS if share else (0.5, 0.75, 1.5, 2.0, 3.0))]
            if not decimals:
                # As round as the answer: "175.000" takes "130.000", not "131.250".
                digits = str(round(value)).rstrip("0")
                cands = [float(f"{v:.{max(len(digits), 1)}g}") for v in cands]
        else:
            # "1 doden" is not Dutch: a plural count stays plural.
            low = 2 if value >= 2 else 1
            cands = [value + d for d in (-2, -1, 1, 2, 3) if value + d >= low]
        if "procent" in rest.lower() or tail == "%":
            # (Not "100 procent": all of them is rarely a fair guess; "99,96" shows as it.)
            cands = [v for v in cands if round(v, places_of(raw, decimals)) < 100]
            if len(cands) < NEEDED and value >= 10:
                # A share near all of them ("83,3 procent") takes its options below.
                cands += [value * f for f in LOW_SHARE_FACTORS]
        if rest.lower().startswith(DEGREES):
            # A temperature: near it, "37,5 graden" takes no "112,5 graden".
            cands = [value + d for d in DEGREE_STEPS]
        if (rest.lower() == "jaar" or not rest) and 10 <= value < 100 and not decimals:
            # An age or a term of years: near it, "51 jaar" takes no "150 jaar", "18 jaar"
            # no "54 jaar"; so does a bare count, a vote or a seat ("met 22 tegen 15").
            cands = [value + d for d in AGE_STEPS if 0 < value + d < 100]
        places = places_of(raw, decimals)
        out = [f"{_format(v, places, comma, thousands)}{tail} {rest}".strip() for v in cands]
        unit, _, after = rest.partition(" ")
        if unit in SCALES:
            # "3,0 miljoen euro" is written "3 miljoen euro".
            out = [
                in_scale(v, re.sub(r",0 (?=miljoen|miljard)", " ", o), unit, after)
                for v, o in zip(cands, out, strict=True)
            ]
        rng.shuffle(out)
        return [o for o in dict.fromkeys(out) if o != answer]
    if first.lower() in NUMBER_WORDS_NL:
        n = NUMBER_WORDS_NL[first.lower()]
        by_value = {v: k for k, v in NUMBER_WORDS_NL.items()}
        near = sorted(by_value, key=lambda v: (abs(v - n), v))
        # "dertig jaar" takes round numbers too: "twintig", "veertig", not "elf" (nor
        # "duizend").
        round_only = n >= ROUND_WORDS_FROM
        out = [
            f"{by_value[v]} {rest}".strip()
            for v in near
            if v != n and (not round_only or (v % 10 == 0 and v <= max(n, 100)))
        ][:5]
        rng.shuffle(out)
        return out
    return []


def _of_kind(nouns: set[str], label: str, lang: str) -> bool:
    """Whether the nouns the text puts before a name (if any) allow its label."""
    kinds = name_kinds(lang)
    return (
        not nouns
        or label == "PER"
        or any((k := kind_of_word(n, kinds)) is not None and k[0] == label for n in nouns)
    )


def is_list(answer: str, ents: EntityIndex) -> bool:
    """Whether ``answer`` lists names ("TenneT en Elia"), not one name that has "en" in it
    ("Transport en Logistiek Nederland")."""
    if " en " not in answer and ", " not in answer:
        return False
    return not any(answer in (r.name, *r.aliases) for r in ents.referents.values())


def distractors(
    answer: str,
    label: str,
    ents: EntityIndex,
    lang: str,
    rng: random.Random,
    avoid: str,
    preps: set[str],
    fits: Callable[[str], bool] | None = None,
) -> list[str] | None:
    """Three wrong options like ``answer``, or None when there are not three good ones."""
    prefix, body = _split_prep(answer, preps)
    if label == "MISC":
        # The NER's MISC holds plastics, journals, events and nationalities alike: another
        # MISC name is not an option of the same kind.
        return None
    if label in {"PER", "ORG", "LOC"} and is_list(body, ents):
        # "TenneT en Elia": a list of names would stand out among single names.
        return None
    if label in {"PER", "ORG", "LOC"}:
        pool = names(body, label, ents, lang, avoid, rng)
    elif label in {"DATE", "TIME"}:
        pool = dates(body, lang, rng)
        if not pool and label == "DATE":
            # "drie jaar geleden", counted back from the article's day, varies its count.
            pool = numbers(body, rng)
    elif label in AMOUNT_LABELS:
        pool = numbers(body, rng)
    elif label == "SCORE":
        pool = scores(body, rng)
    else:
        return None
    # "in de nacht van _____ op maandag": no option the question itself shows.
    options = [
        prefix + p
        for p in pool
        if norm(prefix + p) != norm(answer)
        and (fits is None or fits(p))
        and not contains_words(avoid, p)
    ]
    if answer[:1].isupper():
        # "_____ geleden" at a sentence start: "Twee jaar" among "drie jaar" would stand out.
        options = [o[:1].upper() + o[1:] for o in options]
    options = list(dict.fromkeys(options))
    if len(options) < NEEDED:
        return None
    return options[:NEEDED]
