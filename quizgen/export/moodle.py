"""Format ``moodle``: Moodle XML (``.moodle.xml``) for Moodle's question bank import.

Types: ``shortanswer``, ``multichoice`` (single answer), ``truefalse``, ``matching``. A cloze
question becomes a ``shortanswer`` whose text shows the blank: Moodle's own ``cloze`` type
embeds answers in a mini-language with its own escaping rules (``}``, ``#``, ``~``, ``/``,
``"`` and more, differently per sub-type) that platforms handle inconsistently, so the
robust choice is the plain short answer.

ElementTree escapes the XML. On top of that, fields Moodle shows as HTML (``format="html"``)
are HTML-escaped, since after XML parsing Moodle would run ``<script>`` as markup; short
answers (compared as text, ``*`` is a wildcard) and matching answers (listed as plain text)
are not. Versions do not apply: Moodle shuffles options itself.
"""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET

from quizgen.export import Artifact, ExportOptions
from quizgen.export.common import (
    accepted_answers,
    correct_option_index,
    feedback_text,
    matching_rows,
    moodle_shortanswer,
    one_line,
    xml_bytes,
)
from quizgen.records import TRUE, Question, Quiz

MOODLE_TYPES = {
    "short_answer": "shortanswer",
    "cloze": "shortanswer",
    "multiple_choice": "multichoice",
    "true_false": "truefalse",
    "matching": "matching",
}


def _text(parent: ET.Element, tag: str, text: str, fmt: str | None = None) -> ET.Element:
    """``<tag format=…><text>text</text></tag>``: Moodle's wrapper for every text field."""
    element = ET.SubElement(parent, tag, {"format": fmt} if fmt else {})
    ET.SubElement(element, "text").text = text
    return element


def _html(text: str) -> str:
    """Text for a field Moodle renders as HTML."""
    return html.escape(one_line(text), quote=False)


def _answer(parent: ET.Element, fraction: int, text: str, fmt: str) -> None:
    answer = ET.SubElement(parent, "answer", {"fraction": str(fraction), "format": fmt})
    ET.SubElement(answer, "text").text = text
    _text(answer, "feedback", "", "html")


def question_to_element(question: Question, number: int) -> ET.Element:
    element = ET.Element("question", {"type": MOODLE_TYPES[question.kind]})
    _text(element, "name", one_line(f"{number}. {question.id}"))
    _text(element, "questiontext", _html(question.prompt), "html")
    _text(element, "generalfeedback", _html(feedback_text(question)), "html")
    ET.SubElement(element, "defaultgrade").text = str(question.points)
    ET.SubElement(element, "penalty").text = "0.3333333"
    ET.SubElement(element, "hidden").text = "0"
    ET.SubElement(element, "idnumber").text = question.id

    kind = question.kind
    if kind in ("short_answer", "cloze"):
        ET.SubElement(element, "usecase").text = "0"
        for text in accepted_answers(question):
            _answer(element, 100, moodle_shortanswer(text), "moodle_auto_format")
    elif kind == "multiple_choice":
        ET.SubElement(element, "single").text = "true"
        ET.SubElement(element, "shuffleanswers").text = "true"
        ET.SubElement(element, "answernumbering").text = "abc"
        right = correct_option_index(question)
        for i, option in enumerate(question.options):
            _answer(element, 100 if i == right else 0, _html(option), "html")
    elif kind == "true_false":
        is_true = question.answer == TRUE
        _answer(element, 100 if is_true else 0, "true", "moodle_auto_format")
        _answer(element, 0 if is_true else 100, "false", "moodle_auto_format")
    elif kind == "matching":
        ET.SubElement(element, "shuffleanswers").text = "true"
        for left, match, _ in matching_rows(question):
            sub = _text(element, "subquestion", _html(left), "html")
            ET.SubElement(ET.SubElement(sub, "answer"), "text").text = one_line(match)
    return element


def quiz_to_moodle_xml(quiz: Quiz) -> bytes:
    root = ET.Element("quiz")
    root.append(ET.Comment(f" {one_line(quiz.title).replace('--', '- -')} (quizgen) "))
    for number, question in enumerate(quiz.questions, start=1):
        root.append(question_to_element(question, number))
    return xml_bytes(root)


def export_moodle(quiz: Quiz, options: ExportOptions) -> list[Artifact]:
    return [Artifact(".moodle.xml", quiz_to_moodle_xml(quiz))]
