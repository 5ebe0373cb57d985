"""What every exporter shares: option letters, answers per kind, versions, feedback.

Kept free of any output syntax: each format escapes with its own single function.
"""

from __future__ import annotations

import random
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import replace

from quizgen.errors import UsageError
from quizgen.records import BLANK, Question, Quiz

_SPACE = re.compile(r"\s+")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
#: Most versions of one worksheet: one capital letter each.
MAX_VERSIONS = 26


def one_line(text: str) -> str:
    """Collapse all whitespace (newlines, tabs, runs) to one space: every format wants one line
    per question or answer, and a stray newline is syntax in GIFT, text2qti and Markdown."""
    return _SPACE.sub(" ", text).strip()


def option_letter(index: int) -> str:
    """0 → "a", 25 → "z", 26 → "aa": the label of an option or a matching item."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = _LETTERS[rest] + letters
    return letters


def correct_option_index(question: Question) -> int:
    """Index of the answer among a multiple-choice question's options."""
    try:
        return question.options.index(question.answer)
    except ValueError:
        raise ValueError(
            f"question {question.id}: answer {question.answer!r} is not one of its options"
        ) from None


def accepted_answers(question: Question) -> tuple[str, ...]:
    """The answer first, then the other accepted forms; no duplicates, no empty strings."""
    seen: dict[str, None] = {}
    for text in (question.answer, *question.accepted_answers):
        flat = one_line(text)
        if flat:
            seen.setdefault(flat, None)
    return tuple(seen)


def moodle_shortanswer(text: str) -> str:
    """A short answer as Moodle compares it: ``*`` is its wildcard, so a literal one is ``\\*``.

    Used by both Moodle formats (GIFT and Moodle XML)."""
    return one_line(text).replace("*", "\\*")


def accepted_alternatives(question: Question) -> tuple[str, ...]:
    """Accepted answers other than the main one (the key prints them as "also accepted")."""
    return accepted_answers(question)[1:]


def split_cloze(prompt: str) -> list[str]:
    """The text before and after the blank; raises when the prompt has no single blank."""
    parts = prompt.split(BLANK)
    if len(parts) != 2:
        raise ValueError(f"a cloze prompt needs exactly one {BLANK!r}: {prompt!r}")
    return parts


def matching_rows(question: Question) -> Iterator[tuple[str, str, int]]:
    """(left, right, index of right in the displayed options) for each pair, in pair order."""
    for pair in question.pairs:
        try:
            index = question.options.index(pair.right)
        except ValueError:
            raise ValueError(
                f"question {question.id}: {pair.right!r} is not among the matching options"
            ) from None
        yield pair.left, pair.right, index


def feedback_text(question: Question) -> str:
    """What an e-learning platform shows after answering: the feedback, else the source
    sentence, so that a student sees where in the article the answer stands."""
    return one_line(question.feedback or question.source_sentence)


def version_labels(count: int) -> list[str]:
    """["" ] for one version (the quiz as it is), else ["A", "B", …]."""
    if not 1 <= count <= MAX_VERSIONS:
        raise UsageError(f"versions must be between 1 and {MAX_VERSIONS}, not {count}")
    if count == 1:
        return [""]
    return [chr(ord("A") + i) for i in range(count)]


def shuffle_version(quiz: Quiz, label: str) -> Quiz:
    """Version ``label`` of ``quiz``: questions, multiple-choice options and the right-hand
    column of matching questions in an order fixed by the quiz seed and the label."""
    rng = random.Random(f"{quiz.seed}-{label}")
    questions = list(quiz.questions)
    rng.shuffle(questions)
    shuffled = []
    for question in questions:
        if question.kind in ("multiple_choice", "matching"):
            options = list(question.options)
            rng.shuffle(options)
            question = replace(question, options=tuple(options))
        shuffled.append(question)
    return replace(quiz, questions=tuple(shuffled))


def quiz_versions(quiz: Quiz, count: int) -> list[tuple[str, Quiz]]:
    """(label, quiz) per version; one version is the quiz unchanged and unlabelled."""
    labels = version_labels(count)
    if labels == [""]:
        return [("", quiz)]
    return [(label, shuffle_version(quiz, label)) for label in labels]


def version_suffix(label: str, suffix: str) -> str:
    """Suffix "-A.pdf" for version A, ".pdf" for an unlabelled quiz."""
    return f"-{label}{suffix}" if label else suffix


def xml_bytes(root: ET.Element) -> bytes:
    """An XML document, indented, UTF-8, with declaration and final newline (Moodle, QTI)."""
    ET.indent(root)
    data: bytes = ET.tostring(root, encoding="UTF-8", xml_declaration=True)
    return data + b"\n"
