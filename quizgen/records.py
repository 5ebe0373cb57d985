"""Immutable records that flow through quizgen: text → facts → questions → quiz."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

QuestionKind = Literal["short_answer", "cloze", "multiple_choice", "true_false", "matching"]
QUESTION_KINDS: tuple[QuestionKind, ...] = (
    "short_answer",
    "cloze",
    "multiple_choice",
    "true_false",
    "matching",
)

#: Key in ``Doc.user_data``: token indices where the article's paragraphs start.
PARAGRAPH_STARTS = "quizgen_paragraph_starts"
#: The gap in a cloze prompt. Exporters split the prompt on it.
BLANK = "_____"
#: The answer of a true/false question is one of these two strings.
TRUE, FALSE = "true", "false"


@dataclass(frozen=True)
class Entity:
    """A named entity or rule-found expression in the article (char offsets into the text)."""

    text: str
    label: str
    start: int
    end: int


@dataclass(frozen=True)
class Role:
    """One filled role of a fact.

    ``text`` is the constituent as it stands in the sentence ("in mei", "de Amerikaanse
    president Donald Trump"); ``answer`` is the shortest span that answers a question
    about it ("in mei", "Donald Trump"); ``label`` is its entity or semantic type
    (PER, LOC, ORG, MISC, DATE, QUANTITY, MONEY, PERCENT, CARDINAL, or "" when none).
    """

    text: str
    answer: str
    label: str = ""
    start: int = -1
    end: int = -1


@dataclass(frozen=True)
class Part:
    """One constituent of a clause, in sentence order, as the question realiser needs it.

    ``role`` is subject, object, recipient, agent, time, place, source, cause, other, or
    "verb" for a non-finite verb or separable particle of the verbal cluster. ``text`` is
    the surface text with pronouns resolved and person NPs shortened to the name where
    that keeps the meaning; ``first`` marks the constituent before the finite verb.
    ``answer`` is the shortest answer a question about this part expects (a person's full
    name, "in mei"), ``accepted`` its other accepted forms, and ``surface`` /
    ``surface_start`` the span of the sentence a fill-in-the-blank question blanks out.
    ``kind`` is the noun, with its article, that says what kind of thing a name answer is
    ("het dorp" of "in het dorp Castelluccio"), for a question "in welk dorp"; ``plural``
    whether the phrase names more than one (a plural head noun, or a coordination);
    ``shared`` that the text says others did the same ("Ook Meta kreeg een boete"): a
    question for it would have more than one answer.
    """

    role: str
    text: str
    start: int
    label: str = ""
    first: bool = False
    proper: bool = False
    prep: str = ""
    answer: str = ""
    accepted: tuple[str, ...] = ()
    surface: str = ""
    surface_start: int = -1
    kind: str = ""
    plural: bool = False
    shared: bool = False


@dataclass(frozen=True)
class Fact:
    """A statement found in one sentence: a predicate with its roles.

    ``kind`` is "event" (a verb with its arguments), "title" (a person with a
    role or function: apposition or a title before a name) or "sentence" (one name, date or
    number of a sentence whose clause could not be cut into constituents: it can be blanked
    out of the sentence, or swapped for a true/false statement, but not asked with a
    wh-word).
    Role names: agent, patient, recipient, party (with or at whom), attribute, time, place,
    quantity, cause, source.
    ``finite`` is the finite verb, ``tense`` "pres", "past", "perf" (present perfect) or
    "pluperf"; ``parts`` the clause's constituents for events.
    """

    kind: str
    predicate: str
    roles: tuple[tuple[str, Role], ...]
    sentence: str
    sentence_start: int
    salience: float = 0.0
    finite: str = ""
    tense: str = ""
    passive: bool = False
    parts: tuple[Part, ...] = ()
    # Phrases the sentence can do without and stay whole (offsets in ``sentence``): a
    # prepositional phrase of a noun, an apposition or remark set off by commas, an
    # abbreviation in brackets. A blank leaves them out when they show another answer.
    asides: tuple[tuple[int, int], ...] = ()
    # Words a blank's sentence shows otherwise (offsets in ``sentence``, and what stands
    # there): the name a sentence-opening pronoun stands for ("[Hij] diende een motie in"
    # is shown "Joost Albers diende een motie in").
    renamed: tuple[tuple[int, int, str], ...] = ()
    # When or where the sentence's words were said ("zei Te Kloese [dinsdag]"): no news, a
    # blank of last resort, and no statement to judge true or false.
    background: bool = False
    # A clause about the sentence before, as "KLM heeft het nieuws dinsdag bekendgemaakt"
    # for "Dat heeft het bedrijf dinsdag bekendgemaakt": no event to match with its date.
    points_back: bool = False

    def role(self, name: str) -> Role | None:
        for key, value in self.roles:
            if key == name:
                return value
        return None


@dataclass(frozen=True)
class MatchPair:
    left: str
    right: str


@dataclass(frozen=True)
class Question:
    """One question with its answer.

    - short_answer: ``prompt`` is a wh-question, ``answer`` the expected answer.
    - cloze: ``prompt`` holds exactly one :data:`BLANK`; ``answer`` fills it.
    - multiple_choice: ``options`` in display order, ``answer`` is one of them.
    - true_false: ``prompt`` is a statement, ``answer`` is :data:`TRUE` or :data:`FALSE`.
    - matching: ``pairs`` are the correct left→right pairs, ``options`` the right-hand
      items in display order; ``answer`` is empty.
    """

    id: str
    kind: QuestionKind
    prompt: str
    answer: str
    accepted_answers: tuple[str, ...] = ()
    options: tuple[str, ...] = ()
    pairs: tuple[MatchPair, ...] = ()
    source_sentence: str = ""
    points: int = 1
    feedback: str = ""


@dataclass(frozen=True)
class Quiz:
    lang: str
    title: str
    questions: tuple[Question, ...]
    entities: tuple[Entity, ...] = ()
    date: str | None = None
    seed: int = 0
    source_name: str = ""
    skipped: tuple[tuple[str, int], ...] = field(default=())

    @property
    def total_points(self) -> int:
        return sum(q.points for q in self.questions)


@dataclass(frozen=True)
class QuizRequest:
    """One article and the options of its quiz (the keywords of :func:`build_quiz`)."""

    text: str
    lang: str = "nl"
    seed: int = 0
    title: str | None = None
    max_questions: int | None = None
    kinds: Sequence[str] | None = None
    model: str | None = None
    source_name: str = ""
