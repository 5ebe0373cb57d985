"""A table of bad and hostile inputs through ``quizgen make`` and what must come out.

Every row checks the exit code; for errors exactly one stderr line ``quizgen: error: …``
holding the expected words; never a traceback; and no partial or temp file in the output
folder. Rows run in-process (``cli.main``) with the fake quiz builder and fake exporters
(tests/cli_fakes.py), except the ``model`` rows, which use the real exporters and, when a
spaCy pipeline is installed, the real builder.
"""

from __future__ import annotations

import io
import json
import os
import pathlib
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import cli_fakes
import pytest
from cli_fakes import EN_ARTICLE, NL_ARTICLE, unwritable_dir

from quizgen import cli
from quizgen.errors import ModelError
from quizgen.export import FORMATS
from quizgen.inputs import MAX_INPUT_BYTES
from quizgen.outputs import TEMP_PREFIX

#: Formats registered by the real exporters, read before any test installs fakes.
REAL_FORMATS = frozenset(FORMATS)

NL_BODY = NL_ARTICLE.split("\n", 2)[2]
# Curly quotes, en dash, euro: bytes 0x80-0x9F, where cp1252 differs from latin-1.
CP1252_ARTICLE = NL_ARTICLE.replace("top", "\u201ctop\u201d \u2013 \u20ac")
FRENCH = (
    "Le président de la République a annoncé mardi que le gouvernement allait investir deux "
    "milliards d'euros dans les écoles, selon un communiqué publié par l'Élysée après le "
    "conseil des ministres.\n"
)
GERMAN = (
    "Der Bundeskanzler hat am Dienstag angekündigt, dass die Regierung zwei Milliarden Euro "
    "in die Schulen investieren wird, wie aus einer Mitteilung hervorgeht.\n"
)
CHINESE = (
    "中国国家主席周二宣布\uff0c政府将向学校投资二十亿欧元\u3002学校将在九月开始招收更多学生\u3002\n"
)
HTML_PAGE = (
    "<!DOCTYPE html>\n<html lang='nl'><head><title>Nieuws</title><script src='a.js'></script>"
    f"</head><body><article><p>{NL_BODY}</p></article></body></html>\n"
)
SCRIPT_ARTICLE = NL_ARTICLE.replace(
    "woensdag bekend.", "woensdag bekend. <script>alert('xss')</script><img src=x onerror=alert(1)>"
)
MARKDOWN_ARTICLE = NL_ARTICLE.replace(
    "De Noorse", "## Kop\n\n* **De** [Noorse](javascript:alert(1))"
)

#: Markup that would run or load something if the article's text came through unescaped.
LIVE_MARKUP = re.compile(r"<script|<img|(?<!\\)\]\(javascript:|href=[\"']?javascript:", re.I)

Setup = Callable[[Path], list[str]]


def article(data: bytes, *options: str, name: str = "article.txt") -> Setup:
    """``make <tmp>/<name> -o <tmp>/out <options>`` with ``data`` as the file's bytes."""

    def setup(tmp: Path) -> list[str]:
        path = tmp / name
        path.write_bytes(data)
        return ["make", str(path), "-o", str(tmp / "out"), *options]

    return setup


def nl(*options: str) -> Setup:
    return article(NL_ARTICLE.encode(), *options)


def path_arg(make_path: Callable[[Path], str]) -> Setup:
    return lambda tmp: ["make", make_path(tmp), "-o", str(tmp / "out")]


def from_stdin(tmp: Path) -> list[str]:
    return ["make", "-", "-o", str(tmp / "out")]


def huge(tmp: Path) -> str:
    path = tmp / "huge.txt"
    sentence = NL_BODY.encode()
    with path.open("wb") as f:
        f.write(sentence * (MAX_INPUT_BYTES // len(sentence) + 1))
    assert path.stat().st_size > MAX_INPUT_BYTES
    return str(path)


def escape_name(tmp: Path) -> str:
    """A (missing) file whose name clears the screen, reverses text and breaks the line."""
    return str(tmp / "a\x1b[2J\u202e\n.txt")


def empty_folder(tmp: Path) -> str:
    (tmp / "folder").mkdir()
    return str(tmp / "folder")


def symlink_loop(tmp: Path) -> str:
    (tmp / "loop.txt").symlink_to(tmp / "loop.txt")
    return str(tmp / "loop.txt")


def unreadable(tmp: Path) -> str:
    path = tmp / "secret.txt"
    path.write_text(NL_ARTICLE)
    path.chmod(0o000)
    return str(path)


def out_is_file(tmp: Path) -> list[str]:
    (tmp / "out").write_text("I am a file")
    return [*nl()(tmp)]


def out_not_writable(tmp: Path) -> list[str]:
    argv = nl()(tmp)
    argv[argv.index("-o") + 1] = str(unwritable_dir(tmp))
    return argv


def traversal_jsonl(tmp: Path) -> list[str]:
    path = tmp / "set.jsonl"
    path.write_text(json.dumps({"id": "../../../tmp/evil", "text": NL_ARTICLE}) + "\n", "utf-8")
    return ["make", str(path), "-o", str(tmp / "out")]


@dataclass(frozen=True)
class Row:
    setup: Setup
    code: int
    message: str = ""
    stdin: bytes | None = None
    #: Outputs expected for exit 0: file name stems in the output folder.
    stem: str = "article"


ROWS: dict[str, Row] = {
    "empty-file": Row(article(b""), 3, "the text is empty"),
    "whitespace-only": Row(article(b" \n\t\r\n  \xc2\xa0\n"), 3, "the text is empty"),
    "dev-null": Row(path_arg(lambda tmp: os.devnull), 3, "the text is empty"),
    "nul-bytes": Row(article(b"De minister\x00\x00 zei\x00 iets."), 3, "looks like a binary file"),
    "png-magic": Row(article(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), 3, "looks like a PNG image"),
    "pdf-magic": Row(article(b"%PDF-1.7\n1 0 obj\n"), 3, "looks like a PDF"),
    "zip-magic": Row(article(b"PK\x03\x04\x14\x00\x06\x00"), 3, "looks like a zip archive"),
    "elf-magic": Row(article(b"\x7fELF\x02\x01\x01\x00"), 3, "looks like an executable"),
    "random-binary": Row(article(bytes(range(256)) * 8), 3, "looks like a binary file"),
    "invalid-utf8": Row(article(bytes(range(0x80, 0x100)) * 8), 3, "not UTF-8 text"),
    "latin1-dutch": Row(article(NL_ARTICLE.encode("latin-1")), 0),
    "cp1252-dutch": Row(article(CP1252_ARTICLE.encode("cp1252")), 0),
    "utf16-bom": Row(article(NL_ARTICLE.encode("utf-16")), 0),
    "utf8-bom-crlf": Row(article(b"\xef\xbb\xbf" + NL_ARTICLE.replace("\n", "\r\n").encode()), 0),
    "utf16-no-bom": Row(article(NL_ARTICLE.encode("utf-16-le")), 3, "looks like a binary file"),
    "huge-file": Row(path_arg(huge), 3, "over the 1 MB limit"),
    "endless-device": Row(path_arg(lambda tmp: "/dev/zero"), 3, "over the 1 MB limit"),
    "missing-file": Row(path_arg(lambda tmp: str(tmp / "nope.txt")), 3, "no such file"),
    "escapes-in-file-name": Row(path_arg(escape_name), 3, "a?[2J? .txt: no such file"),
    "empty-folder": Row(path_arg(empty_folder), 3, "no *.txt files"),
    "symlink-loop": Row(path_arg(symlink_loop), 3, "cannot read"),
    "unreadable-file": Row(path_arg(unreadable), 3, "permission denied"),
    "output-is-a-file": Row(out_is_file, 5, "it is a file"),
    "output-not-writable": Row(out_not_writable, 5, "Permission denied"),
    "html-page": Row(article(HTML_PAGE.encode()), 3, "looks like an HTML page"),
    "markdown-in-text": Row(article(MARKDOWN_ARTICLE.encode()), 0),
    "english-as-dutch": Row(
        article(EN_ARTICLE.encode()), 3, "looks English, not Dutch; use --lang en"
    ),
    "dutch-as-english": Row(nl("--lang", "en"), 3, "looks Dutch, not English; use --lang nl"),
    "french": Row(article(FRENCH.encode()), 3, "looks French, not Dutch"),
    "german": Row(article(GERMAN.encode()), 3, "looks German, not Dutch"),
    "chinese": Row(article(CHINESE.encode()), 3, "looks Chinese"),
    "only-numbers": Row(article(b"2024 12 31 1.000.000 3,14 -7 %"), 3, "no words"),
    "single-word": Row(article(b"Tromso\n"), 3, "too short to make a quiz"),
    "unknown-format": Row(nl("--format", "md,docx"), 2, "unknown format 'docx'"),
    "unknown-lang": Row(nl("--lang", "fr"), 2, "invalid choice: 'fr'"),
    "unknown-kind": Row(nl("--kinds", "cloze,essay"), 2, "unknown question kind 'essay'"),
    "zero-questions": Row(nl("--questions", "0"), 2, "must be at least 1, not 0"),
    "negative-questions": Row(nl("--questions", "-5"), 2, "must be at least 1, not -5"),
    "unknown-model": Row(nl("--model", "xx_no_such_model"), 4, "unknown model 'xx_no_such_model'"),
    "stdin": Row(from_stdin, 0, stdin=NL_ARTICLE.encode(), stem="quiz"),
    "stdin-binary": Row(from_stdin, 3, "<stdin> looks like a PDF", stdin=b"%PDF-1.4"),
    "control-chars": Row(article(NL_ARTICLE.replace(" ", "\x07 \x1b[31m", 3).encode()), 0),
    "long-single-line": Row(article(NL_BODY.replace("\n", " ").encode() * 2000), 0),
    "rtl-and-emoji": Row(article((NL_ARTICLE + "\u202e🎉🇳🇱 مرحبا שלום\u200f\n").encode()), 0),
    "jsonl-path-traversal": Row(traversal_jsonl, 0, stem="tmp-evil"),
    "script-in-article": Row(article(SCRIPT_ARTICLE.encode()), 0),
}  # fmt: skip
#: Rows that need the real exporters (and use the model when there is one).
MODEL_ROWS = {"script-in-article", "markdown-in-text"}


def param(name: str) -> object:
    marks = [pytest.mark.model] if name in MODEL_ROWS else []
    return pytest.param(name, id=name, marks=marks)


def model_available() -> bool:
    try:
        from quizgen.nlp import resolve_model

        resolve_model("nl")
    except ModelError:
        return False
    return True


def test_the_table_is_big_enough() -> None:
    assert len(ROWS) >= 25


@pytest.mark.parametrize("name", [param(n) for n in ROWS])
def test_hostile_input(
    name: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    row = ROWS[name]
    real = name in MODEL_ROWS
    if real and not {"md", "html"} <= REAL_FORMATS:
        pytest.skip("needs the real md and html exporters")
    cli_fakes.install(monkeypatch, real_formats=real)
    if real and model_available():
        monkeypatch.undo()  # the real build_quiz, the real registry
    argv = row.setup(tmp_path)
    if real:
        argv += ["--format", "md,html"]
    if name == "unreadable-file" and os.geteuid() == 0:
        # Root reads any file whatever its mode: make opening it fail as for a user.
        target = argv[1]
        real_open = pathlib.Path.open

        def deny(self: Path, *args: object, **kwargs: object) -> object:
            if str(self) == target:
                raise PermissionError(13, "Permission denied", target)
            return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

        monkeypatch.setattr(pathlib.Path, "open", deny)
    if row.stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(row.stdin)))

    code = cli.main(argv)
    out, err = capsys.readouterr()

    assert code == row.code, err
    assert "Traceback" not in err
    assert err.rstrip("\n").isprintable()  # no terminal escapes from names
    out_dir = Path(argv[argv.index("-o") + 1])
    files = sorted(p.name for p in out_dir.iterdir()) if out_dir.is_dir() else []
    assert not [f for f in files if f.startswith(TEMP_PREFIX)]
    if code:
        assert len(err.splitlines()) == 1, err
        assert err.startswith("quizgen: error: ") and row.message in err
        assert out == ""
        if out_dir.is_dir() and out_dir != Path("/sys"):
            assert files == []
        return
    assert err == ""
    assert files and all(f.startswith(row.stem) for f in files)
    assert sorted(Path(line).name for line in out.splitlines()) == files
    for path in out_dir.iterdir() if real else ():
        if path.suffix in (".md", ".html"):
            # Article markup stays visible text, never live markup in what we write.
            assert not LIVE_MARKUP.search(path.read_text("utf-8")), path.name


def test_failing_export_keeps_earlier_output_and_leaves_no_temp_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    cli_fakes.install(monkeypatch)
    argv = nl("--format", "md")(tmp_path)
    assert cli.main(argv) == 0
    out_dir = tmp_path / "out"
    before = {p.name: p.read_bytes() for p in out_dir.iterdir()}
    assert before.keys() == {"article.md", "article.key.md"}

    # The same article again with a new title: md is made, then json fails midway.
    def json_fails(quiz: object, options: object) -> list[object]:
        raise RuntimeError("json exporter crashed")

    monkeypatch.setattr(
        sys.modules[f"quizgen.export.{cli_fakes.FAKE_MODULE}"], "export_json", json_fails
    )
    code = cli.main([*argv, "--format", "md,json", "--title", "Nieuw"])
    _, err = capsys.readouterr()
    assert code == 70 and "json exporter crashed" in err and len(err.splitlines()) == 1
    after = {p.name: p.read_bytes() for p in out_dir.iterdir()}
    assert after == before
