"""Format ``gift``: Moodle's GIFT text format (``.gift.txt``), one question per block.

- short answer: ``{=answer =other}``; cloze: the same, in place of the blank, so Moodle shows
  it as a gap in the sentence; multiple choice: ``{=right ~wrong}``; true/false: ``{T}``/``{F}``;
  matching: ``{=left -> right}``.
- every question gets general feedback (``####``): its feedback, else its source sentence.

Question text, choices, the left side of a pair and feedback are marked ``[html]`` and
HTML-escaped, because Moodle's default text format would run ``<script>`` as markup. Short
answers and the right side of a pair are plain text in Moodle (compared or listed, never run
as HTML), so they are only GIFT-escaped. Versions do not apply: Moodle shuffles itself.
"""

from __future__ import annotations

import html

from quizgen.export import Artifact, ExportOptions
from quizgen.export.common import (
    accepted_answers,
    correct_option_index,
    feedback_text,
    matching_rows,
    moodle_shortanswer,
    one_line,
    split_cloze,
)
from quizgen.records import TRUE, Question, Quiz

# Characters GIFT gives a meaning to; the backslash itself first, so escapes are not doubled.
_SPECIAL = "\\~=#{}:"


def gift_escape(text: str) -> str:
    """Plain text as GIFT: one line, every special character backslash-escaped."""
    return "".join("\\" + c if c in _SPECIAL else c for c in one_line(text))


def gift_html(text: str) -> str:
    """Text shown by Moodle as HTML: HTML-escaped (not quotes: ``&#x27;`` holds a ``#``),
    then GIFT-escaped."""
    return gift_escape(html.escape(one_line(text), quote=False))


def _feedback(question: Question) -> str:
    text = feedback_text(question)
    return f"####{gift_html(text)}" if text else ""


def _answer_block(question: Question) -> str:
    kind = question.kind
    if kind in ("short_answer", "cloze"):
        lines = [f"={gift_escape(moodle_shortanswer(a))}" for a in accepted_answers(question)]
    elif kind == "multiple_choice":
        right = correct_option_index(question)
        lines = [
            f"{'=' if i == right else '~'}{gift_html(option)}"
            for i, option in enumerate(question.options)
        ]
    elif kind == "true_false":
        lines = ["T" if question.answer == TRUE else "F"]
    elif kind == "matching":
        lines = [
            f"={gift_html(left)} -> {gift_escape(right)}"
            for left, right, _ in matching_rows(question)
        ]
    else:  # pragma: no cover - QuestionKind is closed
        raise ValueError(f"unknown question kind {kind!r}")
    feedback = _feedback(question)
    if kind == "cloze" or kind == "true_false":
        # Inline: a cloze's block stands in the sentence, and {T####…} reads best on one line.
        return "{" + " ".join(lines) + feedback + "}"
    return "{\n" + "\n".join([*lines, *([feedback] if feedback else [])]) + "\n}"


def question_to_gift(question: Question, number: int) -> str:
    title = f"::{gift_escape(f'{number}. {question.id}')}::[html]"
    block = _answer_block(question)
    if question.kind == "cloze":
        before, after = split_cloze(question.prompt)
        # Keep the prompt's own spacing around the blank ("in _____." has none before ".").
        gap_before = " " if before[-1:].isspace() else ""
        gap_after = " " if after[:1].isspace() else ""
        return f"{title}{gift_html(before)}{gap_before}{block}{gap_after}{gift_html(after)}"
    return f"{title}{gift_html(question.prompt)}{block}"


def quiz_to_gift(quiz: Quiz) -> str:
    header = f"// {one_line(quiz.title)}\n// quizgen, lang={quiz.lang}, seed={quiz.seed}\n\n"
    blocks = [question_to_gift(q, n) for n, q in enumerate(quiz.questions, start=1)]
    return header + "\n\n".join(blocks) + "\n"


def export_gift(quiz: Quiz, options: ExportOptions) -> list[Artifact]:
    return [Artifact(".gift.txt", quiz_to_gift(quiz).encode("utf-8"))]
