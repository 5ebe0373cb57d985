"""Format gift: parsed back with gift-pegjs 1.0.2 (installed by CI into .ci/node)."""

from __future__ import annotations

import html
import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from quizgen.export import export
from quizgen.export.common import moodle_shortanswer
from quizgen.export.gift import gift_escape
from quizgen.records import TRUE, Quiz

ROOT = Path(__file__).resolve().parents[1]
PARSER = ROOT / ".ci" / "node" / "node_modules" / "gift-pegjs"
INSTALL = "npm install --no-save --prefix .ci/node gift-pegjs@1.0.2"


def _parse(gift: str) -> list[dict[str, Any]]:
    node = shutil.which("node")
    if node is None or not PARSER.is_dir():
        reason = f"gift-pegjs is not installed (run: {INSTALL})"
        if os.environ.get("CI"):
            pytest.fail(reason + "; CI must install it")
        pytest.skip(reason)
    result = subprocess.run(
        [node, str(ROOT / "tests" / "gift_parse.js")],
        input=gift,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    parsed: list[dict[str, Any]] = json.loads(result.stdout)
    return parsed


def _text(field: dict[str, str]) -> str:
    """What Moodle would show: HTML fields are unescaped once."""
    return html.unescape(field["text"]) if field["format"] == "html" else field["text"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a=b", "a\\=b"),
        ("{x}", "\\{x\\}"),
        ("~#:", "\\~\\#\\:"),
        ("a\\b", "a\\\\b"),
        ("a\nb", "a b"),
    ],
)
def test_gift_escape(text: str, expected: str) -> None:
    assert gift_escape(text) == expected


def test_gift_round_trips_through_gift_pegjs(sample_quiz: Quiz) -> None:
    (artifact,) = export(sample_quiz, "gift")
    assert artifact.suffix == ".gift.txt"
    parsed = _parse(artifact.data.decode())
    assert len(parsed) == len(sample_quiz.questions)
    expected_type = {
        "short_answer": "Short",
        "cloze": "Short",
        "multiple_choice": "MC",
        "true_false": "TF",
        "matching": "Matching",
    }
    for got, question in zip(parsed, sample_quiz.questions, strict=True):
        assert got["type"] == expected_type[question.kind], question.id
        assert got["title"].endswith(question.id)
        stem = _text(got["stem"])
        if question.kind == "cloze":
            assert got["hasEmbeddedAnswers"] is True
            assert stem == question.prompt  # the parser shows the blank as _____
        else:
            assert stem == question.prompt
        if question.kind in ("short_answer", "cloze"):
            answers = [c["text"]["text"] for c in got["choices"] if c["isCorrect"]]
            assert answers == [
                moodle_shortanswer(a)
                for a in dict.fromkeys((question.answer, *question.accepted_answers))
            ]
        elif question.kind == "multiple_choice":
            assert [_text(c["text"]) for c in got["choices"]] == list(question.options)
            assert [_text(c["text"]) for c in got["choices"] if c["isCorrect"]] == [question.answer]
        elif question.kind == "true_false":
            assert got["isTrue"] is (question.answer == TRUE)
        elif question.kind == "matching":
            assert [(_text(p["subquestion"]), p["subanswer"]) for p in got["matchPairs"]] == [
                (p.left, p.right) for p in question.pairs
            ]
        if question.source_sentence:
            assert _text(got["globalFeedback"]) == question.source_sentence


def test_hostile_text_never_reaches_moodle_as_html(sample_quiz: Quiz) -> None:
    (artifact,) = export(sample_quiz, "gift")
    parsed = _parse(artifact.data.decode())
    hostile = parsed[5]
    assert hostile["stem"]["format"] == "html"
    assert "<script>" not in hostile["stem"]["text"]
    assert "&lt;script&gt;" in hostile["stem"]["text"]


def test_gift_is_deterministic(sample_quiz: Quiz) -> None:
    assert export(sample_quiz, "gift") == export(sample_quiz, "gift")
