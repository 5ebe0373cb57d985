"""Doc → facts, from the dependency parse and the entities.

Two kinds of fact:
- events: a main clause (verb-second in Dutch) cut into its constituents (whole subtrees of
  the verb's dependents), each with a role from its relation, case marker and entity type;
- titles: a person with a function, from an apposition ("Chung Eui-yong, hoofd van de
  delegatie") or a title before the name ("de Noord-Koreaanse leider Kim Jong-un").

A clause whose parse does not cut cleanly into contiguous constituents is skipped and
counted, not guessed at. No string surgery on the raw text: only spans of the parse.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from typing import Any

from spacy.tokens import Doc, Span, Token

from quizgen import numerals
from quizgen.entities import (
    AMOUNT_LABELS,
    NAME_LABELS,
    VALUE_LABELS,
    EntityIndex,
    Referent,
    label_of,
    surname,
)
from quizgen.lang.base import data_file, dateline, name_kinds, place_names, word_lists
from quizgen.records import PARAGRAPH_STARTS, Fact, Part, Role
from quizgen.repair import (
    CLOSING_QUOTES,
    QUOTES,
    RELATIVES,
    apposition_after,
    kind_of,
    kind_of_word,
    verb_forms,
)

# Dependents that belong to the verbal cluster, not to a constituent.
VERBAL_DEPS = {"aux", "aux:pass", "cop", "compound:prt"}
MAX_COUNTED_ADJECTIVES = 2
# The longest separable particles: "tegemoet", "voorbij", "teleur".
MAX_PARTICLE_LENGTH = 8
# Dependents left out of a question: they are clauses of their own, or punctuation.
DROP_DEPS = {
    "punct", "advcl", "parataxis", "conj", "cc", "discourse", "vocative", "dep", "mark",
    "reparandum", "list", "orphan", "ccomp", "csubj",
}  # fmt: skip
SUBJECT_DEPS = {"nsubj", "nsubj:pass", "nsubj:outer"}
# The relations of a noun phrase (a noun the tagger took for a verb still holds one).
# How a possessive hangs on its noun, whatever the tagger called it.
POSSESSIVE_DEPS = {"det", "nmod:poss"}
NOMINAL_DEPS = {*SUBJECT_DEPS, "obj", "iobj", "obl", "obl:agent", "obl:arg", "nmod", "appos"}
CLAUSE_DEPS = {"ROOT", "conj", "parataxis"}
# The roles of a clause that leave its verb's meaning to the verb: a copula with only these
# lost its predicate (a time or place may be one: "De finale is op 16 juli").
BARE_CLAUSE_ROLES = {"subject", "verb", "source", "cause"}
# A person's name: words of letters, with hyphens, apostrophes or dots inside ("Jong-un").
NAME_WORD = re.compile(r"[^\W\d_]+(?:[-'’.]?[^\W\d_]+)*\.?(?: [^\W\d_]+(?:[-'’.]?[^\W\d_]+)*\.?)*")
# Clauses inside a constituent, which a question shows whole.
EMBEDDED_CLAUSES = {"ccomp", "acl", "acl:relcl", "advcl"}
NOMINAL_ONLY = {"appos", "nmod", "nmod:poss", "flat", "det", "amod", "nummod"}
SINGLE_QUOTES = {"'", "‘", "’"}
# "ruim", "bijna", "ten minste" before a number.
MAX_APPROXIMATORS = 2
APPOSITION_BONUS = 0.2
# A blank one arc further from the main clause tells a little less of the news.
EMBEDDED_WEIGHT = 0.3
# How far below the news a blank for when or where something was said ranks.
SAID_WHEN_PENALTY = 3.0
# Where someone is from is told in passing: below the clauses' own facts.
ORIGIN_PENALTY = 1.0
# How far a relative clause remarking on a person ranks below the article's news.
REMARK_PENALTY = 1.0
# "Dat heeft KLM dinsdag bekendgemaakt.": the fewest tokens of a sentence that announces.
MIN_ANNOUNCEMENT = 4
# Sentences short enough to blank a word out of, and long enough to give it context.
MIN_SENTENCE_WORDS, MAX_SENTENCE_WORDS = 6, 35
MAX_DOMAIN_WORDS = 6
# A sentence opening with "wie" ("Wie … meedoet, kan …") reads as a question.
WH_OPENERS = {"wie"}
# "de 61-jarige Deen" between an apposition's comma and the name it describes.
MAX_DESCRIPTION = 3
FUNCTION_POS = {"ADP", "ADV", "DET", "PRON", "SCONJ", "CCONJ", "AUX", "VERB"}


@dataclass(frozen=True)
class Lexicon:
    """Per-language word lists the extractor needs, from ``quizgen/data/<lang>/lexicon.json``."""

    speech_verbs: frozenset[str]
    source_markers: frozenset[str]
    place_prepositions: dict[str, str]
    cause_prepositions: frozenset[str]
    drop_adverbs: frozenset[str]
    person_pronouns: frozenset[str]
    vague_pronouns: frozenset[str]
    distal_demonstratives: frozenset[str]
    # Endings of nouns for people: "minister", "bestuursvoorzitter"; and of nouns that only
    # relate one person to another ("ambtgenoot").
    person_titles: tuple[str, ...]
    relational_titles: tuple[str, ...]
    # All the endings of nouns for people: titles, relations, and the endings of their kind
    # ("-er", "-ist", "-ster").
    person_endings: tuple[str, ...]
    raw: dict[str, Any] = field(default_factory=dict)


@cache
def lexicon(lang: str) -> Lexicon:
    data = data_file(lang, "lexicon")
    return Lexicon(
        speech_verbs=frozenset(data["speech_verbs"]),
        source_markers=frozenset(data["source_markers"]),
        place_prepositions=dict(data["place_prepositions"]),
        cause_prepositions=frozenset(data["cause_prepositions"]),
        drop_adverbs=frozenset(data["drop_adverbs"]),
        person_pronouns=frozenset(data["person_pronouns"]),
        vague_pronouns=frozenset(data["vague_pronouns"]),
        distal_demonstratives=frozenset(data["distal_demonstratives"]),
        person_titles=tuple(data["person_titles"]),
        relational_titles=tuple(data["relational_titles"]),
        person_endings=tuple(
            [*data["person_titles"], *data["relational_titles"], *data["person_suffixes"]]
        ),
        raw=data,
    )


@dataclass
class Extraction:
    """What one document gave: facts, the entity index, and counts of skipped clauses by reason."""

    facts: list[Fact]
    entities: EntityIndex
    skipped: Counter[str]


def is_finite(t: Token) -> bool:
    return "Fin" in t.morph.get("VerbForm", []) or (
        t.pos_ in {"VERB", "AUX"}
        and bool(t.morph.get("Tense", []))
        and not t.morph.get("VerbForm", [])
    )


def has_finite(verb: Token) -> bool:
    """Whether ``verb`` is finite or has a finite auxiliary."""
    return is_finite(verb) or any(c.dep_ in VERBAL_DEPS and is_finite(c) for c in verb.children)


@dataclass(frozen=True)
class Relative:
    """A relative clause's pronoun and the noun phrase it stands for."""

    pronoun: Token
    antecedent: list[Token]


def inflected(adjective: str) -> str:
    """The form an adjective takes after "de"/"het" ("toenmalig" → "toenmalige",
    "Amerikaans" → "Amerikaanse", "Chinees" → "Chinese"), for the endings whose spelling
    does not change otherwise; other words as they are."""
    if adjective.endswith("ees"):
        return adjective[:-2] + "se"
    if adjective.endswith(("ig", "lijk", "isch", "s")):
        return adjective + "e"
    return adjective


def elliptical(sub: list[Token]) -> bool:
    """ "in het tweede", "de laatste": an article and an ordinal or superlative without
    the noun they are of."""
    last = sub[-1]
    return (
        any(t.pos_ == "DET" for t in sub)
        and last.pos_ == "ADJ"
        and last.lower_.endswith(("de", "ste"))
        and not any(t.pos_ in {"NOUN", "PROPN"} for t in sub)
    )


def fixed_phrase(sub: list[Token]) -> bool:
    """Whether ``sub`` is one word with the ``fixed`` words of an idiom after it ("om het
    leven"), not a conjunction that opens a clause."""
    head, rest = sub[0], sub[1:]
    return (
        bool(rest)
        and contiguous(sub)
        and all(t.head.i == head.i or t.head.i in {r.i for r in rest} for t in rest)
        and any(t.dep_ == "fixed" for t in head.children)
    )


def coordinators(conj: Token) -> list[Token]:
    """The "en"/"maar" of a conjunct: its own, the one the parser hung on its auxiliary
    ("pleit … [en heeft] daarvoor actiegevoerd"), or the one it hung on the first conjunct
    right before this one ("telt vier verdiepingen [en] biedt ruimte …")."""
    verbal = [c for c in conj.children if c.dep_ in VERBAL_DEPS and c.i < conj.i]
    own = [c for t in (conj, *verbal) for c in t.children if c.dep_ == "cc"]
    before = conj.doc[conj.left_edge.i - 1] if conj.left_edge.i > 0 else None
    if (
        conj.dep_ == "conj"
        and before is not None
        and before.dep_ == "cc"
        and before.head.i == conj.head.i
    ):
        own.append(before)
    return own


def verb_final(conj: Token) -> bool:
    """ "… nu de telefoon in een kluisje [of in de tas blijft]": a finite conjunct without a
    subject whose phrases all stand before its finite verb ends a subordinate clause; it is
    no main clause of its own ("en legt de haven stil", "maar twee kilometer later moest
    ook de Sloveen lossen" have phrases after it)."""
    finite = next(
        (
            t
            for t in (conj, *conj.children)
            if (t is conj or t.dep_ in VERBAL_DEPS) and is_finite(t)
        ),
        None,
    )
    deps = [k for k in conj.children if k.dep_ not in {"cc", "punct", *VERBAL_DEPS}]
    return (
        conj.pos_ in {"VERB", "AUX"}
        and finite is not None
        and not any(k.dep_ in SUBJECT_DEPS for k in deps)
        and bool(deps)
        and all(k.i < finite.i for k in deps)
    )


# A match's score: "3-1", "2-2" (a range of numbers takes a noun after it: "2-3 dagen").
SCORE = re.compile(r"\d{1,2}-\d{1,2}")


def is_score(t: Token) -> bool:
    """ "won met [3-1]", "maakte er [3-1] van": a score, not a range ("2-3 dagen")."""
    after = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return bool(SCORE.fullmatch(t.text)) and (after is None or after.pos_ not in {"NOUN", "NUM"})


def ordinal(t: Token) -> bool:
    """ "eerste", "Tweede": a numeral word that ranks."""
    return (
        t.pos_ in {"NUM", "ADJ"} and t.is_alpha and t.lower_.endswith(("ste", "de")) and t.like_num
    )


def is_number(t: Token) -> bool:
    """A numeral ("1200", "drie", "miljoen"), not an article that looks like one ("een")."""
    if any(c.isdigit() for c in t.text):
        return t.like_num
    # "eerste", "twaalfde" are ordinals: they rank, they do not count.
    return t.like_num and t.pos_ == "NUM" and not t.lower_.endswith(("ste", "de"))


def compared(dep: Token) -> bool:
    """Whether the clause ``dep`` belongs to holds a comparative outside ``dep``'s phrase
    ("iets [lager] dan vier jaar geleden")."""
    own = {t.i for t in dep.subtree}
    return any("Cmp" in t.morph.get("Degree", []) for t in dep.head.subtree if t.i not in own)


def is_verbal(t: Token) -> bool:
    """A verb, also a passive participle the tagger took for an adjective ("werden …
    [geboren]")."""
    return t.pos_ in {"VERB", "AUX"} or (
        t.pos_ == "ADJ" and any(c.dep_ == "aux:pass" for c in t.children)
    )


def is_noun(t: Token) -> bool:
    """A noun, also one the tagger took for an adjective: an adjective before a noun is
    inflected ("de Nederlandse bond"), "de rechtbank Gelderland" has no inflection."""
    return t.pos_ == "NOUN" or (t.pos_ == "ADJ" and not t.lower_.endswith("e"))


def bare_count(t: Token) -> bool:
    """A number that counts or measures what the sentence or the one before named ("waren
    het er nog 175.000", "hielpen er ruim 900 mee", "met een kracht van 5,9"): written in
    digits, not a year, not before a noun it would count, nor part of a date, time, score
    or amount."""
    after = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    digits = t.text.replace(".", "").replace(",", "").replace(":", "")
    return (
        digits.isdigit()
        and len(digits) >= 2
        and not (len(t.text) == 4 and t.text[:2] in {"19", "20"})
        and not t.ent_type_
        and (after is None or after.pos_ in {"PUNCT", "ADP", "VERB", "AUX"})
        and (after is None or after.text not in {"%", "-", "–"})
    )


def asks(sent: Span) -> bool:
    """Whether the sentence is a question (its last mark, before a closing quote, is "?")."""
    marks = [t.text for t in sent if t.is_punct and t.text not in QUOTES | SINGLE_QUOTES]
    return bool(marks) and marks[-1] == "?"


def well_formed(sent: Span) -> bool:
    """A sentence as the parser cut it starts with a capital (or a digit or quote) and ends
    with a full stop, question or exclamation mark: anything else is a fragment of a bad
    sentence split, whose parse cannot be trusted."""
    words = [t for t in sent if not t.is_space]
    if not words:
        return False
    first, last = words[0].text, words[-1].text
    ends = last in {".", "!", "?"} or (
        last in QUOTES | SINGLE_QUOTES | {")"}
        and len(words) > 1
        and words[-2].text in {".", "!", "?"}
    )
    starts = first[:1].isupper() or first[:1].isdigit() or first in QUOTES
    doc = sent.doc
    prev = sent.start - 1
    # The sentence before it (in the same paragraph) must have ended, or been the dateline
    # (parsed apart): else this is its tail.
    after_end = (
        prev < 0
        or sent.start in paragraph_starts(doc)
        or doc[prev].text in {".", "!", "?", ":", ";"} | QUOTES
        or dateline(doc[prev].sent.text) is not None
    )
    return ends and starts and after_end and not glued(words)


# Words that open a sentence, capitalised only there (unless part of a name).
OPENERS = {"De", "Het", "Een", "Dit", "Dat", "Deze", "Die", "Er", "Hij", "Zij", "Ze", "We",
           "Wij", "Ik", "In", "Op", "Bij", "Na", "Volgens", "Ook", "Maar", "En",
           "The", "He", "She", "They", "It", "On", "At", "But"}  # fmt: skip


def glued(words: list[Token]) -> bool:
    """Whether two sentences run on without a full stop ("Omzet van Roularta groeit 10
    procent Het tweede kwartaal bracht …", a headline glued to its text): a word that opens
    sentences, capitalised after a word, outside a name (also one the NER missed: "de molen
    De Walvisch")."""
    return any(
        t.text in OPENERS
        and not t.ent_type_
        and (before.is_alpha or before.like_num)
        and not (after.text[:1].isupper() and after.is_alpha)
        for before, t, after in zip(words, words[1:], words[2:], strict=False)
    )


def in_dateline(m: Span) -> bool:
    """ "ROTTERDAM - Voor het eerst …": the place a report was sent from opens it in capitals
    before a dash; it is no fact of the report."""
    opener = dateline(m.sent.text)
    return opener is not None and m.start_char - m.sent.start_char < opener[1]


def proper_word(t: Token) -> bool:
    """A word of a name: tagged one, or capitalised inside the sentence though the tagger
    took it for a common noun ("het bedrijf uit [Leeuwarden]")."""
    return t.pos_ == "PROPN" or (t.pos_ == "NOUN" and t.is_title and not t.is_sent_start)


def part_of_longer_name(m: Span, particles: Collection[str] = ()) -> bool:
    """ "het Nationaal Instituut voor Geofysica [en Vulkanologie]": the NER cut a name short
    when a capitalised word, or "en" and one, stands right next to it; a date when "van" and
    a year follow it."""
    doc = m.doc
    after = doc[m.end : m.end + 2]
    before = doc[m.start - 1] if m.start > 0 else None
    counted = len(m) > 1 and is_number(m[0]) and m[-1].pos_ == "NOUN"
    # Not so for a number with the noun it counts ("Utrecht Centraal [60 bussen]", "[145
    # megaton] CO2"): "Boeing 737" is a name, "60 bussen" is not.
    if (
        before is not None
        and not before.is_sent_start
        and before.text[:1].isupper()
        and not counted
        # (A phrase that opens with its preposition, "Korea [tussen 1910 en 1945]", is no
        # name's last part.)
        and m[0].pos_ != "ADP"
    ):
        return True
    if len(after) and after[0].text[:1].isupper() and not after[0].is_punct and not counted:
        return True
    if (len(after) and after[0].text == "&") or (before is not None and before.text == "&"):
        # "[Scottish] & Newcastle", "Scottish & [Newcastle]".
        return True
    if len(after) == 2 and after[0].lower_ == "van" and after[1].like_num:
        # "[tot de zomer] van 2026": the date runs on.
        return True
    if len(after) < 2:
        return False
    if (
        label_of(m) == "PER"
        and len(m) == 1
        and after[0].text in particles
        and after[1].text[:1].isupper()
    ):
        # "[Hans] van Warmerdam": a first name, with a surname's particle and the surname
        # after it (but "Lisa van Dam [van Wonen]" is whole).
        return True
    # ("Guinness Book [of] Records": the English "of" joins a name as well.)
    joined = after[0].pos_ == "CCONJ" or after[0].text in {"of", "and"}
    return joined and after[1].text[:1].isupper()


def spelled_out(m: Span) -> bool:
    """ "de Algemene Onderwijsbond (AOb)": the abbreviation after the blank gives it away."""
    doc = m.doc
    if m.end + 2 >= len(doc) or doc[m.end].text != "(" or doc[m.end + 2].text != ")":
        return False
    initials = "".join(t.text[0] for t in m if t.text[:1].isupper())
    return len(initials) > 1 and doc[m.end + 1].text.upper().startswith(initials.upper()[:2])


def in_brackets(m: Span) -> bool:
    """ "(INGV)": an abbreviation right after the name it abbreviates gives itself away."""
    doc = m.doc
    return m.start > 0 and m.end < len(doc) and doc[m.start - 1].text + doc[m.end].text == "()"


def bracketed(m: Span) -> bool:
    """Whether ``m`` stands inside brackets its sentence opened before it."""
    before = m.doc[m.sent.start : m.start]
    return sum(t.text == "(" for t in before) > sum(t.text == ")" for t in before)


def joined_before(m: Span) -> bool:
    """ "jaren '[50]", "1940 - [41]", "Geraardsbergen - [Lierde]": ``m`` is the second half
    of a form an apostrophe or a dash joins it to; or the first half of a range a dash
    joins to a number ("in [2000] - 2001")."""
    after = m.doc[m.end : m.end + 2]
    if len(after) == 2 and after[0].text in DASHES and after[1].like_num:
        return True
    if m.start == 0:
        return False
    prev = m.doc[m.start - 1]
    if prev.text in SINGLE_QUOTES and not prev.whitespace_:
        return True
    return prev.text in DASHES and m.start >= 2 and m.doc[m.start - 2].pos_ in {"NUM", "PROPN"}


def paragraph_starts(doc: Doc) -> frozenset[int]:
    """Token indices that begin a paragraph (set by quizgen.api.parse, or after a line break)."""
    starts = doc.user_data.get(PARAGRAPH_STARTS)
    if not isinstance(starts, frozenset):
        found = (
            starts
            if starts is not None
            else (t.i + 1 for t in doc if t.is_space and "\n" in t.text)
        )
        starts = frozenset(found)
        doc.user_data[PARAGRAPH_STARTS] = starts
    return starts


def contiguous(tokens: list[Token]) -> bool:
    idx = sorted(t.i for t in tokens)
    return idx == list(range(idx[0], idx[-1] + 1))


def span_text(doc: Doc, start: int, end: int) -> str:
    return doc[start:end].text


class FactExtractor:
    def __init__(self, doc: Doc, lang: str) -> None:
        self.doc = doc
        self.lang = lang
        self.lex = lexicon(lang)
        self.kinds = name_kinds(lang)
        self.ents = EntityIndex(doc)
        self.skipped: Counter[str] = Counter()
        self._asides: dict[int, list[tuple[int, int]]] = {}

    # -- constituents -------------------------------------------------------------------

    @cached_property
    def known_names(self) -> frozenset[str]:
        """Every name and alias of the text's referents, and its people's surnames."""
        refs = self.ents.referents.values()
        surnames = {r.name.split()[-1] for r in refs if r.label == "PER"}
        return frozenset(n for r in refs for n in (r.name, *r.aliases)) | surnames

    def resolve_pronoun(self, tok: Token) -> Referent | None:
        """The person a pronoun stands for: the one the sentences before name, or of several
        the last one if that was the subject of the sentence before ("hij" or "ze" could
        be any of them otherwise: the NER says nothing of gender); "zij"/"ze" only as the
        subject of a singular verb ("Zij stuurt …"), as with a plural one it means
        "they"."""
        if tok.pos_ != "PRON":
            return None
        if tok.lower_ in self.lex.person_pronouns or (
            tok.lower_ in self.lex.raw["singular_subject_pronouns"] and self.singular_subject(tok)
        ):
            ref = self.ents.only_person_before(tok)
            if ref is not None and (
                self.person_noun_since(ref, tok)
                or self.thing_subject_before(ref, tok)
                or self.other_gender(ref, tok)
            ):
                return None
            return ref
        return None

    def other_gender(self, ref: Referent, tok: Token) -> bool:
        """Whether the person's first name is one for the other gender than the pronoun's
        ("Ze had de rol bijna geweigerd" after "Thomas van Vliet": someone else, named
        before; the lists' ``female_first_names`` and ``male_first_names``)."""
        female = tok.lower_ in self.lex.raw["female_pronouns"]
        names = word_lists(self.doc.lang_)["male_first_names" if female else "female_first_names"]
        return ref.name.split(" ", 1)[0] in names

    def age_after(self, m: Span) -> bool:
        """ "een meisje van [zeven jaar]": years after "van" and a noun for a person are the
        person's age, not what the phrase counts."""
        doc = m.doc
        return (
            m.start >= 2
            and doc[m.start - 1].lower_ == self.lex.raw["title_of"]
            and doc[m.start - 2].lower_ in self.lex.raw["person_nouns"]
            and m[-1].lower_ in self.lex.raw["age_units"]
        )

    def fronted_subject(self, tok: Token) -> list[Token] | None:
        """The noun phrase a subject pronoun takes up from the clause that opens its
        sentence: "Omdat [de ziekte] lange tijd geen symptomen geeft, wordt [ze] meestal pas
        ontdekt …", "Toen [de trein] stopte, was [hij] al vol" — the subject of a
        subordinate clause before the main clause's verb, a common noun of the pronoun's
        number (a name is the NER's to resolve)."""
        pronouns = {*self.lex.person_pronouns, *self.lex.raw["singular_subject_pronouns"]}
        if tok.pos_ != "PRON" or tok.dep_ not in SUBJECT_DEPS or tok.lower_ not in pronouns:
            # (Not "het": "Omdat de ziekte …, is [het] moeilijk" says nothing of it.)
            return None
        singular = self.singular_subject(tok)
        clauses = [
            c
            for c in tok.head.children
            if c.dep_ == "advcl"
            and c.i < tok.i
            and (opener := in_order(c)[0]).dep_ == "mark"
            and opener.i == c.sent.start
        ]
        if len(clauses) != 1:
            return None
        subjects = [k for k in clauses[0].children if k.dep_ in SUBJECT_DEPS]
        if len(subjects) != 1 or subjects[0].pos_ != "NOUN":
            return None
        noun = subjects[0]
        if ("Plur" in noun.morph.get("Number", [])) == singular:
            return None
        phrase = in_order(noun)
        return phrase if contiguous(phrase) else None

    def thing_subject_before(self, ref: Referent, tok: Token) -> bool:
        """Whether "ze"/"zij" follows, in its own sentence, the subject of another clause
        that is no person: "Zo moet [de Wereldbank] … samenwerken en moet [ze] een zwarte
        lijst aanleggen" — an organisation is "ze" as well."""
        if tok.lower_ not in self.lex.raw["singular_subject_pronouns"]:
            return False
        for t in tok.sent:
            if t.i >= tok.i:
                break
            mention = self.ents.mention_at(t)
            named = self.ents.referent(mention) if mention is not None else None
            if (
                t.dep_ in SUBJECT_DEPS
                and t.head.i != tok.head.i
                and t.pos_ in {"NOUN", "PROPN"}
                and (named is None or (named.name != ref.name and named.label != "PER"))
            ):
                return True
        return False

    def person_noun_since(self, ref: Referent, tok: Token) -> bool:
        """Whether a noun for a person (the lexicon's ``description_nouns``) stands in the
        sentence of the last mention of ``ref`` or after it, before the pronoun ``tok``:
        "Sarah Payne verdween. … De politie arresteerde een verdachte. … komt [hij] vrij" —
        the pronoun may as well stand for that noun."""
        ends = [
            m.end
            for m in self.ents.mentions
            if m.end <= tok.i and (r := self.ents.referent(m)) is not None and r.name == ref.name
        ]
        if not ends:
            return False
        # From the start of the sentence that names the person ("Speurders hebben een
        # verdachte gearresteerd in de moordzaak op Sarah Payne"); as or in a subject or
        # object, whatever its tag ("een [verdachte] gearresteerd"): as a predicate or
        # apposition ("wordt de nieuwe chef-dirigent", "moeder van …") it is the person.
        nouns = set(self.lex.raw["description_nouns"])
        roles = {*SUBJECT_DEPS, "obj"}
        return any(
            t.lower_ in nouns and (t.dep_ in roles or t.head.dep_ in roles)
            for t in self.doc[self.doc[max(ends) - 1].sent.start : tok.i]
        )

    def singular_subject(self, tok: Token) -> bool:
        """Whether ``tok`` is the subject of a finite verb in the singular."""
        if tok.dep_ not in SUBJECT_DEPS:
            return False
        verb = tok.head
        finite = [t for t in (verb, *verb.children) if t.pos_ in {"VERB", "AUX"} and is_finite(t)]
        return bool(finite) and finite[-1].morph.get("Number", []) == ["Sing"]

    def person_name(self, tokens: list[Token]) -> tuple[Span, Referent] | None:
        """The name when a constituent is a person NP: "de Amerikaanse president Donald Trump".

        Only determiners, adjectives and one title noun may stand before the name, and
        nothing after it: then the name alone means the same person.
        """
        mentions = self.ents.mentions_in(tokens)
        # "Noord-Koreaanse" in "de Noord-Koreaanse leider Kim Jong-un" is a MISC adjective.
        # "(NWO)" after the name is the same name.
        names = [
            m
            for m in mentions
            if label_of(m) in {"PER", "MISC", "ORG", "LOC"}
            and not adjectives_only(m)
            and not in_brackets(m)
            # ("staatssecretaris van [Financiën] Anna de Vries": a portfolio is no name.)
            and not self.portfolio(m)
        ]
        if not names:
            return None
        m = names[0]
        ref = self.ents.referent(m)
        # A place keeps its words: "richting Noord-Korea" is not "Noord-Korea".
        if ref is None or ref.label not in {"PER", "ORG"}:
            return None
        before = [t for t in tokens if t.i < m.start]
        # "wethouder Karin Mulder van Cultuur": after a title, what the person is of belongs
        # to the title; the name alone still means the person.
        titled = any(t.lower_.endswith(self.lex.person_titles) for t in before)
        domain = self.domain_after(m) if ref.label == "PER" and titled else None
        end = domain[1] if domain is not None and domain[1] == tokens[-1].i + 1 else m.end
        origin = self.origin_after(m)
        if origin is not None and origin.end == tokens[-1].i + 1:
            # "architectenbureau Mecanoo uit Delft", "Jan de Vries uit Zwolle": where the
            # bearer of the name is from; the name alone means the same.
            end = origin.end
        if any(n.end > end and not all(in_apposition(t, m) for t in n) for n in names[1:]):
            # (A name inside the person's apposition is part of the description: "Sanne
            # Verhoeven, hoogleraar aan het [Radboudumc]".)
            return None
        after = [t for t in tokens if t.i >= end]
        if after and not all(in_apposition(t, m) for t in after):
            return None
        of = self.lex.raw["title_of"]
        if any(
            t.pos_ not in {"DET", "ADJ", "NOUN", "PROPN", "NUM"} and t.lower_ != of for t in before
        ):
            return None
        if any(
            t.pos_ == "NUM" and t.is_alpha and numerals.value(t.text, self.lang) is None
            for t in before
        ):
            # "aan zijn [eerste] Tour": an ordinal picks one of many, not the name's bearer.
            return None
        # ("minister van [Onderwijs] Eppo Bruins": a portfolio is the title's.)
        portfolio = self.lex.raw["portfolio_words"]
        if sum(t.pos_ == "NOUN" and t.text not in portfolio for t in before) > 1:
            return None
        words = [t for t in before if t.pos_ != "DET"]
        if words and words[-1].lower_ == of:
            # "een vrije trap van Dani Ramírez" is the free kick, not Ramírez; "het dal van
            # de Geul" is the valley.
            return None
        return m, ref

    def thing_named(self, tokens: list[Token]) -> tuple[str, Span] | None:
        """ "Meridian-2" alone, where the text calls it "de satelliet Meridian-2": a name
        the text puts one of the lexicon's ``name_kinds`` for things (not people, places or
        organisations) before, with that kind ("de satelliet")."""
        if not tokens:
            return None
        m = self.ents.mention_at(tokens[0])
        ref = self.ents.referent(m) if m is not None else None
        if (
            m is None
            or ref is None
            or (m.start, m.end) != (tokens[0].i, tokens[-1].i + 1)
            # (An organisation or place keeps its label: "het aandeel Philips" is the
            # company's share, Philips no share.)
            or ref.label in {"ORG", "LOC"}
        ):
            return None
        kinds = {
            (found[0], f"{found[1]} {word}")
            for word in self.ents.kind_words(ref.name)
            if (found := kind_of_word(word, self.kinds)) is not None
        }
        if len(kinds) != 1 or next(iter(kinds))[0] != "MISC":
            return None
        return kinds.pop()[1], m

    def named_kind(self, tokens: list[Token]) -> tuple[str, list[Span]] | None:
        """ "het dorp Castelluccio", "de netbeheerders TenneT en Elia": a noun that says what
        kind of place or organisation it names (the lexicon's ``name_kinds``), then the
        name, or after a plural the names joined by "en" and commas, and nothing else. The
        kind comes with its article ("het dorp"), the names as mentions."""
        i = 1 if tokens and tokens[0].pos_ == "DET" else 0
        while i < len(tokens) and tokens[i].pos_ == "ADJ":
            i += 1
        if i >= len(tokens) - 1:
            return None
        noun = tokens[i]
        kind = kind_of(noun, self.kinds)
        if kind is None:
            return None
        label, article, plural = kind
        names: list[Span] = []
        k = i + 1
        while k < len(tokens):
            if work_quote(tokens[k]):
                # 'de film ["]El viento del sur["]'.
                k += 1
                continue
            m = self.ents.mention_at(tokens[k])
            if m is None or m.start != tokens[k].i or label_of(m) != label:
                return None
            names.append(m)
            k = m.end - tokens[0].i
            if k < len(tokens) and work_quote(tokens[k]):
                k += 1
            if k < len(tokens) and plural and tokens[k].lower_ in {"en", ","}:
                k += 1
            elif k < len(tokens):
                return None
        if not names or (len(names) > 1 and not plural):
            return None
        # A plural is "de"; a singular has its kind's article ("het zuivelbedrijf").
        return f"{'de' if plural else article} {noun.lower_}", names

    def constituent(self, dep: Token, tokens: list[Token]) -> tuple[str, str, str, str] | None:
        """(role, label, case preposition, answer text) of a dependent's subtree."""
        d = dep.dep_
        case = next((c for c in dep.children if c.dep_ in {"case", "fixed"} and c.i < dep.i), None)
        prep = case.lower_ if case is not None else ""
        if (
            case is None
            and dep.i == tokens[0].i < tokens[-1].i
            and dep.lower_ in self.lex.place_prepositions
            and not self.ents.mention_at(dep)
        ):
            # "[richting] Noord-Korea" with the preposition read as the phrase's noun (not
            # a name's particle: "[Van] Damme, gevestigd in Oudenaarde, brouwt …").
            prep = dep.lower_
        mentions = self.ents.mentions_in(tokens)
        values = [m for m in mentions if label_of(m) in {"DATE", "TIME"}]
        whole = [m for m in values if m.start <= tokens[0].i and m.end >= tokens[-1].i + 1]
        if whole and tokens[0].pos_ == "ADP" and len(tokens) > 1:
            # "tot ongeveer negen uur 's avonds", "tot en met 30 augustus": the time's first
            # word is its preposition, wherever the parser hung it ("met" on "30").
            prep = tokens[0].lower_
        if whole and not prep and self.duration(tokens):
            # "leggen het werk [24 uur] neer": how long, not when ("Hoeveel uur …?").
            return "quantity", "", "", ""
        if whole and (d in SUBJECT_DEPS or d in {"obj", "iobj"}):
            # A noun phrase that is all date ("de afgelopen dagen") is an adverbial of time.
            return "time", label_of(whole[0]), "", ""
        deictic = set(self.lex.raw["deictic_time_words"])
        if d in {"obj", "iobj"} and (
            dep.lower_ in self.lex.raw["adverbial_nouns"]
            or (
                dep.lower_ in self.lex.raw["time_nouns"]
                # ("werkte [de afgelopen vier seizoenen] bij Molde": how long, counted from
                # today, not what.)
                and (
                    not any(is_number(t) for t in tokens)
                    or any(t.lower_ in deictic for t in tokens)
                )
            )
        ):
            # "meerdere keren": how often, not what; "zochten [de hele nacht]": how long, not
            # what (a counted span, "25 jaar", is asked with "hoeveel").
            return "other", "", prep, ""
        if prep and (d in SUBJECT_DEPS or d in {"obj", "iobj"}):
            # A subject or object does not start with a preposition: a mislabelled adverbial.
            d = "obl"
        elif d in SUBJECT_DEPS:
            return "subject", "", "", ""
        elif d == "obj":
            if dep.pos_ in {"ADJ", "ADV"}:
                # "koos [unaniem voor Molenaar]": an object is a noun phrase; an adjective
                # or adverb read as one is a parse that lost the phrase.
                return "other", "", "", ""
            if (
                dep.pos_ == "NOUN"
                and dep.lower_.endswith(tuple(self.lex.raw["person_plurals"]))
                and not any(c.dep_ == "nummod" for c in dep.children)
            ):
                # "de bezoekers uit Deventer" are people: "Wat …?" would be wrong, and Dutch
                # has no clean "who" for an object in the active voice (but "ruim 38.000
                # bezoekers" are counted: "Hoeveel bezoekers trok de voorstelling?").
                return "other", "", "", ""
            return "object", "", "", ""
        elif d == "iobj":
            return "recipient", "", "", ""
        if d == "expl" or d.startswith("expl"):
            return "other", "", "", ""
        if d.startswith("obl") or d == "advmod" or d == "nmod":
            if d == "obl:agent" or (prep == "door" and self._passive_head(dep.head)):
                return "agent", "", prep, ""
            if self.after_first_time(tokens):
                # "voor het eerst [in tien jaar]": how long since, not a time or an amount
                # of its own ("In hoeveel jaar zijn de prijzen gedaald?").
                return "other", "", prep, ""
            if prep in self.lex.source_markers:
                return "source", "", prep, ""
            names = [
                m for m in mentions if (r := self.ents.referent(m)) and r.label in {"PER", "ORG"}
            ]
            if (
                prep in self.lex.raw["recipient_prepositions"]
                and names
                and names[-1].end == tokens[-1].i + 1
            ):
                # "aan Kim", "aan de gemeente": to whom.
                return "recipient", "", prep, ""
            if (
                prep in self.lex.raw["party_prepositions"]
                and names
                # Only an article, adjectives and a title or a noun for an organisation
                # before the name: "naar de Japanse Miho Sato", "naar de Belgische regisseur
                # Lukas Dhont", "bij recyclingbedrijf Polyvera".
                and all(
                    t.pos_ in {"DET", "ADJ"}
                    or t.lower_.endswith(self.lex.person_titles)
                    or (kind_of(t, self.kinds) or ("",))[0] == "ORG"
                    for t in self.doc[tokens[0].i + 1 : names[0].start]
                )
                # Only a bracket may follow the name, "(DUO)", or where it is from: "naar
                # Skadi uit Rotterdam".
                and (
                    all(t.is_punct or t.i < names[-1].end for t in tokens)
                    or ((home := self.origin_after(names[-1])) and home.end == tokens[-1].i + 1)
                )
            ):
                # "met Kim", "bij de Dienst Uitvoering Onderwijs": with or at whom.
                return "party", "", prep, ""
            body = [t for t in tokens if not t.is_punct and t.lower_ != prep]
            if prep and len(body) == 1 and SCORE.fullmatch(body[0].text):
                # "met [3-1] gewonnen": the match's score.
                return "score", "SCORE", prep, ""
            counted = self.number_at_start(tokens, prep) or self.measured_amount(tokens, prep)
            if counted is not None and not any(
                label_of(m) in {"DATE", "TIME"} for m in self.ents.mentions_in(counted)
            ):
                if prep == self.lex.raw["difference_preposition"] and compared(dep):
                    # "lag met 84 procent iets lager dan …": beside a comparison the amount
                    # may be the level, not the difference "met hoeveel" would ask for.
                    return "other", "", prep, ""
                if prep == self.lex.raw["difference_preposition"] and self.noun_with(dep, tokens):
                    # "stroomde een woonwijk [met 20.000 inwoners] in": the amount is the
                    # noun's, not the verb's ("Met hoeveel inwoners stroomde het water …?").
                    return "other", "", prep, ""
                return "quantity", "", prep, ""
            if values and values[0].start <= tokens[0].i + 1 and values[0].end >= tokens[-1].i + 1:
                return "time", label_of(values[0]), prep, ""
            locs = [m for m in mentions if (r := self.ents.referent(m)) and r.label == "LOC"]
            if (
                prep in self.lex.place_prepositions
                and locs
                and (
                    locs[-1].end == tokens[-1].i + 1
                    # "in Gelderland en Overijssel": places joined by "en", "of", commas.
                    or all(
                        t.ent_type_ == "LOC" or t.text == "," or t.pos_ == "CCONJ"
                        for t in self.doc[locs[0].start : tokens[-1].i + 1]
                    )
                )
                # "in de Johan Cruijff ArenA [met 2-0] van Polen": a number inside is no part
                # of a place; the parse hung the clause's phrases on the name.
                and not any(label_of(m) in VALUE_LABELS for m in mentions)
                and not numbered(tokens)
            ):
                if self.origin_of_name_before(tokens, locs[0]):
                    # "heeft Dennis K. [uit Apeldoorn] veroordeeld": where he is from (see
                    # ``origins``), not where the verdict was given.
                    return "other", "", prep, ""
                return "place", "LOC", prep, ""
            if (
                prep in self.lex.place_prepositions
                # (Not where from, asked with a split "waar … vandaan".)
                and " " not in self.lex.place_prepositions[prep]
                and self.place_noun(dep, tokens, mentions)
            ):
                # "in het stadhuis", "in een verbouwde vuurtorenwachterswoning": a place,
                # though no name (but "een man [uit een nabijgelegen dorp]" is the man's).
                return "place", "", prep, ""
            if prep and prep == self.lex.raw["cause_verbs"].get(dep.head.lemma_):
                # "te danken aan het weer", "te wijten aan een fout": why.
                return "cause", "", prep, ""
            through = (
                prep == "door"
                and dep.head.lemma_ in self.lex.raw["motion_verbs"]
                and not tokens[0].is_sent_start
            )
            by_name = prep == "door" and bool(names)
            if prep in self.lex.cause_prepositions and not by_name and not through:
                # "door" in an active clause, before no name, is a cause: "Door een kapotte
                # bovenleiding reden er geen treinen" (in a passive it is the agent, above);
                # inside the clause of a verb of motion it is the way: "reed [door een rood
                # sein]".
                return "cause", "", prep, ""
            return "other", "", prep, ""
        return "other", "", prep, ""

    def false_particle(self, c: Token) -> bool:
        """ "kreeg de naam Allobates [brownsbergensis]" read as a separable verb's particle:
        particles are short words ("uit", "bekend", "terug"), in lower case; a noun is one
        only in a few verbs ("plaatsvinden", "deelnemen"), not "op 550 kilometer [hoogte]"."""
        return c.dep_ == "compound:prt" and (
            # ("hebben [bekend] dat zij …" with the clause hung on the "particle": a
            # particle stands alone, or opens a fixed phrase, "in gebruik nemen".)
            any(k.dep_ != "fixed" for k in c.children)
            or len(c.text) > MAX_PARTICLE_LENGTH
            or not c.is_lower
            or not c.is_alpha
            or (c.pos_ == "NOUN" and c.lower_ not in self.lex.raw["noun_particles"])
        )

    def after_first_time(self, tokens: list[Token]) -> bool:
        """Whether the phrase follows the lexicon's "voor het eerst"."""
        words = self.lex.raw["first_time"].split()
        start = tokens[0].i - len(words)
        return start >= 0 and [t.lower_ for t in self.doc[start : tokens[0].i]] == words

    def time_from_today(self, det: Token) -> bool:
        """ "dit jaar", "eind deze maand": a near demonstrative in a date points from the day
        the article appeared, not back into the text as "dat jaar" does."""
        m = self.ents.mention_at(det)
        return (
            det.lower_ in self.lex.raw["near_demonstratives"]
            and m is not None
            and label_of(m) in {"DATE", "TIME"}
        )

    def _passive_head(self, head: Token) -> bool:
        return any(c.dep_ == "aux:pass" for c in head.children)

    # -- clauses ------------------------------------------------------------------------

    def clause(
        self,
        head: Token,
        reported: Part | None = None,
        said_by: Part | None = None,
        relative: Relative | None = None,
    ) -> Fact | None:
        """The fact of the main clause headed by ``head``; with ``reported`` (the source of a
        "zegt dat …" clause), of the verb-final clause ``head`` heads, said by that source;
        ``said_by``: the source the next sentence names ("Dat meldt het CBS."); with
        ``relative``, of the relative clause ``head`` heads, its pronoun read as what it
        stands for."""
        children = list(head.children)
        # A reported or relative clause is verb-final.
        final = reported is not None or relative is not None
        if not (is_verbal(head) or self.copular_clause(head)):
            return None
        if head.dep_ == "conj" and not loosely_joined(head):
            # "loopt … vier maanden [vertraging] op": a conjunct verb with neither "en" nor
            # a comma before it is a noun the tagger made a verb.
            return None
        infinitive = self.modal_infinitive(head, children)
        if infinitive is not None:
            # "wil [in de herfst met de landen praten]": the infinitive's phrases are the
            # clause's own, in its middle field; the infinitive closes it.
            children = [c for c in children if c is not infinitive] + list(infinitive.children)
        finite_tok = head if is_finite(head) else None
        for c in children:
            if c.dep_ in VERBAL_DEPS and c.dep_ != "compound:prt" and is_finite(c):
                finite_tok = c
        if (
            finite_tok is None
            and final
            and any(c.dep_ in SUBJECT_DEPS for c in children)
            and not any(c.dep_ in VERBAL_DEPS for c in children)
        ):
            # "dat de kabels … ingaan": a plural present looks like an infinitive, but the
            # only verb of a clause with a subject is finite.
            finite_tok = head
        if finite_tok is None and not final and self.second_verb(head, children):
            # "De Ieren [verloren] zaterdag …", "Het waterschap [versterkt] de dijk": the
            # tagger read the finite verb as a participle of the same form.
            finite_tok = head
        if finite_tok is None:
            self.skipped["no finite verb"] += 1
            return None
        if self.is_speech_verb(head) and not self.writes_a_thing(children):
            # "Wie zei …?" is incomplete; what was said is a fact of its own, if it is a
            # "dat" clause ("Kramer zegt dat de bond donderdag …").
            said = self.reported_clause(head, children) if reported is None else None
            if said is None:
                self.skipped["speech verb"] += 1
            return said
        # An aside the parser could not place is left out: "(NZa)" in brackets, or a
        # phrase a comma sets off at the sentence's end (", iets minder dan een jaar
        # eerder"); so is any phrase in brackets of its own ("duidde … Nailatikau
        # [(kandidaat nummer 2)] aan").
        children = [
            c for c in children if not ((c.dep_ == "dep" and self.aside(c)) or in_own_brackets(c))
        ]
        if any(k.dep_ == "conj" for c in children if c.dep_ in VERBAL_DEPS for k in c.children):
            # "had voor de provincies Limburg[, Noord-Brabant] en Gelderland …" with the
            # middle name a conjunct of "had": the list would lose a member.
            self.skipped["conjunct on an auxiliary"] += 1
            return None
        if any(c.dep_ == "dep" or self.false_particle(c) for c in children):
            # The parser could not tell how a word belongs to the verb.
            self.skipped["unclear relation"] += 1
            return None
        if any(c.dep_ in NOMINAL_ONLY and not prepositional(c) for c in children):
            # An apposition or noun modifier hung on a verb: the parse lost a noun phrase
            # (but a phrase with its preposition is the verb's: "verloren [van AZ]").
            self.skipped["nominal relation on a verb"] += 1
            return None
        if any(
            c.dep_ in {"ccomp", "csubj"} and not self.complement_clause(c, finite_tok)
            for c in children
        ):
            # The verb's complement is a clause of its own: without it the question is
            # incomplete (one that can be kept whole is kept, below).
            self.skipped["complement clause"] += 1
            return None
        te = next((c for c in children if self.infinitive_marker(c, head)), None)
        pronoun = relative.pronoun.i if relative is not None else -1
        if reported is None and any(
            c.dep_ == "mark" and c.i < head.i and c is not te and c.i != pronoun for c in children
        ):
            # A subordinate clause (verb-final): not a main clause to question.
            return None
        if not well_formed(head.sent):
            self.skipped["sentence fragment"] += 1
            return None
        if bracketed(head.doc[head.i : head.i + 1]):
            # "Later wordt Tamora [(vertolkt door Jessica Lange)] de minnares van …": a verb
            # in brackets is a remark's, no clause to ask about.
            self.skipped["verb in brackets"] += 1
            return None
        if asks(head.sent):
            # "Zag het er eerst niet al te best uit?": a question tells no fact.
            self.skipped["question"] += 1
            return None
        alternatives = [head] if head.dep_ == "conj" else []
        alternatives += [c for c in children if c.dep_ == "conj"]
        if any(
            k.lower_ in self.lex.raw["disjunctions"] for c in alternatives for k in coordinators(c)
        ):
            # "kwamen te laat of moesten een andere route zoeken": neither side is told as fact.
            self.skipped["alternative"] += 1
            return None
        if self.quoted(head) or any(t.text in QUOTES and not work_quote(t) for t in head.subtree):
            # Direct speech is the speaker's view, not a fact of the text.
            self.skipped["quoted speech"] += 1
            return None
        parts: list[tuple[int, Part, list[Token], Token]] = []
        source_parts: list[Part] = []
        antecedent: Part | None = None
        finite = finite_tok.text
        particle = separable(finite_tok, self.lex.raw["separable_particles"]) if final else ""
        if final and not particle and self.unsplit_particle(finite_tok):
            self.skipped["separable verb not split"] += 1
            return None
        if particle:
            # "dat de eerste kabels in 2028 de zeebodem ingaan" → "gaan … in": the particle
            # stays at the end, where the verb-final clause had its verb.
            finite = finite_tok.text[len(particle) :]
            parts.append((finite_tok.i, Part("verb", particle, finite_tok.idx), [], finite_tok))
        for c in children:
            if relative is not None and c.i == pronoun:
                antecedent = self.antecedent_part(relative, children)
                if antecedent is None:
                    self.skipped["relative pronoun not resolved"] += 1
                    return None
                continue
            if c.dep_ in VERBAL_DEPS:
                if c.i != finite_tok.i:
                    # A particle with its fixed words: "[in beslag] nemen".
                    whole = in_order(c) if c.dep_ == "compound:prt" else [c]
                    if not contiguous(whole):
                        whole = [c]
                    text = span_text(self.doc, whole[0].i, whole[-1].i + 1)
                    parts.append((c.i, Part("verb", text, c.idx), whole, c))
                continue
            if (
                c.dep_ == "cc"
                and c.i > finite_tok.i
                and not any(x.dep_ == "conj" and x.i > c.i for x in children)
            ):
                # "kreeg 27,5 procent van de stemmen [en] 50 van de 179 zetels": an "en" on
                # the verb with nothing joined after it; the parse split a coordination, and
                # the question would lose the "en".
                self.skipped["coordinator without a conjunct"] += 1
                return None
            if (
                c.pos_ == "NUM"
                and c.n_lefts + c.n_rights == 0
                and any(x.left_edge.i == c.i + 1 and is_noun(x) for x in children)
            ):
                # "zette [tachtig] [brandweerlieden en zes blusvoertuigen] in": the parse cut
                # a count from its noun.
                self.skipped["number cut from its noun"] += 1
                return None
            sub = without_relative(in_order(c))
            if c.dep_ == "obj" and len(sub) > 1 and sub[0].text == ",":
                # (The comma that closed the subject's apposition, hung on the object.)
                sub = sub[1:]
            if c.dep_ == "conj" and not self.coordinated(c):
                # A second clause comes after "en", "maar" or a comma; without one the
                # parser joined what is one clause ("om ouders … uit te nodigen").
                self.skipped["unclear coordination"] += 1
                return None
            if c.dep_ == "conj" and c.i > finite_tok.i and not has_finite(c):
                # "… via Twitter en in toespraken kleinerend toe": coordinated parts the
                # parser hung on the verb, not a clause of their own; dropping them would
                # leave a different statement.
                self.skipped["coordinated constituent"] += 1
                return None
            if c.dep_ == "conj" and verb_final(c) and relative is None:
                # The end of a subordinate clause hung on this verb: the parse is unclear
                # (not so for a relative clause: "dat sinds 1998 bestaat [en … wordt
                # gehouden]" is a second one).
                self.skipped["verb-final conjunct"] += 1
                return None
            cause = self.cause_clause(c, finite_tok)
            if cause is not None:
                parts.append((sub[0].i, cause, sub, c))
                continue
            if self.kept_whole(c, finite_tok, sub):
                text = span_text(self.doc, sub[0].i, sub[-1].i + 1)
                parts.append((sub[0].i, Part("other", text, sub[0].idx), sub, c))
                continue
            if (
                c.dep_ in {"advcl", "ccomp", "csubj", "dep"}
                and c.i < finite_tok.i
                and len(sub) > 1
                and sub[0].lower_ in self.lex.raw["complementizers"]
                and sub[0].dep_ == "mark"
                and sub[0].head.i == c.i
            ):
                # "[Dat de tijd begint te dringen], vindt Goossens een streng oordeel": the
                # fronted "dat" clause is what the verb is about; without it the clause
                # says nothing ("Wie vindt een streng oordeel?").
                self.skipped["fronted clause of what is said"] += 1
                return None
            if c.dep_ in DROP_DEPS and self.loose_clause(c, finite_tok):
                # A clause hung on the verb without a comma is part of what is said:
                # "dreigt het doel te missen" without its clause is a different claim.
                self.skipped["clause not set off"] += 1
                return None
            if c.dep_ in DROP_DEPS:
                src = self.speech_source(c)
                if src is not None:
                    source_parts.append(src)
                continue
            if (
                c.dep_ == "advmod"
                and c.lower_ in self.lex.drop_adverbs
                and len(sub) == 1
                and not self.late_particle(c, finite_tok)
                and not self.before_duration(c)
            ):
                continue
            if not contiguous(sub):
                sub = self.without_extraposed(sub, head)
            if not contiguous(sub):
                self.skipped["constituent not contiguous"] += 1
                return None
            if any(
                t.dep_ == "det"
                and t.lower_ in self.lex.raw["demonstratives"]
                and t.head.i != t.i
                and not self.time_from_today(t)
                for t in sub
            ):
                # "lager dan in dat jaar": which year? The question would lean on the text.
                self.skipped["demonstrative reference"] += 1
                return None
            marks = {",", ":"}
            set_off = sub[0].text in marks or (
                sub[0].i > 0 and self.doc[sub[0].i - 1].text in marks
            )
            if set_off and self.ends_sentence(sub) and c.dep_ != "obj":
                # ", waarvan acht maanden voorwaardelijk": a remark set off at the end of
                # the sentence; the clause stands without it. (So does one after a colon,
                # which tells more of what came before it: "…, al stegen de prijzen daar het
                # hardst: [met 12,3 procent]". But an object is the clause's own: "overhandigde
                # Koen Maes, sportief directeur …, [een recordpremie …]".)
                continue
            after = self.doc[sub[-1].i + 1] if sub[-1].i + 1 < len(self.doc) else None
            if (
                sub[-1].pos_ == "CCONJ"
                or sub[0].is_punct
                or sum(t.text in QUOTES | SINGLE_QUOTES for t in sub) % 2
                # "[De groenen van Groen verloren fors] en kwamen uit op 7 procent": a
                # first clause the parser took for the subject of the second.
                or (
                    c.dep_ in SUBJECT_DEPS
                    and after is not None
                    and after.pos_ == "CCONJ"
                    and after.i + 1 == finite_tok.i
                    and any(t.pos_ in {"VERB", "AUX"} for t in sub)
                )
            ):
                # "op de leeftijd van 14 maanden en": half of a coordination.
                self.skipped["broken constituent"] += 1
                return None
            if elliptical(sub):
                # "staan er [in het tweede] drie rijen stoelen": the second what? The noun is
                # in the sentence before.
                self.skipped["noun left out"] += 1
                return None
            if c.dep_ not in {"xcomp"} and self.holds_clause(sub, c):
                self.skipped["clause inside a constituent"] += 1
                return None
            clauses = [t for t in sub if t.dep_ in EMBEDDED_CLAUSES and t.i != c.i]
            if any(self.points_back(in_order(t)) for t in clauses):
                # "gaat niet zover te bepleiten [dat het wel wat minder kan]", "met de
                # opmerking [dat een volgend kabinet dat maar moet beslissen]": what "het"
                # or "dat" is the question would not say.
                self.skipped["clause that points back"] += 1
                return None
            info = self.constituent(c, sub)
            if info is None:
                return None
            role, label, prep, _ = info
            enclosed = (
                sub[0].i > 0
                and self.doc[sub[0].i - 1].text == ","
                and sub[-1].i + 1 < len(self.doc)
                and self.doc[sub[-1].i + 1].text == ","
            )
            if role == "time" and enclosed and c.i > finite_tok.i:
                # "Op 13 augustus bedraagt de prijs 300 frank[, op 16 augustus,] als …, is
                # dat 500 frank": a date between commas after the verb opens the next clause
                # the parser glued on ("Wanneer bedraagt de prijs … 300 frank? — op 16
                # augustus").
                self.skipped["time of another clause"] += 1
                return None
            if (
                role in {"subject", "object"}
                and c.pos_ in {"VERB", "AUX"}
                and (
                    any(k.dep_ in {*SUBJECT_DEPS, "obj"} for k in c.children)
                    # "hebben [een verdachte gearresteerd]": the clause's participle, after
                    # the words of the noun phrase (not a noun tagged a participle, "[de
                    # sonde]", "[150 gram]").
                    or (
                        "Part" in c.morph.get("VerbForm", [])
                        and c.i == sub[-1].i
                        and c.lower_.endswith(("d", "t", "en"))
                        and any(t.pos_ in {"NOUN", "PROPN", "ADJ", "VERB"} for t in sub[:-1])
                    )
                )
            ):
                # "deden [ruim 210.000 leerlingen eindexamen]" with "eindexamen" a verb
                # whose object is "leerlingen", and the clause's subject: the parse lost
                # the noun phrase (a noun merely tagged a verb, "sensoren", has no
                # arguments of its own).
                self.skipped["verb as subject or object"] += 1
                return None
            if (role in {"subject", "object"} and self.piece_of_a_name(sub)) or self.cuts_a_name(
                sub
            ):
                # "[Veluwe] legde …" out of "in het Nationaal Park De Hoge Veluwe", "[Gerard 't
                # Hooft en Martinus] [Veltman]": the parse cut a name, and with it the clause.
                self.skipped["name cut by the parse"] += 1
                return None
            if role == "other" and len(sub) == 1 and self.existential(c, children):
                # "lagen er 23 zeeschepen": the "er" of an indefinite subject stays in the
                # question ("Hoeveel zeeschepen lagen er …?"); it points nowhere.
                parts.append((c.i, Part("other", c.text, c.idx), sub, c))
                continue
            if (
                role == "quantity"
                and len(sub) > 2
                and sub[0].lower_ in self.lex.drop_adverbs
                and self.duration(sub[1:])
            ):
                # "zoekt [al] dertig jaar", "blijft [nog] twee weken": since or for how long
                # more stays with the verb when the span is asked ("Hoeveel jaar zoekt
                # Vandenbroucke al …?"); without it the span reads as the whole.
                parts.append((sub[0].i, Part("other", sub[0].text, sub[0].idx), sub[:1], c))
                sub = sub[1:]
            part = self.make_part(role, label, prep, sub)
            if part is None:
                self.skipped["unresolved pronoun"] += 1
                return None
            joined = any(x.dep_ == "conj" for x in c.children)
            # (A name without an article is one, whatever its last word: "Stokkers
            # Rijwielen is …"; not "de Verenigde Staten", "de Nederlanders".)
            mention = self.ents.mention_at(c)
            named = (
                mention is not None
                and label_of(mention) in NAME_LABELS
                and not any(k.dep_ == "det" for k in c.children)
            )
            plural = joined or ("Plur" in c.morph.get("Number", []) and not named)
            parts.append((sub[0].i, replace(part, plural=plural) if plural else part, sub, c))
        if te is not None:
            # "is vooral te danken aan": the infinitive keeps its "te".
            verb = Part("verb", f"{te.text} {head.text}", te.idx)
            parts.append((te.i, verb, [te, head], head))
        elif head.i != finite_tok.i:
            parts.append((head.i, Part("verb", head.text, head.idx), [head], head))
        if infinitive is not None:
            verb = Part("verb", infinitive.text, infinitive.idx)
            parts.append((infinitive.i, verb, [infinitive], infinitive))
        shared = self.shared_subject(head, children)
        if shared is not None:
            parts.append(shared)
        if relative is not None and antecedent is not None:
            # What the pronoun stands for takes its place; as the object, it follows the
            # subject in the middle field ("… voerde de universiteit het onderzoek uit").
            pos = relative.pronoun.i
            subject = [t for _, p, toks, _ in parts if p.role == "subject" for t in toks]
            if antecedent.role == "object" and subject:
                pos = max(t.i for t in subject)
            parts.append((pos, antecedent, [relative.pronoun], relative.pronoun))
        parts.sort(key=lambda x: x[0])
        # A reported clause is verb-final: everything stands before its finite verb.
        before = [p for p in parts if p[0] < finite_tok.i] if not final else []
        if len(before) > 1:
            self.skipped["not verb-second"] += 1
            return None
        if before and before[0][1].role == "verb":
            self.skipped["not verb-second"] += 1
            return None
        ordered = [_with_first(p, pos < finite_tok.i and not final) for pos, p, _, _ in parts]
        ordered = self.one_subject(ordered, children)
        if self.also_first(children, finite_tok):
            # "Ook het bedrijf Meta kreeg een boete": Apple got one too; "Wie kreeg een
            # boete?" has two answers.
            ordered = [replace(p, shared=True) if p.role == "subject" else p for p in ordered]
        unplaced = [
            i
            for i, p in enumerate(ordered)
            if p.role == "other" and p.label == "PER" and not p.prep
        ]
        if len(unplaced) == 1 and not any(p.role in {"subject", "object"} for p in ordered):
            # "In de 58e minuut werd [Hoekstra] … neergehaald door …" with the name read as
            # an adverb, and no subject or object beside it: the name is the subject.
            ordered[unplaced[0]] = replace(ordered[unplaced[0]], role="subject")
        if any(p.role == "other" and p.label == "PER" and not p.prep for p in ordered):
            # A person's name that is neither subject nor object nor in a phrase ("De
            # premier [Hiroshi Tanaka] heeft de president … uitgenodigd" with the name read
            # as an adverb): who did what to whom is not clear from this parse.
            self.skipped["person without a role"] += 1
            return None
        if sum(p.role == "object" for p in ordered) > 1:
            self.skipped["two objects"] += 1
            return None
        if not any(p.role == "subject" for p in ordered):
            # A Dutch main clause has a subject; without one the parse went wrong.
            self.skipped["no subject"] += 1
            return None
        if head.lemma_ in self.lex.raw["copulas"] and all(
            p.role in BARE_CLAUSE_ROLES for p in ordered
        ):
            # "dat [de veiligheid van de dijken op geen enkel moment in gevaar] is geweest"
            # with the predicate hung on the subject: a copula says nothing without one.
            self.skipped["copula without its predicate"] += 1
            return None
        if reported is not None:
            source_parts = [reported]
        elif said_by is not None and not source_parts and relative is None:
            source_parts = [said_by]
        # "Ze wil …, schreef zij": who says it of herself is no source of her own clause.
        subjects = {a for p in ordered if p.role == "subject" for a in (p.answer, *p.accepted)}
        ordered += [p for p in source_parts if p.answer not in subjects]
        roles = self.roles(ordered, head)
        if not roles:
            return None
        sent = head.sent
        found = self.asides(sent)
        tense = self.tense(finite_tok, head, children)
        passive = any(c.dep_ == "aux:pass" for c in children)
        return Fact(
            kind="event",
            predicate=head.lemma_.replace("_", ""),
            roles=tuple(roles),
            sentence=sent.text.strip(),
            sentence_start=sent.start_char,
            finite=finite,
            tense=tense,
            passive=passive,
            parts=tuple(without_remarks(ordered, sent, found)),
            asides=tuple(found),
            salience=-REMARK_PENALTY if relative is not None and self.remark(relative) else 0.0,
        )

    def remark(self, relative: Relative) -> bool:
        """Whether the relative clause is a remark on a person named before it, set off by a
        comma ("zegt Marieke Verhoeven, [die aan de overkant een hoveniersbedrijf heeft]"):
        what it tells is the person's background, not the article's news."""
        comma = relative.pronoun.i - 1
        if comma < 1 or self.doc[comma].text != ",":
            return False
        name = self.ents.mention_at(self.doc[comma - 1])
        return name is not None and name.end == comma and label_of(name) == "PER"

    def asides(self, sent: Span) -> list[tuple[int, int]]:
        """The sentence's :func:`asides`, found once for all its facts."""
        if sent.start not in self._asides:
            self._asides[sent.start] = asides(sent, self.lex)
        return self._asides[sent.start]

    def relative_clause(self, verb: Token) -> Relative | None:
        """ "een onderzoek [dat de Universiteit Twente … heeft uitgevoerd]", "de minister,
        [die in mei aantrad]": a relative clause opened by "die"/"dat" on a noun phrase that
        stands right before it."""
        if verb.dep_ != "acl:relcl" or not is_verbal(verb):
            return None
        # (The comma before it may hang on the clause too.)
        pronoun = next(t for t in in_order(verb) if not t.is_punct)
        if (
            pronoun.lower_ not in self.lex.raw["relative_pronouns"]
            or pronoun.head.i != verb.i
            or pronoun.dep_ not in {*SUBJECT_DEPS, "obj", "mark"}
        ):
            return None
        noun = verb.head
        if not self.agrees(pronoun, noun):
            # "… verwachten [dat] de orkaan uitdooft": no relative pronoun of this noun.
            return None
        kids = list(verb.children)
        if (
            pronoun.dep_ == "mark"
            and any(c.dep_ in SUBJECT_DEPS for c in kids)
            and (any(c.dep_ == "aux:pass" for c in kids) or any(c.dep_ == "obj" for c in kids))
        ):
            # "het feit [dat] er enkele medewerkers werden aangetrokken": the clause has its
            # subject and object (or is passive): "dat" stands for nothing in it, it is the
            # conjunction of what the noun says.
            return None
        while noun.dep_ in {"flat", "fixed", "compound"} and noun.head.i < noun.i:
            # "de Tour de [France], die …": the whole name.
            noun = noun.head
        if noun.dep_ == "conj" or any(c.dep_ == "conj" for c in noun.children):
            # "Nederland en België, die elk …": the pronoun stands for both.
            return None
        if (
            plural_noun(noun)
            and not any(c.dep_ in {"det", "nummod", "nmod:poss"} for c in noun.children)
            and not self.doc[verb.left_edge.i - 1].is_punct
        ):
            # "[Vrouwen die na 1 april in Gorinchem wilden bevallen], worden doorverwezen":
            # a bare plural with a clause not set off by a comma is a kind of people the
            # clause defines, no event ("Wanneer wilden vrouwen in Gorinchem bevallen?").
            return None
        holder = noun
        while holder.dep_ == "nmod" and holder.head.i != holder.i:
            # "een proef in het westen van Kenia, die werd geleid door …": the pronoun may
            # stand for a noun the phrase belongs to as well.
            holder = holder.head
            if self.agrees(pronoun, holder):
                return None
        if pronoun.dep_ in SUBJECT_DEPS and not self.same_number(noun, verb):
            # "de bacterie, [die] de wetenschappers … hebben gegeven": not the subject.
            return None
        inside = {t.i for t in verb.subtree}
        tokens = [
            t
            for t in in_order(noun)
            if t.i not in inside
            and t.i < pronoun.i
            and not (t.dep_ == "case" and t.head.i == noun.i and t.i < noun.i)
        ]
        while tokens and tokens[-1].is_punct:
            tokens = tokens[:-1]
        while tokens and (tokens[0].dep_ in {"case", "mark", "cc"} or tokens[0].pos_ == "CCONJ"):
            # "opgefleurd [door] The Blues Brothers Band, die …": the preposition is the
            # main clause's; so is a conjunction the parser hung on the noun ("[omdat] de
            # sociale druk die …", "[Maar] het feit …").
            tokens = tokens[1:]
        if tokens and self.embedded_noun(tokens[-1], noun, pronoun):
            # "een tentoonstelling over de geschiedenis van de stad, die in 1976 …": the
            # pronoun may stand for the last noun as well.
            return None
        if (
            not tokens
            or noun.pos_ not in {"NOUN", "PROPN"}
            or not contiguous(tokens)
            or any(t.pos_ in {"VERB", "AUX", "PRON"} or t.is_punct for t in tokens)
            or not all(t.is_punct for t in self.doc[tokens[-1].i + 1 : pronoun.i])
            # "voor het eerst in [twaalf jaar] dat …": a time or amount is not what "dat"
            # stands for, but the "het" of "het is … dat".
            or any(label_of(m) in VALUE_LABELS for m in self.ents.mentions_in(tokens))
            or noun.lower_ in self.lex.raw["time_nouns"]
        ):
            return None
        return Relative(pronoun, tokens)

    def embedded_noun(self, last: Token, noun: Token, pronoun: Token) -> bool:
        """Whether ``last``, the antecedent's last word, is a noun of a phrase inside it
        ("… van [de stad]") that the pronoun fits too."""
        if last.pos_ not in {"NOUN", "PROPN"} or not self.agrees(pronoun, last):
            return False
        step = last
        while step.i != noun.i and step.head.i != step.i:
            if step.dep_ == "nmod" and any(c.dep_ == "case" for c in step.children):
                return True
            step = step.head
        return False

    def also_first(self, children: list[Token], finite: Token) -> bool:
        """Whether an additive adverb ("ook", the lexicon's ``additive_adverbs``) opens the
        clause or follows its finite verb: it says the subject shares what is told."""
        additive = set(self.lex.raw["additive_adverbs"])
        # ("Ook" may hang on the subject it opens: "[Ook het bedrijf Meta] kreeg …".)
        opening = [c.left_edge for c in children if c.i < finite.i]
        return any(
            c.lower_ in additive and (c.i < finite.i or c.i == finite.i + 1)
            for c in [*children, *opening]
        )

    def same_number(self, noun: Token, verb: Token) -> bool:
        """Whether the clause's finite verb has the noun's number (or either is unknown)."""
        finite = [t for t in (verb, *verb.children) if t.pos_ in {"VERB", "AUX"} and is_finite(t)]
        verb_number = finite[-1].morph.get("Number", []) if finite else []
        noun_number = noun.morph.get("Number", [])
        return not verb_number or not noun_number or verb_number == noun_number

    def agrees(self, pronoun: Token, noun: Token) -> bool:
        """Whether the relative pronoun fits the noun: "dat" a singular neuter noun ("het
        onderzoek") or, set off by a comma, a name of a place or organisation
        ("Noord-Korea, dat …"; "zei in Antwerpen dat …" says what was said), "die" any
        other noun or a name."""
        gender, number = noun.morph.get("Gender", []), noun.morph.get("Number", [])
        if pronoun.lower_ == self.lex.raw["neuter_relative"]:
            if noun.pos_ == "PROPN":
                after_comma = pronoun.i > 0 and pronoun.doc[pronoun.i - 1].text == ","
                return after_comma and noun.ent_type_ in {"LOC", "ORG"}
            return noun.pos_ == "NOUN" and gender == ["Neut"] and number == ["Sing"]
        return noun.pos_ == "PROPN" or gender == ["Com"] or number == ["Plur"]

    def antecedent_part(self, relative: Relative, children: list[Token]) -> Part | None:
        """What the relative pronoun stands for, as the clause's subject or object: "het
        onderzoek" for "een onderzoek, dat …" (the pronoun says "het" or "de")."""
        pronoun, tokens = relative.pronoun, relative.antecedent
        subject = any(c.dep_ in SUBJECT_DEPS for c in children if c.i != pronoun.i)
        object_ = pronoun.dep_ == "obj" or (pronoun.dep_ == "mark" and subject)
        role = "object" if object_ else "subject"
        lex = self.lex.raw
        indefinite = tokens[0].lower_ == lex["indefinite_article"]
        part = self.make_part(role, "", "", tokens[1:] if indefinite else tokens)
        if part is None:
            return None
        if not part.proper:
            # "Reizigers die …", "De bacterie, die …" move out of the first position.
            part = replace(part, text=part.text[:1].lower() + part.text[1:])
        if not indefinite:
            return part
        neuter = pronoun.lower_ == lex["neuter_relative"]
        article = lex["articles"]["neuter" if neuter else "common"]
        return replace(part, text=f"{article} {part.text}", start=tokens[0].idx)

    def second_verb(self, head: Token, children: list[Token]) -> bool:
        """Whether ``head``, a verb without auxiliary, stands second in a main clause that
        opens with its subject or one other phrase of it: there it can only be finite."""
        sent = head.sent
        before = [c for c in children if c.i < head.i and not c.is_punct]
        return (
            head.pos_ == "VERB"
            and head.dep_ == "ROOT"
            and not any(c.dep_ in VERBAL_DEPS - {"compound:prt"} for c in children)
            and any(c.dep_ in SUBJECT_DEPS for c in children)
            and len(before) == 1
            and before[0].left_edge.i == sent.start
            and before[0].right_edge.i == head.i - 1
            # ("Het gebouw aan het Stadhuisplein[,] ontworpen door …, telt …": after a comma
            # that closes no remark of the first phrase it opens one, the participle it
            # reads as.)
            and sum(t.text == "," for t in before[0].subtree) % 2 == 0
        )

    def aside(self, dep: Token) -> bool:
        """Whether ``dep``'s phrase stands in brackets, or after a comma to the end of its
        sentence (its final stop aside)."""
        sub = in_order(dep)
        doc = self.doc
        before = doc[sub[0].i - 1] if sub[0].i > 0 else None
        after = doc[sub[-1].i + 1] if sub[-1].i + 1 < len(doc) else None
        if sub[0].text == "(" and sub[-1].text == ")":
            return True
        if before is not None and after is not None and (before.text, after.text) == ("(", ")"):
            return True
        return (
            contiguous(sub)
            and (sub[0].text == "," or (before is not None and before.text == ","))
            and self.ends_sentence(sub)
        )

    def coordinated(self, conj: Token) -> bool:
        """Whether a conjunct is set off as one: by its own "en"/"of"/"maar" or a comma."""
        left = conj.left_edge
        before = self.doc[left.i - 1] if left.i > 0 else None
        return bool(coordinators(conj)) or (
            before is not None and (before.text == "," or before.pos_ == "CCONJ")
        )

    def without_extraposed(self, sub: list[Token], head: Token) -> list[Token]:
        """ "heeft woensdagavond [drie mannen] aangehouden [die verdacht worden van …]": a
        relative clause put after the verbs, to the end of the sentence, leaves its noun
        phrase in two pieces; the clause's phrase is the piece before the verbs (the
        relative clause is a fact of its own)."""
        late = [t for t in sub if t.dep_ == "acl:relcl" and t.i > head.i]
        cut = {x.i for r in late for x in r.subtree}
        rest = [t for t in sub if t.i not in cut]
        if not late or not rest or not self.ends_sentence(in_order(late[-1])):
            return sub
        return rest

    def ends_sentence(self, tokens: list[Token]) -> bool:
        """Whether ``tokens`` run to the end of their sentence (its final stop aside)."""
        sent = tokens[0].sent
        return tokens[-1].i >= last_word(sent, sent.end)

    def modal_infinitive(self, head: Token, children: list[Token]) -> Token | None:
        """The bare infinitive the parser hung on a modal as its clause ("wil … praten"),
        rather than the modal on it; or the participle it hung so on "hebben" or "zijn"
        ("heeft dit seizoen al zes keer [gescoord]")."""
        perfect = head.lemma_ in self.lex.raw["perfect_auxiliaries"]
        if head.lemma_ not in self.lex.raw["modal_verbs"] and not perfect:
            return None
        inf = [
            c
            for c in children
            if c.dep_ == "xcomp"
            and c.pos_ == "VERB"
            and c.i > head.i
            and (not perfect or "Part" in c.morph.get("VerbForm", []))
        ]
        if len(inf) != 1 or any(k.dep_ == "mark" for k in inf[0].children if k.i < inf[0].i):
            # "probeert te …", "om te …": a clause of its own. (A subject the parser hung on
            # the infinitive is the clause's: "wil [Trump] in mei praten".)
            return None
        return inf[0]

    def infinitive_marker(self, tok: Token, head: Token) -> bool:
        """The "te" right before a clause's infinitive ("is te danken aan")."""
        marker = self.lex.raw["infinitive_marker"]
        return tok.dep_ == "mark" and tok.lower_ == marker and tok.i == head.i - 1

    def existential(self, tok: Token, children: list[Token]) -> bool:
        """Whether ``tok`` is the "er" of a clause whose subject is indefinite ("er lagen 23
        schepen", "werd er 145 megaton uitgestoten"), not the "er" that points back to a
        place ("het museum heeft er een vleugel bij")."""
        if tok.lower_ != self.lex.raw["existential"]:
            return False
        subjects = [c for c in children if c.dep_ in SUBJECT_DEPS]
        if len(subjects) != 1 or subjects[0].pos_ != "NOUN" or subjects[0].i < tok.i:
            # The subject of an existential "er" is a common noun after it.
            return False
        definite = set(self.lex.raw["articles"].values()) | set(self.lex.raw["demonstratives"])
        subtree = in_order(subjects[0])
        return not (
            any(c.lower_ in definite or c.dep_ == "nmod:poss" for c in subjects[0].children)
            or any(t.pos_ == "PROPN" for t in subtree)
            or any(label_of(m) not in VALUE_LABELS for m in self.ents.mentions_in(subtree))
        )

    def quoted(self, tok: Token) -> bool:
        """Whether ``tok`` stands between quotes (within its paragraph)."""
        return tok.i in self._quoted

    @cached_property
    def _quoted(self) -> set[int]:
        inside: set[int] = set()
        open_at: int | None = None
        single_at: int | None = None
        paragraphs = paragraph_starts(self.doc)
        for t in self.doc:
            if t.i in paragraphs:
                open_at = single_at = None
            if t.text in QUOTES and work_quote(t):
                # The quotes of a work's title (see quizgen.repair) hold a name, no speech.
                continue
            if t.text in QUOTES:
                if open_at is None and t.text not in CLOSING_QUOTES:
                    open_at = t.i
                elif open_at is not None:
                    inside.update(range(open_at, t.i + 1))
                    open_at = None
            elif t.text in SINGLE_QUOTES:
                # Single quotes double as apostrophes ("zo'n", "'s avonds"): one opens only
                # after white space and before a word, and closes right after a word.
                before = self.doc[t.i - 1] if t.i else None
                if (
                    single_at is None
                    and not t.whitespace_
                    and (before is None or before.whitespace_)
                ):
                    single_at = t.i
                elif single_at is not None and before is not None and not before.whitespace_:
                    inside.update(range(single_at, t.i + 1))
                    single_at = None
        return inside

    def described_organisation(self, tokens: Sequence[Token]) -> Referent | None:
        """ "[Het bedrijf] leed vorig jaar een verlies", after "Marktplein kampt al jaren met
        dalende winsten": a definite article and a bare noun for an organisation (one of
        the lexicon's ``name_kinds``) stand for the organisation the sentence before names
        as its subject; None when it names none there."""
        if (
            len(tokens) != 2
            or tokens[0].lower_ not in self.lex.raw["articles"].values()
            or (kind := kind_of(tokens[1], self.kinds)) is None
            or kind[0] != "ORG"
            or kind[2]
            or tokens[0].sent.start == 0
        ):
            return None
        before = self.doc[tokens[0].sent.start - 1].sent
        for t in before:
            if t.dep_ not in SUBJECT_DEPS or t.head.i != before.root.i:
                continue
            # ("[Luchtvaartmaatschappij] KLM": the name may be the noun's apposition.)
            named = [t, *(c for c in t.children if c.dep_ == "appos" and c.i == t.i + 1)]
            m = next((found for n in named if (found := self.ents.mention_at(n))), None)
            ref = self.ents.referent(m) if m is not None else None
            # (A one-word name of no one the text knows as a person is taken for one now
            # and then: "Marktplein" tagged a person.)
            if ref is not None and (
                ref.label == "ORG"
                or (
                    " " not in ref.name
                    and ref.name not in self.ents.persons
                    # (Not "Generale-voorzitter": a title, someone's.)
                    and not ref.name.lower().endswith(self.lex.person_titles)
                )
            ):
                return ref
        return None

    def copular_clause(self, head: Token) -> bool:
        """A predicate with a copula that makes a clause to ask about: an adjective whose
        clause tells why (opened by one of the lexicon's ``cause_conjunctions``: "De
        maatregel is nodig [omdat de inkomsten dalen]" → "Waarom is de maatregel nodig?"),
        or a rank ("Vlaams Belang werd [tweede] met 22 procent" → "Wie werd tweede?")."""
        children = list(head.children)
        if not any(c.dep_ == "cop" for c in children):
            return False
        if ordinal(head):
            return True
        return head.pos_ == "ADJ" and any(
            c.dep_ == "advcl"
            and any(
                m.dep_ == "mark" and m.lower_ in self.lex.raw["cause_conjunctions"]
                for m in c.children
            )
            for c in children
        )

    def before_duration(self, adverb: Token) -> bool:
        """ "kampt [al] jaren met dalende winsten", "[nog] dagen": an adverb right before a
        span of time (the lexicon's ``duration_units``) belongs to it; without it the span
        reads wrong ("Wie kampt jaren met …?")."""
        after = self.doc[adverb.i + 1] if adverb.i + 1 < len(self.doc) else None
        return after is not None and after.lower_ in self.lex.raw["duration_units"]

    def quote_runs_over(self, sent: Span) -> bool:
        """Whether a quote runs into the sentence from the one before, or on into the next
        ("… Nu blijft hij tot het einde scherp', zegt Vermeulen."): a blank would show half
        a quote."""
        inside = self._quoted
        return (sent.start in inside and sent.start - 1 in inside) or (
            sent.end - 1 in inside and sent.end in inside
        )

    def loose_clause(self, dep: Token, finite: Token) -> bool:
        if dep.dep_ not in {"advcl", "dep", "orphan", "list", "reparandum", "parataxis"} or (
            dep.i < finite.i
        ):
            return False
        first = min(t.i for t in dep.subtree)
        return first > 0 and not self.doc[first - 1].is_punct and not self.doc[first].is_punct

    def unsplit_particle(self, verb: Token) -> bool:
        """ "dat het kabinet … uittrekt", "die … terugkeert": a verb-final verb that starts
        with a separable particle, where the lemma does not say it splits off ("in_gaan"),
        cannot be put second in a question ("trekt … uit" or "uittrekt"?)."""
        particles = tuple(
            p for p in self.lex.raw["separable_particles"] if len(verb.text) > len(p) + 2
        )
        return not any(c.dep_ in VERBAL_DEPS for c in verb.children) and verb.lower_.startswith(
            particles
        )

    def late_particle(self, adverb: Token, finite: Token) -> bool:
        """ "gaan op 1 januari samen [verder]": an adverb that is also a separable particle
        (the lexicon's ``particle_adverbs``), after other phrases of the middle field, is
        the verb's ("verdergaan"); right after the finite verb it links to the sentence
        before ("Hij zei [verder] dat …") and may go."""
        if adverb.lower_ not in self.lex.raw.get("particle_adverbs", []):
            return False
        return any(
            finite.i < c.i < adverb.i and c.dep_ not in SUBJECT_DEPS and not c.is_punct
            for c in adverb.head.children
        )

    def kept_whole(self, dep: Token, finite: Token, sub: list[Token]) -> bool:
        """A dependent that stays in the question as the sentence has it, after the verb:
        an idiom the parser read as a conjunction ("kwamen [om het leven]"), a phrase
        without a verb that is not set off ("kwam in 2015 [als negenjarige] naar …"; not a
        comparison: "zoveel [als in 2023]"), or a purpose clause ("trekt 450 miljoen euro
        uit [om de klassen kleiner te maken]")."""
        if dep.dep_ == "mark" and fixed_phrase(sub):
            return True
        if any(t.text in QUOTES | SINGLE_QUOTES for t in sub):
            return False
        verbless = (
            dep.dep_ == "advcl"
            and self.loose_clause(dep, finite)
            and dep.pos_ in {"NOUN", "ADJ", "PROPN"}
            and not any(t.pos_ in {"VERB", "AUX", "NUM"} for t in sub)
            and not (len(sub) > 1 and sub[1].pos_ == "ADP")
            and contiguous(sub)
        )
        return (
            verbless
            or self.purpose_clause(dep, finite, sub)
            or self.complement_clause(dep, finite)
            or self.closing_time_clause(dep, finite, sub)
        )

    def closing_time_clause(self, dep: Token, finite: Token, sub: list[Token]) -> bool:
        """ "wordt ze meestal pas ontdekt [als de tumor al is uitgezaaid]": a clause of time
        or condition (the lexicon's ``time_conjunctions``) that ends the sentence, not set
        off by a comma, is part of what is said: it stays whole in the question."""
        end = sub[-1].i + 1
        return (
            dep.dep_ == "advcl"
            and self.loose_clause(dep, finite)
            and sub[0].dep_ == "mark"
            and sub[0].lower_ in self.lex.raw["time_conjunctions"]
            # (A clause, with its finite verb: "zoveel [als in 2023]" compares.)
            and any(t.pos_ in {"VERB", "AUX"} and is_finite(t) for t in sub)
            and contiguous(sub)
            and not any(t.text in QUOTES | SINGLE_QUOTES for t in sub)
            and (end >= len(self.doc) or self.doc[end].is_sent_start or self.doc[end].is_punct)
        )

    def complement_clause(self, dep: Token, finite: Token) -> bool:
        """ "[Vakbond FNV Havens] wil met de staking afdwingen [dat de werkgevers een betere
        regeling voor vroegpensioen aanbieden]": a "dat" clause after its verb, that ends the
        sentence and points at no one by a pronoun ("dat [die] maatregelen …" does), is kept
        whole in the question ("Welke vakbond wil met de staking afdwingen dat …?")."""
        sub = in_order(dep)
        first = sub[0]
        return (
            dep.dep_ == "ccomp"
            and dep.i > finite.i
            and first.lower_ in self.lex.raw["complementizers"]
            and first.dep_ == "mark"
            and first.head.i == dep.i
            and contiguous(sub)
            and self.ends_sentence(sub)
            and not any(t.text in QUOTES | SINGLE_QUOTES for t in sub)
            and not self.points_back(sub)
        )

    def points_back(self, tokens: list[Token]) -> bool:
        """Whether a clause points at someone or something by a personal pronoun or a
        demonstrative ("dat [het] wel wat minder kan", "dat [die] maatregelen …")."""
        # (Not the clause's own "dat", its conjunction, nor a relative "die", nor a
        # possessive or reflexive, which stands for the subject it follows: "dat [zijn]
        # ploeg …", "die [zich] misdragen".)
        return any(
            (
                t.pos_ == "PRON"
                and {"Prs", "Dem"} & set(t.morph.get("PronType", []))
                and "Yes" not in t.morph.get("Poss", []) + t.morph.get("Reflex", [])
            )
            or (t.pos_ == "DET" and t.lower_ in self.lex.distal_demonstratives)
            for t in tokens
        )

    def purpose_clause(self, dep: Token, finite: Token, sub: list[Token]) -> bool:
        """ "… uit om de klassen kleiner te maken": an infinitive clause of purpose right
        after its verb's phrases, not set off by a comma, that ends the sentence."""
        # ("om" may hang on a word inside the clause: "om [verspreiding] te voorkomen".)
        markers = {c.lower_ for c in dep.children if c.dep_ == "mark" and c.i < dep.i}
        return (
            self.loose_clause(dep, finite)
            and dep.pos_ == "VERB"
            and sub[0].lower_ == self.lex.raw["purpose_marker"]
            and sub[0].dep_ == "mark"
            and markers - {sub[0].lower_} == {self.lex.raw["infinitive_marker"]}
            and contiguous(sub)
            and self.ends_sentence(sub)
            and not self.holds_clause(sub, dep)
        )

    def duration(self, tokens: list[Token]) -> bool:
        """ "24 uur", "drie weken": a number and a unit of time, nothing else."""
        words = [t for t in tokens if not t.is_punct]
        return (
            len(words) >= 2
            and all(is_number(t) for t in words[:-1])
            and words[-1].lower_ in self.lex.raw["duration_units"]
        )

    def noun_with(self, dep: Token, tokens: list[Token]) -> bool:
        """Whether a "met" phrase counting people right after the object belongs to the
        object: "stroomde [een woonwijk met 20.000 inwoners] in" (the parser hung it on the
        verb: "Met hoeveel inwoners stroomde het water …?")."""
        before = self.doc[tokens[0].i - 1] if tokens[0].i else None
        people = tuple(self.lex.raw["person_plurals"])
        return (
            before is not None
            and before.dep_ == "obj"
            and before.head.i == dep.head.i
            and dep.lower_.endswith(people)
        )

    def measured_amount(self, tokens: list[Token], prep: str) -> list[Token] | None:
        """ "(tot) een gevangenisstraf van twee jaar", "(met) een voorsprong van achttien
        seconden": the amount of a noun that is a measure (the lexicon's
        ``measured_nouns``), when the phrase is that noun, "van" and the amount, nothing
        after it."""
        body = tokens[1:] if prep and tokens and tokens[0].lower_ == prep else tokens
        of = next(
            (k for k, t in enumerate(body) if t.lower_ == self.lex.raw["title_of"]), len(body)
        )
        if of < 2 or of == len(body) or body[0].pos_ != "DET":
            return None
        noun = body[of - 1]
        if (
            noun.pos_ != "NOUN"
            or not noun.lower_.endswith(tuple(self.lex.raw["measured_nouns"]))
            or any(t.pos_ != "ADJ" for t in body[1 : of - 1])
        ):
            return None
        counted = self.number_at_start(body[of + 1 :], "")
        return counted if counted and counted[-1].i == body[-1].i else None

    def number_at_start(self, tokens: list[Token], prep: str) -> list[Token] | None:
        """ "(met) (ruim) 6 procent …": the number and the noun it counts, when the
        constituent starts with them (after its preposition and at most two adverbs)."""
        body = tokens[1:] if prep and tokens and tokens[0].lower_ == prep else tokens
        k = 0
        while k < min(len(body), MAX_APPROXIMATORS) and body[k].pos_ in {"ADV", "ADJ", "ADP"}:
            k += 1
        j = k
        while j < len(body) and is_number(body[j]):
            j += 1
        numbered = j
        # "60 [nieuwe] verpleegkundigen": adjectives may stand between (and a participle
        # the tagger made a noun: "212 [ingezonden] albums").
        while (
            j < len(body)
            and j - numbered < MAX_COUNTED_ADJECTIVES
            and (body[j].pos_ == "ADJ" or (body[j].dep_ == "amod" and body[j].head.i > body[j].i))
        ):
            j += 1
        if numbered == k or j >= len(body) or body[j].pos_ not in {"NOUN", "SYM"}:
            return None
        if body[j].pos_ == "SYM" and not any(ch.isalnum() or ch in "%€$£" for ch in body[j].text):
            # "met 6 - 4": a dash is no unit the number counts.
            return None
        return body[k : j + 1]

    def cause_clause(self, dep: Token, finite: Token) -> Part | None:
        """ "…, omdat het virus besmettelijk is": a "why" clause after the finite verb, whole;
        or one that opens the sentence, set off by a comma ("Omdat de ziekte lange tijd
        geen symptomen geeft, wordt ze …")."""
        if dep.dep_ != "advcl":
            return None
        sub = in_order(dep)
        if dep.i < finite.i and not (
            sub[0].i == sub[0].sent.start and sub[-1].text == "," and sub[-1].i + 1 == finite.i
        ):
            return None
        while sub and sub[0].is_punct:
            # (The parser may hang the comma before the clause on its verb.)
            sub = sub[1:]
        if not sub:
            return None
        mark = sub[0]
        if mark.dep_ != "mark" or mark.head.i != dep.i:
            return None
        if mark.lower_ not in self.lex.raw["cause_conjunctions"] or not contiguous(sub):
            return None
        while sub and sub[-1].is_punct:
            sub = sub[:-1]
        text = span_text(self.doc, sub[0].i, sub[-1].i + 1)
        return Part("cause", text, sub[0].idx, prep=mark.lower_, answer=text, accepted=(text,))

    def reported_clause(self, verb: Token, children: list[Token]) -> Fact | None:
        """ "Kramer zegt dat de bond donderdag een gesprek heeft": the "dat" clause as a fact,
        with "volgens Kramer" as its source."""
        subjects = [c for c in children if c.dep_ in SUBJECT_DEPS]
        comps = [c for c in children if c.dep_ == "ccomp" and c.i > verb.i]
        if len(subjects) != 1 or len(comps) != 1:
            return None
        comp = comps[0]
        first = min(comp.subtree, key=lambda t: t.i)
        marks = {c.i for c in comp.children if c.dep_ == "mark"}
        if first.i not in marks or first.lower_ not in self.lex.raw["complementizers"]:
            return None
        speaker = in_order(subjects[0])
        if not contiguous(speaker):
            return None
        source = self.reported_source(speaker)
        return self.clause(comp, reported=source) if source is not None else None

    def piece_of_a_name(self, sub: list[Token]) -> bool:
        """Whether the tokens are only a part of a longer name."""
        first, end = sub[0].i, sub[-1].i + 1
        return any(
            m.start <= first and end <= m.end and (m.start, m.end) != (first, end)
            for m in self.ents.mentions_in(sub)
        )

    def cuts_a_name(self, sub: list[Token]) -> bool:
        """Whether a name runs over the edge of the tokens: part of it in, part out."""
        inside = {t.i for t in sub}
        return any(
            any(t.i in inside for t in m) and any(t.i not in inside for t in m)
            for m in self.ents.mentions_in(sub)
        )

    def writes_a_thing(self, children: list[Token]) -> bool:
        """ "schreef [een brief] aan de minister", "meldde [een inbraak]": a verb of saying
        with a noun for its object (or its passive's subject: "Pas zaterdag wordt [regen]
        verwacht") and no clause is an event like any other."""
        return any(
            c.dep_ in {"obj", "nsubj:pass"}
            and c.pos_ in {"NOUN", "PROPN"}
            and c.ent_type_ not in {"DATE", "TIME"}
            for c in children
        ) and not any(c.dep_ in {"ccomp", "parataxis", "xcomp"} for c in children)

    def is_speech_verb(self, verb: Token) -> bool:
        """ "zegt", "meldde", and separable ones: "maakte … bekend" (bekendmaken)."""
        if any(
            c.pos_ in {"ADJ", "NOUN"}
            and (
                c.dep_ == "xcomp"
                or (c.i == verb.i - 1 and verb.lemma_ in self.lex.raw["declaring_verbs"])
            )
            for c in verb.children
        ):
            # "is [failliet] verklaard", "werd [schuldig] verklaard", "is [ongeldig]
            # verklaard" (the adjective read as an adverb): a verb that makes something so
            # reports no words.
            return False
        return bool(verb_forms(verb) & self.lex.speech_verbs)

    def shared_subject(
        self, head: Token, children: list[Token]
    ) -> tuple[int, Part, list[Token], Token] | None:
        """ "De bond pleit … en heeft daarvoor actiegevoerd": the second verb of a
        coordination shares the first one's subject, which stands before both."""
        if head.dep_ != "conj" or any(c.dep_ in SUBJECT_DEPS for c in children):
            return None
        if not any(c.i < head.i for c in coordinators(head)):
            # Joined by a comma, not "en"/"maar": not a coordination of two verbs.
            return None
        subj = [c for c in head.head.children if c.dep_ in SUBJECT_DEPS and c.i < head.head.i]
        if len(subj) != 1:
            return None
        sub = in_order(subj[0])
        if not contiguous(sub):
            return None
        part = self.make_part("subject", "", "", sub)
        if part is None:
            return None
        return (sub[0].i, part, sub, subj[0])

    def one_subject(self, parts: list[Part], children: list[Token]) -> list[Part]:
        """A clause without a subject (two subjects are repaired in quizgen.repair): when one
        "object" stands in the middle field while something else holds the first position,
        that is the subject ("Volgens Chung wil Trump in mei praten")."""
        if any(c.dep_ == "aux:pass" for c in children):
            return parts
        subjects = [i for i, p in enumerate(parts) if p.role == "subject"]
        if subjects or len(parts) < 2 or not parts[0].first:
            return parts
        objects = [i for i, p in enumerate(parts) if p.role == "object"]
        if any(c.dep_ == "obj" and c.lower_ in self.lex.raw["object_pronouns"] for c in children):
            # "Alleen Zupan kon [hem] volgen": "hem" is an object in any parse.
            return parts
        if len(objects) == 1:
            return [
                replace(p, role="subject") if i == objects[0] else p for i, p in enumerate(parts)
            ]
        return parts

    def holds_clause(self, tokens: list[Token], top: Token) -> bool:
        """A finite verb inside a constituent that is not a relative clause means the parse
        glued two clauses together: asking about it would make a garbled question. So does
        a subject hung on a noun ("[dat] nog 3,1 procent" in "In maart was dat nog 3,1
        procent")."""
        for t in tokens:
            finite = is_finite(t) and t.pos_ in {"VERB", "AUX"}
            nested = t.dep_ in SUBJECT_DEPS and t.head.pos_ in {"NOUN", "PROPN", "NUM"}
            if t.i != top.i and (finite or nested):
                path = t
                while path.i != top.i and path.dep_ not in {"acl:relcl", "acl"}:
                    if path.head.i == path.i:
                        break
                    path = path.head
                if path.i == top.i:
                    return True
        return False

    def speech_source(self, dep: Token) -> Part | None:
        """ "…, meldt het Witte Huis" / "…, aldus Chung": the source of the reported clause."""
        if dep.dep_ != "parataxis":
            return None
        sub = in_order(dep)
        if self.is_speech_verb(dep):
            subj = [c for c in dep.children if c.dep_ in SUBJECT_DEPS]
            if len(subj) == 1 and contiguous(in_order(subj[0])):
                return self.reported_source(in_order(subj[0]))
        if sub and sub[0].lower_ == "aldus":
            rest = [t for t in sub[1:] if not t.is_punct]
            if rest and contiguous(rest):
                return self.reported_source(rest)
        return None

    def opens_with_that(self, sent: Span) -> tuple[Token, Token] | None:
        """ "Dat meldt het CBS.", "Dit heeft de minister bekendgemaakt.": a sentence that
        opens with "dat"/"dit" and its finite verb, as its finite verb and root; else None."""
        if len(sent) < 3 or sent[0].lower_ not in self.lex.raw["demonstratives"]:
            return None
        finite, root = sent[1], sent.root
        return (finite, root) if finite.i == root.i or finite.head.i == root.i else None

    def said_next(self, sent: Span) -> Part | None:
        """ "Dat meldt het CBS.", "Dit heeft minister Sanne de Vries dinsdag bekendgemaakt.":
        a sentence that opens with "dat"/"dit" and a speech verb names who said the one
        before it; the speaker (a name, with its title) follows the finite verb."""
        opening = self.opens_with_that(sent)
        if opening is None or not self.is_speech_verb(opening[1]):
            return None
        finite = opening[0]
        body = self.speaking_body(opening[1])
        if body is not None:
            return self.reported_source(body)
        for m in self.ents.mentions_in(list(sent[2:])):
            between = self.doc[finite.i + 1 : m.start]
            of = self.lex.raw["title_of"]
            if label_of(m) not in {"PER", "ORG"} or any(
                t.pos_ not in {"DET", "ADJ", "NOUN", "PROPN"} and t.lower_ != of for t in between
            ):
                # Only a title may stand before the speaker's name ("minister van Onderwijs").
                return None
            # The name alone, with the article an organisation has ("het CBS"); but the
            # whole of an organisation named after its field ("het ministerie van
            # Landbouw"), where the noun is no person's title.
            start = m.start - (m.start > finite.i + 1 and self.doc[m.start - 1].pos_ == "DET")
            words = [t for t in between if t.pos_ != "DET"]
            if (
                len(words) >= 2
                and words[-1].lower_ == of
                and words[-2].pos_ == "NOUN"
                and not words[-2].lower_.endswith(self.lex.person_titles)
            ):
                start = finite.i + 1
            source = self.reported_source(list(self.doc[start : m.end]))
            return source if source is not None and source.label in {"PER", "ORG"} else None
        return None

    def speaking_body(self, verb: Token) -> list[Token] | None:
        """ "Dat meldt [de Poolse brandweer].", "Dat heeft [het college van bestuur] …
        bekendgemaakt.": the subject of the speech verb, when no name but a body of people
        (the lexicon's ``body_nouns``, "brandweer", "raad", "college") speaks. (The parser
        may take "dat" for the subject and the speaker for the object.)"""
        subjects = [
            c
            for c in verb.children
            if c.dep_ in {*SUBJECT_DEPS, "obj"} and c.lower_ not in self.lex.raw["demonstratives"]
        ]
        if len(subjects) != 1:
            return None
        noun = subjects[0]
        phrase = in_order(noun)
        if (
            noun.pos_ != "NOUN"
            or not noun.lower_.endswith(tuple(self.lex.raw["body_nouns"]))
            or any(t.ent_type_ in {"PER", "ORG"} for t in phrase)
            or not contiguous(phrase)
        ):
            return None
        return phrase

    def reported_source(self, tokens: list[Token]) -> Part | None:
        """The speaker of "…, meldt X" as the part "volgens X", which a question keeps."""
        part = self.make_part("source", "", "", tokens)
        if part is None:
            return None
        if part.label == "PER":
            # Who says something in a news text is a person (or speaks for an organisation).
            self.ents.persons.add(part.answer)
        marker = self.lex.raw["source_phrase"]
        first = part.text.split(" ", 1)[0]
        # ("volgens [gedeputeerde] Jan-Nico Appelman": a title that opened the sentence
        # takes no capital inside the question.)
        titled = first.lower().endswith(self.lex.person_titles) and " " in part.text
        text = part.text if part.proper and not titled else part.text[:1].lower() + part.text[1:]
        return Part(
            "source",
            f"{marker} {text}",
            part.start,
            part.label,
            proper=False,
            prep=marker,
            answer=part.answer,
            accepted=part.accepted,
        )

    def make_part(self, role: str, label: str, prep: str, tokens: list[Token]) -> Part | None:
        """A constituent as a Part, with its answer; None for a person pronoun not resolved."""
        doc = self.doc
        while tokens and tokens[-1].is_punct and tokens[-1].text not in {")", "'", "’", '"'}:
            tokens = tokens[:-1]
        tokens = without_remark_after_name(tokens, self.ents.mention_at)
        while (
            len(tokens) > 1
            and tokens[0].lower_ in self.lex.drop_adverbs
            and tokens[1].pos_ != "ADV"
        ):
            # "Ook Kim heeft …": the adverb is the sentence's, not part of the name; but
            # "nog eens", "nog steeds" are one adverb, and "eens" alone means something else.
            tokens = tokens[1:]
        for phrase in self.lex.raw["drop_phrases"]:
            # "testte [in totaal] 12.000 bodemmonsters": an adverbial the parse took along.
            n = len(phrase.split())
            if len(tokens) > n and " ".join(t.lower_ for t in tokens[:n]) == phrase:
                tokens = tokens[n:]
        if not tokens:
            return None
        text = span_text(doc, tokens[0].i, tokens[-1].i + 1)
        start = tokens[0].idx
        first_mention = self.ents.mention_at(tokens[0])
        # "Dinsdag speelt Oranje …": a date is capitalised only for the sentence's sake.
        dated = first_mention is not None and label_of(first_mention) in VALUE_LABELS
        # Nor is the phrase's own preposition a name ("Tijdens zijn missie", tagged PROPN).
        proper = (
            not dated
            and not (prep and tokens[0].lower_ == prep)
            and (
                tokens[0].pos_ == "PROPN"
                or first_mention is not None
                # "Molenaar werkte …" opening the sentence, untagged: the surname of
                # "Marieke Molenaar", named before.
                or text in self.known_names
            )
        )
        if first_mention is None and tokens[0].is_sent_start and tokens[0].text.istitle():
            # "Brancheorganisatie Transport en Logistiek Nederland", "Directeur Sjoerd
            # Wiersma": a capital at the sentence start before a name is the start's — but
            # not "PEC Zwolle", nor a first name the NER left out right before a surname.
            after = [self.ents.mention_at(t) for t in tokens[1:4]]
            particles = self.lex.raw["name_particles"]
            if (
                tokens[0].lower_.endswith(self.lex.person_titles)
                or (any(after) and after[0] is None)
                # "Voorafgaand aan de wedstrijd": a word no name holds, a small word after it.
                or (len(tokens) > 1 and tokens[1].is_lower and tokens[1].lower_ not in particles)
            ):
                proper = False
        # "hij", "aan hem", "volgens haar": a pronoun alone after its preposition.
        cases = [t for t in tokens[:-1] if t.dep_ == "case" and t.head.i == tokens[-1].i]
        ref = self.resolve_pronoun(tokens[-1]) if len(cases) == len(tokens) - 1 else None
        if ref is not None:
            # The name replaces the pronoun in questions; there is nothing to blank out.
            shown = " ".join([*(t.text for t in cases), ref.name])
            return standing_for(ref, role, shown, start, prep, ref.label, proper=not cases)
        described = self.described_organisation(tokens) if role in {"subject", "object"} else None
        if described is not None:
            # "[Het bedrijf] leed een verlies" after "Marktplein kampt met …": the name
            # stands in the question ("Hoeveel verlies leed Marktplein?"), which then says
            # which company it means; an organisation, as the noun says, whatever the NER
            # made of its name.
            shown = described.name
            if self.ents.words_before(described.name, "DET") & {"de", "het"}:
                shown = f"{tokens[0].lower_} {described.name}"
            return standing_for(described, role, shown, start, prep, "ORG", proper=True)
        up = self.fronted_subject(tokens[0]) if role == "subject" and len(tokens) == 1 else None
        if up is not None:
            # "Omdat [de ziekte] geen symptomen geeft, wordt [ze] pas laat ontdekt".
            taken_up = span_text(doc, up[0].i, up[-1].i + 1)
            if up[0].is_sent_start:
                taken_up = taken_up[:1].lower() + taken_up[1:]
            return Part(role, taken_up, start, answer=taken_up, accepted=(taken_up,))
        if any(
            t.pos_ == "PRON"
            and t.lower_ in self.lex.person_pronouns
            # ("onder de resten van [haar] ouderlijk huis": a possessive outside the
            # subject is the subject's, as "zijn" is; "[haar] verdwijning" as the subject
            # is someone else's.)
            and (role == "subject" or "Yes" not in t.morph.get("Poss", []))
            for t in tokens
        ) or (
            # ("landde [zijn] capsule": a possessive the tagger took for a determiner.)
            role == "subject"
            and any(
                t.lower_ in self.lex.raw["possessive_pronouns"] and t.dep_ in POSSESSIVE_DEPS
                for t in tokens
            )
        ):
            return None
        if len(tokens) == 1 and "Yes" in tokens[0].morph.get("Reflex", []):
            # "maken [zich] zorgen": the reflexive is the subject's, whoever that is; it goes
            # with the verb and is asked for by no question.
            return Part("other", text, start)
        inside = {t.i for t in tokens}
        head = next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), tokens[0])
        if head.lower_ in self.lex.vague_pronouns and (len(tokens) == 1 or head.pos_ == "PRON"):
            # "die", "dat", "niets" as a whole subject or object, or as its head ("[niets]
            # van de dreigementen"): about what?
            return None
        body = [t for t in tokens if not (prep and t.i == tokens[0].i and t.lower_ == prep)]
        if role == "score":
            score = body[0]
            return Part(role, text, start, "SCORE", prep=prep, answer=score.text,
                        accepted=(score.text,), surface=score.text,
                        surface_start=score.idx)  # fmt: skip
        # "de 58-jarige oud-wethouder Gerard Kuipers": an age before a noun describes the
        # person, it is not what the phrase says.
        values = [
            m
            for m in self.ents.mentions_in(tokens)
            if label_of(m) in AMOUNT_LABELS
            and not m.text.lower().endswith(self.lex.raw["age_suffix"])
            and not self.age_after(m)
            and not self.titled_count(m)
        ]
        counted = self.number_at_start(tokens, prep) or self.measured_amount(tokens, prep)
        if counted and self.titled_count(counted):
            counted = None
        known = self.ents.mentions_in(counted or [])
        if counted and not known:
            values = [self.doc[counted[0].i : counted[-1].i + 1]]
        if values and role not in {"time"}:
            value = values[0]
            whole = span_text(doc, body[0].i, value.end) if body else value.text
            return Part(
                role,
                text,
                start,
                label_of(value) or "QUANTITY",
                proper=proper,
                prep=prep,
                answer=value.text,
                accepted=tuple(dict.fromkeys([value.text, whole])),
                surface=value.text,
                surface_start=value.start_char,
            )
        if role == "time":
            found = self.ents.mentions_in(tokens)
            v = found[0] if found else None
            surface = v.text if v is not None else text
            accepted = tuple(
                dict.fromkeys([text, surface, span_text(doc, body[0].i, body[-1].i + 1)])
            )
            return Part(
                role,
                text,
                start,
                label or "DATE",
                proper=proper,
                prep=prep,
                answer=text,
                accepted=accepted,
                surface=surface,
                surface_start=v.start_char if v is not None else start,
            )
        kinded = self.named_kind(body)
        if kinded is not None:
            kind, names = kinded
            answer = span_text(doc, names[0].start, names[-1].end)
            return Part(
                role,
                text,
                start,
                label_of(names[0]),
                proper=proper,
                prep=prep,
                answer=answer,
                accepted=tuple(dict.fromkeys([answer, span_text(doc, body[0].i, names[-1].end)])),
                surface=answer,
                surface_start=names[0].start_char,
                kind=kind,
            )
        thing = self.thing_named(body)
        if thing is not None:
            # "[Meridian-2] gaat rond de aarde draaien", after "de satelliet Meridian-2":
            # "Welke satelliet …?", not "Wie …?", whatever the NER made of the name.
            kind, mention = thing
            return Part(
                role,
                text,
                start,
                "MISC",
                proper=proper,
                prep=prep,
                answer=mention.text,
                accepted=(mention.text,),
                surface=mention.text,
                surface_start=mention.start_char,
                kind=kind,
            )
        named = self.person_name(body) if body else None
        if named is not None:
            mention, ref = named
            shown = f"{prep} {mention.text}" if prep else mention.text
            # An organisation keeps the noun that says what it is: "de rechtbank Gelderland"
            # is not the province.
            noun = next(
                (
                    t
                    for t in body
                    if t.i < mention.start
                    and (is_noun(t) or (t.pos_ == "PROPN" and not self.ents.mention_at(t)))
                ),
                None,
            )
            classed = ref.label != "PER" and noun is not None
            # Only an article before the name: "de Tweede Kamer" keeps it.
            keep = (
                role == "place"
                or classed
                or all(t.pos_ == "DET" for t in body if t.i < mention.start)
            )
            answer = shown if role == "place" else ref.name
            if classed and noun is not None and role != "place":
                answer = span_text(doc, noun.i, mention.end)
                if noun.is_sent_start and noun.pos_ == "PROPN" and noun.is_title:
                    # "Chipfabrikant NXP" opening the sentence: "chipfabrikant NXP" (but
                    # "PEC Zwolle" is a name throughout).
                    answer = answer[:1].lower() + answer[1:]
            # "De Boer" of "Femke de Boer": the article before the surname is its particle,
            # capitalised wherever the surname stands alone.
            said = surname(tuple(mention.text.split()), tuple(ref.name.split()))
            particle = [t.lower_ for t in body if t.i < mention.start][-len(said) :]
            of_name = len(said) > len(mention) and particle == [
                w.lower() for w in said[: -len(mention)]
            ]
            alone = " ".join(said) if of_name else mention.text
            accepted = tuple(dict.fromkeys([answer, ref.name, alone, *ref.aliases]))
            return Part(
                role,
                text if keep else shown,
                start,
                ref.label,
                proper=proper if keep and not of_name else True,
                prep=prep,
                answer=answer,
                accepted=accepted,
                surface=mention.text,
                surface_start=mention.start_char,
            )
        if any(label_of(m) in {"DATE", "TIME"} for m in self.ents.mentions_in(tokens)):
            label = label or "DATE"
        forms: tuple[str, ...] = (text,)
        places = [m for m in self.ents.mentions_in(tokens) if label_of(m) == "LOC"]
        joined = bool(places) and self.doc[places[-1].start - 1].pos_ == "CCONJ"
        if role == "place" and joined:
            # "in Gelderland en Overijssel": the places without what comes before them, not
            # the last alone.
            first = len(places) - 1
            while first and all(
                t.text == "," or t.pos_ == "CCONJ"
                for t in self.doc[places[first - 1].end : places[first].start]
            ):
                first -= 1
            forms = (text, span_text(self.doc, places[first].start, tokens[-1].i + 1))
        elif role == "place" and places and len(tokens) > len(places[-1]) + 2:
            # "in de bodem van een vuilnisbelt bij Alkmaar": the named place at the end is
            # an answer too (a student may well write "bij Alkmaar").
            at = self.doc[places[-1].start - 1]
            near = (f"{at.text} {places[-1].text}",) if at.pos_ == "ADP" else ()
            # So is the phrase without it ("in de bodem van een vuilnisbelt"): no other
            # question may show it.
            rest = span_text(self.doc, tokens[0].i, at.i).rstrip(" ,") if at.pos_ == "ADP" else ""
            forms = (text, *near, places[-1].text, *((rest,) if rest else ()))
        if not label and role in {"subject", "object"}:
            label = self.listed_label(body)
        return Part(
            role,
            text,
            start,
            label,
            proper=proper,
            prep=prep,
            answer=text,
            accepted=forms,
            surface=text,
            surface_start=start,
        )

    def listed_label(self, tokens: Sequence[Token]) -> str:
        """ "GroenLinks-PvdA, VVD en CDA", "Tsjechië en Slowakije": a list of names of one
        label, and nothing else (an article at most), has that label ("Wie hebben hun
        coalitieakkoord gepresenteerd?"); "" for anything else."""
        names = self.ents.mentions_in(list(tokens))
        labels = {r.label for m in names if (r := self.ents.referent(m)) is not None}
        inside = {t.i for m in names for t in m}
        rest = [t for t in tokens if t.i not in inside]
        if (
            len(names) < 2
            or len(labels) != 1
            or not all(t.text == "," or t.pos_ in {"CCONJ", "DET"} for t in rest)
        ):
            return ""
        return labels.pop()

    def tense(self, finite: Token, head: Token, children: list[Token]) -> str:
        past = "Past" in finite.morph.get("Tense", [])
        participle = head.i != finite.i and "Part" in head.morph.get("VerbForm", [])
        if participle and any(c.dep_ == "aux" and c.i == finite.i for c in children):
            return "pluperf" if past else "perf"
        return "past" if past else "pres"

    def roles(self, parts: list[Part], head: Token) -> list[tuple[str, Role]]:
        out: list[tuple[str, Role]] = []
        passive = any(c.dep_ == "aux:pass" for c in head.children)
        for p in parts:
            if p.role == "verb" or p.role == "other":
                continue
            name = p.role
            if p.role == "subject":
                name = "patient" if passive else "agent"
            elif p.role == "object":
                name = "patient"
            out.append((name, Role(p.text, p.answer, p.label, p.start, p.start + len(p.text))))
        return out

    # -- titles -------------------------------------------------------------------------

    def titles(self) -> list[Fact]:
        facts: list[Fact] = []
        # ("Kosovo door Gorica Gajevic": a lowercase word other than a particle is no part
        # of a person's name; the NER ran two phrases together.)
        particles = set(self.lex.raw["name_particles"])
        known = {r.name for r in self.ents.referents.values()}
        negations = set(self.lex.raw["negations"])
        organisation_words = set(self.lex.raw["organisation_words"])
        for m in self.ents.mentions:
            ref = self.ents.referent(m)
            spans = self.title_spans(m) if ref is not None else []
            if (
                ref is not None
                and ref.label in {"ORG", "MISC"}
                and self.has_person_title(m, spans)
                # (Not "haatpresentator [Radio Mille Collines]": a word of organisations.)
                and not {w.lower() for w in ref.name.split()} & organisation_words
            ):
                # "zijn minister van Buitenlandse Zaken, [Karin Sjöberg]" tagged ORG.
                ref = self.ents.make_person(ref)
            if (
                ref is None
                or ref.label != "PER"
                or ref.name in place_names(self.lang)
                # ("Van Damme" alone is a surname, or a firm: "de bierbrouwer Van Damme".)
                or len([w for w in ref.name.split() if w.lower() not in particles]) < 2
                or not NAME_WORD.fullmatch(ref.name)
                or any(w.islower() and w not in particles for w in ref.name.split())
                or any(len(w) > 1 and w.isupper() for w in ref.name.split())
                # "[Neurologische Instituut]": a kind of organisation or place ends no
                # person's name; nor is one of adjectives only ("[Nationale Psychiatrische]").
                or ref.name.split()[-1].lower() in self.kinds
                or adjectives_only(m)
                # "commissievoorzitter van [Buitenlandse Zaken]": a portfolio.
                or all(w in self.lex.raw["portfolio_words"] for w in ref.name.split())
            ):
                # A person is introduced with a full name; a one-word "person" with a
                # function ("de Italiaanse regio Umbrië") is a place the NER mislabelled,
                # and a name with an abbreviation ("FNV Havens") an organisation.
                continue
            for role_tokens in spans:
                if (
                    # "[Olivier] Provily van de …" after "Olivier Provily" was named: a
                    # first name the NER left out, no function.
                    f"{role_tokens[-1].text} {m.text}" in known
                    or
                    # "Chávez, [de overwinning niet]": a clause's words the parse hung on
                    # the name; a function says nothing "not", and has no finite verb or
                    # quote in it ("[… verhuizen naar een ander stadion", zei de voorzitter
                    # van …], John Coates").
                    any(
                        t.lower_ in negations
                        or t.text in QUOTES
                        # (but a name's word: "de lokale partij Almelo [Vooruit]")
                        or (t.pos_ == "ADV" and not t.ent_type_)
                        or (t.pos_ in {"VERB", "AUX"} and is_finite(t))
                        for t in role_tokens
                    )
                    or not self.names_a_person(role_tokens)
                    or self.neuter_thing(role_tokens)
                    or self.relational(role_tokens)
                    or self.kind_of_thing(role_tokens)
                ):
                    continue
                if any(
                    t.pos_ == "NOUN"
                    and "Plur" in t.morph.get("Number", [])
                    # ("[Schepen] voor Cultuur Nadia Bouzidi": a title the lexicon has is
                    # one person's, though it looks like a plural.)
                    and t.lower_ not in self.lex.person_titles
                    for t in role_tokens
                    if t.head.i == t.i or t.head.i not in {x.i for x in role_tokens}
                ):
                    # "de socialistische oud-ministers Marcel Colla en …", "de Engelse
                    # grootouders, Anne Andrew": a title of several is no one's function.
                    continue
                fact = self.title_fact(m, ref, role_tokens)
                if role_tokens[0].i > m.start:
                    # An apposition describes the person ("hoofd van de delegatie"); a
                    # title before the name is more often a bare rank or nationality.
                    fact = replace(fact, salience=APPOSITION_BONUS)
                facts.append(fact)
        return facts

    def kind_of_thing(self, toks: list[Token]) -> bool:
        """ "Het busbedrijf, [Van der Valk Reizen]": a noun that says what kind of place,
        organisation or thing a name is (the lexicon's ``name_kinds``) is no function of a
        person, whatever the NER made of the name; nor is one that only describes a person
        ("de zwarte [automobilist] Rodney King", the lexicon's ``description_nouns``)."""
        inside = {t.i for t in toks}
        head = next((t for t in toks if t.head.i not in inside or t.head.i == t.i), None)
        if head is None:
            return False
        described = head.lower_ in self.lex.raw["description_nouns"]
        return described or kind_of(head, self.kinds) is not None

    def names_a_person(self, toks: list[Token]) -> bool:
        """Whether the phrase's head noun is one for a person: a title or relation of the
        lexicon's, or a word that ends as nouns for people do (``person_suffixes``:
        "-er", "-ist", "-ster", "-oog"); not "[regering]", "[grote liefde]", "[lacht]". In a
        compound any part may say it ("arts-infectieziektebestrijding")."""
        # ("[Tweede] Kamerlid" with the ordinal made the phrase's head.)
        toks = [t for t in toks if not ordinal(t)]
        inside = {t.i for t in toks}
        head = next((t for t in toks if t.head.i not in inside or t.head.i == t.i), None)
        if head is None or head.pos_ not in {"NOUN", "PROPN"}:
            return False
        return any(piece.endswith(self.lex.person_endings) for piece in head.lower_.split("-"))

    def titled_compound(self, tok: Token) -> bool:
        """ "[FNV-bestuurder] Ruud Kramer", "[PSV-trainer] Jacco Verhaeren": a function joined
        to the name of its organisation, which the NER may tag a name by itself (and the
        tagger too: "[Groundlink-topman] Marc Verhaegen"), is a title when its last part is
        a noun for a person."""
        name, _, noun = tok.lower_.rpartition("-")
        mention = self.ents.mention_at(tok)
        return (
            bool(name)
            and tok.pos_ in {"NOUN", "PROPN"}
            and noun.endswith(self.lex.person_titles)
            and mention is not None
            and len(mention) == 1
        )

    def relational(self, toks: list[Token]) -> bool:
        """ "haar Finse ambtgenoot": a person, but no function of their own to ask about."""
        return any(t.lower_.endswith(self.lex.relational_titles) for t in toks)

    def has_person_title(self, m: Span, spans: list[list[Token]]) -> bool:
        """Whether one of ``m``'s title phrases ``spans`` holds a noun for a person
        ("minister", "bestuursvoorzitter", "ambtgenoot"), as the lexicon's ``person_titles``
        and ``relational_titles`` end them."""
        titles = self.lex.person_titles + self.lex.relational_titles
        return len(m) >= 2 and any(
            # ("[Brandweercommandant] Tomasz Wierzbicki" at the start, tagged a name.)
            (t.pos_ == "NOUN" or (t.pos_ == "PROPN" and not t.ent_type_))
            and t.lower_.endswith(titles)
            for toks in spans
            for t in toks
        )

    def neuter_thing(self, toks: list[Token]) -> bool:
        """ "het wetenschappelijke tijdschrift Nature Microbiology": a noun with "het" names
        a thing; nouns for people are common gender, but for a few ("het hoofd")."""
        noun = next((t for t in toks if t.pos_ == "NOUN"), None)
        # The noun's own article, not one further on ("arts bij het RIVM").
        det = next((t for t in toks if t.pos_ == "DET" and noun and t.i < noun.i), None)
        if noun is None:
            return False
        if det is None:
            # "Gran Dorado, [eigendom] van Pierre et Vacances": without an article, the
            # noun's own gender, unless it is a noun for a person (the tagger gives
            # "bestuursvoorzitter" either gender).
            if noun.morph.get("Gender", []) != ["Neut"] or noun.lower_.endswith(
                self.lex.person_titles + self.lex.relational_titles
            ):
                return False
        elif det.lower_ != self.lex.raw["articles"]["neuter"]:
            return False
        return not noun.lower_.endswith(tuple(self.lex.raw["neuter_person_nouns"]))

    def title_fact(self, m: Span, ref: Referent, toks: list[Token]) -> Fact:
        """Person + function. The function keeps its article ("het hoofd van de delegatie"):
        the one it had, else the one its head noun's gender takes."""
        inside = set(toks)
        head = next(t for t in toks if t.head not in inside or t.head.i == t.i)
        age = self.lex.raw["age_suffix"]
        body = [
            t for t in toks if not (t.pos_ == "DET" and t.i < head.i) and not t.lower_.endswith(age)
        ]
        phrase = span_text(self.doc, body[0].i, body[-1].i + 1)
        shown = phrase
        det = next((t.lower_ for t in toks if t.pos_ == "DET" and t.i < head.i), "")
        if det not in {"de", "het"}:
            # Nouns for people are common gender, but for a few ("het hoofd", "het lid").
            neuter = head.lower_.endswith(tuple(self.lex.raw["neuter_person_nouns"]))
            det = self.lex.raw["articles"]["neuter" if neuter else "common"]
            # "toenmalig minister" takes the article's ending: "de toenmalige minister"
            # (the answer stays as the text has it).
            shown = "".join(
                (inflected(t.text) if t.pos_ == "ADJ" and t.i < head.i else t.text) + t.whitespace_
                for t in body
            ).strip()
        first = body[0].text
        opener = body[0]
        named = opener.pos_ == "PROPN" and not opener.lower_.endswith(self.lex.person_titles)
        common = not named and not opener.ent_type_
        capitalised = ordinal(body[0]) and len(body) > 1 and body[1].text[:1].isupper()
        if (
            opens_sentence(body[0])
            and common
            and first[1:] == first[1:].lower()
            and not capitalised
        ):
            # (Not "GroenLinks-PvdA-leider": a capital inside the word is a name's; nor
            # "Vlaams minister": an adjective of a name keeps its capital; nor "Tweede
            # Kamerlid", of the "Tweede Kamer".)
            phrase = phrase[:1].lower() + phrase[1:]
            shown = shown[:1].lower() + shown[1:]
        sent = m.sent
        root = sent.root
        fin = next(
            (c for c in [root, *root.children] if is_finite(c)),
            root,
        )
        function = Role(f"{det} {shown}", phrase, "ROLE", body[0].idx, body[-1].idx + len(body[-1]))
        noun = Role(head.text, head.text, "ROLE", head.idx, head.idx + len(head))
        person = Role(ref.name, ref.name, "PER", m.start_char, m.end_char)
        roles = [("agent", person), ("attribute", function), ("function", noun)]
        if len(body) == 1 and not names_its_domain(body[0]):
            # A bare noun ("directeur") names no function until it is said of what.
            domain = self.domain_of(m, body[0])
            if domain is not None:
                roles.append(("domain", domain))
        return Fact(
            kind="title",
            predicate=head.lemma_.replace("_", "") or head.lower_,
            roles=tuple(roles),
            sentence=sent.text.strip(),
            sentence_start=sent.start_char,
            tense=self.tense(fin, root, list(root.children)),
        )

    def domain_of(self, m: Span, noun: Token) -> Role | None:
        """The organisation a bare function noun is of: named after the person ("Kamerlid
        Mohamed El Amrani van GroenLinks-PvdA"), or, for a function that opens its sentence
        ("Directeur Marloes Jansen vindt …"), the organisation the sentence before, in the
        same paragraph, is about ("Reizigersvereniging Rover is kritisch.")."""
        doc = self.doc
        after = self.domain_after(m)
        if after is not None:
            start, end, name = after
            return Role(doc[start:end].text, name, "ORG", 0, 0)
        sent = m.sent
        opens = noun.i == sent.start or (noun.i == sent.start + 1 and doc[sent.start].pos_ == "DET")
        if not opens or sent.start == 0 or sent.start in paragraph_starts(doc):
            return None
        before = doc[sent.start - 1].sent
        subject = next((t for t in before.root.children if t.dep_ in {"nsubj", "nsubj:pass"}), None)
        if subject is None:
            return None
        # The name may follow the subject's noun: "[Reizigersvereniging] Rover".
        org = next(
            (x for x in self.ents.mentions_in(subject.subtree) if label_of(x) == "ORG"), None
        )
        if org is None or org.start > subject.i + 1:
            return None
        left = subject.left_edge
        # The sentence's capital is not the name's: "De Vereniging Binnenstad vreest …" →
        # "de voorzitter van de Vereniging Binnenstad", "Landbouworganisatie LTO Noord" →
        # "… van landbouworganisatie LTO Noord".
        first = left.lower_ if left.i < org.start else left.text
        return Role(
            " ".join([first, doc[left.i + 1 : org.end].text]).strip(), org.text, "ORG", 0, 0
        )

    def place_noun(self, head: Token, tokens: list[Token], mentions: list[Span]) -> bool:
        """Whether the phrase ``tokens`` (headed by ``head``) names a place by its noun, a
        compound ending in one of the lexicon's ``place_nouns`` ("parlementsgebouw") or one
        of them with a word that says which, with an article or adjective before it and no
        number or name of another kind in it."""
        word = head.lower_
        nouns = self.lex.raw["place_nouns"]
        compound = any(word.endswith(n) and len(word) > len(n) + 2 for n in nouns)
        # A bare "het ziekenhuis", "het museum" is a guess away in a text about one: the
        # noun needs a word that says which ("een hal [met elektronica]").
        told = any(c.dep_ in {"amod", "nmod", "appos", "flat"} for c in head.children)
        return (
            head.pos_ in {"NOUN", "PROPN"}
            and (compound or (word in nouns and told))
            and any(t.dep_ in {"det", "amod"} and t.i < head.i for t in tokens)
            and not numbered(tokens)
            and all(label_of(m) in {"LOC", "GPE", "FAC"} for m in mentions)
        )

    def origin_of_name_before(self, tokens: list[Token], place: Span) -> bool:
        """Whether the phrase ``tokens`` (with ``place`` in it) is where the person or
        organisation right before it is from, not where its verb happens: "uit" right after
        the name, on a verb of no motion."""
        first = tokens[0]
        if first.i == 0 or first.head.head.lemma_ in self.lex.raw["motion_verbs"]:
            return False
        name = self.ents.mention_at(self.doc[first.i - 1])
        if name is None or name.end != first.i or label_of(name) not in {"PER", "ORG"}:
            return False
        origin = self.origin_after(name)
        return (
            origin is not None
            and origin.start == place.start
            and first.lower_ == self.lex.raw["origin_preposition"]
        )

    def origin_after(self, m: Span) -> Span | None:
        """The place right after a name, joined to it by the lexicon's origin preposition
        ("uit Delft"), or for an organisation by its seat's ("het Rijksmuseum in Amsterdam")."""
        at = m.end + 1
        joins = {self.lex.raw["origin_preposition"]}
        if label_of(m) == "ORG":
            joins.add(self.lex.raw["seat_preposition"])
        if at >= len(self.doc) or self.doc[m.end].lower_ not in joins:
            return None
        place = self.ents.mention_at(self.doc[at])
        found = place is not None and place.start == at and label_of(place) == "LOC"
        return place if found else None

    def domain_after(self, m: Span) -> tuple[int, int, str] | None:
        """What a person is of, named right after the name: "van GroenLinks-PvdA",
        "van de FNV" (whatever the NER took the name for: a party, a town, a club), or a
        portfolio ("minister Fleur Agema van [Volksgezondheid]"). Its start and end after
        "van", and the organisation's name."""
        doc = self.doc
        if m.end + 1 >= len(doc) or doc[m.end].lower_ != self.lex.raw["title_of"]:
            return None
        at = m.end + 1 + (doc[m.end + 1].pos_ == "DET")
        org = self.ents.mention_at(doc[at]) if at < len(doc) else None
        if org is not None and org.start == at and adjectives_only(org):
            # "van het [Amerikaanse] industriële concern General Electric": an adjective of
            # a name is not what the person is of.
            return None
        if org is not None and org.start == at:
            # "van [Klimaat] en Groene Groei": a portfolio of two runs on over "en".
            end = org.end
            if end < len(doc) and doc[end].is_title and not doc[end].is_sent_start:
                # "van het [Nederlands] Instituut voor Atmosfeeronderzoek": the NER cut the
                # name; its first piece is not what the person is of.
                return None
            while end + 1 < len(doc) and doc[end].lower_ in {"en", ","} and doc[end + 1].is_title:
                end += 1
                while end < len(doc) and doc[end].is_title and not doc[end].is_sent_start:
                    end += 1
            return m.end + 1, end, doc[m.end + 1 : end].text
        portfolio = set(self.lex.raw["portfolio_words"])
        end = m.end + 1
        while end < len(doc) and (
            doc[end].text in portfolio or (end > m.end + 1 and doc[end].lower_ in {"en", ","})
        ):
            end += 1
        while end > m.end + 1 and doc[end - 1].text not in portfolio:
            end -= 1
        return (m.end + 1, end, doc[m.end + 1 : end].text) if end > m.end + 1 else None

    def title_spans(self, m: Span) -> list[list[Token]]:
        """Role phrases of a person mention: before the name, or as an apposition after it."""
        doc = self.doc
        found: list[list[Token]] = []
        # Title before the name: [det] [adj…] NOUN [van X] Name — the noun directly before
        # the name (or before its "van" phrase: "staatssecretaris van Volksgezondheid"),
        # linked to it by an arc, with only adjectives before it.
        i = m.start - 1
        # The "van" (or "voor") phrase names a domain of capitalised words ("van
        # Volksgezondheid", "van Klimaat en Groene Groei", "voor Cultuur"); "de ploeg van
        # trainer Vos" is not a title of Vos.
        k = i
        while (
            k > m.sent.start
            and i - k < MAX_DOMAIN_WORDS
            and not doc[k].is_sent_start
            and (
                doc[k].text[:1].isupper()
                # "Commissaris van de Koning", "van Klimaat en Groene Groei".
                or (k < i and (doc[k].lower_ in {"en", ","} or doc[k].pos_ == "DET"))
            )
        ):
            k -= 1
        portfolio = k < i and doc[k].lower_ in self.lex.raw["portfolio_prepositions"]
        if portfolio and k >= 1 and doc[k - 1].pos_ == "NOUN":
            i = k - 1
        for phrase in self.lex.raw["multiword_titles"]:
            # "[Officier van justitie] Marieke Doornbos": a title of several words, the
            # last of them no title by itself.
            n = len(phrase.split())
            if m.start - n >= m.sent.start and doc[m.start - n : m.start].text.lower() == phrase:
                i = m.start - n
        linked = (
            i >= 0
            and not doc[i].is_space
            and (
                doc[i].head.i in range(m.start, m.end)
                or any(t.head.i in range(i, m.start) for t in m)
            )
        )
        # ("Topman Marit van Egmond" at a sentence start: the title tagged a name.)
        titles = self.lex.person_titles
        titled = (doc[i].pos_ == "PROPN" and not doc[i].ent_type_ and doc[i].lower_ in titles) or (
            i >= 0 and self.titled_compound(doc[i])
        )
        # "[Gedeputeerde] Sietske Poepjes noemt …", "[Partijleider] Jelle Bakker wil …": a
        # title opening the sentence right before the name, whatever the tagger and parser
        # made of it (a participle, a name, the subject beside an object "Sandra").
        opening = (
            i == m.start - 1
            and i >= 0
            and doc[i].is_sent_start
            and doc[i].text[:1].isupper()
            and doc[i].lower_.endswith(titles)
            and doc[i].ent_type_ not in {"PER", "PERSON"}
        )
        # "zegt [projectleider] Ellen Kuipers van …" with no arc between them: a lowercase
        # title right before the name (or before its portfolio: "minister van Civiele
        # Bescherming Giorgos Papadakis") is the name's, whatever the parse hung where.
        adjacent = (
            (i == m.start - 1 or (portfolio and i == k - 1))
            and i >= m.sent.start
            and doc[i].is_lower
            and doc[i].is_alpha
            and doc[i].lower_.endswith(titles)
            and not doc[i].ent_type_
            # (Not the last of a list: "roman- en [toneelschrijver] Max Frisch".)
            and not (i > m.sent.start and doc[i - 1].lower_ in {"en", "of", ","})
        )
        if (linked and (doc[i].pos_ == "NOUN" or titled)) or opening or adjacent:
            j = i
            if (
                j - 1 >= m.sent.start
                and doc[j - 1].pos_ == "NOUN"
                and doc[j - 1].lower_.endswith(self.lex.person_titles)
                and not doc[j].lower_.endswith(self.lex.person_titles)
            ):
                # "hoogleraar microbiologie Annelies Verbruggen": a title with its field.
                j -= 1
            # ("[Tweede] Kamerlid", "[eerste] minister": an ordinal is part of the title.)
            while j - 1 >= m.sent.start and (doc[j - 1].pos_ == "ADJ" or ordinal(doc[j - 1])):
                j -= 1
            if j - 1 >= m.sent.start and doc[j - 1].pos_ == "DET":
                j -= 1
            if not any(
                self.ents.mention_at(doc[k]) and not self.titled_compound(doc[k])
                for k in range(j, i + 1)
                if doc[k].pos_ != "ADJ" and not ordinal(doc[k])
            ):
                found.append([doc[k] for k in range(j, m.start)])
        # The name as the title's apposition: "zijn minister van Buitenlandse Zaken, Karin
        # Sjöberg," — the noun phrase before the comma, from its adjectives on.
        head = m.root.head
        if m.root.dep_ == "conj" and (m.end == m.sent.end or doc[m.end].is_punct):
            # The parser may take the name for the last word of the title's "van" phrase
            # ("van Buitenlandse Zaken, Karin Sjöberg,"): its noun is up the tree.
            while head.pos_ != "NOUN" and head.head.i != head.i and head.head.i < head.i:
                head = head.head
        if (
            m.start >= 2
            and doc[m.start - 1].text == ","
            and m.root.dep_ in {"appos", "conj"}
            and head.pos_ == "NOUN"
            and m.sent.start <= head.i < m.start - 1
            and not self.ents.mention_at(head)
            and not any(
                label_of(x) == "PER" for x in self.ents.mentions_in(doc[head.i : m.start - 1])
            )
        ):
            # Not a list of people: "de ministers Jansen, [Pietersen]".
            j = head.i
            while j - 1 >= m.sent.start and doc[j - 1].pos_ == "ADJ":
                j -= 1
            found.append([doc[k] for k in range(j, m.start - 1)])
        # The name with its own description as the apposition: "Die ploegleider, de Deen
        # Rasmus Holm,", "de eigenaar, de 45-jarige …" (the parser tears such a phrase up);
        # a title, not what the person did ("De gijzelnemer, de 39-jarige …").
        c = self.described_after_comma(m)
        if (
            c is not None
            and doc[c - 1].pos_ == "NOUN"
            and doc[c - 1].lower_.endswith(self.lex.person_titles)
            and not self.ents.mention_at(doc[c - 1])
        ):
            j = c - 1
            while j - 1 >= m.sent.start and doc[j - 1].pos_ == "ADJ":
                j -= 1
            found.append([doc[k] for k in range(j, c)])
        # Apposition: "Name, NP," — see quizgen.repair, which attached it to the name.
        appos = apposition_after(doc, m)
        if appos:
            found.append(appos)
        return found

    def described_after_comma(self, m: Span) -> int | None:
        """The comma before ``m`` when only a description of its own stands between them:
        an article, adjectives or an age, and at most one word for what the person is ("de
        Deen", "de 61-jarige"); the phrase before the comma is then what the person is
        too."""
        doc = self.doc
        k = m.start - 1
        words: list[Token] = []
        while k > m.sent.start and doc[k].text != "," and len(words) <= MAX_DESCRIPTION:
            words.insert(0, doc[k])
            k -= 1
        if not words or len(words) > MAX_DESCRIPTION or doc[k].text != "," or k < 2:
            return None
        rest = words[1:] if words[0].pos_ == "DET" else words
        nouns = [t for t in rest if t.pos_ in {"NOUN", "PROPN"}]
        fits = all(t.pos_ in {"ADJ", "NUM"} for t in rest if t not in nouns)
        if not rest or len(nouns) > 1 or not fits or (nouns and nouns[-1] is not rest[-1]):
            return None
        # (A nationality may be tagged MISC, an age QUANTITY; not a name of its own.)
        if any(
            label_of(x) in {"PER", "ORG", "LOC"} for t in words if (x := self.ents.mention_at(t))
        ):
            return None
        return k

    # -- document -----------------------------------------------------------------------

    def run(self) -> Extraction:
        facts: list[Fact] = []
        titles = self.titles()
        self.ents.persons.update(r.answer for f in titles if (r := f.role("agent")) is not None)
        sents = list(self.doc.sents)
        # Sentences that only name who told the one before ("Dat meldt het CBS."), whose
        # speaker its facts carry ("Volgens wie …?"): nothing of them is blanked out.
        told: set[int] = set()
        for k, sent in enumerate(sents):
            said_by = self.said_next(sents[k + 1]) if k + 1 < len(sents) else None
            for tok in sent:
                fact = None
                if tok.dep_ == "conj" and tok.head.dep_ == "acl:relcl":
                    # "dat … uitvoerde [en publiceerde]": a second relative clause, whose
                    # pronoun is the first's.
                    continue
                if tok.dep_ in CLAUSE_DEPS and (is_verbal(tok) or self.copular_clause(tok)):
                    fact = self.clause(tok, said_by=said_by)
                elif (relative := self.relative_clause(tok)) is not None:
                    fact = self.clause(tok, relative=relative)
                if fact is not None:
                    facts.append(fact)
                    if said_by is not None and said_by in fact.parts:
                        told.add(sents[k + 1].start)
        if len(sents) > 1 and (news := self.announcement(sents[1])) is not None:
            facts.append(news)
        facts.extend(titles)
        facts.extend(self.origins())
        facts.extend(self.sentence_facts(told))
        return Extraction(facts, self.ents, self.skipped)

    def announcement(self, sent: Span) -> Fact | None:
        """ "KLM schrapt 1500 banen. [Dat heeft het bedrijf dinsdag bekendgemaakt.]": the
        sentence after the lead that says who made its news known, and when, is a clause
        about the article's news ("Wanneer heeft KLM het nieuws bekendgemaakt? — dinsdag";
        the lexicon's ``announce_verbs`` and ``news_phrase``)."""
        opening = self.opens_with_that(sent)
        if opening is None or len(sent) < MIN_ANNOUNCEMENT:
            return None
        finite, root = opening
        if not is_finite(finite) or not verb_forms(root) & set(self.lex.raw["announce_verbs"]):
            return None
        # ("Dat meldt Het Financieele Dagblad [van zaterdag]": the paper's date, not when.)
        dates = [
            m
            for m in self.ents.mentions_in(list(sent))
            if label_of(m) in {"DATE", "TIME"}
            and self.doc[m.start - 1].lower_ != self.lex.raw["title_of"]
        ]
        speakers = [
            c
            for c in root.children
            if c.dep_ in {"nsubj", "obj", "obl"}
            and c.i > finite.i
            and c.ent_type_ not in {"DATE", "TIME"}
            and not any(k.dep_ == "case" for k in c.children)
        ]
        if len(dates) != 1 or not speakers:
            return None
        dated = {t.i for t in dates[0]}
        said = [t for t in in_order(speakers[0]) if t.i not in dated]
        speaker = self.make_part("subject", "", "", said) if contiguous(said) else None
        when = self.make_part("time", "DATE", "", list(dates[0]))
        if speaker is None or when is None or not (speaker.label or speaker.proper):
            return None
        verbs = [
            Part("verb", t.text, t.idx)
            for t in sorted(
                (*(c for c in root.children if c.dep_ == "compound:prt"), root), key=lambda t: t.i
            )
            if t.i != finite.i
        ]
        news = Part("other", self.lex.raw["news_phrase"], speaker.start + 1)
        # Who made it known is asked by no question: the question for when says it.
        parts = (replace(speaker, first=True, shared=True), news, when, *verbs)
        return Fact(
            kind="event",
            predicate=root.lemma_.replace("_", ""),
            roles=tuple(self.roles(list(parts), root)),
            sentence=sent.text.strip(),
            sentence_start=sent.start_char,
            finite=finite.text,
            tense=self.tense(finite, root, list(root.children)),
            parts=parts,
            points_back=True,
        )

    def origins(self) -> list[Fact]:
        """ "de 47-jarige Ruud van Houten [uit Oss]", "het biotechbedrijf Pulmora [uit
        Leiden]": where a person or organisation the text names is from, as a clause of its
        own ("Ruud van Houten komt uit Oss") to ask "Waar komt Ruud van Houten vandaan?". Its
        subject is asked for by no question (others may come from there too, as with a
        subject the text says others share). Once a name."""
        facts: list[Fact] = []
        seen: set[str] = set()
        origin = self.lex.raw["origin_preposition"]
        for m in self.ents.mentions:
            ref = self.ents.referent(m)
            place = self.origin_after(m)
            if (
                ref is None
                or ref.label not in {"PER", "ORG"}
                or place is None
                or self.doc[m.end].lower_ != origin
                or ref.name in seen
            ):
                continue
            seen.add(ref.name)
            sent = m.sent
            said = span_text(self.doc, m.end, place.end)
            name = Part(
                "subject",
                ref.name,
                m.start_char,
                ref.label,
                first=True,
                proper=True,
                answer=ref.name,
                accepted=(ref.name, *ref.aliases),
                shared=True,
            )
            where = Part(
                "place",
                said,
                self.doc[m.end].idx,
                "LOC",
                prep=origin,
                answer=said,
                accepted=(said, place.text),
                surface=place.text,
                surface_start=place.start_char,
            )
            verb = self.lex.raw["origin_verb"]
            roles = tuple(self.roles([name, where], m.root))
            facts.append(
                Fact(
                    kind="event",
                    predicate=verb["lemma"],
                    roles=roles,
                    sentence=sent.text.strip(),
                    sentence_start=sent.start_char,
                    salience=-ORIGIN_PENALTY,
                    finite=verb["finite"],
                    tense="pres",
                    parts=(name, where),
                )
            )
        return facts

    def sentence_facts(self, told: Collection[int] = ()) -> list[Fact]:
        """Each name, date and number of a sound sentence, to blank out of it; not of the
        sentences starting at a token of ``told``."""
        facts: list[Fact] = []
        particles = set(self.lex.raw["name_particles"])
        for sent in self.doc.sents:
            words = [t for t in sent if not t.is_punct and not t.is_space]
            if (
                sent.start in told
                or not well_formed(sent)
                or asks(sent)
                or not MIN_SENTENCE_WORDS <= len(words) <= MAX_SENTENCE_WORDS
                or sum(t.text in QUOTES for t in sent) % 2
                or self.quote_runs_over(sent)
                or any(
                    t.dep_ == "det"
                    and t.lower_ in self.lex.distal_demonstratives
                    and t.head.pos_ == "NOUN"
                    for t in sent
                )
                or self.opens_pointing(sent)
                # "[Wie] na 2028 nog niet heeft meegedaan, kan …": a blank in a sentence that
                # opens with a question word reads as a question.
                or sent[0].lower_ in WH_OPENERS
            ):
                # Part of a quote that runs over several sentences; or "in dat jaar", "die
                # ploegleider", "[Deze] reactie …" opening it: a sentence that points back
                # leaves its blank unclear (not "dit jaar", from the article's day, nor "op
                # dit niveau").
                continue
            spans = [
                self.numbers_of_list(m) if label_of(m) in VALUE_LABELS else m
                for m in self.ents.mentions_in(sent)
                if label_of(m) in {"DATE", "TIME"}
                or (
                    label_of(m) in VALUE_LABELS
                    and any(is_number(t) for t in m)
                    and not self.titled_count(m)
                )
                or (label_of(m) in {"PER", "ORG", "LOC"} and any(proper_word(t) for t in m))
            ]
            taken = {t.i for m in spans for t in m}
            for t in sent:
                if t.i not in taken and is_score(t):
                    spans.append(self.doc[t.i : t.i + 1])
                    taken.add(t.i)
            for t in sent:
                if t.i in taken or not is_number(t):
                    continue
                counted = self.number_at_start(list(self.doc[t.i : min(t.i + 6, sent.end)]), "")
                if counted and self.titled_count(counted):
                    continue
                if counted:
                    span = self.numbers_of_list(self.doc[counted[0].i : counted[-1].i + 1])
                    spans.append(span)
                    taken.update(c.i for c in span)
                elif bare_count(t):
                    spans.append(self.doc[t.i : t.i + 1])
                    taken.add(t.i)
            cuts = tail_cuts(sent, self.lex.raw["negations"])
            # "Dat heeft de regering [maandag] bekendgemaakt.": when or where the sentence
            # before was said is not its news (who said it is).
            said = self.attribution(sent)
            for m in spans:
                if part_of_longer_name(m, particles) or in_brackets(m) or spelled_out(m):
                    continue
                if m[0].lower_ in self.lex.raw["one"] and label_of(m) not in {"DATE", "TIME"}:
                    # "op één plek": a count of one is no number to fill in.
                    continue
                if half_of_range(m, self.lex.raw["range_links"], self.lex.raw["between"]):
                    # "binnen drie tot [vijf jaar]": one end of a range is not its fact.
                    continue
                if bracketed(m) or joined_before(m):
                    # "(Antwerpen, 15 februari 1913 -- _____)", "jaren '_____", "1940 -
                    # _____": an aside, or half of a written form; no blank.
                    continue
                if label_of(m) in {"DATE", "TIME", "LOC"} and said:
                    continue
                aside = label_of(m) in {"DATE", "TIME", "LOC"} and self.when_said(m)
                if in_enumeration(m, spans) or any(self.quoted(t) for t in m):
                    continue
                if after_first_word(m) or self.known_set(m) or listed_after(m):
                    continue
                if self.portfolio(m) or in_dateline(m):
                    continue
                fact = self.sentence_fact(sent, m, cuts)
                if fact is not None and aside:
                    # When or where something was said is not its news: asked only when
                    # the text has nothing better left.
                    fact = replace(
                        fact, salience=fact.salience - SAID_WHEN_PENALTY, background=True
                    )
                if fact is not None:
                    facts.append(fact)
        return facts

    def titled_count(self, counted: Span | Sequence[Token]) -> bool:
        """ "het kookprogramma [1000 Seconden]": a number before a unit capitalised inside
        the sentence is a name, no amount (but "800 Lauruswinkels" counts shops)."""
        last = counted[-1]
        return last.is_title and not last.is_sent_start and last.lower_ in self.units

    @cached_property
    def units(self) -> frozenset[str]:
        """Words for what numbers count that are no name: "seconden", "jaar", "mensen"."""
        return frozenset({*self.lex.raw["uncountable_plurals"], *self.lex.raw["duration_units"]})

    def numbers_of_list(self, counted: Span) -> Span:
        """ "ongeveer [350] brandweerlieden, militairen en vrijwilligers": a number that counts
        a whole list of nouns is blanked alone (see :func:`counts_a_list`)."""
        if not counts_a_list(list(counted)):
            return counted
        numbers = [t for t in counted if is_number(t)]
        if not numbers:
            return counted
        return Span(self.doc, numbers[0].i, numbers[-1].i + 1, label=counted.label_)

    def opens_pointing(self, sent: Span) -> bool:
        """Whether the sentence opens with a demonstrative before a noun or adjective, in
        whatever the tagger made of it: "[Deze] reactie voedt …", "[Deze] laatste kreeg …"
        (not "Dit jaar …", counted from the article's day)."""
        first = sent[0]
        return (
            len(sent) > 1
            and first.lower_ in self.lex.raw["demonstratives"]
            and sent[1].pos_ in {"NOUN", "ADJ", "PROPN"}
            and not self.time_from_today(first)
        )

    def opening_pronoun(self, sent: Span) -> tuple[tuple[int, int, str], ...]:
        """ "[Hij] diende een motie in …": a person pronoun opening the sentence as its
        subject, with the name it stands for (see :meth:`resolve_pronoun`), for a blank to
        show the name; none when it stands for no one sure."""
        first = sent[0]
        if first.dep_ not in SUBJECT_DEPS:
            return ()
        ref = self.resolve_pronoun(first)
        return ((0, len(first.text), ref.name),) if ref is not None else ()

    def portfolio(self, m: Span) -> bool:
        """ "het ministerie van [Landbouw]", "zijn minister van [Buitenlandse Zaken]": a
        portfolio (the lexicon's ``portfolio_words``) is part of a ministry's or minister's
        name, no name to fill in on its own."""
        words = set(self.lex.raw["portfolio_words"])
        at = m.start - 1
        # ("van Infrastructuur en [Waterstaat]": the portfolio may be a list.)
        while at > 0 and (m.doc[at].text in words or m.doc[at].lower_ in {"en", ","}):
            at -= 1
        before = m.doc[at] if at >= 0 and m.start else None
        return (
            before is not None
            and before.lower_ in self.lex.raw["portfolio_prepositions"]
            and any(t.text in words for t in m)
            and all(t.text in words or t.is_punct or t.is_lower for t in m)
        )

    def when_said(self, m: Span) -> bool:
        """ "…, zei zij [dinsdag] [in Seoul]": when or where a thing was said is not news;
        but where the speaker is from is ("maakte het bedrijf uit [Leeuwarden] bekend", "de
        gemeenteraad van [Amstelveen] reageerde")."""
        before = m.doc[m.start - 1] if m.start else None
        if before is not None and before.lower_ == self.lex.raw["origin_preposition"]:
            return False
        verb = m.root.head
        path = [m.root]
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            path.append(verb)
            verb = verb.head
        return (
            verb.i != m.root.i
            and self.is_speech_verb(verb)
            and not self.writes_a_thing(list(verb.children))
            and not any(t.dep_ in SUBJECT_DEPS for t in path)
        )

    def attribution(self, sent: Span) -> bool:
        """ "Dat meldt het Witte Huis.", "Dat heeft de regering maandag bekendgemaakt.": a
        sentence that opens with a pointing "dat" or "dit" as the object of a verb of
        saying only says who told the sentence before; so does one where it is the subject
        of a verb of evidence (the lexicon's ``evidence_verbs``: "Dat bleek maandagochtend
        uit de definitieve uitslag")."""
        first = sent[0]
        pointing = self.lex.distal_demonstratives | set(self.lex.raw["near_demonstratives"])
        verb = first.head
        # "Dat heeft het bestuur maandag laten weten": the saying is "laten_weten", with
        # "weten" under "laten" or the other way round.
        pairs = {(verb.head, verb), *((verb, x) for x in verb.children if x.dep_ == "xcomp")}
        joined = any(f"{a.lemma_}_{b.lemma_}" in self.lex.speech_verbs for a, b in pairs)
        return (
            first.lower_ in pointing
            and verb.i != first.i
            and first.dep_ in {"obj", "nsubj", "ccomp"}
            and (
                self.is_speech_verb(verb)
                or joined
                # (The parser may hang "bleek" as a copula on the phrase after it.)
                or any(
                    v.lemma_ in self.lex.raw["evidence_verbs"]
                    for v in (verb, *(c for c in verb.children if c.dep_ == "cop"))
                )
            )
        )

    def known_set(self, m: Span) -> bool:
        """ "bij de [drie regeringen]", "de [twee regeringen]": a number after a definite
        article counts a set the text named before; as a blank it has many fillers ("beide
        landen", "drie regeringen")."""
        before = m.doc[m.start - 1] if m.start > 0 else None
        return (
            before is not None
            and before.lower_ in self.lex.raw["articles"].values()
            and is_number(m[0])
        )

    def sentence_fact(self, sent: Span, m: Span, cuts: Sequence[int]) -> Fact | None:
        label = label_of(m) or ("SCORE" if len(m) == 1 and is_score(m[0]) else "QUANTITY")
        answer, accepted = m.text, tuple[str, ...]((m.text,))
        if label in {"PER", "ORG", "LOC"}:
            ref = self.ents.referent(m)
            if ref is None or (label == "PER" and ref.label != "PER"):
                return None
            before = m.doc[m.start - 1] if m.start > 0 else None
            if (
                ref.label == "PER"
                and before is not None
                and (before.lower_ in self.lex.place_prepositions or before.pos_ == "DET")
            ):
                # "in Zelhem", "het Veldkamp College" tagged as a person: a wrong type would
                # give wrong options.
                return None
            label = ref.label
            accepted = tuple(dict.fromkeys([m.text, ref.name, *ref.aliases]))
        role = {
            "DATE": "time", "TIME": "time", "LOC": "place", "PER": "name", "ORG": "name",
            "SCORE": "score",
        }  # fmt: skip
        part = Part(
            role.get(label, "quantity"),
            m.text,
            m.start_char,
            label,
            proper=label in {"PER", "ORG", "LOC"},
            answer=answer,
            accepted=accepted,
            surface=m.text,
            surface_start=m.start_char,
        )
        shown = without_tail(sent, m, cuts)
        return Fact(
            kind="sentence",
            predicate="",
            roles=((part.role, Role(m.text, answer, label, m.start_char, m.end_char)),),
            sentence=shown,
            sentence_start=sent.start_char,
            parts=(part,),
            renamed=self.opening_pronoun(sent),
            asides=tuple((a, b) for a, b in self.asides(sent) if b <= len(shown.rstrip(".!?"))),
            # The main clause's phrases tell the sentence's news; a name or number deeper
            # down (in a relative clause, a remark, a modifier) its background.
            salience=-EMBEDDED_WEIGHT * max(0, depth(m.root) - 1),
        )


def work_quote(t: Token) -> bool:
    """Whether ``t`` is a quote mark around a work's title ('de film "El viento del sur"'),
    as quizgen.repair hangs it: on the title's first word, a MISC name in apposition to the
    noun right before the opening quote."""
    first = t.head
    return (
        t.dep_ == "punct"
        and first.ent_type_ == "MISC"
        and first.dep_ == "appos"
        and first.i >= 2
        and first.head.i == first.i - 2
        and t.i in {first.i - 1, first.right_edge.i}
    )


def names_its_domain(noun: Token) -> bool:
    """Whether a function noun names what it is of in front of it: "FNV-bestuurder",
    "GroenLinks-PvdA-leider" (not "oud-minister")."""
    name, _, _ = noun.text.rpartition("-")
    return any(ch.isupper() for ch in name)


def adjectives_only(m: Span) -> bool:
    """Whether a mention is only adjectives: "Noord-Koreaanse", "[Nationale Psychiatrische]"
    — of a name, no name."""
    return all(t.pos_ == "ADJ" for t in m)


def without_remarks(parts: list[Part], sent: Span, found: list[tuple[int, int]]) -> list[Part]:
    """The parts without the remarks set off by commas or brackets inside them (``found``,
    the sentence's asides): a question tells what it asks about, not all the text says of
    it ("Wanneer vond de beving plaats?", not "… de beving, met een kracht van 5,9 op de
    schaal van Richter, plaats?"). Their answers stay whole."""
    return [part_without_asides(p, sent.text, sent.start_char, found, set_off) or p for p in parts]


def set_off(aside: str) -> bool:
    """Whether an aside's text is a remark set off by a comma or brackets."""
    return aside.strip()[:1] in {",", "("}


def pick_asides(
    sentence: str,
    spans: Sequence[tuple[int, int]],
    cut: Callable[[str], bool],
    taken: Sequence[tuple[int, int]] = (),
) -> list[tuple[int, int]]:
    """The asides of ``sentence`` (``spans``) whose text ``cut`` chooses, the shortest first,
    none overlapping another or a span already ``taken``."""
    picked: list[tuple[int, int]] = []
    for a, b in sorted(spans, key=lambda span: span[1] - span[0]):
        if not any(a < y and x < b for x, y in [*taken, *picked]) and cut(sentence[a:b]):
            picked.append((a, b))
    return picked


def part_without_asides(
    part: Part,
    sentence: str,
    sentence_start: int,
    spans: Sequence[tuple[int, int]],
    cut: Callable[[str], bool],
) -> Part | None:
    """``part`` without the asides of its ``sentence`` (``spans``, offsets in it) inside it
    whose text ``cut`` chooses, the shortest first and none overlapping another; None when
    the part does not stand as in the sentence or nothing is cut. An aside at the part's
    end takes the comma or the remark in brackets after it along."""
    at = part.start - sentence_start
    end = at + len(part.text)
    if sentence[at:end].lower() != part.text.lower():
        return None
    after = sentence[end:]
    rest = after.lstrip()
    closing = end
    if rest[:1] == ",":
        closing = end + len(after) - len(rest) + 1
    elif rest[:1] == "(" and ")" in rest:
        # (A remark in brackets the part was told without: "Samira el H.[ (29)]".)
        closing = end + len(after) - len(rest) + rest.index(")") + 1
    inside = [(a, b) for a, b in spans if at <= a < end and b <= closing]
    cuts = [(a, min(b, end)) for a, b in pick_asides(sentence, inside, cut)]
    if not cuts:
        return None
    text = part.text
    for a, b in sorted(cuts, reverse=True):
        text = text[: a - at] + text[b - at :]
    return replace(part, text=text)


def asides(sent: Span, lex: Lexicon) -> list[tuple[int, int]]:
    """The phrases ``sent`` can do without (offsets in its text, with the space or comma
    before them): a noun's prepositional phrase right after it ("Onderzoekers[ van de
    Universiteit Leiden] hebben …"; not part of a name, "Ronde van Zwitserland", nor of a
    time, "in de nacht van dinsdag op woensdag", nor the one thing a bare noun has,
    "Commissaris van de Koning …", nor what a relative clause after it may be about), an
    apposition or a relative clause between commas ("De vervoerder[, het Duitse bedrijf
    DB Cargo,] heeft …") or in brackets ("[ (NWO)]"), a verb's date in the middle of its
    clause ("vond[ maandagnacht] om 3.24 uur plaats"). Each is a whole subtree no word
    outside depends on, and none opens the sentence or a main clause (its verb would come
    first)."""
    doc = sent.doc
    found: list[tuple[int, int]] = []
    root = sent.root
    if root.pos_ not in {"VERB", "AUX"} and not any(c.dep_ == "cop" for c in root.children):
        # No clause the parse could read: no telling what hangs on what.
        return found
    arcs = [(w.i, w.head.i) for w in sent if not w.is_punct]
    for t in sent:
        if t.dep_ in {"appos", "acl:relcl"} or in_own_brackets(t):
            remark = True
        elif (prepositional(t, set_off=True) and t.head.i < t.i and of_a_noun(t, lex)) or (
            dated(t)
        ):
            remark = False
        else:
            continue
        words = in_order(t)
        while words and words[0].is_punct:
            words.pop(0)
        # (Not the bracket that closes a remark inside: "… Samira el H. (29)".)
        while words and words[-1].is_punct and not closes_bracket(words):
            words.pop()
        if not words:
            continue
        first, last = words[0].i, words[-1].i
        if first <= sent.start or last + 1 >= sent.end:
            continue
        if any(
            e.start <= last and first < e.end and not first <= e.start < e.end <= last + 1
            for e in doc.ents
        ):
            continue
        if not remark and (
            any(
                w.text == "," or w.pos_ in {"VERB", "AUX", "CCONJ"} or w.dep_ == "conj"
                for w in doc[first : last + 1]
            )
            or (t.dep_ != "obl" and measure(t, lex))
            or words[-1].pos_ in {"ADP", "ADV"}
            or doc[last + 1].text == "("
        ):
            # A remark, a verb or a coordination inside: the phrase is more than a noun's
            # ("het Adrz [in Goes en het ZorgSaam Ziekenhuis in Terneuzen]"); a measure;
            # a particle of the verb that ends it ("de gebouwen [van OKC binnen]"); a
            # remark on it after it ("had [in augustus] (1991) plaats").
            continue
        if t.dep_ == "obl" and (
            doc[first - 1].lower_ in lex.raw["approximators"]
            or opens_main_clause(t, last)
            or doc[last + 1].pos_ in {"ADJ", "NOUN"}
        ):
            # "begon [even] na 7.00 uur": the adverb is the phrase's; "[Zondag] eindigt …"
            # opens its clause; "om 21.30 uur [Nederlandse tijd]" runs on.
            continue
        if any((first <= head <= last) != (first <= i <= last) and i != t.i for i, head in arcs):
            # A word outside hangs on one inside, or one inside on one outside.
            continue
        before, after = doc[first - 1], doc[last + 1]
        following = next((w for w in doc[last + 1 : sent.end] if not w.is_punct), None)
        if not remark and following is not None and relative(following, lex):
            continue
        if remark or before.text == ",":
            # (A phrase between commas goes with them: "De beving[, met een kracht van 5,9
            # …,] vond …".)
            if before.text == "(" and after.text == ")":
                first, last = first - 1, last + 1
            elif before.text == "," and after.text in {",", "."}:
                first, last = first - 1, last + (after.text == ",")
            else:
                continue
        start = doc[first - 1].idx + len(doc[first - 1].text)
        found.append((start - sent.start_char, doc[last].idx + len(doc[last]) - sent.start_char))
    return found


def without_remark_after_name(
    tokens: list[Token], mention_at: Callable[[Token], Span | None]
) -> list[Token]:
    """ "staatssecretaris Anouk van Dorsten[ (Toeslagen)]", "Jan Smit[, directeur van het
    bedrijf]": a phrase that goes on after a name with a remark in brackets to its end, or
    with the name's apposition after a comma, is that name's phrase."""
    for k in range(1, len(tokens) - 1):
        name = mention_at(tokens[k - 1])
        mark, rest = tokens[k], tokens[k + 1 :]
        if name is None or name.end != mark.i:
            continue
        if mark.text == "(" and tokens[-1].text == ")" and all(w.text != "(" for w in rest):
            # (One remark to the end: "Green (100 m), El-Guerrouj (1500 m) …" is a list.)
            return tokens[:k]
        appositions = [w for w in rest if w.dep_ == "appos" and name.start <= w.head.i < name.end]
        if (
            mark.text == ","
            and len(appositions) == 1
            # (A description, not another name: "Green, El-Guerrouj … en Kotova" is a list.)
            and appositions[0].pos_ == "NOUN"
            and not any(w.pos_ == "CCONJ" for w in rest)
            and all(w.i == appositions[0].i or appositions[0].is_ancestor(w) for w in rest)
        ):
            return tokens[:k]
    return tokens


def in_own_brackets(t: Token) -> bool:
    """Whether ``t``'s phrase stands alone in brackets after its head: "Anouk van Dorsten
    [(Toeslagen)]"."""
    doc = t.doc
    first, last = t.left_edge.i, t.right_edge.i
    return (
        t.head.i < first
        and first > 0
        and last + 1 < len(doc)
        and doc[first - 1].text == "("
        and doc[last + 1].text == ")"
    )


def closes_bracket(words: list[Token]) -> bool:
    """Whether the last of ``words`` closes a bracket opened among them."""
    return words[-1].text == ")" and any(w.text == "(" for w in words)


def numbered(tokens: list[Token]) -> bool:
    """Whether a number or a score is among ``tokens``: no part of a place ("in het stadion
    [met 2-0] van Polen", the parse having hung the clause's phrases on the place)."""
    return any(t.pos_ == "NUM" or SCORE.fullmatch(t.text) for t in tokens)


def dated(phrase: Token) -> bool:
    """Whether ``phrase`` is its verb's date or time ("vond [maandagnacht] … plaats", "die
    [op 29 juni] … begint"): a clause says the same without it."""
    return (
        phrase.dep_ == "obl"
        and phrase.head.pos_ in {"VERB", "AUX"}
        and phrase.ent_type_ in {"DATE", "TIME"}
    )


def opens_main_clause(phrase: Token, last: int) -> bool:
    """Whether ``phrase`` (ending at ``last``) is the first phrase of a main clause: its
    verb's finite verb follows it right away."""
    verb = phrase.head
    after = phrase.doc[last + 1] if last + 1 < len(phrase.doc) else None
    subordinate = verb.dep_ in {"acl:relcl", "acl", "advcl", "ccomp"} or any(
        c.dep_ == "mark" for c in verb.children
    )
    return after is not None and after.pos_ in {"VERB", "AUX"} and not subordinate


def of_a_noun(phrase: Token, lex: Lexicon) -> bool:
    """Whether the prepositional ``phrase`` modifies the noun it hangs on, right after it
    (the noun's own words between them), and that noun does without it: not a time's noun
    nor a bare singular one."""
    noun = phrase.head
    if noun.pos_ not in {"NOUN", "PROPN"} and noun.dep_ not in NOMINAL_DEPS:
        return False
    if noun.dep_ == "obj" and noun.head.lemma_ in lex.raw["light_verbs"]:
        # "deed een beroep [op de Pluspuntbank]": the verb and its noun take the phrase.
        return False
    between = noun.doc[noun.i + 1 : phrase.left_edge.i]
    if any(not noun.is_ancestor(w) for w in between):
        return False
    if noun.ent_type_ in {"DATE", "TIME"} or noun.lower_ in lex.raw["time_nouns"]:
        return False
    # ("18 jaar gevangenisstraf [voor de moord …]": a measure before it determines it too.)
    bare = not any(
        c.dep_ in {"det", "nmod:poss"} or (c.i < noun.i and any(is_number(w) for w in c.subtree))
        for c in noun.children
    )
    return not (noun.pos_ == "NOUN" and bare and "Plur" not in noun.morph.get("Number", []))


def measure(phrase: Token, lex: Lexicon) -> bool:
    """Whether the prepositional ``phrase`` is its noun's measure, "van" with a number ("een
    celstraf [van zes maanden]", "een vermogen [van 105 pk]"): the noun says little without."""
    first = phrase.left_edge
    return first.lower_ == lex.raw["title_of"] and any(is_number(w) for w in phrase.subtree)


def relative(tok: Token, lex: Lexicon) -> bool:
    """Whether ``tok`` opens a relative clause ("die", "dat", "waar")."""
    return "Rel" in tok.morph.get("PronType", []) or tok.lower_ in lex.raw["relative_pronouns"]


def prepositional(tok: Token, set_off: bool = False) -> bool:
    """Whether ``tok`` heads a phrase that opens with its own preposition ("[van] AZ"); not
    a bare number, whose noun stands elsewhere ("stijgen [van 240] naar 330 miljoen euro").
    ``set_off``: after the comma that may open it (", met een kracht van 5,9 …")."""
    first = min(
        (t for t in tok.subtree if not (set_off and t.is_punct)), key=lambda t: t.i, default=tok
    )
    return (
        tok.dep_ == "nmod" and tok.pos_ != "NUM" and first.dep_ == "case" and first.head.i == tok.i
    )


def in_order(tok: Token) -> list[Token]:
    """The words of ``tok``'s subtree in the text's order (a non-projective parse yields
    them out of it: "sprake [van overlobbying] was")."""
    return sorted(tok.subtree, key=lambda t: t.i)


def without_relative(tokens: list[Token]) -> list[Token]:
    """ "bij de DUO, die de aanvragen beoordeelt": a relative clause a comma sets off at
    the end of a constituent tells more about it; a question does without it."""
    inside = {t.i for t in tokens}
    for t in tokens:
        # The comma may be the clause's first word or stand right before it.
        comma = t.left_edge.i if t.left_edge.text == "," else t.left_edge.i - 1
        if (
            t.dep_ == "acl:relcl"
            and t.head.i in inside
            and comma in inside
            and t.doc[comma].text == ","
            and t.right_edge.i >= max(x.i for x in tokens if not x.is_punct)
        ):
            return [x for x in tokens if x.i < comma]
    return tokens


def depth(tok: Token) -> int:
    """How many arcs lie between ``tok`` and its sentence's root."""
    n = 0
    while tok.head.i != tok.i:
        tok, n = tok.head, n + 1
    return n


# What a comma or "en" may set off at the end of a sentence: a clause of its own
# ("…, meldt de organisatie", "… en legt de haven stil"), a relative clause, an apposition
# or an adverbial ("…, in aanwezigheid van vierhonderd genodigden").
OPENING_POS = {"ADP", "DET", "CCONJ", "SCONJ"}
DASHES = {"-", "–", "—", "--"}
TAIL_DEPS = {"conj", "parataxis", "acl:relcl", "acl", "advcl", "appos", "obl", "nmod"}


def without_tail(sent: Span, m: Span, cuts: Sequence[int] | None = None) -> str:
    """The sentence as a blank for ``m`` shows it: without the clauses and phrases set off at
    its end that ``m`` is not in, so that the blank does not show the names and numbers of
    another question about the same sentence ("De actie duurt _____." without "en legt alle
    terminals op de Maasvlakte stil"). ``cuts``: the sentence's :func:`tail_cuts`."""
    cuts = tail_cuts(sent) if cuts is None else cuts
    end = min((c for c in cuts if c >= m.end), default=sent.end)
    if end == sent.end:
        return sent.text.strip()
    return span_text(sent.doc, sent.start, end).rstrip(" ,;:") + "."


# What a verb takes, which a sentence cannot end without.
COMPLEMENTS = {"obj", "xcomp", "ccomp", "acl"}


def tail_cuts(sent: Span, negations: Collection[str] = ()) -> list[int]:
    """Where the sentence may end instead, from the end backwards: before each phrase set off
    at its end, as long as what stays is whole and soundly parsed — no word of it depends on
    the cut part, no quote and no insertion after the subject is left open ("Het festival,
    dat sinds 1998 bestaat" without the "had …" that follows), and the cut part does not
    open with a finite verb (whose first phrase would stay behind) or hold, without a verb
    of its own, a negation (the clause's: "erkent …, een bondgenoot van Chávez, [de
    overwinning niet]")."""
    cuts: list[int] = []
    end = sent.end
    # (A main verb "hebben" keeps what it has, however the parser hung it.)
    having = sent.root.lemma_ == lexicon(sent.doc.lang_).raw.get("have_verb")
    while (tail := tail_start(sent, end)) is not None:
        kept = sent.doc[sent.start : tail]
        words = [t for t in kept if not t.is_punct]
        commas = [t.i for t in kept if t.text == ","]
        cut = sent.doc[tail:end]
        opener = next((t for t in cut if not t.is_punct), None)
        closer = words[-1] if words else None
        # (", meldt het ministerie": a verb of saying; ", maten de wetenschappers …" after a
        # phrase the parser made the root is the main clause.)
        said = any(
            t.dep_ == "parataxis"
            and not tail <= t.head.i < end
            and verb_forms(t) & lexicon(sent.doc.lang_).speech_verbs
            for t in cut
        )
        if (
            len(words) < MIN_SENTENCE_WORDS
            # "de fototentoonstelling België-Holland [die], u raadt het al, …": what stays
            # does not end in a word that opens a phrase.
            or (closer is not None and self_opening(closer))
            # "…, maar toen de politie arriveerde, [waren] de daders al verdwenen": a tail
            # that opens with its finite verb has its first phrase before the cut, unless
            # it only says who said the rest (", meldt het ministerie").
            or (
                opener is not None
                and opener.pos_ in {"VERB", "AUX"}
                and is_finite(opener)
                and not said
            )
            or any(not sent.start <= t.head.i < tail or t.dep_ == "dep" for t in words)
            or sum(t.text in QUOTES for t in kept) % 2
            # "Gent heeft nog tot 1 september, wanneer …, [om een vervanger te vinden]":
            # what the main verb takes is no remark.
            or any(t.head.i == sent.root.i and t.dep_ in COMPLEMENTS for t in cut)
            or (having and not any(t.head.i == sent.root.i and t.dep_ in COMPLEMENTS for t in kept))
            or (
                any(t.lower_ in negations for t in cut)
                and not any(t.pos_ in {"VERB", "AUX"} for t in cut)
            )
            or (
                len(commas) % 2
                and not any(t.pos_ in {"VERB", "AUX"} for t in kept[: commas[0] - sent.start])
            )
        ):
            break
        cuts.append(tail)
        end = tail
    return cuts


def opens_sentence(word: Token) -> bool:
    """Whether ``word`` is its sentence's first, or the first after the quote that opens it
    ("[Regisseur] Ayla Demir heeft me overgehaald", in quotes): capitalised for that."""
    before = word.doc[word.i - 1] if word.i > 0 else None
    return bool(word.is_sent_start) or (
        before is not None and before.text in QUOTES | SINGLE_QUOTES and bool(before.is_sent_start)
    )


def self_opening(word: Token) -> bool:
    """Whether a sentence cannot end in ``word``: a preposition (not a verb's particle), an
    article, a conjunction, or a relative pronoun whose clause an insertion interrupts
    ("België-Holland [die], u raadt het al, over voetbal gaat")."""
    if word.pos_ in OPENING_POS and word.dep_ != "compound:prt":
        return True
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return word.lower_ in RELATIVES and after is not None and after.text == ","


def last_word(sent: Span, end: int) -> int:
    """The index of the last token before ``end`` that is not closing punctuation (a
    closing quote counts as a word: it belongs to what it closes)."""
    doc = sent.doc
    last = end - 1
    while last > sent.start and doc[last].is_punct and doc[last].text not in QUOTES:
        last -= 1
    return last


def tail_start(sent: Span, end: int) -> int | None:
    """Where the last phrase set off by a comma or "en"/"maar" begins that runs to ``end``
    (the sentence's final punctuation aside), or None."""
    doc = sent.doc
    last = last_word(sent, end)
    starts = []
    for d in doc[sent.start : last + 1]:
        left = d.left_edge.i
        if d.right_edge.i != last or d.head.i >= left or d.dep_ not in TAIL_DEPS:
            continue
        if d.dep_ == "advcl" and not any(c.dep_ == "mark" for c in d.children):
            # "werd de kerstmarkt, die …, [voortijdig gesloten]": a clause set off at the end
            # opens with its conjunction; without one it is the main clause's end.
            continue
        if d.dep_ == "conj" and (not has_finite(d) or verb_final(d)):
            # Only a main clause with its own finite verb is cut: not a list of things
            # ("4000 leerlingen en 600 docenten"), nor a second adverbial ("via Twitter en
            # in toespraken kleinerend toe", whose particle belongs to the first verb), nor
            # the end of a subordinate clause ("of in de tas blijft").
            continue
        for k in (left, left - 1):
            if doc[k].text == "," or (doc[k].pos_ == "CCONJ" and d.dep_ == "conj"):
                starts.append(k)
                break
    return max(starts, default=None)


def listed_after(m: Span) -> bool:
    """ "onderzoek naar [drie grote manen]: Ganymedes, Callisto en Europa": a count the
    sentence then spells out after a colon is given away by counting the list."""
    doc = m.doc
    if not is_number(m[0]) or m.end >= len(doc) or doc[m.end].text != ":":
        return False
    rest = doc[m.end + 1 : m.sent.end]
    return any(t.text == "," or t.dep_ == "cc" for t in rest)


def standing_for(
    ref: Referent, role: str, shown: str, start: int, prep: str, label: str, *, proper: bool
) -> Part:
    """The part a pronoun or a bare noun is in questions once read as the name it stands
    for (``shown``, with its preposition or article): answered with that name, nothing to
    blank out."""
    return Part(
        role,
        shown,
        start,
        label,
        proper=proper,
        prep=prep,
        answer=ref.name,
        accepted=(ref.name, *ref.aliases),
    )


def loosely_joined(conjunct: Token) -> bool:
    """Whether a conjunct is joined to what it is coordinated with by a coordinator of its
    own or by a punctuation mark before it."""
    doc = conjunct.doc
    start = conjunct.left_edge.i
    edge = [doc[start], *([doc[start - 1]] if start else [])]
    return bool(coordinators(conjunct)) or any(t.is_punct or t.pos_ == "CCONJ" for t in edge)


def half_of_range(m: Span, links: Collection[str], between: Collection[str]) -> bool:
    """Whether ``m`` is one end of a range of numbers: "drie tot [vijf jaar]", "[3] à 4
    keer", "tussen 10 en [12 procent]", "van 1 augustus [tot 31 maart]"."""
    doc = m.doc
    if m.start and m[0].lower_ in links:
        before = doc[m.start - 1]
        if before.like_num or before.ent_type_ in {"DATE", "TIME"}:
            return True

    def at(i: int) -> Token | None:
        return doc[i] if 0 <= i < len(doc) else None

    def link(i: int, number: int, opener: int) -> bool:
        word, num = at(i), at(number)
        if word is None or num is None or not num.like_num:
            return False
        if word.lower_ in links:
            return True
        first = at(opener)
        return word.lower_ == "en" and first is not None and first.lower_ in between

    return link(m.start - 1, m.start - 2, m.start - 3) or link(m.end, m.end + 1, m.start - 1)


def counts_a_list(counted: Sequence[Token]) -> bool:
    """Whether a number and its noun ("350 brandweerlieden") open a list of nouns without
    bare plurals (", militairen en vrijwilligers"), all of which it counts (not "164
    schilderijen en ruim driehonderd tekeningen", each counted, nor "twee woningen en
    verschillende vakantiereizen" or "7.00 uur, midden in de ochtendspits")."""
    noun = counted[-1]
    doc = noun.doc
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    conjuncts = [c for c in noun.children if c.dep_ == "conj"]
    return (
        after is not None
        and (after.text == "," or after.pos_ == "CCONJ")
        and plural_noun(noun)
        and bool(conjuncts)
        and all(
            plural_noun(c) and all(n.is_punct or n.pos_ == "CCONJ" for n in c.lefts)
            for c in conjuncts
        )
    )


def plural_noun(t: Token) -> bool:
    return t.pos_ == "NOUN" and "Plur" in t.morph.get("Number", [])


def in_enumeration(m: Span, spans: list[Span]) -> bool:
    """Whether ``m`` is one of a list of its kind ("in Nederland, Duitsland en België"): a
    blank there has no one right answer, as the list could have any order."""
    doc = m.doc

    def kind(span: Span) -> str:
        # Amounts are of one kind, whatever unit or label: "na 178 kilometer en vier
        # zware beklimmingen" is a list too; the scores of sets ("6-3, 7-5") another.
        label = label_of(span)
        if len(span) == 1 and is_score(span[0]):
            return "score"
        return "amount" if not label or label in AMOUNT_LABELS else label

    def end_of(span: Span) -> int:
        # A member may take a remark in brackets: "Paulina (3 uit 3), Dirk van 't Klooster
        # (4 uit 5) en Balentina".
        end = span.end
        if end < len(doc) and doc[end].text == "(":
            close = next(
                (k for k in range(end + 1, min(end + 8, len(doc))) if doc[k].text == ")"), None
            )
            return end if close is None else close + 1
        return end

    by_start = {s.start: s for s in spans}
    by_end = {end_of(s): s for s in spans}

    def joiner(i: int) -> bool:
        return 0 <= i < len(doc) and (doc[i].text == "," or doc[i].pos_ == "CCONJ")

    # The names, dates and numbers joined to ``m`` by commas and "en"/"of", of any kind (the
    # NER may label one member of a list otherwise).
    chain = [m]
    while joiner(chain[0].start - 1) and (prev := by_end.get(chain[0].start - 1)) is not None:
        chain.insert(0, prev)
    while joiner(end_of(chain[-1])) and (after := by_start.get(end_of(chain[-1]) + 1)) is not None:
        chain.append(after)
    closing = end_of(chain[-1]) < len(doc) and doc[end_of(chain[-1])].pos_ == "CCONJ"
    coordinated = any(doc[end_of(s)].pos_ == "CCONJ" for s in chain[:-1])
    # A list has three members, or ends in "en"/"of" ("in Nederland, Duitsland en België",
    # "Ganymedes, Callisto en [de maan] Europa"), or joins two of a kind; but one comma
    # between two amounts sets off a remark ("320.000 bezoekers, [5 procent meer dan
    # vorig jaar]").
    kinds = {kind(s) for s in chain}
    tail = doc[chain[-1].end :]
    rest = next((k for k, t in enumerate(tail) if t.is_punct), len(tail))
    # (A list's last member may take words before its "en": "97 moorden, [200 gevallen van
    # martelingen] en 100 verdwijningen".)
    remark = kinds == {"amount"} and not any(t.pos_ == "CCONJ" for t in tail[:rest])
    alike = len(kinds) == 1 and (coordinated or not remark)
    listed = len(chain) >= 3 or closing or alike
    joins = listed and len(chain) > 1

    def listing(i: int) -> bool:
        # "en"/"of", or a comma before a bare number that a joiner follows ("19, 22 en 24
        # jaar"; not "in 2:03.36, zeven seconden sneller dan …").
        return doc[i].pos_ == "CCONJ" or (
            doc[i].text == "," and i + 2 < len(doc) and is_number(doc[i + 1]) and joiner(i + 2)
        )

    # "twee mannen van 34 en [51 jaar]": a bare number joined to one that counts.
    numbers = (
        m.start >= 2 and listing(m.start - 1) and is_number(doc[m.start - 2]) and is_number(m[0])
    )
    joined = m.end + 1 < len(doc) and listing(m.end)
    # "door de gemeente, de [provincie] en woningcorporatie SSH": between a comma and "en" a
    # phrase is a list's member, whatever its neighbours are (between two commas it may be
    # an apposition: "De organisatie, [Extinction Rebellion], spreekt …").
    before = m.start - 1 if m.start >= 1 and doc[m.start - 1].pos_ != "DET" else m.start - 2
    between = (
        before >= 0 and doc[before].text == "," and m.end < len(doc) and doc[m.end].pos_ == "CCONJ"
    )
    return (
        joins
        or between
        or numbers
        # "[In 1994] en 2002": a number joined after it.
        or (joined and is_number(m[-1]) and is_number(doc[m.end + 1]))
    )


def after_first_word(m: Span) -> bool:
    """ "Tweede [Kamerlid Mohamed El Amrani]": a content word at the sentence start, capitalised
    anyway, may be the first word of the name; a blank right after it could cut the name.
    (A number is no name: "Ruim [zestig mensen]".)"""
    if m.start == 0 or label_of(m) in VALUE_LABELS:
        return False
    before = m.doc[m.start - 1]
    return bool(before.is_sent_start) and before.is_alpha and before.pos_ not in FUNCTION_POS


def in_apposition(token: Token, name: Span) -> bool:
    """Whether ``token`` belongs to an apposition of ``name`` ("…, hoofd van de delegatie,")."""
    while token.head.i != token.i:
        if token.dep_ == "appos" and name.start <= token.head.i < name.end:
            return True
        token = token.head
    return False


def _with_first(p: Part, first: bool) -> Part:
    """Mark the constituent before the finite verb; its capital is the sentence's, not its own."""
    if not first or p.proper or not p.text[:1].isupper():
        return replace(p, first=first)

    def lower(text: str) -> str:
        return text[:1].lower() + text[1:] if p.text.startswith(text[:1]) else text

    accepted = tuple(lower(a) if p.text.startswith(a) else a for a in p.accepted)
    answer = lower(p.answer) if p.text.startswith(p.answer) else p.answer
    return replace(p, first=True, answer=answer, accepted=accepted)


def separable(verb: Token, particles: Collection[str]) -> str:
    """The particle a finite verb-final verb starts with, where its lemma splits it off
    ("ingaan", lemma "in_gaan" → "in"; not "voorkomen", "aanvaarden"), else "". Where the
    lemma cut the verb elsewhere ("afneemt", lemma "afn_eemn": no infinitive ends in a
    consonant and "n"), the particle is the longest of ``particles`` its first part starts
    with ("af")."""
    particle, _, rest = verb.lemma_.partition("_")
    if not rest or any(c.dep_ == "compound:prt" for c in verb.children):
        return ""
    if len(rest) < 2 or rest[-1] != "n" or rest[-2] not in "aeiou":
        particle = max((p for p in particles if particle.startswith(p)), key=len, default="")
    return particle if verb.lower_.startswith(particle) and len(verb.text) > len(particle) else ""


def extract(doc: Doc, lang: str) -> Extraction:
    """All facts of a parsed document (parsed by quizgen.nlp's pipeline, repairs included)."""
    return FactExtractor(doc, lang).run()
