"""Format moodle: Moodle XML parsed back with lxml, every question compared with the quiz."""

from __future__ import annotations

import html

import pytest
from lxml import etree

from quizgen.export import export
from quizgen.export.common import moodle_shortanswer
from quizgen.records import TRUE, Quiz


def _parse(quiz: Quiz) -> etree._Element:
    (artifact,) = export(quiz, "moodle")
    assert artifact.suffix == ".moodle.xml"
    return etree.fromstring(artifact.data)


def _html_text(element: etree._Element, path: str) -> str:
    node = element.find(path)
    assert node is not None and node.getparent().get("format") == "html", path
    return html.unescape(node.text or "")


def test_moodle_round_trip(sample_quiz: Quiz) -> None:
    root = _parse(sample_quiz)
    assert root.tag == "quiz"
    questions = root.findall("question")
    assert [q.get("type") for q in questions] == [
        "shortanswer",
        "shortanswer",
        "multichoice",
        "truefalse",
        "matching",
        "shortanswer",
        "truefalse",
    ]
    for element, question in zip(questions, sample_quiz.questions, strict=True):
        assert element.findtext("idnumber") == question.id
        assert _html_text(element, "questiontext/text") == question.prompt
        assert element.findtext("defaultgrade") == str(question.points)
        answers = element.findall("answer")
        right = [a.findtext("text") for a in answers if a.get("fraction") == "100"]
        if question.kind in ("short_answer", "cloze"):
            assert right == [
                moodle_shortanswer(a)
                for a in dict.fromkeys((question.answer, *question.accepted_answers))
            ]
        elif question.kind == "multiple_choice":
            assert element.findtext("single") == "true"
            assert [html.unescape(a.findtext("text") or "") for a in answers] == list(
                question.options
            )
            assert [html.unescape(t or "") for t in right] == [question.answer]
        elif question.kind == "true_false":
            assert right == ["true" if question.answer == TRUE else "false"]
            assert len(answers) == 2
        elif question.kind == "matching":
            pairs = [
                (_html_text(sub, "text"), sub.findtext("answer/text"))
                for sub in element.findall("subquestion")
            ]
            assert pairs == [(p.left, p.right) for p in question.pairs]
        if question.source_sentence:
            assert _html_text(element, "generalfeedback/text") == question.source_sentence


def test_hostile_text_is_escaped_twice_for_html_fields(sample_quiz: Quiz) -> None:
    (artifact,) = export(sample_quiz, "moodle")
    # XML-escaped HTML-escaped: after XML parsing Moodle still sees &lt;script&gt;.
    assert b"&amp;lt;script&amp;gt;" in artifact.data
    root = etree.fromstring(artifact.data)
    assert "<script>" not in (root.findall("question")[5].findtext("questiontext/text") or "")


@pytest.mark.parametrize(("text", "expected"), [("a*b", "a\\*b"), ("x\ny", "x y")])
def test_moodle_shortanswer_escapes_the_wildcard(text: str, expected: str) -> None:
    assert moodle_shortanswer(text) == expected


def test_moodle_is_deterministic(sample_quiz: Quiz) -> None:
    assert export(sample_quiz, "moodle") == export(sample_quiz, "moodle")
