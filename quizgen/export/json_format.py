"""Format ``json``: the quiz as data, in the documented schema ``quizgen/schema/quiz.schema.json``.

Keys come in a fixed order (dicts keep insertion order; no sorting) and the text is written
with ``ensure_ascii=False``, two-space indent and a final newline, so the same quiz always
gives the same bytes. Versions do not apply: the JSON is the quiz itself.
"""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any

from quizgen.export import Artifact, ExportOptions
from quizgen.records import Question, Quiz

SCHEMA_VERSION = "1.0"


def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) the ``json`` export follows."""
    text = files("quizgen").joinpath("schema", "quiz.schema.json").read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def question_to_dict(question: Question) -> dict[str, Any]:
    return {
        "id": question.id,
        "type": question.kind,
        "question": question.prompt,
        "answer": question.answer,
        "accepted_answers": list(question.accepted_answers),
        "options": list(question.options),
        "pairs": [{"left": p.left, "right": p.right} for p in question.pairs],
        "source_sentence": question.source_sentence,
        "points": question.points,
        "feedback": question.feedback,
    }


def quiz_to_dict(quiz: Quiz) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "lang": quiz.lang,
        "title": quiz.title,
        "date": quiz.date,
        "seed": quiz.seed,
        "questions": [question_to_dict(q) for q in quiz.questions],
        "entities": [{"text": e.text, "label": e.label} for e in quiz.entities],
    }


def export_json(quiz: Quiz, options: ExportOptions) -> list[Artifact]:
    text = json.dumps(quiz_to_dict(quiz), ensure_ascii=False, indent=2, sort_keys=False)
    return [Artifact(".json", (text + "\n").encode("utf-8"))]
