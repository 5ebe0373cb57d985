"""Reading and checking the article text before any parsing.

Everything here is cheap and runs before spaCy is loaded, so that a wrong file, an
encoding problem or a wrong language is reported in a fraction of a second with one
clear line instead of a useless quiz or a traceback.
"""

from __future__ import annotations

import html
import itertools
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from quizgen.errors import InputError, UsageError
from quizgen.langid import check_language
from quizgen.nlp import LANGUAGES

#: Largest article accepted, in bytes of the file (or UTF-8 bytes for a JSONL text).
#: A long news article is 10-50 kB; anything near this limit is almost surely a wrong file,
#: and refusing it early keeps memory and parse time bounded.
MAX_INPUT_BYTES = 1_000_000
MAX_INPUT_LABEL = "1 MB"
#: Fewer words than this cannot hold a fact worth a question.
MIN_WORDS = 3
#: Name under which text read from standard input is reported.
STDIN_NAME = "<stdin>"

#: Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
#: Leading bytes of file types people give by mistake → what to call them.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF"),
    (b"PK\x03\x04", "a zip archive (or a Word/OpenDocument file)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x7fELF", "an executable (ELF)"),
    (b"MZ", "a Windows executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
)
#: C0 control bytes that never occur in text files (tab, newlines, form feed and ESC do).
_CONTROL_BYTES = (frozenset(range(0x00, 0x09)) | frozenset(range(0x0E, 0x20))) - {0x1B}
#: More control bytes than this share → binary, not text with a few stray characters.
_MAX_CONTROL_SHARE = 0.05
#: Largest "chaos" (charset-normalizer's mess ratio) accepted for a guessed encoding.
_MAX_CHAOS = 0.1
#: Tried first when the bytes are not UTF-8: quizgen's languages are Western European and
#: charset-normalizer alone tends to pick cp1250 for Dutch cp1252 text ("ruïne" → "ruďne").
_WESTERN = ["cp1252"]

# Text normalisation rules, applied in order after Unicode NFC.
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")
# Soft hyphens, zero-width spaces and stray BOMs (from PDF or web copies) carry no text;
# C0/C1 controls other than tab and newline are junk from broken conversions.
_INVISIBLE = re.compile(r"[\u00ad\u200b\ufeff\x00-\x08\x0e-\x1f\x7f-\x9f]")
# A word broken over a line by a PDF: "ont-\nmoeting". A lowercase continuation was one
# word ("ontmoeting"); an uppercase one keeps its hyphen ("Noord-\nKorea" → "Noord-Korea").
_BROKEN_WORD = re.compile(r"(?<=[^\W\d_])-[ \t]*\n[ \t]*(?=([^\W\d_]))")

_NORMALIZE_RULES: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    (_LINE_BREAKS, "\n"),
    (_INVISIBLE, ""),
    (_BROKEN_WORD, lambda m: "" if m.group(1).islower() else "-"),
)

_LETTER_WORD = re.compile(r"[^\W\d_]+")
_HTML_START = re.compile(
    r"\A\s*<(?:!doctype\s+html|html[\s>]|\?xml[^>]*>\s*<(?:!doctype|html))", re.I
)
_TAG = re.compile(r"<[!/?]?[a-zA-Z][^<>]{0,500}>")
#: A text with at least this many tags, making up this share of its non-space characters,
#: is a markup document rather than an article that mentions a tag or two.
_PAGE_MIN_TAGS = 10
_PAGE_TAG_SHARE = 0.4


@dataclass(frozen=True)
class Article:
    """The article body with its metadata; ``offset`` is where the body starts in the raw text."""

    text: str
    date: str | None = None
    offset: int = 0


# The metadata may stand on its own line or, as in some exports, run on into the first
# paragraph ("date 2018-03 De Noord-Koreaanse leider …").
_DATE_LINE = re.compile(r"\A\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)(?:[ \t]*\r?\n|[ \t]+|\Z)")


def split_metadata(raw: str) -> Article:
    """Take a leading ``date YYYY-MM`` or ``date YYYY-MM-DD`` off the text as the article date."""
    m = _DATE_LINE.match(raw)
    if not m:
        return Article(raw)
    return Article(raw[m.end() :], m.group(1), m.end())


def normalize_text(text: str) -> str:
    """NFC, ``\\n`` line endings, no invisible or control characters, PDF hyphenation undone.

    Idempotent, so reading and :func:`check_text` may both apply it.
    """
    text = unicodedata.normalize("NFC", text)
    for pattern, replacement in _NORMALIZE_RULES:
        text = pattern.sub(replacement, text)
    return text


def check_size(size: int, name: str) -> None:
    if size > MAX_INPUT_BYTES:
        raise InputError(
            f"{name} is too large: over the {MAX_INPUT_LABEL} limit for one article "
            "(quizgen.inputs.MAX_INPUT_BYTES); split it into articles"
        )


def _sniff_binary(data: bytes, name: str) -> None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"{name} looks like {kind}, not text; give plain text")
    if b"\x00" in data or (
        data and sum(1 for b in data if b in _CONTROL_BYTES) > _MAX_CONTROL_SHARE * len(data)
    ):
        raise InputError(f"{name} looks like a binary file, not text; give plain text")


def decode_bytes(data: bytes, name: str) -> str:
    """Decode an article file: BOM, else UTF-8, else a confident Western/other guess."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise InputError(
                    f"cannot decode {name}: it starts with a {encoding} byte-order mark "
                    f"but is not valid {encoding}"
                ) from None
    _sniff_binary(data, name)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Only imported for the rare non-UTF-8 file: it costs ~50 ms.
    import charset_normalizer

    for isolation in (_WESTERN, None):
        best = charset_normalizer.from_bytes(data, cp_isolation=isolation).best()
        if best is not None and best.chaos <= _MAX_CHAOS:
            return str(best)
    raise InputError(f"cannot decode {name}: not UTF-8 text (save it as UTF-8)")


def _read_bounded(stream: IO[bytes], name: str) -> bytes:
    # Read one byte past the limit: enough to know it is too large without reading a 2 GB file.
    data = stream.read(MAX_INPUT_BYTES + 1)
    check_size(len(data), name)
    return data


def read_source(arg: str, stdin: IO[bytes] | None = None) -> tuple[str, str]:
    """Read an article from a path, or from standard input for ``-``: ``(name, text)``.

    The text is decoded and normalised (:func:`normalize_text`); every problem is an
    InputError that names the path.
    """
    if arg == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        return STDIN_NAME, normalize_text(
            decode_bytes(_read_bounded(stream, STDIN_NAME), STDIN_NAME)
        )
    path = Path(arg)
    try:
        if path.is_dir():
            raise InputError(f"{arg} is a folder; give a text file (or the folder alone)")
        with path.open("rb") as f:
            data = _read_bounded(f, arg)
    except FileNotFoundError:
        raise InputError(f"{arg}: no such file") from None
    except PermissionError:
        raise InputError(f"cannot read {arg}: permission denied") from None
    except OSError as err:
        raise InputError(f"cannot read {arg}: {err.strerror or err}") from None
    except ValueError:  # a NUL in the name: possible through the API, not from a shell
        raise InputError(f"invalid file name {arg!r}") from None
    return arg, normalize_text(decode_bytes(data, arg))


def _looks_like_html_page(text: str) -> bool:
    if _HTML_START.match(text):
        return True
    tags = _TAG.findall(text)
    if len(tags) < _PAGE_MIN_TAGS:
        return False
    visible = sum(1 for ch in text if not ch.isspace()) or 1
    return sum(len(t) for t in tags) >= _PAGE_TAG_SHARE * visible


_HIDDEN_BLOCK = re.compile(r"<(script|style|noscript|template)\b[^>]*>.*?</\1\s*>", re.I | re.S)
_MD_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_MD_CODE = re.compile(r"`([^`\n]+)`")
# Markers may stack: "> - item", "# # title".
_MD_LINE_START = re.compile(r"^(?:[ \t]*(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+(?=\S)))+", re.M)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")


def plain_text(text: str) -> str:
    """The article's words without inline HTML or Markdown: "<b>Jan</b>" and "**Jan**" are
    "Jan", "[Den Haag](http://…)" is "Den Haag"; scripts and styles go with their content.
    A question must quote the article, not its markup (and no markup reaches an output)."""
    text = _HIDDEN_BLOCK.sub(" ", text)
    text = _TAG.sub("", text)
    text = _ENTITY.sub(lambda m: html.unescape(m.group()), text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_STRONG.sub(r"\2", text)
    text = _MD_EMPHASIS.sub(r"\1", text)
    text = _MD_CODE.sub(r"\1", text)
    return _MD_LINE_START.sub("", text)


def check_text(text: str, lang: str) -> str:
    """Refuse text that cannot make a quiz in ``lang``; return it normalised, as plain text.

    A whole HTML page is refused; inline markup in an article is taken off (see
    :func:`plain_text`).
    """
    if lang not in LANGUAGES:
        raise UsageError(f"unsupported language {lang!r}; choose from: {', '.join(LANGUAGES)}")
    text = normalize_text(text)
    if not text.strip():
        raise InputError("the text is empty")
    if _looks_like_html_page(text):
        raise InputError("the text looks like an HTML page; paste the article text")
    text = plain_text(text)
    if not text.strip():
        raise InputError("the text is empty once its markup is taken off")
    # Before counting words: a Chinese text has no spaces, so it would look "too short".
    check_language(text, lang)
    words = len(list(itertools.islice(_LETTER_WORD.finditer(text), MIN_WORDS)))
    if not words:
        raise InputError("the text has no words (only numbers or symbols)")
    if words < MIN_WORDS:
        raise InputError(
            f"the text is too short to make a quiz ({words} word{'' if words == 1 else 's'}; "
            f"at least {MIN_WORDS} needed)"
        )
    return text
