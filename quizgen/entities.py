"""Named entities of a document, with mentions of one referent grouped under one name.

"Trump" and "Donald Trump", "Kim" and "Kim Jong-un" are one person: a shorter name whose
words are the first or last words of a longer name of the same text is an alias of it.
The statistical NER is not consistent across mentions (Trump as PER here, MISC there), so
the group's label is voted over its mentions.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from quizgen.records import Entity

NAME_LABELS = ("PER", "ORG", "LOC", "MISC")
#: Rule labels: never grouped, never re-labelled.
VALUE_LABELS = ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL")
#: Value labels that count or measure: the answer of "hoeveel".
AMOUNT_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})
# An initial of a name: "H.", "J.P.".
INITIAL = re.compile(r"(?:[A-Z]\.)+")
# Official pipelines use OntoNotes labels: map them to the CoNLL ones quizgen reasons with.
LABEL_MAP = {"PERSON": "PER", "GPE": "LOC", "FAC": "LOC", "NORP": "MISC", "EVENT": "MISC"}
# The words before a surname that belong to it ("Femke de Boer", "Bart De Wever").
NAME_PARTICLES = {
    "de",
    "van",
    "der",
    "den",
    "ter",
    "ten",
    "te",
    "von",
    "di",
    "da",
    "du",
    "la",
    "le",
}
# Articles that some NER spans include ("het Witte Huis") but a name does not.
LEADING_ARTICLES = {"de", "het", "the"}


def label_of(span: Span) -> str:
    return LABEL_MAP.get(span.label_, span.label_)


def name_words(span: Span) -> tuple[str, ...]:
    words = [t.text for t in span]
    while words and words[0].lower() in LEADING_ARTICLES:
        words = words[1:]
    if words and words[0][:1].islower() and "-" in words[0]:
        # "[zaak-Hissene] Habré": a common noun joined to the name is no part of it.
        rest = words[0].split("-", 1)[1]
        words[0:1] = [rest] if rest[:1].isupper() else []
    return tuple(words)


def surname(short: tuple[str, ...], long: tuple[str, ...]) -> tuple[str, ...]:
    """ "De Boer" for the "[De] Boer" of "Femke de Boer": a last name said alone takes the
    lowercase words before it in the full name, the first capitalised, as Dutch writes it
    (the article-stripping of ``name_words`` dropped the "De")."""
    n = len(short)
    if len(long) <= n or _fold(short) != _fold(long[-n:]):
        return short
    k = len(long) - n
    while k > 1 and (long[k - 1].islower() or long[k - 1].lower() in NAME_PARTICLES):
        k -= 1
    particles = list(long[k : len(long) - n])
    if not particles:
        return short
    return (particles[0].capitalize(), *particles[1:], *short)


def named_after_a_person(m: Span) -> bool:
    """ "De Rosalind Franklin moet …", "de Karel Doorman", "de [Geul]": a name with an
    article of its own names a thing (a rover, a ship, a river), even when named after
    someone; a person's name takes none (a surname's "de" is capitalised without the first
    name: "De Groot")."""
    doc = m.doc
    before = doc[m.start - 1] if m.start > 0 else None
    return (
        label_of(m) == "PER"
        and before is not None
        and before.lower_ in LEADING_ARTICLES
        and not before.ent_type_
        and (len(m) >= 2 or before.is_lower)
    )


# "Universiteit van Amsterdam", "Jong van de Museumnacht": what follows these in a name is
# what the name is of or for, another name, not a short form of it.
OF_WORDS = {"van", "voor", "of", "for"}


def alias_of(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether the name ``short`` is a short form of ``long``: its first or last words
    ("Kim" of "Kim Jong-un", "Trump" of "Donald Trump"), but not what ``long`` is of or
    for ("Amsterdam" of "Universiteit van Amsterdam")."""
    n = len(short)
    if len(long) <= n:
        return False
    if _fold(short) == _fold(long[:n]):
        return True
    before = [w.lower() for w in long[:-n]]
    while before and before[-1] in LEADING_ARTICLES | {"der", "den"}:
        before.pop()
    return _fold(short) == _fold(long[-n:]) and not (before and before[-1] in OF_WORDS)


def _fold(words: tuple[str, ...]) -> tuple[str, ...]:
    """ "Van der Laan" at the start of a sentence is "Erik van der Laan"'s "van der Laan"."""
    return tuple(w.casefold() for w in words)


@dataclass(frozen=True)
class Referent:
    name: str
    label: str
    aliases: tuple[str, ...]
    count: int
    first: int


class EntityIndex:
    """Referents of a document and which token belongs to which mention."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.mentions: list[Span] = [
            e for e in doc.ents if label_of(e) in NAME_LABELS and any(c.isalpha() for c in e.text)
        ]
        self.values: list[Span] = [e for e in doc.ents if label_of(e) in VALUE_LABELS]
        words = {name_words(m) for m in self.mentions if name_words(m)}
        tagged: dict[tuple[str, ...], set[str]] = {}
        for m in self.mentions:
            tagged.setdefault(name_words(m), set()).add(label_of(m))
        canon: dict[tuple[str, ...], tuple[str, ...]] = {}
        for w in sorted(words, key=lambda x: (-len(x), x)):
            # ("Zwolle", a place, is not "PEC Zwolle", a club named after it.)
            longer = [
                c
                for c in canon.values()
                if alias_of(w, c) and not (tagged.get(w) == {"LOC"} and tagged.get(c) == {"ORG"})
            ]
            canon[w] = min(longer, key=lambda c: (-len(c), c)) if longer else w
        # A short name that is the alias of two different long names is ambiguous: keep it apart.
        for w in list(canon):
            fits = {c for c in canon.values() if alias_of(w, c)}
            if len({canon[c] for c in fits}) > 1:
                canon[w] = w
        # "het Centraal Bureau voor de Statistiek (CBS)": the abbreviation in brackets right
        # after a name is another name of its referent.
        ends = {m.end: m for m in self.mentions}
        for m in self.mentions:
            long = ends.get(m.start - 1)
            w = name_words(m)
            if (
                long is not None
                and len(m) == 1
                and m.start >= 1
                and m.end < len(doc)
                and doc[m.start - 1].text == "("
                and doc[m.end].text == ")"
                and canon.get(w) == w
                and name_words(long) in canon
            ):
                canon[w] = canon[name_words(long)]
        self._canon = canon
        # A person's short name stands for the full one given before it ("Trump" after
        # "Donald Trump"); before the full name is first given, it is someone or something
        # else ("de Belgische bierbrouwer [Van Damme]" before "directeur Pieter Van
        # Damme"). (Not so for other names, which the NER often cuts short at first: "PEC
        # [Zwolle]" opening the text.)
        self._first: dict[tuple[str, ...], int] = {}
        for m in self.mentions:
            if label_of(m) == "PER":
                self._first.setdefault(name_words(m), m.start)
        full: dict[tuple[str, ...], Counter[str]] = {}
        labels: dict[tuple[str, ...], Counter[str]] = {}
        counts: Counter[tuple[str, ...]] = Counter()
        first: dict[tuple[str, ...], int] = {}
        aliases: dict[tuple[str, ...], set[str]] = {}
        things: set[tuple[str, ...]] = set()
        for m in self.mentions:
            key = self._key(m)
            if key is None:
                continue
            if named_after_a_person(m):
                things.add(key)
            labels.setdefault(key, Counter())[label_of(m)] += 1
            full.setdefault(key, Counter())
            if name_words(m) == key:
                full[key][label_of(m)] += 1
            counts[key] += 1
            first.setdefault(key, m.start_char)
            aliases.setdefault(key, set()).add(" ".join(surname(name_words(m), key)))
        self.referents: dict[tuple[str, ...], Referent] = {}
        for key, votes in labels.items():
            # The NER reads a name in full more reliably than a surname alone ("Verhoeven"
            # may be a place): the full mentions decide, the others break their ties. MISC
            # is the NER's fallback: any concrete type voted for wins over it.
            decided = Counter({k: v for k, v in full[key].items() if k != "MISC"})
            concrete = decided or Counter({k: v for k, v in votes.items() if k != "MISC"})
            ranked = sorted((concrete or votes).items(), key=lambda kv: (-kv[1], -votes[kv[0]]))
            label = ranked[0][0]
            if label == "PER" and key in things:
                label = "MISC"
            name = self._join(key)
            self.referents[key] = Referent(
                name, label, tuple(sorted(aliases[key] - {name})), counts[key], first[key]
            )
        #: Names the text itself shows to be people (a function, a quote): the extractor
        #: fills this; pronouns and wrong options prefer them over what the NER merely
        #: labelled PER.
        self.persons: set[str] = set()
        self._sent_starts = (
            [s.start for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
        )
        self._token_mention: dict[int, Span] = {}
        for m in self.mentions + self.values:
            for t in m:
                self._token_mention[t.i] = m

    def _join(self, words: tuple[str, ...]) -> str:
        return " ".join(words)

    def mention_at(self, token: Token) -> Span | None:
        return self._token_mention.get(token.i)

    def make_person(self, ref: Referent) -> Referent:
        """Relabel ``ref`` PER: the text shows it is a person the NER labelled otherwise."""
        key = next(k for k, r in self.referents.items() if r is ref)
        self.referents[key] = replace(ref, label="PER")
        return self.referents[key]

    def _key(self, mention: Span) -> tuple[str, ...] | None:
        words = name_words(mention)
        key = self._canon.get(words)
        if key is not None and key != words and mention.start < self._first.get(key, 0):
            return words
        return key

    def referent(self, mention: Span) -> Referent | None:
        key = self._key(mention)
        return self.referents.get(key) if key else None

    def mentions_in(self, tokens: Iterable[Token]) -> list[Span]:
        seen: list[Span] = []
        for t in tokens:
            m = self._token_mention.get(t.i)
            if m is not None and m not in seen:
                seen.append(m)
        return seen

    def last_person_before(self, token: Token, window_sents: int = 2) -> Referent | None:
        """The referent a personal pronoun most likely means: the last person named before it."""
        sent_starts = [s for s in self._sent_starts if s <= token.i]
        limit = sent_starts[-window_sents - 1] if len(sent_starts) > window_sents else 0
        found: list[Referent] = []
        for m in self.mentions:
            if limit <= m.start and m.end <= token.i:
                ref = self.referent(m)
                if ref is not None and ref.label == "PER":
                    found.append(ref)
        sure = [r for r in found if r.name in self.persons]
        pick = sure or found
        return pick[-1] if pick else None

    def only_person_before(self, token: Token, window_sents: int = 2) -> Referent | None:
        """The person the last sentences name before ``token``, when they name one only: a
        pronoun that says nothing of gender ("ze" for "Petra Molenaar" after "Andries
        Heidema" was named) cannot choose between two."""
        last = self.last_person_before(token, window_sents)
        if last is None or (" " not in last.name and last.name not in self.persons):
            # A person is introduced by a full name: a one-word "person" is more often a
            # place or thing the NER mislabelled ("de lanceerbasis in Kourou").
            return None
        sent_starts = [s for s in self._sent_starts if s <= token.i]
        limit = sent_starts[-window_sents - 1] if len(sent_starts) > window_sents else 0
        others = {
            ref.name
            for m in self.mentions
            if limit <= m.start
            and m.end <= token.i
            and (ref := self.referent(m)) is not None
            and ref.label == "PER"
        }
        if others <= {last.name}:
            return last
        subjects = {"nsubj", "nsubj:pass"}

        def subject(t: Token) -> bool:
            # ("[Minister …] Jeroen Smits noemde …": the name as its title's apposition.)
            return t.dep_ in subjects or (t.dep_ in {"appos", "flat"} and t.head.dep_ in subjects)

        if token.dep_ in subjects:
            # Several people: in its own sentence a subject pronoun carries on the subject of
            # the clause before it ("Trainer René Koster noemde de kaart voor Meulenbelt te
            # streng, maar [hij] gaf toe …"), if that is a person.
            earlier = [
                t for t in self.doc[token.sent.start : token.i]
                if subject(t) and t.head.i != token.head.i
            ]  # fmt: skip
            last_subject = earlier[-1] if earlier else None
            # (Or the name right after it: "[Trainer] René Koster".)
            mention = (
                self.mention_at(last_subject) or self.mention_at(self.doc[last_subject.i + 1])
                if last_subject is not None
                else None
            )
            ref = self.referent(mention) if mention is not None else None
            if ref is not None and ref.label == "PER" and ref.name in others:
                return ref
        # Several people: the subject of the sentence before still carries on as "ze"
        # ("Molenaar was eerder wethouder …. Ze noemt …").
        before = [s for s in self._sent_starts if s < token.i]
        if token.sent.start in before:
            before.remove(token.sent.start)
        if not before:
            return None
        start = before[-1]
        for m in self.mentions:
            if start <= m.start < token.sent.start and subject(m.root):
                ref = self.referent(m)
                if ref is not None and ref.name == last.name:
                    return last
        return None

    def words_before(self, name: str, pos: str = "") -> set[str]:
        """The words (of part of speech ``pos``, if given) the text puts right before a name,
        over all mentions of its referent: "de" or "het" (whether "de _____" can take it),
        or a noun that says what kind of thing it is ("het tijdschrift Nature Microbiology",
        "de regio Umbrië")."""
        ref = next((r for r in self.referents.values() if name in (r.name, *r.aliases)), None)
        before = self._preceding.get(ref.name, []) if ref is not None else []
        return {t.lower_ for t in before if not pos or t.pos_ == pos}

    def kind_words(self, name: str) -> set[str]:
        """The nouns the text puts right before a name: "plastic" of "het veelgebruikte
        plastic PET" (also where the tagger took it for a verb, as a word after an article
        or adjective heads a noun phrase), "kilo" of "340 miljoen kilo PET"."""
        ref = next((r for r in self.referents.values() if name in (r.name, *r.aliases)), None)
        before = self._preceding.get(ref.name, []) if ref is not None else []
        return {
            t.lower_
            for t in before
            if t.is_alpha
            and (
                t.pos_ in {"NOUN", "SYM"}
                or (t.i > 0 and t.doc[t.i - 1].pos_ in {"DET", "ADJ", "NUM"} and t.is_lower)
            )
        }

    @cached_property
    def _preceding(self) -> dict[str, list[Token]]:
        """The token before each mention, by its referent's name (read once, for options)."""
        out: dict[str, list[Token]] = {}
        for m in self.mentions:
            ref = self.referent(m)
            if ref is not None and m.start > 0:
                out.setdefault(ref.name, []).append(m.doc[m.start - 1])
        return out

    def people(self) -> list[Referent]:
        """PER referents the text shows to be people (with a function, or speaking): the NER
        also labels clubs, firms and partial names PER, which make wrong options."""
        return [r for r in self.by_label("PER") if r.name in self.persons]

    def by_label(self, label: str) -> list[Referent]:
        return sorted(
            (r for r in self.referents.values() if r.label == label),
            key=lambda r: (-r.count, r.first),
        )

    def records(self) -> tuple[Entity, ...]:
        out = []
        for m in sorted(self.mentions + self.values, key=lambda s: s.start_char):
            ref = self.referent(m) if label_of(m) in NAME_LABELS else None
            out.append(Entity(m.text, ref.label if ref else label_of(m), m.start_char, m.end_char))
        return tuple(out)
