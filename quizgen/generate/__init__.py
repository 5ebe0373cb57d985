"""Facts → questions: over-generate candidates, gate them, rank them, give each a kind.

Every candidate is one question about one constituent of one fact. The quality gate drops
what a teacher would strike out: a question that holds its answer, an answer that is only
a pronoun, questions too short or too long to read, and a second question about the same
answer in the same sentence. The rest is ranked by how central the fact is to the text,
and each question takes the kind (open, multiple choice, fill-in, true/false) that it can
be made into well, keeping the kinds mixed.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from types import ModuleType

from quizgen.entities import AMOUNT_LABELS, EntityIndex
from quizgen.extract import Extraction, part_without_asides, pick_asides
from quizgen.generate.distractors import distractors, leading_number, number_value
from quizgen.generate.text import (
    contains_forms,
    contains_words,
    core,
    norm,
    titles_of_names,
    word_before_blank,
    words,
    words_before_blank,
)
from quizgen.lang.base import Asked, dateline
from quizgen.records import BLANK, FALSE, TRUE, Fact, MatchPair, Part, Question, QuestionKind

DEFAULT_MAX = 12
MIN_WORDS, MAX_WORDS = 4, 22
MAX_ANSWER_WORDS = 8
# "Waarom …? — omdat er nog geen geneesmiddel bestaat dat de ziekte stopt": a reason is a
# clause, asked open.
MAX_REASON_WORDS = 12
THIN_ANSWER_WORDS = 2
# A noun this long is a compound that tells a reason by itself ("explosiegevaar").
COMPOUND_LETTERS = 12
MAX_CLOZE_WORDS = 40
# A blank in a sentence is easier to make than a good wh-question about the same fact:
# where both exist, the wh-question wins.
BLANK_PENALTY = 1.0
# More than two questions about one sentence (three about the lead), or with one answer,
# make a worksheet repetitive.
PER_SENTENCE = 2
PER_ANSWER = 2
# A name the text gives this often, more than any other, is its topic.
TOPIC_MENTIONS = 3
# An event in a matching question is a short statement without its date.
MAX_EVENT_WORDS = 12
# How far below the least of its sentence's other questions a "Volgens wie …?" is ranked.
SOURCE_BELOW = 0.01
CONTENT_WORD = 6
DENSITY = 0.3
ROLE_WEIGHT = {
    "subject": 3.0, "object": 2.6, "agent": 2.8, "time": 3.1, "place": 2.2, "source": 1.6,
    "cause": 2.0, "recipient": 2.0, "party": 1.8, "person": 1.9, "function": 1.6, "quantity": 2.4,
    "name": 2.4, "score": 2.4, "compared time": 1.8,
}  # fmt: skip
# "dinsdag", "vorig jaar": a time that only points from the article's day says less than
# the number or name its sentence tells, so it is asked only when nothing better is there.
RELATIVE_TIME_WEIGHT = 1.8
# A news text's facts are its names, dates and numbers: "de schade", "zijn debuut" as an
# answer checks reading more than knowledge of the facts.
UNNAMED_PENALTY = 0.8
# A former function ("oud-schaatser") ranks below a current one of the same person.
FORMER_PENALTY = 0.3
GUESSABLE = 0.6
# "Welke luchtvaartmaatschappij schrapt 1500 banen? — KLM" in a text about KLM is guessed
# without reading; the number its clause tells is the news.
TOPIC_SUBJECT_PENALTY = 0.6
# A blank where the value the sentence replaces stood ranks below the new value's.
REPLACED_PENALTY = 1.0
# What each kind of fact makes a good question of: a wh-question is best asked open or
# with options, a sentence with a name or number in it is best blanked out.
KIND_FIT: dict[str, set[QuestionKind]] = {
    "event": {"short_answer", "multiple_choice"},
    "title": {"short_answer", "multiple_choice"},
    "sentence": {"cloze", "multiple_choice", "true_false"},
}
# The mix of kinds a worksheet aims at: each question takes the kind, of those that suit
# it, that is furthest below its share so far.
KIND_SHARE: dict[QuestionKind, float] = {
    "short_answer": 0.4, "multiple_choice": 0.35, "cloze": 0.15, "true_false": 0.1,
}  # fmt: skip
# An answer that is only a pronoun or a pointing word says nothing without its sentence.
PRONOUNS = {
    "hij", "zij", "ze", "het", "hem", "haar", "zich", "dat", "dit", "die", "deze", "er", "men",
    "niets", "niks", "niemand", "iets", "iemand", "alles", "iedereen",
    "he", "she", "it", "him", "her", "they", "that", "this", "these", "those", "there",
    "nothing", "nobody", "something", "someone", "everything", "everyone",
}  # fmt: skip
# An object pronoun points at someone the question does not name.
POINTING_OBJECTS = {"hem", "hen", "him", "them"}
# So does a plural possessive, unless the question names a group it stands for ("Met
# hoeveel procent daalde hun omzet?", but "… van hun bedrijf krijgen boeren die …?").
PLURAL_POSSESSIVES = {"hun", "their"}
# A singular one needs a singular subject it can be of ("Wanneer brak de keeper [zijn]
# enkel?"); with none, or a plural one, it points back into the text ("Hoeveel mensen
# werden in [zijn] dorp … gehaald?": whose?).
SINGULAR_POSSESSIVES = {"zijn", "haar", "his", "her"}
# Words that open a pair of coordinated phrases and need the word of the second.
CORRELATIVES = (("zowel", "als"), ("either", "or"), ("neither", "nor"))
# "de eigen bieren": own, of someone the phrase does not name.
OWNERLESS = (("de", "eigen"), ("het", "eigen"))
# Words that share an amount out over the subject ("elk twee toestellen").
DISTRIBUTIVES = {"elk", "ieder", "elke", "iedere", "each"}
# A question in the first or second person comes from a quote: whose "we" is it?
SPEAKER_WORDS = {
    "ik", "me", "mij", "mijn", "we", "wij", "ons", "onze", "jij", "je", "jou", "jouw", "u",
    "jullie", "i", "my", "us", "our", "you", "your",
}  # fmt: skip


@dataclass(frozen=True)
class Candidate:
    fact: Fact
    asked: Asked
    label: str
    part: Part | None
    index: int
    topic: str
    score: float
    # What a blank's sentence leaves out (offsets in the sentence): a dateline, a function
    # the matching question asks before its person's name.
    cuts: tuple[tuple[int, int], ...] = ()
    # The clause's phrases a wh-question leaves out (indices in its parts), as a statement
    # of the clause does too.
    omitted: frozenset[int] = frozenset()


def shown_sentence(c: Candidate) -> tuple[str, int]:
    """The sentence of a blank as the question shows it (without ``c.cuts``, with the names
    of ``c.fact.renamed``), and where the blank's part starts in it."""
    assert c.part is not None
    sent = c.fact.sentence
    at = c.part.surface_start - c.fact.sentence_start
    edits = sorted([*((start, end, "") for start, end in c.cuts), *c.fact.renamed], reverse=True)
    for start, end, text in edits:
        sent = sent[:start] + text + sent[end:]
        if end <= at:
            at += len(text) - (end - start)
    return sent, at


def blanked(c: Candidate) -> str:
    """The prompt of a blank: its sentence as shown, with the part left open."""
    assert c.part is not None
    sent, at = shown_sentence(c)
    return sent[:at] + BLANK + sent[at + len(c.part.surface) :]


def mention_counts(ents: EntityIndex) -> dict[str, int]:
    """How often the text names each referent, by normalised name."""
    counts: dict[str, int] = {}
    for ref in ents.referents.values():
        counts.setdefault(norm(ref.name), ref.count)
    return counts


def salience(
    fact: Fact,
    topic: str,
    answer: str,
    label: str,
    counts: dict[str, int],
    rank: float,
    lang: ModuleType,
) -> float:
    """Central facts first: important roles, often-named participants, the lead of the
    article; a time only when it names a moment in the calendar; a name, date or number
    (``label``) before a common noun phrase."""
    # A passive's subject is what the active's object would be: who undergoes it; its
    # "door" phrase, put last, is the news.
    weight = ROLE_WEIGHT.get("object" if topic == "subject" and fact.passive else topic, 1.0)
    if topic == "time" and (
        not lang.anchored_time(answer) or answer.split(" ", 1)[0] in lang.BOUNDS
    ):
        # "sinds januari", "tussen 2018 en 2021" bound a state or a span; the news is what
        # they bound.
        weight = RELATIVE_TIME_WEIGHT
    if not label:
        weight -= UNNAMED_PENALTY
    # How central the fact is: how often the text names its most-named participant.
    participants = (answer, *(p.answer for p in fact.parts))
    freq = math.log1p(max(counts.get(norm(a), 1) for a in participants))
    named = sum(1 for p in fact.parts if p.label in {"PER", "ORG", "LOC"})
    return round(weight + 0.6 * freq + 0.2 * min(named, 3) + 1.2 * (1.0 - rank) + fact.salience, 6)


def candidates(extraction: Extraction, lang: ModuleType) -> list[Candidate]:
    facts = extraction.facts
    starts = sorted({f.sentence_start for f in facts})
    out: list[Candidate] = []
    counts = mention_counts(extraction.entities)
    # A sentence that holds many facts (names, dates, numbers) is a key sentence.
    density = Counter(f.sentence_start for f in facts)
    named: dict[int, list[str]] = {}
    for f in facts:
        named.setdefault(f.sentence_start, []).extend(p.answer for p in f.parts)
    # "Wie is de Vlaamse minister?" asked of two people has two answers: of neither.
    titles = {k: lang.title_questions(f) for k, f in enumerate(facts) if f.kind == "title"}
    holders: dict[str, set[str]] = {}
    for asked_titles in titles.values():
        for topic, asked in asked_titles:
            if topic == "person":
                holders.setdefault(norm(asked.prompt), set()).add(core(asked.answer))
    most = max(counts.values(), default=0)
    # The sentences with a number to blank out.
    quantified = {
        f.sentence_start for f in facts if f.kind == "sentence" and f.parts[0].role == "quantity"
    }
    for k, fact in enumerate(facts):
        rank = starts.index(fact.sentence_start) / max(len(starts), 1)
        rank -= DENSITY * math.log1p(density[fact.sentence_start])
        if fact.kind == "title":
            person = fact.role("agent")
            for topic, asked in titles[k]:
                if topic == "person" and len(holders[norm(asked.prompt)]) > 1:
                    continue
                label = "PER" if topic == "person" else "ROLE"
                score = salience(
                    fact, topic, person.answer if person else "", label, counts, rank, lang
                )
                if topic == "function" and len(asked.answer.split()) == 1:
                    # "Welke functie heeft Sanne Brouwer? — directeur": of what? One noun
                    # says little; its sentence's number or name says more.
                    score -= UNNAMED_PENALTY
                if topic == "function" and asked.answer.lower().startswith(lang.FORMER):
                    # "zijn coach, [oud-schaatser] Gerard Mulder": what someone was is asked
                    # after what they are.
                    score -= FORMER_PENALTY
                out.append(Candidate(fact, asked, label, None, -1, topic, score))
            continue
        if fact.kind == "sentence":
            part = fact.parts[0]
            opener = dateline(fact.sentence)
            cuts = (
                (opener,)
                if opener and part.surface_start - fact.sentence_start >= opener[1]
                else ()
            )
            blank = Candidate(
                fact,
                Asked("", part.answer, part.accepted),
                part.label,
                part,
                0,
                part.role,
                0.0,
                cuts,
            )
            prompt = blanked(blank)
            # A blank is as central as its sentence; a name the text keeps naming is its
            # topic, guessed without reading ("Volgens het _____ moesten 23 patiënten …").
            told = named.get(fact.sentence_start, [])
            central = replace(fact, parts=tuple(Part("name", a, 0, answer=a) for a in told))
            # "bijna twee keer zoveel als [in 2023]": the year compared with is not when
            # the sentence's news happened.
            compared = part.role == "time" and word_before_blank(prompt) in lang.COMPARED
            # "[In 1990] waren er nog 672, nu zijn het er 342": a time that opens a sentence
            # with a number sets the scene for the number, the news.
            framed = (
                part.role == "time"
                and fact.sentence_start in quantified
                and prompt.startswith(BLANK)
            )
            topic = "compared time" if compared or framed else part.role
            score = salience(central, topic, part.answer, part.label, counts, rank, lang)
            # (By the referent's name: "Van der Laan" is "Erik van der Laan".)
            named_times = max(counts.get(norm(a), 0) for a in (part.answer, *part.accepted))
            score -= GUESSABLE * math.log1p(named_times)
            if replaced_value(prompt, lang):
                # "In plaats van _____ sluit de expo nu op 22 maart": the old value; the new
                # one is the news.
                score -= REPLACED_PENALTY
            asked = replace(blank.asked, prompt=prompt)
            out.append(replace(blank, asked=asked, score=score - BLANK_PENALTY))
            continue
        counted = any(p.label in AMOUNT_LABELS for p in fact.parts)
        for i, part in enumerate(fact.parts):
            if part.role == "verb" or part.role == "other" or part.shared:
                continue
            asked = lang.question(fact, i)
            if asked is None:
                continue
            # ("getroffen door een zware hittegolf": a cause, though the passive's "door".)
            topic = "cause" if lang.caused_by(part) else part.role
            if lang.holds_opinion(fact, part):
                topic = "source"
            score = salience(fact, topic, asked.answer, part.label, counts, rank, lang)
            mentions = counts.get(norm(part.answer), 0)
            if counted and part.role == "subject" and mentions == most >= TOPIC_MENTIONS:
                score -= TOPIC_SUBJECT_PENALTY
            if lang.unnamed_person(part):
                # "Wie werd levend uit het puin gehaald? — een meisje van zeven jaar": who
                # it happened to is the news, named or not.
                score += UNNAMED_PENALTY
            out.append(Candidate(fact, asked, part.label, part, i, topic, score))
    return out


def replaced_value(prompt: str, lang: ModuleType) -> bool:
    """Whether a blank stands where the value the sentence replaces stood ("in plaats van
    _____")."""
    instead: tuple[str, ...] = lang.INSTEAD_OF
    return tuple(words_before_blank(prompt)[-len(instead) :]) == instead


def content_words(prompt: str) -> set[str]:
    """The long words of a prompt, where what it is about shows (short ones are function
    words)."""
    return {w for w in words(prompt) if len(w) >= CONTENT_WORD and w.isalpha()}


def common_words(prompt: str) -> set[str]:
    """The long lowercase words of a prompt: what it says of its names, not the names (the
    article's topic is in many questions)."""
    found = (w.strip(".,;:?!\"'()") for w in prompt.split())
    return {w for w in found if w.islower() and w.isalpha() and len(w) >= CONTENT_WORD}


def bare_answer(c: Candidate) -> str:
    """The answer without the preposition of its phrase, which the question word holds."""
    answer = c.asked.answer
    return (
        answer.split(" ", 1)[1] if c.part is not None and c.part.prep and " " in answer else answer
    )


def passes_gate(c: Candidate) -> bool:
    prompt, answer = c.asked.prompt, c.asked.answer
    said = set(words(prompt))
    longest = MAX_CLOZE_WORDS if c.fact.kind == "sentence" else MAX_WORDS
    if not (MIN_WORDS <= len(words(prompt)) <= longest):
        return False
    if not answer.strip() or core(answer) in PRONOUNS or not core(answer):
        return False
    if c.fact.kind == "event" and words(answer)[:1] and words(answer)[0] in DISTRIBUTIVES:
        # "Wat stuurden Spanje en Italië? — elk twee toestellen": "elk" says how the amount
        # is shared out, which the question does not ask.
        return False
    if SPEAKER_WORDS & (said | set(words(answer))):
        # (Nor may the answer be a quote's: "Wat kunnen robots overnemen? — het werk van
        # ons".)
        return False
    if c.fact.kind == "event" and POINTING_OBJECTS & said:
        # "Wie laat hen voor gek staan?": who are they? (A blank keeps its sentence's
        # pronoun; a wh-question should not lean on the text for it.)
        return False
    if c.fact.kind == "event" and any(
        f" {article} {own} " in f" {' '.join(words(prompt))} " for article, own in OWNERLESS
    ):
        # "Wie past goed bij de eigen bieren?": whose own? (The owner was the source the
        # question left out: "volgens topvrouw Els Verhulst van Hertog".)
        return False
    if any(first in said and second not in said for first, second in CORRELATIVES):
        # "Wie filmde zowel in New York?": half of "zowel … als …" is no whole phrase.
        return False
    if (
        c.fact.kind == "event"
        and PLURAL_POSSESSIVES & said
        and not any(p.plural for j, p in enumerate(c.fact.parts) if j != c.index)
        # ("Wie hebben hun coalitieakkoord gepresenteerd?": the possessive is the asked
        # subject's own.)
        and not (c.part is not None and c.part.role == "subject" and c.part.plural)
    ):
        return False
    bare = bare_answer(c)
    # (The preposition is the question's: "Waaraan …? — aan de verkoop van kaas en
    # babyvoeding in Azië" is an answer of eight words.)
    if len(words(bare)) > (MAX_REASON_WORDS if c.topic == "cause" else MAX_ANSWER_WORDS):
        return False
    if (
        c.fact.kind == "event"
        and not c.label
        and len(words(bare)) <= THIN_ANSWER_WORDS
        # (A reason is asked for anyway, unless it points back: see ``thin_reason``; so is
        # a place, "in het stadhuis", which names where, and who says so, "de Poolse
        # brandweer", which the question words say is a body of people.)
        and c.topic not in {"cause", "place", "source"}
    ):
        # "Wat biedt Nederland aan? — hulp", "Wat moeten zij terugbetalen? — het geld",
        # "Waardoor klimt de ploeg …? — door de zege": one common noun, bare or with its
        # article (and preposition), says too little to ask for.
        return False
    # The question must not give its answer away, in any accepted form.
    return not any(core(a) and contains_words(prompt, core(a)) for a in (answer, *c.asked.accepted))


def ownerless_possessive(c: Candidate) -> bool:
    """Whether the wh-question shows a phrase with a singular possessive ("in zijn dorp")
    and has no singular subject it can be of (see ``SINGULAR_POSSESSIVES``)."""
    if c.fact.kind != "event" or c.part is None:
        return False
    parts = c.fact.parts
    owned = [
        p
        for j, p in enumerate(parts)
        if j != c.index
        and p.role not in {"verb", "subject"}
        and SINGULAR_POSSESSIVES & set(words(p.text)[:-1])
    ]
    return bool(owned) and not any(p.role == "subject" and not p.plural for p in parts)


def leans_on_text(c: Candidate, lang: ModuleType) -> bool:
    """A wh-question with "daarbij", "daarmee" points back into the text: by what?"""
    return c.fact.kind == "event" and bool(set(words(c.asked.prompt)) & lang.CONTEXT_WORDS)


def told_from_today(c: Candidate, lang: ModuleType) -> bool:
    """ "Wanneer …? — vorige week", "… van _____ — dit jaar": an answer that counts from the
    day the article appeared checks nothing the sheet's reader can place."""
    return c.topic == "time" and lang.deictic_time(c.asked.answer)


def thin_reason(c: Candidate, lang: ModuleType) -> bool:
    """ "Waardoor groeit het aantal medewerkers? — door de overname": a reason of a noun
    alone or with its article checks no reading ("de", "hun" point back into the text;
    "door een dokter", "door een raampje" are who or which way); "door aanhoudende
    regenval" tells the reason itself."""
    if c.topic != "cause" or c.label or c.part is None:
        return False
    said = words(bare_answer(c))
    if said and len(said[-1]) >= COMPOUND_LETTERS and c.part.role == "cause":
        # "vanwege het explosiegevaar": a compound says what. (Not a passive's "door"
        # phrase, which may yet be people: "gefrequenteerd door homoseksuelen".)
        return False
    return len(said) < THIN_ANSWER_WORDS or (
        len(said) == THIN_ANSWER_WORDS and said[0] in {*lang.DEFINITE_DETERMINERS, lang.INDEFINITE}
    )


def askable(c: Candidate, lang: ModuleType) -> bool:
    """The quality gate: what a candidate must pass to be asked at all."""
    return (
        passes_gate(c)
        and not ownerless_possessive(c)
        and not leans_on_text(c, lang)
        and not told_from_today(c, lang)
        and not thin_reason(c, lang)
    )


def sources_last(cands: list[Candidate]) -> list[Candidate]:
    """Who said it ranks below what was said in its sentence: "Volgens wie is het record
    vooral te danken aan het mooie weer?" shows the answer of "Waaraan is het record vooral
    te danken?", and of the two only one can be asked; so does a blank of the sentence
    ("Volgens spoorbeheerder ProRail … over ongeveer _____ …") — but not one of the source
    itself ("Volgens het _____ …")."""
    sources = {(c.fact.sentence_start, core(c.asked.answer)) for c in cands if c.topic == "source"}
    said: dict[int, float] = {}
    for c in cands:
        at = c.fact.sentence_start
        if (
            c.topic != "source"
            and c.fact.kind != "title"
            and (at, core(c.asked.answer)) not in sources
        ):
            said[at] = min(said.get(at, c.score), c.score)
    return [
        replace(c, score=min(c.score, said[c.fact.sentence_start] - SOURCE_BELOW))
        if c.topic == "source" and c.fact.sentence_start in said
        else c
        for c in cands
    ]


def dedupe(cands: list[Candidate], preps: Sequence[str] = ()) -> list[Candidate]:
    """Keep the best of candidates asking the same thing: the same prompt, or the same
    answer from the same sentence (an open question and a fill-in about one fact)."""
    seen_prompts: set[str] = set()
    seen_answers: set[tuple[str, int]] = set()
    out = []
    for c in sorted(
        cands, key=lambda c: (-c.score, c.fact.sentence_start, c.index, c.asked.prompt)
    ):
        # "Halvorsen" and "Ingrid Halvorsen" are one answer: compare every accepted form.
        # "in Washington D.C." and "Washington D.C." too: the name the answer is about.
        forms = {core(a) for a in (c.asked.answer, *c.asked.accepted)}
        forms |= {f.split(" ", 1)[1] for f in forms if " " in f and f.split(" ", 1)[0] in preps}
        keys = {(f, c.fact.sentence_start) for f in forms if f}
        if norm(c.asked.prompt) in seen_prompts or keys & seen_answers:
            continue
        seen_prompts.add(norm(c.asked.prompt))
        seen_answers.update(keys)
        out.append(c)
    return out


def without_shown(
    c: Candidate, shown: Sequence[str], lang: ModuleType, repeated: set[str]
) -> Candidate | None:
    """The wh-question re-asked without the constituents that show an answer asked already
    ("Tot hoeveel geld steeg de nettowinst?" beside "Met hoeveel procent …?"), when all of
    them may be left out (the subject in the passive); without its subject or its "when"
    only if the verb names one event of the text: the question must still point at one."""
    if c.fact.kind == "sentence":
        return blank_without(c, shown)
    if c.fact.kind != "event" or c.part is None:
        return None
    # A phrase that can do without the words that show an answer keeps the rest: "Volgens
    # wie dreigt Nederland [het doel] te missen?" beside "… het doel _____ te missen".
    parts = [
        p if j == c.index else part_without(c.fact, p, shown, lang) or p
        for j, p in enumerate(c.fact.parts)
    ]
    fact = replace(c.fact, parts=tuple(parts))
    omit = frozenset(
        j for j, p in enumerate(parts)
        if j != c.index and any(contains_words(p.text, a) for a in shown)
    )  # fmt: skip
    kept = [j for j in omit if not lang.omittable(parts[j])]
    if (not omit and fact == c.fact) or (kept and [parts[j].role for j in kept] != ["subject"]):
        return None
    if (
        c.fact.predicate in repeated
        and (kept or any(parts[j].role == "time" for j in omit))
        and not named_object(fact, omit)
    ):
        # Without its subject or its day, "rijden" of a text with several rides points at
        # none of them (without its place it still does); a named object still points at
        # one ("Wanneer is de marathon van Rotterdam gewonnen?").
        return None
    # The subject, asked elsewhere, is left out in the passive: "Wanneer is het gebouw
    # geopend?" beside "Wie heeft het gebouw geopend?".
    ask = lang.agentless_question if kept else lang.question
    return asked_again(replace(c, omitted=omit), fact, ask(fact, c.index, omit))


def named_object(fact: Fact, omit: Collection[int]) -> bool:
    """Whether the clause keeps an object with a name in it ("de marathon van Rotterdam")."""
    return any(
        p.role == "object" and any(w[:1].isupper() for w in p.text.split()[1:])
        for j, p in enumerate(fact.parts)
        if j not in omit
    )


def part_without(fact: Fact, part: Part, shown: Sequence[str], lang: ModuleType) -> Part | None:
    """``part`` without the asides of its sentence inside it that show one of ``shown``,
    when it stands in the question as in the sentence and what stays shows none; or, when
    it shows a number asked already, without the number ("de mannen" for "drie mannen")."""
    trimmed = part_without_asides(
        part,
        fact.sentence,
        fact.sentence_start,
        fact.asides,
        lambda aside: any(contains_words(aside, a) for a in shown),
    )
    if trimmed is None or any(contains_words(trimmed.text, a) for a in shown):
        plain = lang.uncounted(part, fact.predicate)
        return None if plain is None or any(contains_words(plain.text, a) for a in shown) else plain
    return trimmed


def blank_without(c: Candidate, shown: Sequence[str]) -> Candidate | None:
    """The blank re-asked without the asides of its sentence that show an answer asked
    already, the shortest first ("Onderzoekers[ van de Universiteit Leiden] hebben … bij
    _____ …" beside "Van welke universiteit …?"), or with its pronoun where it showed the
    name, when what stays shows none."""
    part = c.part
    assert part is not None
    if any(contains_words(name, a) for _, _, name in c.fact.renamed for a in shown):
        # "[Sanne de Vries] wil het verbod …" beside "Wie wil het verbod …?": the sentence's
        # own pronoun again ("Ze wil …").
        own = replace(c, fact=replace(c.fact, renamed=()))
        own = replace(own, asked=replace(c.asked, prompt=blanked(own)))
        if not any(contains_words(own.asked.prompt, a) for a in shown):
            return own if passes_gate(own) else None
        c = own
    at = part.surface_start - c.fact.sentence_start
    picked = pick_asides(
        c.fact.sentence,
        c.fact.asides,
        lambda aside: any(contains_words(aside, a) for a in shown),
        taken=[(at, at + len(part.surface)), *c.cuts],
    )
    if not picked:
        return None
    plain = replace(c, cuts=(*c.cuts, *picked))
    again = replace(plain, asked=replace(c.asked, prompt=blanked(plain)))
    if any(contains_words(again.asked.prompt, a) for a in shown) or not passes_gate(again):
        return None
    return again


def without_titles(
    c: Candidate, pairs: Sequence[tuple[str, str]], lang: ModuleType
) -> Candidate | None:
    """The question re-asked with the people it shows by name alone, when it shows a pair
    of the matching question ("… heeft de oud-wethouder Gerard Kuipers veroordeeld" beside
    "Gerard Kuipers ↔ oud-wethouder"); a blank's sentence leaves the function out."""
    if c.fact.kind == "sentence" and c.part is not None:
        at = c.part.surface_start - c.fact.sentence_start
        blank = range(at, at + len(c.part.surface))
        cuts = tuple(
            (start, end)
            for start, end in titles_of_names(c.fact.sentence, pairs)
            if not (start < blank.stop and blank.start < end)
        )
        if not cuts:
            return None
        plain = replace(c, cuts=c.cuts + cuts)
        return replace(plain, asked=replace(c.asked, prompt=blanked(plain)))
    if c.fact.kind != "event":
        return None
    parts = list(c.fact.parts)
    for j, p in enumerate(parts):
        if j != c.index and p.label == "PER" and shows_pair(p.text, pairs):
            parts[j] = replace(p, text=p.answer, proper=True)
    if parts == list(c.fact.parts):
        return None
    fact = replace(c.fact, parts=tuple(parts))
    return asked_again(c, fact, lang.question(fact, c.index))


def asked_again(c: Candidate, fact: Fact, asked: Asked | None) -> Candidate | None:
    """``c`` about ``fact`` as ``asked``, if it could be asked and passes the gate."""
    again = replace(c, fact=fact, asked=asked) if asked is not None else None
    return again if again is not None and passes_gate(again) else None


def moment(c: Candidate, lang: ModuleType) -> bool:
    """Whether ``c`` asks when its event happened (not from or until when)."""
    return c.topic == "time" and c.part is not None and c.part.prep not in lang.BOUNDS


def source_of(q: Question, marker: str) -> str:
    """What a question that asks who said it ("Volgens wie …?") answers, as the text would
    say it ("volgens Hanneke Dijkstra"), or ""."""
    return f"{marker} {q.answer}" if words(q.prompt)[:2] == (marker, "wie") else ""


def function_pair(c: Candidate) -> tuple[str, str] | None:
    """The function and person (their cores) of a question for a person's function."""
    person, function = c.fact.role("agent"), c.fact.role("attribute")
    if c.fact.kind != "title" or c.topic != "function" or person is None or function is None:
        return None
    return core(function.answer), core(person.answer)


def shows_pair(text: str, pairs: Sequence[tuple[str, str]]) -> bool:
    """Whether ``text`` holds both sides of one of ``pairs``."""
    return any(contains_words(text, one) and contains_words(text, other) for one, other in pairs)


class Builder:
    """Turns ranked candidates into questions of mixed kinds."""

    def __init__(self, extraction: Extraction, lang: ModuleType, seed: int) -> None:
        self.ents = extraction.entities
        self.lang = lang
        self.seed = seed
        self.preps = set(lang.PREPOSITIONS)
        self.made: dict[tuple[object, ...], Question | None] = {}

    def draws_for(self, *key: object) -> random.Random:
        """A generator for one question's draws (its options, their order, true or false),
        seeded by the quiz's seed and what the question is: the same question gets the same
        options whichever others the quiz holds."""
        return random.Random("|".join(str(k) for k in (self.seed, *key)))

    def wrong(self, c: Candidate, answer: str, avoid: str, rng: random.Random) -> list[str] | None:
        """Wrong options of ``answer``'s kind that fit where it stands, none named in
        ``avoid``."""
        return distractors(
            answer,
            c.label,
            self.ents,
            self.lang.CODE,
            rng,
            avoid,
            self.preps,
            self.fits(c, answer),
        )

    def options(self, c: Candidate, answer: str, rng: random.Random) -> list[str] | None:
        wrong = self.wrong(c, answer, c.asked.prompt, rng)
        if wrong is None:
            return None
        opts = [answer, *wrong]
        rng.shuffle(opts)
        return opts

    def make(self, c: Candidate, kind: QuestionKind) -> Question | None:
        """``c`` asked as ``kind``, or None when it cannot be; made once per quiz (the
        choice of questions may be run twice, see Choice)."""
        key = (kind, c.asked.prompt, c.asked.answer, c.fact.sentence_start, c.index, c.topic)
        if key not in self.made:
            self.made[key] = self._make(c, kind, self.draws_for(*key))
        return self.made[key]

    def _make(self, c: Candidate, kind: QuestionKind, rng: random.Random) -> Question | None:
        base = Question(
            id="",
            kind=kind,
            prompt=c.asked.prompt,
            answer=c.asked.answer,
            accepted_answers=distinct([c.asked.answer, *c.asked.accepted]),
            source_sentence=c.fact.sentence,
        )
        if kind == "short_answer":
            return None if c.fact.kind == "sentence" else base
        if kind == "multiple_choice":
            opts = self.options(c, c.asked.answer, rng)
            return (
                replace(base, options=tuple(opts), accepted_answers=(c.asked.answer,))
                if opts
                else None
            )
        if kind == "cloze":
            return self.cloze(c, base)
        if kind == "true_false":
            return self.true_false(c, base, rng)
        return None

    def cloze(self, c: Candidate, base: Question) -> Question | None:
        p = c.part
        # Only names, dates and numbers are blanked: a blanked common noun has many fillers.
        if p is None or not p.surface or p.surface_start < 0 or not p.label:
            return None
        sent, at = shown_sentence(c)
        if sent[at : at + len(p.surface)] != p.surface or len(words(sent)) > MAX_CLOZE_WORDS:
            return None
        prompt = sent[:at] + BLANK + sent[at + len(p.surface) :]
        # The rest of the sentence must not hold the answer again.
        if contains_words(prompt, core(p.surface)):
            return None
        accepted = distinct([p.surface, *c.asked.accepted])
        return replace(base, prompt=prompt, answer=p.surface, accepted_answers=accepted)

    def true_false(self, c: Candidate, base: Question, rng: random.Random) -> Question | None:
        """The fact as a statement; a false one swaps the asked constituent for one of its kind."""
        if c.part is None or c.fact.kind == "title":
            return None
        truth = rng.random() < 0.5
        if c.fact.kind == "sentence":
            return self.true_false_sentence(c, base, truth, rng)
        if any(c.fact.parts[j].role == "subject" for j in c.omitted):
            # A clause without its subject is no statement.
            return None
        left_out = dict.fromkeys(c.omitted, "")
        if truth:
            text = self.lang.statement(c.fact, left_out)
        else:
            opts = self.wrong(c, c.part.answer, c.fact.sentence, rng)
            if not opts:
                return None
            swap = self.swap(opts, c.part.surface)
            if swap is None:
                return None
            lead = f"{c.part.prep} "
            if (
                c.part.prep
                and c.part.text.lower().startswith(lead)
                and not swap.lower().startswith(lead)
            ):
                # "door Kim", "met 1-3", "tot 312 miljoen euro": the answer is the phrase
                # without its preposition, the statement needs it.
                swap = lead + swap
            text = self.lang.statement(c.fact, {**left_out, c.index: swap})
        if not text or not (MIN_WORDS <= len(words(text)) <= MAX_WORDS):
            return None
        return replace(base, prompt=text, answer=TRUE if truth else FALSE, accepted_answers=())

    def true_false_sentence(
        self, c: Candidate, base: Question, truth: bool, rng: random.Random
    ) -> Question | None:
        """The sentence itself, or with its name, date or number swapped for a wrong one."""
        p = c.part
        if p is None:
            return None
        text, at = shown_sentence(c)
        if len(words(text)) > MAX_WORDS:
            return None
        if words(text)[0] in PRONOUNS or set(words(text)) & set(self.lang.PERSON_PRONOUNS):
            # "Die werden in 1962 geschonken", "Volgens haar …": true or false about whom?
            return None
        if not truth:
            opts = self.wrong(c, p.answer, text, rng)
            if not opts:
                return None
            swap = self.swap(opts, p.surface)
            if swap is None:
                return None
            text = text[:at] + swap + text[at + len(p.surface) :]
        return replace(base, prompt=text, answer=TRUE if truth else FALSE, accepted_answers=())

    def fits(self, c: Candidate, answer: str) -> Callable[[str], bool] | None:
        """What an option must be to fill the blank where the answer stood: an amount within
        the bounds its sentence sets (see :func:`amount_bound`); after an article ("dreigt de
        _____"), a name the text gives that article ("de FNV", not "het Havenbedrijf");
        where the text has a bare name, one without an article ("naar _____ reizen" cannot
        take "Verenigde Staten")."""
        if c.fact.kind != "sentence":
            return None
        if c.label in AMOUNT_LABELS and (bound := amount_bound(c.asked.prompt, answer, self.lang)):
            return bound
        before = word_before_blank(c.asked.prompt)
        article = before if before in self.lang.ARTICLES else ""
        if article:
            return lambda o: article in self.ents.words_before(o)
        return (lambda o: not self.lang.needs_article(o)) if self.bare(answer) else None

    def bare(self, text: str) -> bool:
        """Whether ``text`` stands without an article ("België", not "de VS")."""
        return not text.lower().startswith(tuple(f"{a} " for a in self.lang.ARTICLES))

    def swap(self, options: list[str], original: str) -> str | None:
        """The first wrong option that fits where ``original`` stood: "Verenigd Koninkrijk"
        needs an article that "België" does not have."""
        bare = self.bare(original)
        for option in options:
            if not (bare and self.lang.needs_article(option)):
                return option
        return None

    def matching(self, cands: list[Candidate]) -> Question | None:
        """People and their functions, when the text names at least three."""
        pairs: dict[str, str] = {}
        for c in cands:
            if c.fact.kind != "title":
                continue
            person, function = c.fact.role("agent"), c.fact.role("attribute")
            if person and function and person.answer not in pairs:
                pairs[person.answer] = function.answer
        return self._matching(pairs, "matching_prompt")

    def event_matching(
        self, cands: list[Candidate]
    ) -> tuple[Question | None, list[tuple[int, str, str]]]:
        """Events and their dates ("De ontmoeting vindt plaats" ↔ "op 14 oktober"), when the
        text dates at least three; with each pair the question shows, the sentence (start)
        it tells of (one sentence may tell of two: "vertrok op 12 augustus … en landde op
        16 augustus")."""
        pairs: dict[str, str] = {}
        sentence: dict[str, int] = {}
        named: set[str] = set()
        for c in cands:
            p = c.part
            if (
                c.fact.kind != "event"
                or c.fact.points_back
                or p is None
                or p.role != "time"
                or p.label != "DATE"
            ):
                continue
            event = self.lang.statement(c.fact, {c.index: ""})
            if event and len(words(event)) <= MAX_EVENT_WORDS and event not in pairs:
                pairs[event] = p.answer
                sentence[event] = c.fact.sentence_start
                if any(q.label == "PER" for q in c.fact.parts):
                    named.add(event)
        # An event that shows who did it takes "Wie …?" about its sentence off the sheet:
        # events without a person are matched when there are enough of them.
        unnamed = {e: d for e, d in pairs.items() if e not in named}
        match = self._matching(unnamed, "event_matching_prompt")
        shown = [(sentence[p.left], p.left, p.right) for p in match.pairs] if match else []
        return match, shown

    def _matching(self, pairs: dict[str, str], prompt: str) -> Question | None:
        """At most five pairs whose right-hand sides all differ, none inside another
        ("actrice" would fit the person of "Amerikaanse actrice" too), or None for fewer
        than three."""
        unique: dict[str, str] = {}
        for left, right in pairs.items():
            if not any(
                contains_words(right, v) or contains_words(v, right) for v in unique.values()
            ):
                unique[left] = right
        if len(unique) < 3:
            return None
        chosen = list(unique.items())[:5]
        rights = [r for _, r in chosen]
        self.draws_for(prompt, *chosen).shuffle(rights)
        return Question(
            id="",
            kind="matching",
            prompt=self.lang.LABELS[prompt],
            answer="",
            pairs=tuple(MatchPair(left, right) for left, right in chosen),
            options=tuple(rights),
            points=len(chosen),
        )


class Sheet:
    """The questions chosen so far, and what they show and ask by sentence: no question may
    give away the answer of another about the same sentence ("Wie is de
    bestuursvoorzitter?" beside "Welke functie heeft Hanneke Dijkstra?"), nor one the
    matching question shows. (A name in questions about other sentences is the article's
    topic, not a give-away.) Where a question shows another's answer in a phrase it can do
    without, it is asked without it, so one sentence can give two questions."""

    def __init__(
        self,
        builder: Builder,
        lang: ModuleType,
        repeated: set[str],
        limit: int = DEFAULT_MAX,
        topic: frozenset[str] = frozenset(),
    ) -> None:
        self.builder = builder
        self.lang = lang
        self.repeated = repeated
        self.questions: list[Question] = []
        self.picked: dict[int, tuple[Candidate, QuestionKind]] = {}
        self.by_sentence: dict[int, list[int]] = {}
        self.asked: dict[int, list[str]] = {}
        self.matched: list[tuple[str, str]] = []
        self.about: dict[str, set[str]] = {}
        self.used: set[str] = set()
        self.fixed: dict[int, list[str]] = {}
        # "volgens Hanneke Dijkstra", for each "Volgens wie …?" on the sheet.
        self.sources: list[str] = []
        # (function, person) of each "Welke functie heeft …?" on the sheet.
        self.functions: list[tuple[str, str]] = []
        self.made: Counter[str] = Counter()
        self.per_sentence: Counter[int] = Counter()
        self.per_answer: Counter[str] = Counter()
        self.titles = 0
        # The forms of the name the text keeps naming (its topic): asked for once.
        self.topic = topic
        # Functions of people are easy to ask but thin: at most a quarter of the questions.
        self.most_titles = max(2, limit // 4)
        # While set, an answer is asked once: each fact gets its question before any
        # answer gets a second.
        self.fresh = False

    def ask(self, c: Candidate, kinds: list[QuestionKind], order: list[QuestionKind]) -> None:
        """Ask ``c`` in the first of ``kinds`` that fits it and is furthest below its share
        (ties in ``order``), unless its sentence or answer has been asked enough."""
        at = c.fact.sentence_start
        # One referent, however named: "Hofstra" is "Jelle Hofstra", "het aandeel Philips"
        # is "Philips" (each form is counted).
        forms = {core(a) for a in (c.asked.answer, *c.asked.accepted)} - {""}
        asked_before = max((self.per_answer[f] for f in forms), default=0)
        # The lead sentence tells the news (who, what, when, where): it may give one more.
        most = PER_SENTENCE + (at == 0)
        once = c.fact.kind == "sentence" or bool(forms & self.topic) or self.fresh
        if self.per_sentence[at] >= most or asked_before >= (1 if once else PER_ANSWER):
            return
        if c.fact.kind == "sentence" and any(
            self.picked[k][0].fact.kind == "sentence" for k in self.by_sentence.get(at, [])
        ):
            # One sentence shown twice with a different hole reads as the same question.
            return
        if c.fact.kind == "title" and self.titles >= self.most_titles:
            return
        if moment(c, self.lang) and any(
            moment(other, self.lang)
            and other.fact.kind == c.fact.kind == "event"
            and (other.fact.sentence_start, other.fact.predicate) == (at, c.fact.predicate)
            for other, _ in self.picked.values()
        ):
            # One event is asked "when" once: "Wanneer vond de beving plaats? — maandagnacht"
            # leaves no "Hoe laat vond de beving plaats?" (but "Vanaf wanneer …?" and "Tot
            # wanneer …?" ask two things).
            return
        if c.fact.kind == "title" and c.topic == "person" and asked_before:
            # A person another question has as its answer is asked for their function.
            return
        fit = [k for k in kinds if k in KIND_FIT[c.fact.kind]] or kinds
        # A true/false statement restates its sentence's fact: only one per sentence (a
        # clause's leaves out what other questions about the sentence ask, as they do).
        fit = [
            k
            for k in fit
            if k != "true_false"
            or ((not self.per_sentence[at] or c.fact.kind == "event") and not c.fact.background)
        ]
        for kind in sorted(fit, key=lambda k: (self.made[k] / KIND_SHARE[k], order.index(k))):
            verdict = self.add(c, kind)
            if verdict is None:
                continue
            if verdict:
                self.per_sentence[at] += most if kind == "true_false" else 1
                self.per_answer.update(forms)
                self.titles += c.fact.kind == "title"
                self.made[kind] += 1
            break

    def add_matching(self, match: Question, shown: list[tuple[int, str, str]]) -> None:
        """The matching question; ``shown`` holds what it tells of events and the sentences
        they are in ("Jonas Peeters start in de zesde etappe" ↔ "vrijdag"): no other question
        about such a sentence may ask or show what it shows."""
        for at, event, date in shown:
            self.fixed.setdefault(at, []).append(event)
            self.asked.setdefault(at, []).append(core(date))
        self.questions.append(match)
        self.matched.extend((core(p.left), core(p.right)) for p in match.pairs)
        self.matched.extend((core(p.right), core(p.left)) for p in match.pairs)

    def add(self, c: Candidate, kind: QuestionKind) -> bool | None:
        """Ask ``c`` as ``kind``: True when added, False when it would give away or be given
        away (no other kind will do better), None when it cannot be made as this kind."""
        at = c.fact.sentence_start
        answer = core(c.asked.answer)
        # Within a sentence a name is given away in any form ("Trump", "Donald Trump").
        forms = {core(a) for a in (c.asked.answer, *c.asked.accepted)} - {""}
        shows = self.asked.get(at, [])
        q = self.builder.make(c, kind)
        if q is not None and any(contains_words(q.prompt, a) for a in shows):
            # Asked again without the phrase that holds the other question's answer.
            shorter = without_shown(c, shows, self.lang, self.repeated)
            if shorter is not None:
                c, q = shorter, self.builder.make(shorter, kind)
        said = [a for a in self.sources if contains_words(q.prompt, a)] if q is not None else []
        if said:
            # Nor the one source another question asks for ("volgens Hanneke Dijkstra").
            shorter = without_shown(c, said, self.lang, self.repeated)
            if shorter is not None:
                c, q = shorter, self.builder.make(shorter, kind)
        pairs = [*self.matched, *self.functions]
        if q is not None and shows_pair(q.prompt, pairs):
            # "Hoeveel procent biedt minister van Onderwijs Eppo Bruins?" beside "Welke
            # functie heeft Eppo Bruins?" is asked of "Eppo Bruins" alone.
            plain = without_titles(c, pairs, self.lang)
            if plain is not None:
                c, q = plain, self.builder.make(plain, kind)
        if q is None or norm(q.prompt) in self.used:
            return None
        pair = function_pair(c)
        # Who said it is not worth a question that leaves the saying out of another.
        redo = self.reask_earlier(at, forms, pair) if c.topic != "source" else {}
        if redo and any(
            norm(again.prompt) in self.used | {norm(q.prompt)} for _, again in redo.values()
        ):
            # Asked again without the answer, an earlier question would ask what another
            # does: "Waar komt de Gele Zaal terecht?" twice, of two places of one clause.
            redo = None
        # One answer twice is one fact asked twice when the prompts share a content word
        # ("Wie heeft de uitnodiging geaccepteerd?", "Wie ging op de uitnodiging in?").
        topic = content_words(q.prompt)
        if redo is None:
            return False
        shown = [self.questions[k].prompt for k in self.by_sentence.get(at, []) if k not in redo]
        shown += self.fixed.get(at, [])
        if (
            self.tells(q, forms, at)
            # One answer inside another is one fact asked twice ("Suriname" and "in het
            # regenwoud van Suriname").
            or any(contains_words(a, b) or contains_words(b, a) for a in shows for b in forms)
            or any(contains_words(text, f) for text in shown for f in forms)
            or topic & self.about.get(answer, set())
            or any(contains_words(q.prompt, a) for a in shows)
            or any(one == answer and contains_forms(q.prompt, other) for one, other in self.matched)
            # Nor may it show a pair of the matching question ("de Noorse premier Ingrid
            # Halvorsen" in a blank's sentence).
            or shows_pair(q.prompt, self.matched)
        ):
            return False
        for k, (earlier, again) in redo.items():
            self.used.discard(norm(self.questions[k].prompt))
            self.used.add(norm(again.prompt))
            self.questions[k] = again
            self.picked[k] = (earlier, self.picked[k][1])
        self.picked[len(self.questions)] = (c, kind)
        self.by_sentence.setdefault(at, []).append(len(self.questions))
        self.questions.append(q)
        self.used.add(norm(q.prompt))
        self.asked.setdefault(at, []).extend(forms)
        self.about.setdefault(answer, set()).update(topic)
        if said_by := source_of(q, self.lang.SOURCE_PHRASE):
            self.sources.append(said_by)
        if pair is not None:
            self.functions.append(pair)
        return True

    def tells(self, q: Question, forms: set[str], at: int) -> bool:
        """Whether ``q`` and a question about another sentence tell each other's answer: one
        shows the other's answer beside a word of the other's prompt ("Wie is de
        fractievoorzitter van oppositiepartij Hart voor Den Haag?" beside "Welke
        oppositiepartij wil …?"), or one shows the one source the other asks for ("volgens
        Hanneke Dijkstra" beside "Volgens wie …? — Hanneke Dijkstra"). A name alone
        elsewhere is the article's topic."""
        mine = common_words(q.prompt)
        if any(contains_words(q.prompt, said) for said in self.sources):
            return True
        mine_source = source_of(q, self.lang.SOURCE_PHRASE)
        for k, (c, _) in self.picked.items():
            other = self.questions[k]
            if c.fact.sentence_start == at or not other.answer:
                continue
            if mine_source and contains_words(other.prompt, mine_source):
                return True
            theirs = common_words(other.prompt)
            answer = core(other.answer)
            if answer and contains_words(q.prompt, answer) and (mine - set(words(answer))) & theirs:
                return True
            if (
                any(contains_words(other.prompt, f) for f in forms)
                and (theirs - {w for f in forms for w in words(f)}) & mine
            ):
                return True
        return False

    def reask_earlier(
        self, at: int, forms: set[str], pair: tuple[str, str] | None = None
    ) -> dict[int, tuple[Candidate, Question]] | None:
        """The questions about sentence ``at`` that show one of ``forms``, asked again
        without it (or, for a function asked of its person, ``pair``, with the person's name
        alone); None when one of them cannot be."""
        out: dict[int, tuple[Candidate, Question]] = {}
        for k in self.by_sentence.get(at, []):
            if not any(contains_words(self.questions[k].prompt, f) for f in forms):
                continue
            c, kind = self.picked[k]
            again = [without_shown(c, [*self.asked[at], *forms], self.lang, self.repeated)]
            if pair is not None:
                again.append(without_titles(c, [pair], self.lang))
            made = [(d, self.builder.make(d, kind)) for d in again if d is not None]
            fit = [
                (d, q) for d, q in made if q and not any(contains_words(q.prompt, f) for f in forms)
            ]
            if not fit:
                return None
            out[k] = fit[0]
        return out


def generate(
    extraction: Extraction,
    lang: ModuleType,
    *,
    seed: int = 0,
    max_questions: int | None = None,
    kinds: Sequence[QuestionKind] | None = None,
    date: str | None = None,
) -> tuple[Question, ...]:
    """The quiz's questions. ``date`` (YYYY-MM[-DD], the article's) lets an open answer
    "vorig jaar" also be given as the year it means."""
    limit = DEFAULT_MAX if max_questions is None else max_questions
    allowed = (
        tuple(kinds)
        if kinds
        else ("short_answer", "multiple_choice", "cloze", "true_false", "matching")
    )
    pool = dedupe(
        sources_last([c for c in candidates(extraction, lang) if askable(c, lang)]),
        lang.PREPOSITIONS,
    )
    repeated = {
        p for p, n in Counter(f.predicate for f in extraction.facts if f.kind == "event").items()
        if n > 1
    }  # fmt: skip
    choice = Choice(extraction, lang, seed, limit, allowed, repeated)
    sheet = choice.select(pool)
    if choice.statements and not sheet.made["true_false"] and len(sheet.questions) >= limit:
        # No fact was left for a true/false statement: the least central question that is
        # its sentence's only one becomes one, if it can be said as a statement, and the
        # next candidate fills its place. (When the text's facts ran out before the quiz
        # was full, no place is filled: each fact stays asked in a kind that tests it.)
        alone = [
            c
            for k, (c, kind) in sheet.picked.items()
            if kind != "true_false" and sheet.by_sentence.get(c.fact.sentence_start) == [k]
        ]
        if alone:
            again = choice.select(pool, stated=min(alone, key=lambda c: c.score))
            if again.made["true_false"]:
                sheet = again
    questions = sheet.questions
    if date:
        questions = [_with_dated_answers(q, lang, date) for q in questions]
    ordered = sorted(questions, key=lambda q: _order_key(q, pool))
    return tuple(replace(q, id=f"q{i}") for i, q in enumerate(ordered, 1))


class Choice:
    """How a quiz's questions are chosen from the ranked candidates, as often as needed: a
    question's draws depend on the seed and the question alone, so each run gets the same."""

    def __init__(
        self,
        extraction: Extraction,
        lang: ModuleType,
        seed: int,
        limit: int,
        allowed: Sequence[QuestionKind],
        repeated: set[str],
    ) -> None:
        self.extraction = extraction
        self.lang = lang
        self.seed = seed
        self.limit = limit
        self.allowed = allowed
        self.repeated = repeated
        self.kinds = [k for k in KIND_SHARE if k in allowed]
        # One builder for every run: a question is made once, with the same draws.
        self.builder = Builder(extraction, lang, seed)
        refs = list(extraction.entities.referents.values())
        most = max((r.count for r in refs), default=0)
        self.topic = frozenset(
            core(a) for r in refs if r.count == most and most >= TOPIC_MENTIONS
            for a in (r.name, *r.aliases)
        )  # fmt: skip
        # A true/false statement is guessed right by half the class: the central facts are
        # asked first in the other kinds, the statements come from the facts left after.
        tf = "true_false" in self.kinds and len(self.kinds) > 1 and limit > 2
        self.statements = max(1, round(limit * KIND_SHARE["true_false"])) if tf else 0

    def select(self, pool: list[Candidate], stated: Candidate | None = None) -> Sheet:
        """The questions; ``stated`` is asked first, as a true/false statement."""
        builder = self.builder
        sheet = Sheet(builder, self.lang, self.repeated, self.limit, self.topic)
        if "matching" in self.allowed:
            # People and functions if the text has them, else events and dates: one a quiz.
            match = builder.matching(pool)
            shown: list[tuple[int, str, str]] = []
            if match is None:
                match, shown = builder.event_matching(pool)
            if match is not None:
                sheet.add_matching(match, shown)
        if stated is not None:
            sheet.ask(stated, ["true_false"], self.kinds)
        others: list[QuestionKind] = [k for k in self.kinds if k != "true_false"]
        rounds: list[tuple[list[QuestionKind], int]] = [(self.kinds, self.limit)]
        if self.statements:
            rounds = [
                (others, self.limit - self.statements),
                (["true_false"], self.limit),
                (others, self.limit),
            ]
        for kinds_now, upto in rounds:
            # Each answer once first, then the rest of the pool (see ``Sheet.fresh``).
            for fresh in (True, False):
                sheet.fresh = fresh
                for c in pool:
                    if len(sheet.questions) >= upto or not kinds_now:
                        break
                    sheet.ask(c, kinds_now, self.kinds)
        return sheet


def amount_bound(prompt: str, answer: str, lang: ModuleType) -> Callable[[str], bool] | None:
    """What an option for the amount blanked in ``prompt`` must be, as the sentence bounds
    it: less than the whole named after the blank ("verovert ze _____ van de 230 zetels"),
    or changed the same way as the answer from where it started ("zakt van 84 naar _____
    — 67 zetels"); None when the sentence sets no bound."""
    before_blank, _, after_blank = prompt.partition(BLANK)
    whole = lang.WHOLE_AFTER_BLANK.match(after_blank)
    if whole is not None:
        most = number_value(whole.group(1)) or 0.0
        return lambda o: (v := leading_number(o)) is not None and v < most
    changed = lang.CHANGE_BEFORE_BLANK.search(before_blank)
    if changed is None:
        return None
    start, value = number_value(changed.group(1)), leading_number(answer)
    if start is None or value is None or value == start:
        return None
    fell = value < start
    return lambda o: (v := leading_number(o)) is not None and v != start and (v < start) == fell


def distinct(forms: Sequence[str]) -> tuple[str, ...]:
    """The answer forms once each, the first of those that differ only in letter case
    ("directeur", not also "Directeur": answers are marked without regard to case)."""
    first: dict[str, str] = {}
    for f in forms:
        first.setdefault(f.casefold(), f)
    return tuple(first.values())


def _with_dated_answers(q: Question, lang: ModuleType, date: str) -> Question:
    if q.kind not in {"short_answer", "cloze"}:
        return q
    dated = lang.absolute_dates(q.answer, date)
    if not dated:
        return q
    return replace(q, accepted_answers=distinct([*q.accepted_answers, *dated]))


def _order_key(q: Question, pool: list[Candidate]) -> tuple[int, int]:
    """Questions follow the text: a student reads and answers in one pass. Matching goes last."""
    if q.kind == "matching":
        return (1, 0)
    starts = [c.fact.sentence_start for c in pool if c.fact.sentence == q.source_sentence]
    return (0, min(starts) if starts else 0)
