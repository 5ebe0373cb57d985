"""Property tests: whatever text or bytes come in, quizgen's input side either works or
raises a QuizgenError (one clean line at the CLI), never another exception."""

from __future__ import annotations

import io
import sys
import tempfile
from pathlib import Path

import cli_fakes
import pytest
from cli_fakes import NL_ARTICLE
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizgen import cli
from quizgen.errors import QuizgenError
from quizgen.inputs import check_text, decode_bytes, normalize_text, plain_text, read_source
from quizgen.outputs import TEMP_PREFIX

SETTINGS = settings(
    max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

MARKUP = st.sampled_from(
    [
        "<script>alert(1)</script>", "<!DOCTYPE html>", "<html>", "</p>", "<b>", "&amp;",
        "&#0;", "**", "_", "[x](javascript:alert(1))", "# ", "\n---\n", "{{ 7*7 }}", "{% raw %}",
        "\\", "`", "|", "\u202e", "\u200b", "\ufeff", "\x00", "\x1b[31m", "\r", "-\n",
        "date 2024-01\n",
    ]
)  # fmt: skip
WORDS = st.sampled_from([*NL_ARTICLE.split(), "de", "het", "een", "the", "and", "le", "der"])
#: Random text, markup fragments and real Dutch words mixed: hits every check in turn.
TEXT = st.one_of(
    st.text(),
    st.lists(st.one_of(MARKUP, WORDS, st.text(max_size=5)), max_size=60).map(" ".join),
    st.lists(st.one_of(MARKUP, WORDS), min_size=20, max_size=80).map(" ".join),
)


@SETTINGS
@given(TEXT, st.sampled_from(["nl", "en"]))
def test_check_text_returns_plain_text_or_a_quizgen_error(text: str, lang: str) -> None:
    try:
        checked = check_text(text, lang)
    except QuizgenError:
        return
    assert checked == plain_text(normalize_text(text))
    assert checked.strip()
    assert plain_text(checked) == checked or "<" in normalize_text(text)


@SETTINGS
@given(TEXT)
def test_normalize_text_is_idempotent_and_clean(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert "\r" not in once
    assert not any(ch in once for ch in "\x00\x07\x1b\u00ad\ufeff")


@SETTINGS
@given(st.one_of(st.binary(), TEXT.map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_decode_and_read_either_give_text_or_a_quizgen_error(data: bytes) -> None:
    try:
        text = decode_bytes(data, "x.txt")
    except QuizgenError:
        return
    assert isinstance(text, str)
    try:
        _, read = read_source("-", io.BytesIO(data))
    except QuizgenError:
        return
    assert read == normalize_text(text)


@SETTINGS
@given(data=st.one_of(st.binary(max_size=2000), TEXT.map(lambda t: t.encode("utf-8", "replace"))))
def test_cli_pipeline_exits_cleanly(
    data: bytes,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    cli_fakes.install(monkeypatch)
    with tempfile.TemporaryDirectory() as tmp:
        source, out = Path(tmp) / "a.txt", Path(tmp) / "out"
        source.write_bytes(data)
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
        for arg in (str(source), "-"):
            code = cli.main(["make", arg, "-o", str(out), "--format", "md,json"])
            _, err = capsys.readouterr()
            assert code in (0, 3), err  # done, or the article is unusable: never a crash
            assert "Traceback" not in err
            assert len(err.splitlines()) == (1 if code else 0)
            assert not list(out.glob(TEMP_PREFIX + "*"))


@SETTINGS
@given(
    st.from_regex(r"\d{1,4}([.,:]\d{1,3}){0,3}( uur| euro| miljoen euro| procent)?", fullmatch=True)
)
def test_number_options_never_fail(answer: str) -> None:
    """Whatever digits and separators an answer holds ("2.18.40 uur" once crashed a quiz),
    its options are a list of other strings."""
    import random

    from quizgen.generate.distractors import numbers

    options = numbers(answer, random.Random(0))
    assert answer not in options
