"""Format text2qti: parsed by the text2qti package itself (offline, as a library)."""

from __future__ import annotations

import html

import pytest
from lxml import html as lxml_html

from quizgen.export import export
from quizgen.records import Quiz

text2qti_quiz = pytest.importorskip("text2qti.quiz")
text2qti_config = pytest.importorskip("text2qti.config")


def _parse(quiz: Quiz) -> list[object]:
    (artifact,) = export(quiz, "text2qti")
    assert artifact.suffix == ".text2qti.txt"
    parsed = text2qti_quiz.Quiz(
        artifact.data.decode(), config=text2qti_config.Config(), source_name="quiz"
    )
    return list(parsed.questions_and_delims)


def _html(xml_escaped: str) -> lxml_html.HtmlElement:
    """text2qti keeps HTML XML-escaped for its templates: undo that, then parse the HTML."""
    return lxml_html.fromstring(f"<div>{html.unescape(xml_escaped)}</div>")


def test_text2qti_accepts_every_question(sample_quiz: Quiz) -> None:
    questions = _parse(sample_quiz)
    # Matching becomes one multiple-choice question per pair.
    assert [q.type for q in questions] == [
        "short_answer_question",
        "short_answer_question",
        "multiple_choice_question",
        "multiple_choice_question",
        "multiple_choice_question",
        "multiple_choice_question",
        "multiple_choice_question",
        "short_answer_question",
        "multiple_choice_question",
    ]
    first = questions[0]
    assert [c.choice_raw for c in first.choices] == ["Kim Jong-un", "Kim"]
    mc = questions[2]
    right = [_html(c.choice_html_xml).text_content() for c in mc.choices if c.correct]
    assert right == ["Chung Eui-yong"]
    tf = questions[3]
    assert [(_html(c.choice_html_xml).text_content(), c.correct) for c in tf.choices] == [
        ("Waar", False),
        ("Niet waar", True),
    ]
    pair = questions[4]
    assert _html(pair.question_html_xml).xpath("//strong")[0].text == "Kim Jong-un"
    assert [_html(c.choice_html_xml).text_content() for c in pair.choices if c.correct] == [
        "leider"
    ]


def test_hostile_text_stays_literal(sample_quiz: Quiz) -> None:
    hostile = _parse(sample_quiz)[7]
    tree = _html(hostile.question_html_xml)
    assert not tree.xpath("//script|//a|//em|//img|//code")
    assert " ".join(tree.text_content().split()) == sample_quiz.questions[5].prompt
    assert [c.choice_raw for c in hostile.choices] == [sample_quiz.questions[5].answer]


def test_dollars_quotes_and_dashes_stay_as_typed(sample_quiz: Quiz) -> None:
    from dataclasses import replace

    prompt = 'Kost het $5 of $6 -- of "meer"...?'
    question = replace(sample_quiz.questions[0], prompt=prompt)
    quiz = replace(sample_quiz, questions=(question,))
    (parsed,) = _parse(quiz)
    assert _html(parsed.question_html_xml).text_content() == prompt
