"""Dutch: a clause's constituents → a wh-question, a statement, a title question.

Word order (see shared/design/DUTCH-QUESTIONS.md): a main clause is verb-second, so a
question is WH + finite verb + the other constituents in their sentence order + "?". The
constituent that stood before the finite verb moves into the middle field, right after the
subject; so does the source of reported speech ("volgens Chung").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Collection, Sequence

from quizgen import numerals
from quizgen.entities import AMOUNT_LABELS, INITIAL, NAME_PARTICLES
from quizgen.lang.base import Asked, countries, data_file, name_kinds, word_lists
from quizgen.records import Fact, Part

CODE = "nl"
# Person objects are asked in the passive, or "Wie heeft X uitgenodigd?" could mean either
# direction. Only a perfect tense has the participle the passive needs.
PASSIVE_AUX: dict[str, str] = data_file(CODE, "lexicon")["passive_aux"]
# Without its agent the passive agrees with the object: "is … geopend", "zijn … geopend".
AGENTLESS_AUX: dict[str, list[str]] = data_file(CODE, "lexicon")["passive_aux_by_number"]
PLACE_WH = {
    "in": "waar",
    "op": "waar",
    "bij": "waar",
    "te": "waar",
    "nabij": "waar",
    "naar": "waarheen",
    "uit": "waar vandaan",
    "vanuit": "waar vandaan",
}
# "Waar vertrok de trein vandaan?": the adverb stays where the place stood.
FROM_WH, FROM_ADVERB = "waar", "vandaan"
CAUSE_WH = {
    "dankzij": "waardoor", "door": "waardoor", "vanwege": "waarom", "wegens": "waarom",
    "omdat": "waarom", "doordat": "waardoor", "aan": "waaraan",
}  # fmt: skip
AMOUNT_WH = {"MONEY": "hoeveel geld"}
PRICE_VERBS = {"kosten", "bedragen"}
# Their finite forms, for when the lemmatizer misses ("bedroeg" → "bedraan").
PRICE_FORMS = {"kost", "kostte", "kostten", "bedraagt", "bedroeg", "bedroegen"}
# After a preposition a sum of money is "welk bedrag": "tot welk bedrag steeg de winst".
AMOUNT_WH_AFTER_PREP = {"MONEY": "welk bedrag"}
SINCE_UNTIL = {"sinds", "vanaf", "tot"}
MOVED_TO = "naar"
# "voor donderdag": for that day or by it, never "at" it.
FOR_OR_BY = "voor"
# The prepositions a time is asked with: "sinds wanneer", "naar wanneer", "voor wanneer".
ASKED_WITH_WHEN = {*SINCE_UNTIL, MOVED_TO, FOR_OR_BY}
# The word of a clock time: "om 9 uur", "tot negen uur 's avonds".
HOUR = "uur"
# The words that open and close a span of time ("van maandag tot en met zaterdag").
RANGE_OPENERS = {"van", "vanaf"}
RANGE_CLOSERS = {"tot", "t/m"}
# The prepositions of the value a change ends at ("steeg van 4,80 euro [naar 6,50 euro]").
CHANGE_TARGETS = {"naar", "tot"}
# "met 20 tegen 19 stemmen": the other side of a vote.
AGAINST = "tegen"
# "met 8,44 punten of 0,28 procent": the same amount in other words.
OR = "of"
# "sinds januari", "tussen 2018 en 2021": the first words of a time that bounds a span.
BOUNDS = {*SINCE_UNTIL, "tussen"}
# The words of a comparison's second term: "zoveel als [in 2023]", "meer dan [vorig jaar]".
COMPARED = {"als", "dan"}
# What a value replaced: "In plaats van [op 1 maart] sluit de expo nu op 22 maart".
INSTEAD_OF = ("in", "plaats", "van")
PARTY_WH = {"PER": "wie", "ORG": "welke organisatie"}
BARE_ROLES = {"subject", "verb"}
# Phrases that tell when, where or how long, or who says so, but not what is had.
BARE_TOLD = {"time", "place", "quantity", "source"}
NAMING_VERBS = {"noemen"}
# Prepositions whose phrase after a counted noun belongs to that noun ("mensen met mazelen").
NOUN_PREPOSITIONS = {"met", "van", "zonder"}
# Counts asked "hoeveel" + noun, whatever phrase follows the noun.
COUNT_LABELS = {"QUANTITY", "CARDINAL"}
# A unit word after the number gives the question its noun: "44 jaar" → "hoeveel jaar".
NUMBER_WORDS = {"miljoen", "miljard", "duizend", "honderd", "mln", "mld"}
THING_MAX_WORDS = 4
MAX_APPROXIMATORS = 2
COMPARATIVE = re.compile(r"^\w+er dan\b")
INITIAL_AT_END = re.compile(rf"(?:^|\s){INITIAL.pattern}$")
COORDINATORS = {"en", "of"}
# Words of one item of a list "A, B en C" in a phrase.
MAX_LIST_ITEM = 4
_LEXICON = data_file(CODE, "lexicon")
ONE = frozenset(_LEXICON["one"])
# "is te danken aan", "ligt aan": the verb cannot do without its cause.
BOUND_CAUSE = "aan"
APPROXIMATORS = frozenset(_LEXICON["approximators"])
# "zoekt [al] dertig jaar", "blijft [nog] twee weken": since or for how long more, which
# stays with the verb when the span is asked.
ASPECT_ADVERBS = {"al", "nog"}
DURATION_UNITS = frozenset(_LEXICON["duration_units"])
CONTEXT_WORDS = frozenset(_LEXICON["pronominal_adverbs"])
REFLEXIVE = "zich"
# Verbs that say too little for "Wat …?" with nothing but a subject beside them.
LIGHT_VERBS = frozenset(_LEXICON["light_verbs"])
EXISTENTIAL = _LEXICON["existential"]
DEFINITE_DETERMINERS = frozenset(_LEXICON["definite_determiners"])
DEICTIC_TIME_WORDS = frozenset(_LEXICON["deictic_time_words"])
PERSON_PRONOUNS = frozenset(_LEXICON["person_pronouns"]) | {"zij", "ze"}
ARTICLES = tuple(_LEXICON["articles"].values())
COMMON_ARTICLE = _LEXICON["articles"]["common"]
PERSON_NOUNS = frozenset(_LEXICON["person_nouns"])
BODY_NOUNS = tuple(_LEXICON["body_nouns"])
QUANTIFIERS = frozenset(_LEXICON["quantifiers"])
OPINION_VERBS = frozenset(_LEXICON["opinion_verbs"])
POSSESSIVE_PRONOUNS = frozenset(_LEXICON["possessive_pronouns"])
# Nouns for people end so ("minister", "ambtgenoot", "-er", "-ist"); but not "-ing" words,
# most of them for what happens ("belangstelling").
PERSON_TITLE_ENDINGS = (*_LEXICON["person_titles"], *_LEXICON["relational_titles"])
PERSON_ENDINGS = (*PERSON_TITLE_ENDINGS, *_LEXICON["person_suffixes"])
ABSTRACT_SUFFIXES = tuple(_LEXICON["abstract_suffixes"])
CAUSE_PREP = "door"
PLACE_IN = "in"
MINUTE = "minuut"
RELATIVES = frozenset(_LEXICON["relative_pronouns"])
COMPLEMENTIZERS = frozenset(_LEXICON["complementizers"])
# The words that open a "why" clause ("omdat", "doordat").
CLAUSES = frozenset(_LEXICON["cause_conjunctions"])
# Where a name is from: "Dennis K. [uit] Apeldoorn".
ORIGIN_PREPOSITION = _LEXICON["origin_preposition"]
# The word a reported source follows: "volgens Chung".
SOURCE_PHRASE = _LEXICON["source_phrase"]
# A function many hold at once ("lid", "Kamerlid", "medewerker"): no one is "the" one.
MEMBER_NOUNS = tuple(_LEXICON["member_nouns"])
KIND_NOUNS = tuple(name_kinds(CODE))
MEASURED_NOUNS = tuple(_LEXICON["measured_nouns"])
MONEY_NOUNS = tuple(_LEXICON["money_nouns"])
OF = _LEXICON["title_of"]
NEGATIONS = frozenset(_LEXICON["negations"])
HAVE = _LEXICON["have_verb"]
# "oud-wethouder", "ex-minister", "voormalig directeur": a function someone had.
FORMER = ("oud-", "ex-", "voormalig")
# "zakt van 84 naar _____": where the blank's amount changed from.
CHANGE_BEFORE_BLANK = re.compile(r"\bvan (\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?) (?:naar|tot) $")
# "_____ van de 230 zetels": the whole the blank's amount is part of.
WHOLE_AFTER_BLANK = re.compile(r" van (?:de|het) (\d{1,3}(?:\.\d{3})+|\d+)\b(?![,.]\d)")
# Verbs whose object is only how much there is: "heeft 650 werknemers", "telt 88.000 inwoners".
HOLDING_VERBS = frozenset(_LEXICON["holding_verbs"])
INDEFINITE = _LEXICON["indefinite_article"]
PREPOSITIONS = (
    "in",
    "op",
    "bij",
    "te",
    "naar",
    "door",
    "volgens",
    "sinds",
    "vanaf",
    "tot",
    "om",
    "rond",
    "met",
    "uit",
    "voor",
    "na",
    "tijdens",
    "richting",
    "tegen",
    "over",
    "onder",
    "tussen",
    "langs",
)
# The words a prepositional phrase opens with ("met de bouw", "aan malaria", "van …").
PHRASE_OPENERS = frozenset({*PREPOSITIONS, *_LEXICON["separable_particles"], OF})
# The words after which a noun's own words end: "[onderzoekers] van het Radboudumc".
NOUN_STOPS = frozenset({*PREPOSITIONS, OF})
UNCOUNTABLE_PLURALS = frozenset(_LEXICON["uncountable_plurals"])
IMPERSONAL_PASSIVE_VERBS = frozenset(_LEXICON["impersonal_passive_verbs"])
LABELS = {
    "function_question": "Welke functie heeft {person}?",
    "matching_prompt": "Verbind elke persoon met de juiste functie.",
    "event_matching_prompt": "Verbind elke gebeurtenis met het juiste moment.",
}


INSERTION_COMMA = re.compile(r",(?!\d)")


def lower_first(part: Part) -> str:
    if part.proper or not part.text:
        return part.text
    return part.text[0].lower() + part.text[1:]


def close_commas(words: list[str]) -> list[str]:
    """A constituent with a comma-opened insertion ("de bacterie, die … kreeg") closes it with
    a comma when more words follow, as the sentence did."""
    words = [w for w in words if w]
    # (Not the comma of a decimal: "1,5 pond".)
    return [
        w + ","
        if k < len(words) - 1 and len(INSERTION_COMMA.findall(w)) % 2 and not listed(w)
        else w
        for k, w in enumerate(words)
    ]


def listed(phrase: str) -> bool:
    """Whether the phrase's commas are a list's: "Nederland, België en Luxemburg" (short
    items, the last pair joined by "en" or "of"), which no comma closes."""
    items = [item.split() for item in INSERTION_COMMA.split(phrase)]
    # A list of names may end a longer phrase: "de test in ziekenhuizen in [Nijmegen],
    # Leuven en Groningen".
    names = all(item and item[0][:1].isupper() for item in items[1:]) and bool(
        items[0] and items[0][-1][:1].isupper()
    )
    return (
        len(items) > 1
        and any(w in COORDINATORS for w in items[-1])
        and all(len(item) <= MAX_LIST_ITEM for item in items[1 if names else 0 : -1])
        and len(items[-1]) <= 2 * MAX_LIST_ITEM + 1
    )


def finish(words: list[str]) -> str:
    text = " ".join(close_commas(words)).strip().rstrip(" ,;:!")
    if not INITIAL_AT_END.search(text):
        # (The stop of a name's initial stays: "Wie is … veroordeeld? — Dennis K.", "…
        # Samira el H.?".)
        text = text.rstrip(" .,;:!")
    return text[0].upper() + text[1:] + "?"


def middle_field(parts: list[Part], skip: set[int]) -> list[str]:
    """The constituents after the finite verb, in sentence order, with the first-position
    constituent and reported-speech sources moved in right after the subject."""
    kept = [p for i, p in enumerate(parts) if i not in skip and p.text.lower() != REFLEXIVE]
    movers = [p for p in kept if p.first or p.role == "source"]
    rest = [p for p in kept if not (p.first or p.role == "source")]
    subject = next((k for k, p in enumerate(rest) if p.role == "subject"), -1)
    ordered = rest[: subject + 1] + movers + rest[subject + 1 :]
    verb = next((k for k, p in enumerate(ordered) if p.role == "verb"), None)
    if verb is not None:
        # "werd opgezegd, …, zo zei Dua [gisteren]": a bare time after the verbs at the end
        # (the parse gave it the clause) stands before them.
        late = [p for p in ordered[verb:] if p.role == "time" and not p.prep]
        ordered = (
            [p for p in ordered[:verb] if p not in late]
            + late
            + [p for p in ordered[verb:] if p not in late]
        )
    words = [lower_first(p) if p in movers else p.text for p in ordered]
    # The reflexive follows the subject (or, asked for, the finite verb) before anything
    # else: "kan Philips [zich] volgens Roy Jakobs … richten", "Wie kan [zich] …".
    if any(p.text.lower() == REFLEXIVE for i, p in enumerate(parts) if i not in skip):
        said = next((k for k, p in enumerate(ordered) if p.role == "subject"), -1)
        words.insert(said + 1, REFLEXIVE)
    # The "er" of an indefinite subject opens the middle field: "lagen er dinsdag 23 …".
    weak = [w for w in words if w.lower() == EXISTENTIAL]
    return [w.lower() for w in weak] + [w for w in words if w.lower() != EXISTENTIAL]


def wh_phrase(part: Part) -> str | None:
    """The question word for a constituent, or None when Dutch has no unambiguous one here."""
    label = part.label
    if part.kind and part.role in {"subject", "object", "place", "agent", "recipient", "party"}:
        # "in het dorp Castelluccio" → "in welk dorp"; "de netbeheerders …" → "welke
        # netbeheerders".
        article, noun = part.kind.split(" ", 1)
        return f"{part.prep} {'welk' if article == 'het' else 'welke'} {noun}".strip()
    if part.role == "time":
        if label == "TIME" and part.prep == "om":
            return "hoe laat"
        if label == "TIME" and part.prep in SINCE_UNTIL and f" {HOUR}" in f" {part.answer} ":
            # "tot negen uur 's avonds" → "tot hoe laat".
            return f"{part.prep} hoe laat"
        if part.answer.lower().endswith(f" {MINUTE}"):
            # "in de 92ste minuut" → "in welke minuut".
            return f"{part.prep or PLACE_IN} welke {MINUTE}"
        # "sinds 2015" is asked "sinds wanneer": a bare "wanneer" asks for a moment; so
        # is "verschoven naar februari" ("naar wanneer"), and "voor donderdag geldt code
        # oranje" ("voor wanneer"; "Wanneer …? — voor donderdag" reads "before Thursday").
        return f"{part.prep} wanneer" if part.prep in ASKED_WITH_WHEN else "wanneer"
    if part.role == "place":
        return PLACE_WH.get(part.prep)
    if part.role == "score":
        # "met 3-1" → "met welke score" (a final result or the score along the way).
        return f"{part.prep} welke score".strip()
    if part.role == "source":
        # ("volgens de Poolse brandweer": a body of people that says which, asked "wie" as
        # a subject would be.)
        body = not label and who_as_subject(dataclasses.replace(part, text=part.answer))
        return "volgens wie" if label in {"PER", "ORG"} or body else None
    if part.role == "cause":
        # (How long a reason may be is the quality gate's to say.)
        return CAUSE_WH.get(part.prep)
    if label in AMOUNT_LABELS or part.role == "quantity":
        return amount_phrase(part)
    if part.role == "agent" and (label in {"PER", "ORG"} or (not label and names_a_person(part))):
        # ("door een medewerker van de ICT-afdeling": a person, though not named.)
        return "door wie"
    if caused_by(part):
        return CAUSE_WH[part.prep]
    if part.role == "recipient":
        return "aan wie" if label in {"PER", "ORG"} and part.prep in {"aan", ""} else None
    if part.role == "party":
        # "met wie", "bij welke organisatie".
        return f"{part.prep} {PARTY_WH[label]}" if label in PARTY_WH else None
    if part.role == "subject":
        if label in {"PER", "ORG"} or (not label and who_as_subject(part)):
            return "wie"
        if label == "LOC" or (not label and part.plural):
            # (Names joined by "en" have no one label.)
            return which_countries(part.answer)
        return None
    if part.role == "object":
        if label == "ORG":
            return "welke organisatie"
        if label == "LOC":
            return which_countries(part.answer)
        if (
            label in {"", "MISC"}
            and len(part.text.split()) <= THING_MAX_WORDS
            # ("Wat telde de EU? — zo'n 360 nationale tv-stations": how many, if anything.)
            and not any(count_word(w) for w in part.text.split()[: MAX_APPROXIMATORS + 1])
        ):
            return "wat"
    return None


def which_countries(answer: str) -> str | None:
    """ "welk land" for a country, "welke landen" for countries joined by "en" and commas
    ("Spanje en Italië stuurden elk twee toestellen"); None for other places."""
    names = [n.strip() for n in re.split(r",| en ", answer)]
    if not all(n in countries(CODE) for n in names):
        return None
    return "welk land" if len(names) == 1 else "welke landen"


def amount_phrase(part: Part) -> str | None:
    """'hoeveel' + what the number counts, with the rest of the constituent:
    "187 mensen met mazelen" → "hoeveel mensen met mazelen", "met 30 procent" → "met hoeveel
    procent". Only when the constituent starts with the number (after its preposition)."""
    text = part.text.strip()
    if part.answer.split(" ", 1)[0].lower() in ONE:
        # "één organisatie", "op één plek": "Hoeveel organisatie …?" asks for no number.
        return None
    lead = f"{part.prep} " if part.prep and text.lower().startswith(f"{part.prep} ") else ""
    body = text[len(lead) :]
    answer = part.answer.strip()
    at = body.lower().find(answer.lower())
    # Only "ruim", "bijna", "ten minste" may stand before the number: they are dropped.
    before = body[:at].lower().split()
    if at >= 0 and OF in before:
        rest = body[at + len(answer) :].strip()
        return measure_phrase(lead, before, answer, rest) or money_phrase(part, lead, before, rest)
    if at < 0 or len(before) > MAX_APPROXIMATORS or not set(before) <= APPROXIMATORS:
        return None
    rest = body[at + len(answer) :].strip()
    if rest.startswith(","):
        # "in 51,84 seconden, een nieuw kampioenschapsrecord": what the comma sets off says
        # something of the amount, and has no place inside the question word.
        rest = ""
    if set(rest.lower().split()) & COORDINATORS:
        # "164 schilderijen en ruim driehonderd tekeningen": "hoeveel" asks for one number.
        return None
    if COMPARATIVE.match(rest):
        # "36 procent lager dan in dat jaar": how many percent lower is not "hoeveel procent".
        return None
    if verbs_phrase(rest):
        # "210.000 mensen [naar de podia] kwamen": a phrase after the counted noun may be
        # the verb's, and would then stand before the verb in the question (see
        # :func:`counted_apart`).
        return None
    if part.label in AMOUNT_WH:
        wh = (AMOUNT_WH_AFTER_PREP if lead else AMOUNT_WH)[part.label]
        return f"{lead}{wh} {rest}".strip() if not rest else None
    words = answer.split()[1:]
    while words and words[0].lower() in NUMBER_WORDS:
        words = words[1:]
    if not words or count_word(words[0]):
        # ("8 259 winnaars", a number written with a space: "hoeveel" takes all of it.)
        return None
    return f"{lead}hoeveel {' '.join([*words, rest]).strip()}"


def measure_phrase(lead: str, before: list[str], answer: str, rest: str) -> str | None:
    """ "tot een gevangenisstraf van twee jaar" → "tot hoeveel jaar gevangenisstraf", "een
    taakstraf van 240 uur" → "hoeveel uur taakstraf": a measure (the lexicon's
    ``measured_nouns``) asked by its unit; not in millions ("hoeveel miljard euro boete")."""
    head = head_of_amount(before)
    unit = answer.split()[1:]
    if (
        head is None
        or rest
        or len(head) < 2
        or not head[-1].endswith(MEASURED_NOUNS)
        or len(unit) != 1
        or unit[0] in NUMBER_WORDS
    ):
        return None
    return f"{lead}hoeveel {unit[0]} {' '.join(head[1:])}"


def money_phrase(part: Part, lead: str, before: list[str], rest: str) -> str | None:
    """ "een winst van 118 miljoen euro" → "hoeveel winst", "de schade van 2 miljoen euro"
    → "hoeveel schade": an amount of money a noun of money (the lexicon's ``money_nouns``)
    is asked by that noun, where it is the verb's subject or object."""
    head = head_of_amount(before)
    if (
        head is None
        or part.label != "MONEY"
        or lead
        or rest
        or len(head) != 2
        or not head[1].endswith(MONEY_NOUNS)
    ):
        return None
    return f"hoeveel {head[1]}"


def head_of_amount(before: list[str]) -> list[str] | None:
    """The words of the noun phrase an amount is "van" ("een taakstraf" of "een taakstraf
    van ruim 240 uur"): they open with an article, and only approximators ("ruim") stand
    between "van" and the number; else None."""
    of = before.index(OF)
    head, approximate = before[:of], before[of + 1 :]
    if not head or head[0] not in {*ARTICLES, INDEFINITE} or not set(approximate) <= APPROXIMATORS:
        return None
    return head


def verbs_phrase(rest: str) -> bool:
    """Whether the words after a counted noun open a phrase that may be the verb's."""
    first = rest.split()[0].lower() if rest else ""
    return first in PREPOSITIONS and first not in NOUN_PREPOSITIONS


def counted_apart(part: Part) -> tuple[str, str] | None:
    """ "ruim 210.000 mensen naar de podia" as a subject or object: the question word
    "hoeveel mensen", and the phrase after the noun, which the question keeps in the
    middle field ("Hoeveel mensen kwamen in vier dagen naar de podia?")."""
    if part.role not in {"subject", "object"} or part.prep or part.label not in COUNT_LABELS:
        return None
    at = part.text.find(part.answer)
    rest = part.text[at + len(part.answer) :].strip() if at >= 0 else ""
    if not verbs_phrase(rest):
        return None
    wh = amount_phrase(dataclasses.replace(part, text=part.text[: at + len(part.answer)]))
    return (wh, rest) if wh is not None else None


def names_something(fact: Fact, index: int) -> bool:
    """ "Aedes noemde het plan [een goede eerste stap]": after a naming verb, the second noun
    phrase says what the first is called, and is asked with "hoe", not "wat"."""
    return (
        fact.predicate in NAMING_VERBS
        and fact.parts[index].role == "object"
        and any(p.role in {"object", "recipient"} for p in fact.parts[:index])
    )


def pointing_sources(fact: Fact) -> frozenset[int]:
    """ "volgens de organisatie", "volgens het bedrijf": a source that is a definite noun for
    a kind of organisation or place (the lexicon's ``name_kinds``) points back to the name
    the text gave it; a question leaves it out (a name stays: "volgens Shell", and so do
    "volgens de politie", "volgens deskundigen")."""
    return frozenset(
        j
        for j, p in enumerate(fact.parts)
        if p.role == "source"
        and not p.label
        and len(words := p.text.lower().split()) == 3
        and words[1] in ARTICLES
        and words[2].endswith(KIND_NOUNS)
    )


def reason_clauses(fact: Fact) -> frozenset[int]:
    """ "[Omdat de vakbonden staken], heeft de directie …", "… blijft gesloten, [omdat de
    beveiliging eerst moet worden verbeterd]": a clause of why is left out of the questions
    that do not ask for it; it is a fact of its own, asked "Waarom …?" ("Wie heeft omdat de
    vakbonden staken alle vluchten geschrapt?" has no place for it, and at the end it makes
    a long question longer). Not when the verb says nothing without it: "Volgens wie komt
    de stijging [doordat de rente daalt]?"."""
    clauses = frozenset(
        j for j, p in enumerate(fact.parts) if p.role == "cause" and p.prep in CLAUSES
    )
    rest = [
        p
        for j, p in enumerate(fact.parts)
        if j not in clauses and p.role not in {*BARE_ROLES, "source"}
    ]
    return (
        clauses
        if rest or any(p.first for j, p in enumerate(fact.parts) if j in clauses)
        else frozenset()
    )


def question(fact: Fact, index: int, omit: frozenset[int] = frozenset()) -> Asked | None:
    """Ask for constituent ``index`` of an event fact, leaving out the constituents in
    ``omit`` (see :func:`omittable`) and a source that points back into the text."""
    omit = omit | ((pointing_sources(fact) | reason_clauses(fact)) - {index})
    part = fact.parts[index]
    if part.answer.split(" ", 1)[0].lower() in NEGATIONS:
        # "Wat kunnen de gemeenten vrijmaken? — geen extra geld": a question presumes there
        # is something to name.
        return None
    if part.role == "agent" and sum(p.role == "agent" for p in fact.parts) > 1:
        # "Door wie werd zijn strafmaat verklaard door zijn persoonlijkheid?": of two
        # "door" phrases, which is asked?
        return None
    if half_of_a_pair(fact, index) or noun_measure(fact, index):
        return None
    counted = part.label in AMOUNT_LABELS
    if part.role == "object" and not counted and (part.label in PARTY_WH or names_a_person(part)):
        # "Wie heeft Kim uitgenodigd?", "Welke organisatie heeft Philips overgenomen?" could
        # ask for either side: a named object, or one for a person ("een 52-jarige man",
        # not "Wat …?"), is asked in the passive, or not at all. (People counted are asked
        # for their number: "Hoeveel mannen heeft de politie aangehouden?")
        return passive_question(fact, index, omit)
    parts = list(fact.parts)
    skip = {index, *omit, *modifiers_of(fact, index)}
    if part.role == "time":
        # "Wanneer stonden Italië en Nederland [gisteren] … tegenover elkaar? — zondag": a
        # second time of the clause answers the question too.
        skip |= {j for j, p in enumerate(parts) if p.role == "time"}
    if counted and part.prep in CHANGE_TARGETS:
        # "Naar welk bedrag daalde de omzet? — 41 miljoen euro": the amount it fell from
        # is the other half of the change, no part of the question.
        skip |= {
            j for j, p in enumerate(parts) if p.prep in RANGE_OPENERS and p.label in AMOUNT_LABELS
        }
    apart = counted_apart(part)
    wh: str | None
    if apart is not None:
        # The question word takes the number and its noun; the phrase after them stays.
        wh, rest = apart
        parts[index] = Part("other", rest, part.start + len(part.text) - len(rest))
        skip.discard(index)
    else:
        wh = "hoe" if names_something(fact, index) else wh_phrase(part)
    if wh == f"{FROM_WH} {FROM_ADVERB}":
        # "Waar komt Ruud van Houten vandaan? — uit Oss": "vandaan" takes the place's
        # position in the middle field.
        wh = FROM_WH
        parts[index] = Part("other", FROM_ADVERB, part.start, first=part.first)
        skip.discard(index)
    if wh is None:
        return None
    price = fact.predicate in PRICE_VERBS or fact.finite.lower() in PRICE_FORMS
    if wh in {AMOUNT_WH["MONEY"], "wat"} and price:
        # "Hoeveel kostte de fabriek?", "Hoeveel bedraagt de schade?" (of "enkele miljoenen
        # euro's" too): the verb already says it is an amount of money.
        wh = "hoeveel"
    told = [p for j, p in enumerate(fact.parts) if j not in skip and p.role not in BARE_ROLES]
    if told and all(p.text.lower() == EXISTENTIAL for p in told) and part.role == "subject":
        # "Hoeveel mensen werkten er?": where? The "er" points at a place the question
        # leaves out.
        return None
    if wh == "wat" and part.role == "object" and any(p.text.lower() == REFLEXIVE for p in parts):
        # "Brandt toonde zich een sportieve verliezer": what he showed himself to be is
        # said of him, no thing he did ("Wat toonde Brandt zich?").
        return None
    if (
        wh == "wat"
        and fact.predicate in LIGHT_VERBS
        and (not told or (fact.predicate == HAVE and all(p.role in BARE_TOLD for p in told)))
    ):
        # "Wat heeft het dier?", "Wat kreeg de soort?": the verb alone says too little to
        # point at one answer; and what someone has, told only when or where, is no thing
        # done ("Wat heeft Zwolle ruim tien weken na de verkiezingen? — een nieuw college";
        # but "Wat heeft de Formule 1 nodig?").
        return None
    if fact.predicate == HAVE and not any(
        p.role in {"object", "verb"} or (p.role == "other" and not p.prep) for p in fact.parts
    ):
        # "Tot wanneer heeft Gent?", "Wie heeft van ING?": the clause lost what "hebben" has
        # ("om een vervanger te vinden", "de opdracht gekregen", after an insertion).
        return None
    words = [wh, fact.finite.lower(), *middle_field(parts, skip)]
    answer, accepted = part.answer, part.accepted
    if wh == "wie" and not part.label and (name := whose(part)) and not body_of(part):
        # "Wie hebben een bloedtest ontwikkeld? — onderzoekers van het Radboudumc": the
        # name says which people ("het Radboudumc" is right too; but "Deventer" is not
        # "de gemeenteraad van Deventer").
        accepted = (*accepted, name, *bare_name(name))
    if part.role == "agent" and wh == "door wie" and answer.lower().startswith(f"{part.prep} "):
        # "Door wie …? — een medewerker van de ICT-afdeling": the question has the
        # preposition already.
        answer = answer[len(part.prep) + 1 :]
        accepted = tuple(dict.fromkeys([answer, *accepted]))
    return Asked(finish(words), answer, (*accepted, *swapped(answer, accepted)))


def noun_measure(fact: Fact, index: int) -> bool:
    """ "die samen een geschatte waarde hebben [van 1,4 miljoen euro]": an amount with "van"
    that opens no change ("van 4,80 euro naar 6,50 euro") is the measure of a noun of the
    clause, put after the verb; neither it ("Van welk bedrag hebben de werken een waarde?")
    nor that noun ("Wat hebben de werken van 1,4 miljoen euro?") is asked for apart."""
    measures = [
        j
        for j, p in enumerate(fact.parts)
        if p.prep == OF
        and p.label in AMOUNT_LABELS
        and not any(q.prep in CHANGE_TARGETS for q in fact.parts[j + 1 :])
    ]
    return bool(measures) and (index in measures or fact.parts[index].role == "object")


def half_of_a_pair(fact: Fact, index: int) -> bool:
    """ "geldt [van maandag] tot en met zaterdag", "werd met 20 [tegen 19 stemmen]
    verworpen", "met 8,44 punten of 0,28 procent": one half of a span, a vote or an amount
    said twice that the parse split is no question of its own ("Wanneer geldt het tarief tot
    en met zaterdag? — van maandag")."""
    part = fact.parts[index]
    others = [p for j, p in enumerate(fact.parts) if j != index]
    if part.role == "time" and part.prep in RANGE_OPENERS:
        return any(p.text.split(" ", 1)[0].lower() in RANGE_CLOSERS for p in others)
    if part.prep == AGAINST and index > 0:
        before = fact.parts[index - 1].text.split()
        return bool(before) and before[-1].replace(".", "").isdigit()
    after = fact.parts[index + 1].text.split() if index + 1 < len(fact.parts) else []
    # "met 8,44 punten [of 0,28 procent]": the same amount said twice, one half asked.
    return part.label in AMOUNT_LABELS and after[:1] == [OR] and any(map(count_word, after))


def swapped(answer: str, accepted: Sequence[str]) -> tuple[str, ...]:
    """ "IJsland en Denemarken" for "Denemarken en IJsland": two names joined by "en" may be
    given in either order (not a phrase that opens with its preposition)."""
    first, sep, second = answer.partition(" en ")
    if not sep or " en " in second or "," in answer or not (named(first) and named(second)):
        return ()
    other = f"{second} en {first}"
    return () if other in accepted else (other,)


def named(phrase: str) -> bool:
    """Whether ``phrase`` is a name, perhaps after an article: its words capitalised but for
    an article and name particles ("de Vereniging Rembrandt", "Van der Laan")."""
    words = phrase.split()
    if words and words[0] in ARTICLES:
        words = words[1:]
    return (
        bool(words)
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w in NAME_PARTICLES for w in words)
    )


def modifiers_of(fact: Fact, index: int) -> set[int]:
    """ "begon [even] na 7.00 uur": a one-word approximator right before the asked phrase
    belongs to it, and goes with it ("Wanneer begon de storing?", not "… begon even?"); so
    does where the asked name is from, right after it ("Wie is … veroordeeld? — Dennis K.
    [uit Apeldoorn]")."""
    asked = fact.parts[index]
    after = asked.surface_start + len(asked.surface) + 1
    span = asked.answer.rsplit(" ", 1)[-1].lower() in DURATION_UNITS
    return {
        j
        for j, p in enumerate(fact.parts)
        if p.role == "other"
        and (
            (
                p.text.lower() in APPROXIMATORS
                and p.start + len(p.text) + 1 == asked.start
                and not (span and p.text.lower() in ASPECT_ADVERBS)
            )
            or (p.prep == ORIGIN_PREPOSITION and asked.label in PARTY_WH and p.start == after)
        )
    }


def passive_question(fact: Fact, index: int, omit: frozenset[int] = frozenset()) -> Asked | None:
    """ "Wie is door Kim Jong-un per brief uitgenodigd voor een topontmoeting?" """
    aux = PASSIVE_AUX.get(fact.finite.lower())
    if aux is None or fact.passive or fact.tense not in {"perf", "pluperf"}:
        return None
    parts = list(fact.parts)
    subject = next((i for i, p in enumerate(parts) if p.role == "subject"), None)
    if subject is None or parts[subject].label not in {"PER", "ORG"}:
        return None
    agent = f"door {lower_first(parts[subject])}"
    rest = middle_field(parts, {index, subject, *omit, *modifiers_of(fact, index)})
    wh = PARTY_WH.get(parts[index].label, PARTY_WH["PER"])
    return Asked(finish([wh, aux, agent, *rest]), parts[index].answer, parts[index].accepted)


def noun_end(words: Sequence[str], stops: Collection[str] = NOUN_STOPS) -> int:
    """Where a phrase's noun ends: at the first word of ``stops`` after its first word (a
    preposition or "van": "onderzoekers [van het Radboudumc]")."""
    return next((k for k, w in enumerate(words) if k and w.lower() in stops), len(words))


def noun_phrase(text: str, stops: Collection[str] = NOUN_STOPS) -> tuple[list[str], int]:
    """The words of a phrase without its article, and where its noun ends (:func:`noun_end`)."""
    words = [w.strip(",.;:") for w in text.split()]
    if words and words[0].lower() in {*ARTICLES, INDEFINITE}:
        words = words[1:]
    return words, noun_end(words, stops)


def subject_words(part: Part) -> tuple[list[str], int]:
    """The words of a subject without its article, and where its noun ends."""
    return noun_phrase(part.text)


def who_as_subject(part: Part) -> bool:
    """ "[Een 34-jarige technicus] werd … gehaald", "[Onderzoekers] van het Radboudumc in
    Nijmegen hebben …", "[De gemeenteraad] van Deventer heeft …": a subject the NER gave no
    label is asked "wie" when its noun (before a preposition) is one for people (the
    lexicon's ``person_nouns``), or for a body of people (``body_nouns``) with a "van"
    phrase or an adjective that says whose or which it is ("de Vlaamse regering", "de
    federale gerechtelijke politie"). (A bare "de politie" is too thin an answer to ask.)"""
    words, cut = subject_words(part)
    if any(w.lower() in QUANTIFIERS or count_word(w) for w in words[:cut]):
        # "de meeste slachtoffers", "het aantal medewerkers", "meer dan vijfhonderd
        # brandweerlieden": how many, not who; "een derde man": which one, in the text.
        return False
    noun = words[cut - 1].lower() if cut else ""
    # ("[De Vlaamse regering] draagt 85 miljoen euro bij": a name's adjective says whose;
    # "[de federale gerechtelijke politie]": adjectives say which.)
    named = part.text.split(" ", 1)[0].lower() in ARTICLES and cut > 1
    return noun in PERSON_NOUNS or (body_of(part) and (bool(whose(part)) or named))


def holds_opinion(fact: Fact, part: Part) -> bool:
    """ "[Jelle Hofstra] vindt dat de boeren te weinig terugzien", "[Lotte Brinkman] noemt
    de aanval zorgwekkend": the subject of a verb of opinion (the lexicon's
    ``opinion_verbs``) is whose view the sentence tells, as "volgens wie" is; so is the
    "door" phrase of one in the passive ("De schade wordt [door directeur Koen Lambrecht]
    geschat op 25 miljoen euro")."""
    holder = "agent" if fact.passive else "subject"
    return part.role == holder and fact.predicate in OPINION_VERBS


def unnamed_person(part: Part) -> bool:
    """ "een 34-jarige technicus", "door een medewerker van de ICT-afdeling": a phrase that
    names no one but is asked "wie" or "door wie" for its noun for people (not for a body of
    people: "Wie telt zes gedeputeerden? — het nieuwe college")."""
    return not part.label and wh_phrase(part) in {"wie", "door wie"} and not body_of(part)


def body_of(part: Part) -> bool:
    """Whether the subject's noun is one for a body of people ("de gemeenteraad")."""
    words, cut = subject_words(part)
    return bool(cut) and words[cut - 1].lower().endswith(BODY_NOUNS)


def whose(part: Part) -> str:
    """The name people are of or where they are: "het Radboudumc" of "onderzoekers van het
    Radboudumc in Nijmegen", "Den Bosch" of "de rechtbank in Den Bosch"; "" when the "van"
    or "in" phrase names none."""
    words, cut = subject_words(part)
    if cut >= len(words) or words[cut] not in {OF, PLACE_IN}:
        return ""
    rest = words[cut + 1 :]
    name = rest[: noun_end(rest, PREPOSITIONS)]
    return " ".join(name) if any(w[:1].isupper() for w in name) else ""


def bare_name(name: str) -> tuple[str, ...]:
    """ "Universiteit Leiden" of "de Universiteit Leiden"; nothing for a name without one."""
    first, _, rest = name.partition(" ")
    return (rest,) if first.lower() in ARTICLES and rest else ()


def caused_by(part: Part) -> bool:
    """ "[Door de grote belangstelling] wordt de tentoonstelling verlengd", "getroffen door een
    zware hittegolf": a passive's "door" phrase that names no one (no name, no noun for a
    person, a body of people or an organisation: "door de arbeidsinspectie", "door een
    voorbijganger") tells what caused it, asked "waardoor"."""
    first, _, rest = part.text.partition(" ")
    if part.role != "agent" or part.label or part.prep != CAUSE_PREP:
        return False
    if first.lower() != CAUSE_PREP:
        return False
    words, cut = noun_phrase(rest, {*NOUN_STOPS, *RELATIVES})
    if not cut or any(w[:1].isupper() for w in words):
        return False
    noun = words[cut - 1].lower()
    personal = PERSON_ENDINGS if not noun.endswith(ABSTRACT_SUFFIXES) else PERSON_TITLE_ENDINGS
    # (An ending is a word's when something stands before it: "journalist", not "mist".)
    endings = (*personal, *BODY_NOUNS, *KIND_NOUNS)
    return not (
        noun in PERSON_NOUNS
        or any(noun == e or (noun.endswith(e) and len(noun) > len(e) + 1) for e in endings)
    )


def names_a_person(part: Part) -> bool:
    """ "een 52-jarige man uit een nabijgelegen dorp": whether the phrase's noun (its last
    word before a preposition) is one for people, the lexicon's ``person_nouns`` (not a
    function: "Wat hadden de fans liever gezien? — een Nederlandse trainer"); or, in a
    phrase the NER gave no label, a capitalised word after the first, a name or where
    people are from ("de Amerikaan Jordan Stolz", "enkele bekende Europeanen": not
    "Wat …?")."""
    words = [w.strip(",.;:") for w in part.text.split()]
    cut = noun_end(words)
    last = words[cut - 1] if cut else ""
    unnamed = not part.label and cut > 1 and last.istitle() and last.isalpha()
    return last.lower() in PERSON_NOUNS or unnamed


def agentless_question(fact: Fact, index: int, omit: frozenset[int] = frozenset()) -> Asked | None:
    """The question about constituent ``index`` in the passive without its agent, when the
    subject must be left out (another question asks for it): "Wanneer is het nieuwe
    gebouw geopend?" beside "Wie heeft het nieuwe gebouw geopend?". Only a perfect tense
    has the participle, and only a definite object or a name makes a passive subject
    without "er"."""
    omit = omit | ((pointing_sources(fact) | reason_clauses(fact)) - {index})
    aux = AGENTLESS_AUX.get(fact.finite.lower())
    parts = list(fact.parts)
    subject = next((i for i, p in enumerate(parts) if p.role == "subject"), None)
    patient = next((i for i, p in enumerate(parts) if p.role == "object"), None)
    if (
        aux is None
        or fact.passive
        or fact.tense not in {"perf", "pluperf"}
        or subject is None
        or index in {subject, patient}
        or patient in omit
    ):
        return None
    if any(
        w.lower() in POSSESSIVE_PRONOUNS
        for i, p in enumerate(parts)
        if i not in {subject, *omit}
        for w in p.text.split()
    ):
        # "Waar is de eerste titel van [zijn] loopbaan gewonnen?": whose, once the subject
        # is left out?
        return None
    if patient is None:
        return impersonal_question(fact, index, aux[0], {subject, *omit})
    obj = parts[patient]
    if not (obj.proper or obj.text.split(" ", 1)[0].lower() in DEFINITE_DETERMINERS):
        return None
    wh = wh_phrase(parts[index])
    if wh is None:
        return None
    # The object opens the middle field as the passive's subject: "Wanneer is de
    # IJsselderby tegen Go Ahead Eagles gewonnen?"
    rest = middle_field(parts, {index, subject, patient, *omit})
    words = [wh, aux[obj.plural], lower_first(obj), *rest]
    return Asked(finish(words), parts[index].answer, parts[index].accepted)


def impersonal_question(fact: Fact, index: int, aux: str, skip: set[int]) -> Asked | None:
    """ "Wanneer is er ingestemd met de bouw van een nieuwe brug?" beside "Wie heeft
    dinsdagavond ingestemd met …?": a verb of doing without an object (the lexicon's
    ``impersonal_passive_verbs``, lemmas and participles, as the lemmatizer may leave the
    participle: not "Met welke score is er verloren van AZ?") says what
    was done in the passive with "er", when a phrase with a preposition tells what it was
    done to (not "Wanneer is er gestemd?")."""
    parts = list(fact.parts)
    done = {fact.predicate, *(p.text for p in parts if p.role == "verb")}
    if not done & IMPERSONAL_PASSIVE_VERBS or not any(
        p.role == "other" and p.text.split(" ", 1)[0].lower() in PHRASE_OPENERS
        for j, p in enumerate(parts)
        if j not in skip
    ):
        return None
    wh = wh_phrase(parts[index])
    if wh is None:
        return None
    words = [wh, aux, EXISTENTIAL, *middle_field(parts, {index, *skip})]
    return Asked(finish(words), parts[index].answer, parts[index].accepted)


def omittable(part: Part) -> bool:
    """A constituent a question can leave out and stay a whole clause: when, according to
    whom, why (but not what "te danken aan" or "ligt aan" needs: a cause with "aan"), and
    where, by how much, with what score or with or at whom as a prepositional phrase ("in
    Marum", "met 18 procent", "met 3-1", "bij de Dienst Uitvoering Onderwijs"); not a
    direction ("naar Japan reizen" needs it), nor a subject or object."""
    if part.role == "cause":
        return part.prep != BOUND_CAUSE
    if part.role in {"time", "source"}:
        return True
    return (
        part.role in {"place", "quantity", "score", "party"}
        and bool(part.prep)
        and part.prep != "naar"
    )


def count_word(word: str) -> bool:
    """ "650", "1.500", "drie" (not "een", the article)."""
    if word.lower() == INDEFINITE:
        return False
    return (
        word.replace(".", "").replace(",", "").isdigit() or numerals.value(word, CODE) is not None
    )


def uncounted(part: Part, predicate: str) -> Part | None:
    """ "drie mannen" → "de mannen", "ruim 650 tijdelijke studentenwoningen" → "de tijdelijke
    studentenwoningen": the people or things a subject or object counts, without their
    number, when another question asks for it ("Wanneer heeft de politie de mannen
    aangehouden?" beside "Hoeveel mannen …?"); None for a phrase that counts nothing, or
    what a verb of having (``predicate``) has: without its number it says nothing ("Waar
    telt Groundlink [de werknemers]?")."""
    if predicate in HOLDING_VERBS:
        return None
    words = part.text.split()
    k = 0
    while k < len(words) and (words[k].lower() in APPROXIMATORS or count_word(words[k])):
        k += 1
    # The noun counted is the last before a phrase of its own ("mensen [aan malaria]").
    end = next((j for j in range(k, len(words)) if words[j].lower() in PHRASE_OPENERS), len(words))
    if (
        part.role not in {"subject", "object"}
        or not any(count_word(w) for w in words[:k])
        or k >= end
        or not part.plural
        or any(w[:1].isupper() for w in words[k:])
        # ("Waar zijn de mensen geëvacueerd?": which people? "Waar werd de graden gemeten?",
        # "… samen de zetels?": a count of "mensen" says nothing else of them, and a
        # measure or score is no thing to point at.)
        or words[end - 1].lower() in UNCOUNTABLE_PLURALS
    ):
        return None
    text = " ".join([COMMON_ARTICLE, *words[k:]])
    return dataclasses.replace(part, text=text, label="", answer=text, accepted=(text,))


def statement(fact: Fact, replace: dict[int, str] | None = None) -> str:
    """The clause as a declarative sentence, with constituents replaced (for true/false) or
    left out (replaced by "": the subject then takes the first position)."""
    replace = replace or {}
    parts = list(fact.parts)
    texts = [replace.get(i, p.text) for i, p in enumerate(parts)]
    dropped = {i for i, t in enumerate(texts) if not t}
    first = next((i for i, p in enumerate(parts) if p.first and i not in dropped), None)
    if first is None:
        first = next(
            (i for i, p in enumerate(parts) if p.role == "subject" and i not in dropped), None
        )
    if first is None:
        return ""
    if any(
        t.split(" ", 1)[0].lower() in RELATIVES - COMPLEMENTIZERS
        for i, t in enumerate(texts)
        if i != first and t
    ):
        # "… dat er een commissie komt [die de veiligheid … onderzoekt]": a relative clause
        # after the verb follows its noun only where the noun stood in the middle field
        # ("dat" may open what is said, too: "vindt [dat het personeel …]").
        return ""
    head = texts[first]
    if parts[first].first is False and not parts[first].proper:
        head = head[:1].upper() + head[1:]
    rest = middle_field(
        [Part(p.role, texts[i], p.start, p.label, False, p.proper) for i, p in enumerate(parts)],
        {first} | dropped,
    )
    said = close_commas([head, fact.finite.lower(), *rest])
    if parts[first].role == "cause" and parts[first].prep in CLAUSES and not said[0].endswith(","):
        # "Omdat de ziekte geen symptomen geeft, wordt ze …": a clause in the first place
        # ends in a comma.
        said[0] += ","
    text = " ".join(said).strip().rstrip(" .,;:")
    return text[0].upper() + text[1:] + "."


def title_questions(fact: Fact) -> list[tuple[str, Asked]]:
    """ "Wie is de Noord-Koreaanse leider?" and "Welke functie heeft Chung Eui-yong?"."""
    person = fact.role("agent")
    function = fact.role("attribute")
    noun = fact.role("function")
    if person is None or function is None or noun is None:
        return []
    # Present tense, whatever the sentence's: a news article's "zei de burgemeester" does not
    # make her a former mayor ("Wie was de burgemeester?" would suggest so).
    domain = fact.role("domain")
    if noun.answer.lower().endswith(MEMBER_NOUNS):
        # "Wie is het lid van de Likoed-partij?": one of many; only the function is asked.
        title = ""
    elif domain is not None:
        title = f"{function.text} van {domain.text}"
    elif specific(function.answer, noun.answer):
        title = function.text
    else:
        # "Wie is de directeur?": of what? Only the function question can be asked.
        title = ""
    who = Asked(finish(["wie", "is", title]), person.answer, (person.answer,))
    # "Minister" at the start of its sentence is "minister" in "minister van Justitie".
    bare = noun.answer.lower() if noun.answer.lower() in function.answer.split() else noun.answer
    accepted = tuple(dict.fromkeys([function.answer, bare]))
    what = Asked(
        LABELS["function_question"].format(person=person.answer),
        function.answer,
        accepted,
    )
    return [("person", who), ("function", what)] if title else [("function", what)]


def specific(function: str, noun: str) -> bool:
    """ "Noord-Koreaanse leider", "hoogleraar microbiologie": a function with a place or a
    field says whose or which it is; "technisch directeur" does not (of what?)."""
    words = function.split()
    if noun not in words:
        return len(words) > 1
    at = words.index(noun)
    return at < len(words) - 1 or any(w[:1].isupper() for w in words[:at])


# Relative dates and how many years or months they lie from the article's date.
RELATIVE_YEARS = {"vorig jaar": -1, "dit jaar": 0, "volgend jaar": 1, "komend jaar": 1}
RELATIVE_MONTHS = {"vorige maand": -1, "deze maand": 0, "volgende maand": 1, "komende maand": 1}


def absolute_dates(answer: str, date: str) -> list[str]:
    """ "vorig jaar" in an article of 2024-03 is 2023; "vorige maand" is februari 2024."""
    text = " ".join(answer.lower().split())
    for lead in ("in ", "eind ", "begin "):
        text = text.removeprefix(lead)
    year, month = int(date[:4]), int(date[5:7])
    if text in RELATIVE_YEARS:
        return [str(year + RELATIVE_YEARS[text])]
    if text in RELATIVE_MONTHS:
        index = year * 12 + month - 1 + RELATIVE_MONTHS[text]
        return [f"{word_lists(CODE)['months'][index % 12]} {index // 12}"]
    return []


# What ties a time to the calendar: a year, a month, a day's number, a season.
SEASONS = {"voorjaar", "zomer", "najaar", "herfst", "winter", "lente"}


def anchored_time(answer: str) -> bool:
    """ "in mei", "op 12 maart", "2035", "in de herfst" name a time in the calendar;
    "dinsdag", "vorige week", "dit jaar" only point from the day the article appeared."""
    tokens = answer.lower().split()
    return any(t.isdigit() for t in tokens) or bool(
        set(tokens) & (SEASONS | set(word_lists(CODE)["months"]))
    )


def deictic_time(answer: str) -> bool:
    """ "vorige week", "dit jaar", "eind deze maand", "gisteren": a time told only from the
    day the article appeared, which the sheet's reader does not have; not a span of time
    with its length ("de komende twee jaar")."""
    tokens = answer.lower().split()
    counted = any(t.isdigit() or numerals.value(t, CODE) is not None for t in tokens)
    return bool(set(tokens) & DEICTIC_TIME_WORDS) and not counted


def needs_article(name: str) -> bool:
    """ "de Verenigde Staten", "het Verenigd Koninkrijk": a place the text must name with an
    article (the curated list of such places)."""
    return name in word_lists(CODE).get("places_with_article", [])
