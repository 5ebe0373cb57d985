"""Format json: schema, fixed key order, determinism, round trip of every field."""

from __future__ import annotations

import json

import jsonschema
import pytest
from conftest import make_quiz

from quizgen.export import export
from quizgen.export.json_format import SCHEMA_VERSION, schema
from quizgen.records import Quiz


def _load(quiz: Quiz) -> dict[str, object]:
    (artifact,) = export(quiz, "json")
    assert artifact.suffix == ".json"
    loaded: dict[str, object] = json.loads(artifact.data)
    return loaded


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(schema())


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_output_validates_against_the_shipped_schema(lang: str) -> None:
    jsonschema.Draft202012Validator(schema()).validate(_load(make_quiz(lang)))


def test_schema_rejects_what_it_should() -> None:
    validator = jsonschema.Draft202012Validator(schema())
    data = _load(make_quiz())
    bad_tf = json.loads(json.dumps(data))
    bad_tf["questions"][3]["answer"] = "waar"
    assert not validator.is_valid(bad_tf)
    bad_cloze = json.loads(json.dumps(data))
    bad_cloze["questions"][1]["question"] = "no blank"
    assert not validator.is_valid(bad_cloze)
    extra = json.loads(json.dumps(data))
    extra["surprise"] = 1
    assert not validator.is_valid(extra)


def test_fixed_key_order_and_round_trip(sample_quiz: Quiz) -> None:
    data = _load(sample_quiz)
    assert list(data) == [
        "schema_version",
        "lang",
        "title",
        "date",
        "seed",
        "questions",
        "entities",
    ]
    assert data["schema_version"] == SCHEMA_VERSION
    assert (data["lang"], data["title"], data["date"], data["seed"]) == (
        "nl",
        sample_quiz.title,
        "2018-03",
        1,
    )
    questions = data["questions"]
    assert isinstance(questions, list)
    assert list(questions[0]) == [
        "id",
        "type",
        "question",
        "answer",
        "accepted_answers",
        "options",
        "pairs",
        "source_sentence",
        "points",
        "feedback",
    ]
    for got, question in zip(questions, sample_quiz.questions, strict=True):
        assert got["type"] == question.kind
        assert got["question"] == question.prompt
        assert got["answer"] == question.answer
        assert got["accepted_answers"] == list(question.accepted_answers)
        assert got["options"] == list(question.options)
        assert got["pairs"] == [{"left": p.left, "right": p.right} for p in question.pairs]
    assert data["entities"] == [
        {"text": "Kim Jong-un", "label": "PER"},
        {"text": "in mei", "label": "DATE"},
    ]


def test_bytes_are_deterministic_utf8_with_final_newline(sample_quiz: Quiz) -> None:
    (first,) = export(sample_quiz, "json")
    (second,) = export(make_quiz(), "json")
    assert first.data == second.data
    assert first.data.endswith(b"}\n")
    assert b"<script>alert(1)</script>" in first.data  # ensure_ascii=False, no escaping
    assert b'\n  "lang": "nl",\n' in first.data
