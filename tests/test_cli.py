"""The quizgen command line with a fake quiz builder (no model) and fake exporters."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import cli_fakes
import pytest
from cli_fakes import EN_ARTICLE, NL_ARTICLE

from quizgen import __version__, cli
from quizgen.errors import ModelError, NoQuestionsError
from quizgen.records import Quiz, QuizRequest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def fakes(monkeypatch: pytest.MonkeyPatch) -> None:
    cli_fakes.install(monkeypatch)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "artikel.txt"
    path.write_text(NL_ARTICLE, encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_help_version_and_formats(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0 and "make" in out and "formats" in out
    code, out, _ = run(capsys, "make", "--help")
    assert code == 0 and "--template-dir" in out and "--jobs" in out
    assert run(capsys, "--version")[:2] == (0, f"quizgen {__version__}\n")
    code, out, _ = run(capsys, "formats")
    assert code == 0
    assert "md" in out.split() and "broken" in out.split() and "fake JSON" in out


def test_make_writes_every_format_named_after_the_input(
    capsys: pytest.CaptureFixture[str], article: Path, tmp_path: Path
) -> None:
    out_dir = tmp_path / "out"
    code, out, err = run(capsys, "make", str(article), "-o", str(out_dir))
    assert (code, err) == (0, "")
    names = sorted(p.name for p in out_dir.iterdir())
    assert names == ["artikel-A.pdf", "artikel.json", "artikel.key.md", "artikel.md"]
    assert out.splitlines() == [
        str(out_dir / n) for n in ("artikel.md", "artikel.key.md", "artikel-A.pdf", "artikel.json")
    ]
    assert (
        (out_dir / "artikel.md")
        .read_text("utf-8")
        .startswith("# Noorwegen nodigt Finland en Zweden uit voor top\n")
    )


def test_default_output_folder_is_build(
    capsys: pytest.CaptureFixture[str],
    article: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    assert run(capsys, "make", str(article), "--format", "md")[0] == 0
    assert (tmp_path / "build" / "artikel.md").is_file()


def test_make_passes_options_to_the_api_and_exporters(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = tmp_path / "chile.txt"
    source.write_text(EN_ARTICLE, encoding="utf-8")
    templates = tmp_path / "tpl"
    templates.mkdir()
    argv = [
        "make", str(source), "-o", str(tmp_path / "o"), "--format", "md, pdf,md",
        "--lang", "en", "--seed", "7", "--title", "Glaciers", "--questions", "2",
        "--kinds", "cloze,short_answer", "--versions", "3", "--template-dir", str(templates),
    ]  # fmt: skip
    code, _, err = run(capsys, *argv)
    assert (code, err) == (0, "")
    [(text, kwargs)] = cli_fakes.calls
    assert text == EN_ARTICLE
    assert kwargs == {
        "lang": "en", "seed": 7, "title": "Glaciers", "max_questions": 2,
        "kinds": ("cloze", "short_answer"), "model": None, "source_name": "chile.txt",
    }  # fmt: skip
    assert cli_fakes.seen_options[0].versions == 3
    assert cli_fakes.seen_options[0].template_dir == templates
    names = sorted(p.name for p in (tmp_path / "o").iterdir())
    assert names == ["chile-A.pdf", "chile-B.pdf", "chile-C.pdf", "chile.key.md", "chile.md"]


def test_stdin_is_named_quiz(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(NL_ARTICLE.encode())))
    code, _, err = run(capsys, "make", "-", "-o", str(tmp_path), "--format", "md")
    assert (code, err) == (0, "")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["quiz.key.md", "quiz.md"]
    assert cli_fakes.calls[0][1]["source_name"] == "<stdin>"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        ([], "required: COMMAND"),
        (["make"], "required: FILE"),
        (["frobnicate"], "invalid choice"),
        (["make", "a.txt", "--format", "md,docx"], "unknown format 'docx'; choose from:"),
        (["make", "a.txt", "--format", " , "], "no format given"),
        (["make", "a.txt", "--kinds", "essay"], "unknown question kind 'essay'"),
        (["make", "a.txt", "--lang", "fr"], "invalid choice: 'fr'"),
        (["make", "a.txt", "--questions", "0"], "must be at least 1, not 0"),
        (["make", "a.txt", "--questions", "-3"], "must be at least 1, not -3"),
        (["make", "a.txt", "--questions", "many"], "not a whole number"),
        (["make", "a.txt", "--jobs", "0"], "must be at least 1"),
        (["make", "a.txt", "--versions", "0"], "must be at least 1"),
        (["make", "a.txt", "--seed", "x"], "invalid int value"),
        (["make", "-", "-"], "read only once"),
        (["make", "a.txt", "--template-dir", "/nonexistent/tpl"], "does not exist"),
        (["make", "a.txt", "--bogus"], "unrecognized arguments: --bogus"),
    ],
)
def test_usage_errors_are_one_line_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert len(err.splitlines()) == 1 and err.startswith("quizgen: error: ")
    assert message in err
    assert cli_fakes.calls == []


@pytest.mark.parametrize(
    ("error", "exit_code"),
    [(NoQuestionsError("no questions could be made"), 3), (ModelError("no model"), 4)],
)
def test_api_errors_exit_with_their_code(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    article: Path,
    tmp_path: Path,
    error: Exception,
    exit_code: int,
) -> None:
    def failing(requests: Sequence[QuizRequest]) -> list[Quiz | Exception]:
        return [error for _ in requests]

    monkeypatch.setattr(cli, "build_quizzes", failing)
    code, out, err = run(capsys, "make", str(article), "-o", str(tmp_path / "o"))
    assert (code, out, err) == (exit_code, "", f"quizgen: error: {error}\n")
    assert list((tmp_path / "o").iterdir()) == []


def test_internal_error_is_one_line_exit_70_traceback_with_debug(
    capsys: pytest.CaptureFixture[str], article: Path, tmp_path: Path
) -> None:
    argv = ["make", str(article), "-o", str(tmp_path), "--format", "md,broken"]
    code, _, err = run(capsys, *argv)
    assert code == 70
    assert err == (
        "quizgen: error: internal error: RuntimeError: exporter bug "
        "(run with --debug for the traceback)\n"
    )
    code, _, err = run(capsys, *argv, "--debug")
    assert code == 70
    assert "Traceback" in err and "export_broken" in err
    assert err.splitlines()[-1] == "quizgen: error: internal error: RuntimeError: exporter bug"
    assert list(tmp_path.glob("artikel*")) == [article]  # nothing written


def test_internal_error_outside_an_article_is_caught_too(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    article: Path,
    tmp_path: Path,
) -> None:
    def crash(*args: object, **kwargs: object) -> object:
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(cli.batch, "collect", crash)
    code, _, err = run(capsys, "make", str(article), "-o", str(tmp_path))
    assert code == 70
    assert err.startswith("quizgen: error: internal error: ZeroDivisionError: boom")
    assert "Traceback" not in err


def test_keyboard_interrupt_exits_130(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    article: Path,
    tmp_path: Path,
) -> None:
    def interrupted(requests: Sequence[QuizRequest]) -> list[Quiz | Exception]:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "build_quizzes", interrupted)
    code, _, err = run(capsys, "make", str(article), "-o", str(tmp_path / "o"))
    assert (code, err) == (130, "quizgen: error: interrupted\n")


def test_templates_copies_once_then_refuses(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    pytest.importorskip("quizgen.render")
    dest = tmp_path / "tpl"
    code, out, err = run(capsys, "templates", str(dest))
    assert (code, err) == (0, "")
    copied = sorted(p.name for p in dest.iterdir())
    assert copied and sorted(Path(line).name for line in out.splitlines()) == copied
    code, out, err = run(capsys, "templates", str(dest))
    assert code == 5 and out == ""
    assert len(err.splitlines()) == 1 and "will not overwrite" in err


# The fakes stand in for the builder (no model) and for formats not written yet.
CHECK_IMPORTS = """
import sys
import cli_fakes, pytest
import quizgen.cli
cli_fakes.install(pytest.MonkeyPatch(), real_formats=True)
{body}
# Nor what only HTML (markdown) or several processes (concurrent.futures.process) need.
unneeded = ("weasyprint", "spacy", "thinc", "markdown", "concurrent.futures.process")
heavy = sorted(m for m in unneeded if m in sys.modules)
print(",".join(heavy))
"""


@pytest.mark.parametrize(
    "body",
    [
        "quizgen.cli.build_parser().parse_args(['make', 'x.txt', '--format', 'md'])",
        "assert quizgen.cli.main(['--help']) == 0",
        "assert quizgen.cli.main(['make', '--help']) == 0",
        "assert quizgen.cli.main(['formats']) == 0",
        # A Markdown-only run: the real Markdown exporter if there is one.
        "assert quizgen.cli.main(['make', sys.argv[1], '-o', sys.argv[2], '--format', 'md']) == 0",
    ],
    ids=["parse", "help", "make-help", "formats", "markdown-run"],
)
def test_no_heavy_imports(body: str, article: Path, tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "tests"), str(ROOT)])}
    result = subprocess.run(
        [sys.executable, "-c", CHECK_IMPORTS.format(body=body), str(article), str(tmp_path)],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == ""  # no heavy module was imported


def test_python_dash_m_runs_the_cli() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "quizgen", "--version"],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert (result.returncode, result.stdout) == (0, f"quizgen {__version__}\n")


def test_the_console_exit_keeps_the_exit_code_and_the_error_line(tmp_path: Path) -> None:
    """``python -m quizgen`` (and the ``quizgen`` script) leave without the interpreter's
    teardown: the exit code and the one error line are still main's."""
    missing = str(tmp_path / "missing.txt")
    expected = cli.main(["make", missing, "-o", str(tmp_path)])
    result = subprocess.run(
        [sys.executable, "-m", "quizgen", "make", missing, "-o", str(tmp_path)],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert expected != 0 and result.returncode == expected
    assert len(result.stderr.splitlines()) == 1 and "missing.txt" in result.stderr


def test_spacy_entry_points_are_grouped_once_and_found_the_same() -> None:
    """quizgen.nlp.index_entry_points hands catalogue the environment's entry points by
    group: spaCy's registries find exactly the ones they found before (quizgen's own
    factories among them)."""
    from importlib.metadata import entry_points

    import catalogue
    import spacy

    from quizgen.nlp import index_entry_points

    expected = {ep.name: ep.value for ep in entry_points(group="spacy_factories")}
    index_entry_points()
    index_entry_points()  # a second call changes nothing
    assert isinstance(catalogue.AVAILABLE_ENTRY_POINTS, dict)
    grouped = catalogue.AVAILABLE_ENTRY_POINTS["spacy_factories"]
    assert {ep.name: ep.value for ep in grouped} == expected
    assert "quizgen_entity_rules" in expected
    # The registry through which spaCy loads factories from entry points.
    found = spacy.registry._entry_point_factories.get_entry_points()
    assert set(found) == set(expected)


def test_spacy_cli_is_imported_only_when_used() -> None:
    """quizgen never uses spaCy's command-line tools: importing spaCy through quizgen leaves
    them (and weasel, typer, httpx) unimported, and they load in full the moment a name of
    ``spacy.cli`` is used."""
    code = (
        "import sys, quizgen, quizgen.extract, spacy\n"
        "assert 'weasel' not in sys.modules and 'typer' not in sys.modules\n"
        "from spacy.cli import download\n"
        "assert callable(download) and 'typer' in sys.modules\n"
        "import spacy.cli\n"
        "assert callable(spacy.cli.info)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
