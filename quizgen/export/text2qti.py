"""Format ``text2qti``: the plain-text quiz format of the ``text2qti`` tool (``.text2qti.txt``),
which turns it into a QTI package for Canvas.

Numbered questions ``1.``; choices ``a)`` with ``*a)`` for the right one; short answers as
``*`` lines; ``...`` general feedback; ``Points:`` before a question worth more than 1.
True/false becomes a two-choice question with the localized words. text2qti has no
matching type, so a matching question becomes one multiple-choice question per left item,
all with the same right-hand options (the pair is still tested, and scores per item).

text2qti reads question and choice text as Markdown (Python-Markdown, HTML allowed) and
``$…$`` as LaTeX, so article text is escaped with :func:`quizgen.render.md_escape` plus ``\\$``.
Short answers are taken literally by text2qti and only flattened to one line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizgen.export import Artifact, ExportOptions
from quizgen.export.common import (
    accepted_answers,
    correct_option_index,
    feedback_text,
    matching_rows,
    one_line,
    option_letter,
)
from quizgen.labels import labels_for
from quizgen.records import BLANK, TRUE, Question, Quiz
from quizgen.render import md_escape

# text2qti's Markdown has the "smarty" extension: quotes would curl, "--" become a dash and
# "..." an ellipsis. Smarty leaves backslash-escaped characters alone.
_SMARTY = re.compile(r"""['"]|[-.]{2,}""")


def t2q_escape(text: str) -> str:
    """Article text as text2qti Markdown: literal (also to its smarty quotes), and no ``$``
    that starts LaTeX."""
    escaped = md_escape(text).replace("$", "\\$")
    return _SMARTY.sub(lambda m: "".join("\\" + c for c in m.group()), escaped)


@dataclass(frozen=True)
class Entry:
    """One text2qti question: ``choices`` as (text, right); ``answers`` for short answer;
    ``item`` the left-hand item a matching question asks about (printed in bold)."""

    prompt: str
    choices: tuple[tuple[str, bool], ...] = ()
    answers: tuple[str, ...] = ()
    feedback: str = ""
    points: int = 1
    item: str = ""


def entries(question: Question, lang: str) -> list[Entry]:
    """The question as text2qti questions (one, or one per pair for matching), unescaped."""
    feedback = feedback_text(question)
    kind = question.kind
    if kind in ("short_answer", "cloze"):
        return [
            Entry(
                question.prompt,
                answers=accepted_answers(question),
                feedback=feedback,
                points=question.points,
            )
        ]
    if kind == "multiple_choice":
        right = correct_option_index(question)
        choices = tuple((o, i == right) for i, o in enumerate(question.options))
        return [Entry(question.prompt, choices, feedback=feedback, points=question.points)]
    if kind == "true_false":
        labels = labels_for(lang)
        is_true = question.answer == TRUE
        choices = ((labels.true, is_true), (labels.false, not is_true))
        return [Entry(question.prompt, choices, feedback=feedback, points=question.points)]
    rows = list(matching_rows(question))
    return [
        Entry(
            question.prompt,
            tuple((o, i == index) for i, o in enumerate(question.options)),
            feedback=feedback,
            points=question.points,
            item=left,
        )
        for left, _, index in rows
    ]


def _prompt(text: str) -> str:
    # The cloze blank is underscores, which Markdown would read as emphasis: escape it whole.
    return "\\_" * len(BLANK) if text == BLANK else t2q_escape(text)


def entry_to_text(entry: Entry, number: int) -> str:
    lines = []
    if entry.points != 1:
        lines.append(f"Points: {entry.points}")
    prompt = "".join(_prompt(part) for part in _split_keep(entry.prompt, BLANK))
    if entry.item:
        prompt += f" **{t2q_escape(entry.item)}**"
    lines.append(f"{number}. {prompt}")
    if entry.feedback:
        lines.append(f"... {t2q_escape(entry.feedback)}")
    for i, (text, right) in enumerate(entry.choices):
        lines.append(f"{'*' if right else ''}{option_letter(i)}) {t2q_escape(text)}")
    for answer in entry.answers:
        lines.append(f"* {one_line(answer)}")
    return "\n".join(lines)


def _split_keep(text: str, separator: str) -> list[str]:
    parts = text.split(separator)
    out = [parts[0]]
    for part in parts[1:]:
        out += [separator, part]
    return [p for p in out if p]


def quiz_to_text2qti(quiz: Quiz) -> str:
    labels = labels_for(quiz.lang)
    # The title is plain text to text2qti (XML-escaped, no Markdown); the description is Markdown.
    header = [
        f"Quiz title: {one_line(quiz.title)}",
        f"Quiz description: {t2q_escape(labels.instructions)}",
    ]
    blocks = []
    number = 0
    for question in quiz.questions:
        for entry in entries(question, quiz.lang):
            number += 1
            blocks.append(entry_to_text(entry, number))
    return "\n".join(header) + "\n\n" + "\n\n".join(blocks) + "\n"


def export_text2qti(quiz: Quiz, options: ExportOptions) -> list[Artifact]:
    return [Artifact(".text2qti.txt", quiz_to_text2qti(quiz).encode("utf-8"))]
