"""Batch runs: folders, JSONL, skipping bad articles, --jobs, progress and summary."""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from pathlib import Path

import cli_fakes
import pytest
from cli_fakes import EN_ARTICLE, NL_ARTICLE

from quizgen import batch, cli
from quizgen.batch import Item, Progress, collect, safe_stem
from quizgen.errors import InputError, ModelError
from quizgen.records import Quiz, QuizRequest

OTHER_NL = NL_ARTICLE.replace("Noorwegen nodigt", "Denemarken nodigt").replace(
    "date 2024", "date 2023"
)


@pytest.fixture(autouse=True)
def fakes(monkeypatch: pytest.MonkeyPatch) -> None:
    cli_fakes.install(monkeypatch)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("raw", "stem"),
    [
        ("artikel-12", "artikel-12"),
        ("../../etc/passwd", "etc-passwd"),
        ("/abs/path", "abs-path"),
        ("..", ""),
        (".hidden", "hidden"),
        ("a b\\c:d*e", "a-b-c-d-e"),
        ("Tromsø 2024", "Tromsø-2024"),
        ("x" * 300, "x" * 80),
    ],
)
def test_safe_stem(raw: str, stem: str) -> None:
    assert safe_stem(raw) == stem


def test_collect_a_folder_takes_its_txt_files_sorted(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "notes.md", "c.TXT.bak"):
        (tmp_path / name).write_text(NL_ARTICLE)
    (tmp_path / "sub.txt").mkdir()
    assert [(i.name, i.stem) for i in collect([str(tmp_path)])] == [
        (str(tmp_path / "a.txt"), "a"),
        (str(tmp_path / "b.txt"), "b"),
    ]
    empty = tmp_path / "empty"
    empty.mkdir()
    [item] = collect([str(empty)])
    assert isinstance(item.error, InputError) and "no *.txt files" in str(item.error)


def test_collect_gives_repeated_stems_a_number(tmp_path: Path) -> None:
    for folder in ("x", "y", "z"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.txt").write_text(NL_ARTICLE)
    items = collect([str(tmp_path / f / "a.txt") for f in "xyz"])
    assert [i.stem for i in items] == ["a", "a-2", "a-3"]


def write_jsonl(path: Path, lines: list[object]) -> Path:
    path.write_text(
        "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n", "utf-8"
    )
    return path


def test_collect_jsonl(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "set.jsonl",
        [
            {"id": "noorwegen", "text": NL_ARTICLE, "title": "Top"},
            {"text": EN_ARTICLE, "lang": "en"},
            "",
            {"id": "../../evil", "text": "x"},
            "{not json",
            ["a list"],
            {"id": "no-text"},
            {"text": "x", "lang": "fr"},
            {"text": "x", "id": True},
            {"text": "x", "title": 3},
            {"id": 7, "text": "x"},
            {"id": "noorwegen", "text": "x"},
        ],
    )
    items = collect([str(path)])
    assert [(i.name, i.stem) for i in items] == [
        (f"{path}:1", "noorwegen"),
        (f"{path}:2", "set-2"),
        (f"{path}:4", "evil"),
        (f"{path}:5", "set-5"),
        (f"{path}:6", "set-6"),
        (f"{path}:7", "set-7"),
        (f"{path}:8", "set-8"),
        (f"{path}:9", "set-9"),
        (f"{path}:10", "set-10"),
        (f"{path}:11", "7"),
        (f"{path}:12", "noorwegen-2"),
    ]
    assert (items[0].text, items[0].title, items[0].lang) == (NL_ARTICLE, "Top", None)
    assert items[1].lang == "en"
    errors = [str(i.error) if i.error else None for i in items]
    assert errors[:3] == [None, None, None]
    assert "invalid JSON" in str(errors[3])
    assert "expected a JSON object" in str(errors[4])
    assert 'no "text" string' in str(errors[5])
    assert "unsupported \"lang\" 'fr'" in str(errors[6])
    assert '"id" must be' in str(errors[7])
    assert '"title" must be' in str(errors[8])
    assert errors[9:] == [None, None]


def test_collect_jsonl_bounds_each_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "MAX_JSONL_LINE", 200)
    path = write_jsonl(
        tmp_path / "big.jsonl",
        [{"id": "big", "text": "woord " * 100}, {"id": "ok", "text": "kort"}],
    )
    big, ok = collect([str(path)])
    assert isinstance(big.error, InputError) and "line longer than" in str(big.error)
    assert (ok.stem, ok.text, ok.error) == ("ok", "kort", None)


def test_collect_jsonl_applies_the_article_size_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("quizgen.inputs.MAX_INPUT_BYTES", 100)
    path = write_jsonl(tmp_path / "a.jsonl", [{"text": "é" * 51}])
    [item] = collect([str(path)])
    assert isinstance(item.error, InputError) and "too large" in str(item.error)


def test_batch_skips_bad_articles_and_summarises(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(NL_ARTICLE)
    (src / "b.txt").write_text("")
    (src / "c.txt").write_text(OTHER_NL)
    jsonl = write_jsonl(tmp_path / "set.jsonl", [{"id": "en-1", "text": EN_ARTICLE, "lang": "en"}])
    out = tmp_path / "out"
    argv = ["make", str(src), str(jsonl), str(tmp_path / "missing.txt"), "-o", str(out)]
    code, stdout, err = run(capsys, *argv, "--format", "md")
    assert code == 3
    assert sorted(p.name for p in out.iterdir()) == [
        "a.key.md", "a.md", "c.key.md", "c.md", "en-1.key.md", "en-1.md",
    ]  # fmt: skip
    assert len(stdout.splitlines()) == 6
    lines = err.splitlines()
    assert lines[0].startswith("quizgen: done 3, skipped 2, ") and lines[0].endswith(" s")
    assert lines[1:] == [
        f"quizgen:   skipped {src / 'b.txt'}: the text is empty",
        f"quizgen:   skipped {tmp_path / 'missing.txt'}: {tmp_path / 'missing.txt'}: no such file",
    ]


def test_all_good_batch_exits_0(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(NL_ARTICLE)
    (tmp_path / "b.txt").write_text(OTHER_NL)
    code, _, err = run(capsys, "make", str(tmp_path), "-o", str(tmp_path / "o"), "--format", "md")
    assert code == 0
    assert err.startswith("quizgen: done 2, skipped 0, ") and len(err.splitlines()) == 1


def test_a_fatal_error_stops_the_batch(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_model(requests: Sequence[QuizRequest]) -> list[Quiz | Exception]:
        raise ModelError("unknown model 'xx'")

    monkeypatch.setattr(cli, "build_quizzes", no_model)
    for name in "abc":
        (tmp_path / f"{name}.txt").write_text(NL_ARTICLE)
    code, out, err = run(capsys, "make", str(tmp_path), "-o", str(tmp_path / "o"))
    assert (code, out, err) == (4, "", "quizgen: error: unknown model 'xx'\n")
    assert list((tmp_path / "o").iterdir()) == []


def test_internal_error_in_one_article(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def flaky(requests: Sequence[QuizRequest]) -> list[Quiz | Exception]:
        quizzes = cli_fakes.fake_build_quizzes(requests)
        return [IndexError("off by one") if "Denemarken" in r.text else q
                for r, q in zip(requests, quizzes, strict=True)]  # fmt: skip

    monkeypatch.setattr(cli, "build_quizzes", flaky)
    (tmp_path / "a.txt").write_text(OTHER_NL)
    (tmp_path / "b.txt").write_text(NL_ARTICLE)
    code, _, err = run(capsys, "make", str(tmp_path), "-o", str(tmp_path / "o"), "--format", "md")
    assert code == 70
    assert "skipped" in err and "internal error: IndexError: off by one (run with --debug" in err
    assert "Traceback" not in err
    assert sorted(p.name for p in (tmp_path / "o").iterdir()) == ["b.key.md", "b.md"]


def test_output_does_not_depend_on_jobs(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    articles = [NL_ARTICLE, OTHER_NL, "", NL_ARTICLE.replace("Tromsø", "Bergen")] * 2
    for i, text in enumerate(articles):
        (src / f"{i:02}.txt").write_text(text)
    results = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        code, stdout, err = run(capsys, "make", str(src), "-o", str(out), "--jobs", jobs)
        files = {p.name: p.read_bytes() for p in sorted(out.iterdir())}
        results.append((code, stdout.replace(str(out), "OUT"), err.splitlines()[1:], files))
    assert results[0] == results[1]
    assert results[0][0] == 3 and len(results[0][3]) == 6 * 4


def test_progress_only_on_a_terminal() -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    piped, tty = io.StringIO(), Tty()
    for stream in (piped, tty):
        progress = Progress(3, stream)
        for name in ("a", "b", "c"):
            progress.step(name)
        progress.close()
    assert piped.getvalue() == ""
    shown = tty.getvalue()
    assert "1/3 a" in shown and "3/3 c" in shown and "[####################]" in shown
    assert shown.endswith("\r\x1b[K")  # the bar is cleared before the summary
    single = Tty()
    Progress(1, single).step("a")
    assert single.getvalue() == ""


def test_item_errors_found_while_collecting_are_skipped(tmp_path: Path) -> None:
    item = Item(name="x.jsonl:3", stem="x-3", error=InputError("x.jsonl:3: invalid JSON"))
    settings = batch.Settings(formats=("md",))
    summary = batch.run([item], settings, tmp_path, cli_fakes.fake_build_quizzes)
    assert (summary.done, summary.skipped, summary.exit_code) == (
        0, [("x.jsonl:3", "x.jsonl:3: invalid JSON")], 3,
    )  # fmt: skip
    assert cli_fakes.calls == []


def test_summary_lines_are_printable() -> None:
    summary = batch.Summary(done=1, skipped=[("x\x1b[2J.txt", "bad\u202e\nreason")])
    assert batch.format_summary(summary, 1.25) == [
        "done 1, skipped 1, 1.2 s",
        "  skipped x?[2J.txt: bad? reason",
    ]
