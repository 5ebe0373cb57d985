"""The PDF's URL fetcher: only quizgen-asset: names load; nothing reaches the network or disk."""

from __future__ import annotations

import http.server
import io
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import ClassVar

import pytest
from conftest import make_quiz
from pypdf import PdfReader

from quizgen.export import ExportOptions, export
from quizgen.fetcher import FetchRefused, asset_url, load_asset
from quizgen.records import Quiz
from quizgen.render import builtin_templates


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9/x.png",
        "https://example.invalid/x.css",
        "file:///etc/passwd",
        "data:text/plain;base64,cm9vdDp4Og==",
        "ftp://127.0.0.1/x",
        "worksheet.css",
        "quizgen-asset:../pyproject.toml",
        "quizgen-asset:.hidden",
        "quizgen-asset:sub/worksheet.css",
        "quizgen-asset:__init__.py",
        "quizgen-asset:no-such-file.png",
    ],
)
def test_everything_but_assets_is_refused(url: str) -> None:
    with pytest.raises(FetchRefused):
        load_asset(url)


def test_builtin_and_user_assets_are_served(tmp_path: Path) -> None:
    data, mime = load_asset(asset_url("worksheet.css"))
    assert data == builtin_templates().joinpath("worksheet.css").read_bytes()
    assert mime == "text/css"
    (tmp_path / "worksheet.css").write_bytes(b"/* mine */")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG")
    assert load_asset(asset_url("worksheet.css"), tmp_path) == (b"/* mine */", "text/css")
    assert load_asset(asset_url("logo.png"), tmp_path) == (b"\x89PNG", "image/png")


def test_a_symlink_out_of_the_template_dir_is_refused(tmp_path: Path) -> None:
    (tmp_path / "passwd.txt").symlink_to("/etc/passwd")
    with pytest.raises(FetchRefused):
        load_asset(asset_url("passwd.txt"), tmp_path)


class _Recorder(http.server.BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        type(self).requests.append(self.path)
        body = b"root:x:0:0:served"
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[tuple[str, list[str]]]:
    """A local HTTP server on a free port that records every request it gets."""
    requests: ClassVar[list[str]] = []
    handler = type("Handler", (_Recorder,), {"requests": requests})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.timeout = 5
    thread = threading.Thread(
        target=httpd.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True
    )
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", requests
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def _hostile(base: str) -> str:
    return (
        f'<img src="{base}/x.png"> [link]({base}/) ![img]({base}/i.png) '
        '<img src="file:///etc/passwd"> '
        f'<link rel=stylesheet href="{base}/s.css"> <link rel=attachment href="file:///etc/passwd">'
        f'<style>@import url("{base}/i.css");</style> <iframe src="{base}/f"></iframe>'
    )


def _pdf_text_and_attachments(data: bytes) -> tuple[str, dict[str, object]]:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(p.extract_text() for p in reader.pages), dict(reader.attachments)


@pytest.mark.slow
def test_hostile_article_text_fetches_nothing(server: tuple[str, list[str]]) -> None:
    pytest.importorskip("weasyprint")
    base, requests = server
    quiz = make_quiz()
    hostile = _hostile(base)
    questions = (
        replace(quiz.questions[0], prompt=hostile, answer=hostile),
        replace(quiz.questions[2], prompt=hostile, options=(hostile, "b", "c"), answer="b"),
        *quiz.questions[1:2],
    )
    quiz = replace(quiz, title=hostile, questions=questions)
    artifacts = export(quiz, "pdf")
    assert requests == []
    for artifact in artifacts:
        text, attachments = _pdf_text_and_attachments(artifact.data)
        assert "root:x:" not in text and attachments == {}
        assert f"{base}/x.png" in text.replace("\n", "")  # shown as text instead


@pytest.mark.slow
def test_hostile_user_template_fetches_nothing(
    server: tuple[str, list[str]], tmp_path: Path, sample_quiz: Quiz
) -> None:
    # Escaping keeps tags out of article text; the fetcher is what stops a template's own.
    pytest.importorskip("weasyprint")
    base, requests = server
    builtin = builtin_templates().joinpath("base.html.j2").read_text(encoding="utf-8")
    css = (
        f'body {{ background: url("{base}/bg.png"); }} '
        f'@font-face {{ font-family: X; src: url("{base}/f.ttf"); }}'
    )
    hostile = builtin.replace(
        "<body", f'<link rel="stylesheet" href="{base}/s.css"><style>{css}</style>\n<body', 1
    ).replace(
        "{% block content %}",
        f'<img src="{base}/x.png"><img src="file:///etc/passwd"><object data="file:///etc/passwd"></object>'
        '<link rel="attachment" href="file:///etc/passwd"><img src="data:image/svg+xml,<svg/>">'
        "{% block content %}",
        1,
    )
    assert hostile != builtin
    (tmp_path / "base.html.j2").write_text(hostile, encoding="utf-8")
    quiz = replace(sample_quiz, questions=sample_quiz.questions[:2])
    artifacts = export(quiz, "pdf", ExportOptions(template_dir=tmp_path))
    assert requests == []
    for artifact in artifacts:
        text, attachments = _pdf_text_and_attachments(artifact.data)
        assert "root:x:" not in text and attachments == {}
