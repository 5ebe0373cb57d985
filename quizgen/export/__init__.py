"""Every output format behind one registry: a new format is one module plus one line here.

An exporter is a function ``(quiz, options) -> list[Artifact]``: it returns bytes and never
touches the file system (the CLI writes artifacts atomically). Modules are imported only
when their format is asked for, so that WeasyPrint is loaded only for PDFs.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from quizgen.errors import UsageError
from quizgen.records import Quiz


@dataclass(frozen=True)
class ExportOptions:
    """Options shared by the exporters.

    ``versions``: how many shuffled versions (A, B, …) of a worksheet to make.
    ``template_dir``: a user folder whose templates win over the built-in ones.
    """

    versions: int = 1
    template_dir: Path | None = None


@dataclass(frozen=True)
class Artifact:
    """One output file: ``suffix`` is appended to the output stem (".md", ".key.md", "-A.pdf")."""

    suffix: str
    data: bytes


Exporter = Callable[[Quiz, ExportOptions], list[Artifact]]

#: format name → (module under quizgen.export, function name, one-line description)
FORMATS: dict[str, tuple[str, str, str]] = {
    "md": ("md", "export_markdown", "Markdown quiz (.md) and answer key (.key.md)"),
    "html": ("worksheet", "export_html", "printable HTML worksheet, answer key and teacher copy"),
    "pdf": ("worksheet", "export_pdf", "A4 PDF worksheet, answer key and teacher copy"),
    "json": ("json_format", "export_json", "the quiz as data (quizgen/schema/quiz.schema.json)"),
    "gift": ("gift", "export_gift", "Moodle GIFT text (.gift.txt)"),
    "moodle": ("moodle", "export_moodle", "Moodle XML question bank (.moodle.xml)"),
    "qti": ("qti", "export_qti", "IMS QTI 2.1 content package (.qti.zip)"),
    "text2qti": ("text2qti", "export_text2qti", "text2qti plain text for Canvas (.text2qti.txt)"),
}


def get_exporter(name: str) -> Exporter:
    try:
        module, func, _ = FORMATS[name]
    except KeyError:
        raise UsageError(
            f"unknown format {name!r}; choose from: {', '.join(sorted(FORMATS))}"
        ) from None
    exporter: Exporter = getattr(importlib.import_module(f"quizgen.export.{module}"), func)
    return exporter


def export(quiz: Quiz, fmt: str, options: ExportOptions | None = None) -> list[Artifact]:
    return get_exporter(fmt)(quiz, options or ExportOptions())
