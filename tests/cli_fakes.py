"""Fakes for the CLI tests: a quiz builder without a spaCy model, exporters without WeasyPrint.

Also :func:`unwritable_dir` for the tests of output errors.

The fake builder checks its input exactly like the real API (``check_text`` on the body
after the date line, ``resolve_model`` for a named model) and then returns the hand-made
quiz from conftest with the article's first line as title, so that outputs differ per
article. Fake formats are registered under the real format names in the registry.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sys
import types
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import make_quiz

from quizgen import cli
from quizgen.export import FORMATS, Artifact, ExportOptions
from quizgen.inputs import check_text, split_metadata
from quizgen.records import Quiz, QuizRequest

FAKE_MODULE = "_fake_for_tests"
NL_ARTICLE = (
    "date 2024-09-18\n"
    "Noorwegen nodigt Finland en Zweden uit voor top\n\n"
    "De Noorse premier Ingrid Halvorsen heeft haar Finse ambtgenoot en de Zweedse premier "
    "uitgenodigd voor een top over de veiligheid in het Noordpoolgebied. De ontmoeting vindt "
    "op 14 oktober plaats in Tromsø, maakte het ministerie woensdag bekend.\n"
)
EN_ARTICLE = (
    "Chile invites Argentina to summit on melting glaciers\n\n"
    "Chilean President Valentina Rojas has invited her Argentine counterpart to a summit on "
    "the protection of glaciers in the Andes. The meeting will take place on 3 June in Punta "
    "Arenas, the foreign ministry announced on Tuesday.\n"
)

#: Every call of the fake builder: (text, keyword arguments).
calls: list[tuple[str, dict[str, object]]] = []
#: Every ExportOptions the fake exporters saw.
seen_options: list[ExportOptions] = []


def fake_build_quiz(
    text: str,
    *,
    lang: str = "nl",
    seed: int = 0,
    title: str | None = None,
    max_questions: int | None = None,
    kinds: Sequence[str] | None = None,
    model: str | None = None,
    source_name: str = "",
) -> Quiz:
    calls.append(
        (
            text,
            {
                "lang": lang,
                "seed": seed,
                "title": title,
                "max_questions": max_questions,
                "kinds": kinds,
                "model": model,
                "source_name": source_name,
            },
        )
    )
    article = split_metadata(text)
    check_text(article.text, lang)
    if model is not None:
        from quizgen.nlp import resolve_model

        resolve_model(lang, model)
    quiz = make_quiz(lang)
    questions = tuple(q for q in quiz.questions if not kinds or q.kind in kinds)
    return replace(
        quiz,
        title=title or article.text.strip().splitlines()[0][:80],
        questions=questions[:max_questions] if max_questions else questions,
        seed=seed,
        date=article.date,
        source_name=source_name,
    )


def fake_build_quizzes(requests: Sequence[QuizRequest]) -> list[Quiz | Exception]:
    """The fake builder for several articles: each article's quiz or its error, in order."""
    results: list[Quiz | Exception] = []
    for r in requests:
        try:
            # The request's fields are the keywords of build_quiz.
            results.append(fake_build_quiz(**dataclasses.asdict(r)))
        except Exception as err:
            results.append(err)
    return results


def export_md(quiz: Quiz, options: ExportOptions) -> list[Artifact]:
    seen_options.append(options)
    body = "".join(f"{i}. {q.prompt}\n" for i, q in enumerate(quiz.questions, 1))
    key = "".join(f"{i}. {q.answer}\n" for i, q in enumerate(quiz.questions, 1))
    return [
        Artifact(".md", f"# {quiz.title}\n\n{body}".encode()),
        Artifact(".key.md", f"# {quiz.title}\n\n{key}".encode()),
    ]


def export_json(quiz: Quiz, options: ExportOptions) -> list[Artifact]:
    data = json.dumps(dataclasses.asdict(quiz), ensure_ascii=False, sort_keys=True)
    return [Artifact(".json", data.encode())]


def export_pdf(quiz: Quiz, options: ExportOptions) -> list[Artifact]:
    letters = "ABCDEFGHIJ"[: options.versions]
    return [Artifact(f"-{v}.pdf", f"%PDF-fake {v} {quiz.title}".encode()) for v in letters]


def export_broken(quiz: Quiz, options: ExportOptions) -> list[Artifact]:
    raise RuntimeError("exporter bug")


FAKE_FORMATS = {
    "md": ("export_md", "fake Markdown"),
    "json": ("export_json", "fake JSON"),
    "pdf": ("export_pdf", "fake PDF"),
    "broken": ("export_broken", "always raises"),
}


def install(monkeypatch: pytest.MonkeyPatch, *, real_formats: bool = False) -> None:
    """Route quizgen.cli's build_quizzes to the fake; register the fake formats.

    ``real_formats``: keep the real exporters registered, adding only those missing.
    """
    calls.clear()
    seen_options.clear()
    monkeypatch.setattr(cli, "build_quizzes", fake_build_quizzes)
    module = types.ModuleType(f"quizgen.export.{FAKE_MODULE}")
    for func, _ in FAKE_FORMATS.values():
        setattr(module, func, globals()[func])
    monkeypatch.setitem(sys.modules, module.__name__, module)
    for name, (func, description) in FAKE_FORMATS.items():
        if not (real_formats and name in FORMATS):
            monkeypatch.setitem(FORMATS, name, (FAKE_MODULE, func, description))


def unwritable_dir(tmp_path: Path) -> Path:
    """An existing folder this process cannot create files in.

    Tests run as root, which ignores permission bits, so then use /sys (sysfs refuses new
    files even to root), or skip when that is writable too.
    """
    if os.geteuid() != 0:
        folder = tmp_path / "ro"
        folder.mkdir()
        folder.chmod(0o555)
        return folder
    probe = Path("/sys/.quizgen-probe")
    try:
        probe.touch()
    except OSError:
        return Path("/sys")
    probe.unlink()
    pytest.skip("running as root and /sys is writable: no unwritable folder to test with")
