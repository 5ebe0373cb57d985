"""Reading, decoding, normalising and checking article text (no model needed)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from quizgen.errors import InputError, UsageError
from quizgen.inputs import (
    MAX_INPUT_BYTES,
    STDIN_NAME,
    check_text,
    decode_bytes,
    normalize_text,
    read_source,
    split_metadata,
)

ROOT = Path(__file__).resolve().parents[1]
NL = (
    "De Noorse premier Ingrid Halvorsen heeft haar Finse ambtgenoot en de Zweedse premier "
    "uitgenodigd voor een top over de veiligheid in het Noordpoolgebied. De ontmoeting vindt "
    "op 14 oktober plaats in Tromsø, maakte het ministerie woensdag bekend."
)
EN = (
    "Chilean President Valentina Rojas has invited her Argentine counterpart to a summit on "
    "the protection of glaciers in the Andes. The meeting will take place on 3 June in Punta "
    "Arenas, the foreign ministry announced on Tuesday."
)
ACCENTED_NL = "De café-eigenaar zei dat de ruïne van de coöperatie één financiële ramp was."
# Curly quotes, euro sign and en dash: the bytes 0x80-0x9F where cp1252 and latin-1 differ.
CP1252_PUNCTUATION = "\u201cZo\u2019n\u201d prijs kost \u20ac5 \u2013 zei hij. " + ACCENTED_NL


def test_split_metadata_takes_the_date_line() -> None:
    article = split_metadata("date 2024-09-18\nKop\n\nTekst.")
    assert (article.date, article.text, article.offset) == ("2024-09-18", "Kop\n\nTekst.", 16)
    assert split_metadata("Geen datum.").date is None


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (ACCENTED_NL.encode("utf-8"), ACCENTED_NL),
        (b"\xef\xbb\xbf" + ACCENTED_NL.encode("utf-8"), ACCENTED_NL),
        (ACCENTED_NL.encode("utf-16"), ACCENTED_NL),
        (ACCENTED_NL.encode("utf-16-be").join([b"\xfe\xff", b""]), ACCENTED_NL),
        (ACCENTED_NL.encode("cp1252"), ACCENTED_NL),
        (ACCENTED_NL.encode("latin-1"), ACCENTED_NL),
        (CP1252_PUNCTUATION.encode("cp1252"), None),
    ],
    ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom", "cp1252", "latin1", "cp1252-quotes"],
)
def test_decode_bytes_handles_common_encodings(data: bytes, expected: str | None) -> None:
    text = decode_bytes(data, "a.txt")
    assert text == (expected if expected is not None else data.decode("cp1252"))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"%PDF-1.7\n%\xe2\xe3", "looks like a PDF"),
        (b"PK\x03\x04\x14\x00", "zip archive"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG image"),
        (b"\x7fELF\x02\x01\x01", "executable"),
        (b"Tekst met een\x00NUL", "binary file"),
        (bytes(range(1, 32)) * 20, "binary file"),
        (bytes(range(0x80, 0x100)) * 4, "not UTF-8 text"),
    ],
    ids=["pdf", "zip", "png", "elf", "nul", "controls", "undecodable"],
)
def test_decode_bytes_refuses_binary_and_undecodable(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message) as info:
        decode_bytes(data, "x.bin")
    assert "x.bin" in str(info.value)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("een ont-\nmoeting", "een ontmoeting"),
        ("met Noord-\nKorea", "met Noord-Korea"),
        ("een ont- \n  moeting", "een ontmoeting"),
        ("zee-\n\nen paragraaf", "zee-\n\nen paragraaf"),  # a paragraph break is no hyphenation
        ("2019-\n2020", "2019-\n2020"),
        ("a\r\nb\rc\u2028d", "a\nb\nc\nd"),
        ("Cafe\u0301", "Café"),
        ("zo\u00adnder\u200b bel\x07 en\x1b esc\x9b", "zonder bel en esc"),
        ("tab\tblijft", "tab\tblijft"),
    ],
)
def test_normalize_text(raw: str, clean: str) -> None:
    assert normalize_text(raw) == clean
    assert normalize_text(clean) == clean  # idempotent


def test_read_source_reads_a_file(tmp_path: Path) -> None:
    path = tmp_path / "artikel.txt"
    path.write_bytes(b"\xef\xbb\xbfDe ont-\r\nmoeting")
    assert read_source(str(path)) == (str(path), "De ontmoeting")


def test_read_source_reads_stdin() -> None:
    assert read_source("-", io.BytesIO(NL.encode())) == (STDIN_NAME, NL)


@pytest.mark.parametrize("kind", ["missing", "folder"])
def test_read_source_names_the_path(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "nope.txt" if kind == "missing" else tmp_path
    with pytest.raises(InputError, match="no such file" if kind == "missing" else "folder") as e:
        read_source(str(path))
    assert str(path) in str(e.value)


def test_read_source_refuses_a_nul_in_the_name() -> None:
    with pytest.raises(InputError, match="invalid file name"):
        read_source("a\x00b.txt")


def test_read_source_stops_reading_past_the_limit(tmp_path: Path) -> None:
    asked: list[int] = []

    class Counting(io.BytesIO):
        def read(self, size: int | None = -1) -> bytes:
            asked.append(-1 if size is None else size)
            return super().read(size)

    with pytest.raises(InputError, match="1 MB limit"):
        read_source("-", Counting(b"a " * MAX_INPUT_BYTES))
    assert asked == [MAX_INPUT_BYTES + 1]
    exact = tmp_path / "exact.txt"
    exact.write_bytes(b"a" * MAX_INPUT_BYTES)
    assert len(read_source(str(exact))[1]) == MAX_INPUT_BYTES


def test_eval_and_example_texts_pass_the_check() -> None:
    texts = sorted((ROOT / "eval" / "texts").glob("*.txt")) + sorted(
        (ROOT / "examples").glob("*.txt")
    )
    assert texts
    for path in texts:
        lang = "en" if path.name.startswith("example-en") else "nl"
        assert check_text(path.read_text("utf-8"), lang)


@pytest.mark.parametrize(
    ("text", "lang", "message"),
    [
        ("", "nl", "empty"),
        (" \n\t\u3000 ", "nl", "empty"),
        ("<!DOCTYPE html><html><body><p>De minister</p></body></html>", "nl", "HTML page"),
        ("<html lang='nl'><head></head><body>" + NL + "</body></html>", "nl", "HTML page"),
        ("".join(f"<div class='c{i}'><span>x</span></div>" for i in range(20)), "nl", "HTML"),
        ("123 456 7,89 2024 — %", "nl", "no words"),
        ("Halvorsen", "nl", "too short"),
        ("Halvorsen nodigt", "nl", "too short"),
        (EN, "nl", "looks English, not Dutch; use --lang en"),
        (NL, "en", "looks Dutch, not English; use --lang nl"),
        (
            "Le président de la République a annoncé mardi que le gouvernement allait investir "
            "deux milliards d'euros dans les écoles, selon un communiqué publié par l'Élysée.",
            "nl",
            "looks French, not Dutch",
        ),
        (
            "Der Bundeskanzler hat am Dienstag angekündigt, dass die Regierung zwei Milliarden "
            "Euro in die Schulen investieren wird, wie aus einer Mitteilung hervorgeht.",
            "nl",
            "looks German, not Dutch",
        ),
        ("中国国家主席周二宣布\uff0c政府将向学校投资二十亿欧元。", "nl", "Chinese"),
        ("Президент объявил во вторник, что правительство инвестирует.", "nl", "Russian"),
        (
            "Xylofoon kwantumvork blauwgras zonnewiel ijsbeerkaart strandpaal vlinderdas "
            "fietsbel theepot tuinhek muurbloem kersenpit",
            "nl",
            "does not look Dutch",
        ),
    ],
)
def test_check_text_refuses(text: str, lang: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        check_text(text, lang)


def test_check_text_rejects_unknown_language() -> None:
    with pytest.raises(UsageError, match="unsupported language 'fr'"):
        check_text(NL, "fr")


@pytest.mark.parametrize(
    "text",
    [NL, NL + " 🎉🇳🇱 مرحبا", "Kim ontmoet Trump."],  # the last: short, no language verdict
    ids=["plain", "emoji-rtl", "short"],
)
def test_check_text_keeps_plain_text(text: str) -> None:
    assert check_text(text, "nl") == normalize_text(text)


def test_check_text_takes_markup_off() -> None:
    script = check_text(EN.replace("Tuesday", "Tuesday <script>alert(1)</script>"), "en")
    assert "Tuesday" in script and "<" not in script and "alert" not in script
    md = check_text("# Kop\n\n**" + NL + "** [de link](http://example.com) `code`", "nl")
    assert md.startswith("Kop\n\n" + NL.split()[0])
    assert "de link" in md and "code" in md
    assert not any(mark in md for mark in ("#", "*", "](", "http", "`"))
    assert check_text("<b>Jan Jansen</b> &amp; co " + NL, "nl").startswith("Jan Jansen & co ")


def test_a_language_without_question_rules_is_one_clear_usage_error() -> None:
    from quizgen.api import language_rules

    with pytest.raises(UsageError, match="questions in 'en' are not written yet"):
        language_rules("en")
