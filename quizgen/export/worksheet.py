"""Printable worksheets: formats ``html`` and ``pdf``.

What a teacher gets (``-A``, ``-B``… only with ``versions`` > 1):

- ``.pdf`` / ``-A.pdf``, ``-B.pdf``: the student worksheet, one file per version, so each can
  be printed in its own number of copies and none of them holds an answer;
- ``.key.pdf``: the answer key, one page per version, for quick marking;
- ``.teacher.pdf``: the worksheet(s) with every answer filled in, all versions in one file.

The ``html`` format makes the same three kinds of document as self-contained HTML files.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager

from quizgen.export import Artifact, ExportOptions
from quizgen.export.common import quiz_versions, version_suffix
from quizgen.records import Quiz
from quizgen.render import make_environment, make_sheets, render_key_html, render_worksheet_html


def worksheet_documents(
    quiz: Quiz, options: ExportOptions, ext: str, font_faces: str = ""
) -> Iterator[tuple[str, str]]:
    """(suffix, HTML) of every worksheet document, in artifact order."""
    env = make_environment(options.template_dir)
    sheets = make_sheets(quiz_versions(quiz, options.versions))
    for sheet in sheets:
        yield (
            version_suffix(sheet.version, ext),
            render_worksheet_html(env, quiz, [sheet], teacher=False, font_faces=font_faces),
        )
    yield f".key{ext}", render_key_html(env, quiz, sheets, font_faces)
    yield (
        f".teacher{ext}",
        render_worksheet_html(env, quiz, sheets, teacher=True, font_faces=font_faces),
    )


def export_html(quiz: Quiz, options: ExportOptions) -> list[Artifact]:
    return [
        Artifact(suffix, html.encode("utf-8"))
        for suffix, html in worksheet_documents(quiz, options, ".html")
    ]


@contextmanager
def _fixed_font_timestamps() -> Iterator[None]:
    """Make fontTools stamp subset fonts with a fixed date instead of now.

    WeasyPrint subsets fonts with fontTools when HarfBuzz-subset is missing, and fontTools
    writes the current time into each font unless SOURCE_DATE_EPOCH (the reproducible-builds
    convention) is set. A value the user set is kept; ours is removed again afterwards.
    """
    if "SOURCE_DATE_EPOCH" in os.environ:
        yield
        return
    os.environ["SOURCE_DATE_EPOCH"] = "0"
    try:
        yield
    finally:
        os.environ.pop("SOURCE_DATE_EPOCH", None)


@contextmanager
def _older_objects_frozen() -> Iterator[None]:
    """Keep the garbage collector's full passes to the objects made while this runs.

    quizgen makes PDFs in the process that holds the spaCy pipeline: hundreds of thousands
    of objects that every full collection walks, and WeasyPrint and fontTools allocate enough
    to set off about one per document (a fifth of its time). ``gc.freeze`` sets them aside
    until ``gc.unfreeze``; nothing is lost, garbage among them waits until after the export.
    Left alone when the caller froze objects itself or turned the collector off.
    """
    if gc.get_freeze_count() or not gc.isenabled():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def export_pdf(quiz: Quiz, options: ExportOptions) -> list[Artifact]:
    # Imported here, not at the top: WeasyPrint is slow to import and an optional extra.
    from weasyprint import HTML

    from quizgen.export.fonts import font_faces
    from quizgen.fetcher import asset_url, weasyprint_fetcher

    fetcher = weasyprint_fetcher(options.template_dir)
    artifacts = []
    with _fixed_font_timestamps(), _older_objects_frozen():
        # The worksheet font cut once (the first PDF of a machine makes it), not per page.
        faces = font_faces(asset_url("{name}"))
        for suffix, html in worksheet_documents(quiz, options, ".pdf", faces):
            # No pdf_identifier and no dates in the HTML: WeasyPrint then writes none, so the
            # same quiz gives byte-identical PDFs (tested).
            document = HTML(string=html, url_fetcher=fetcher)
            data: bytes = document.write_pdf(pdf_identifier=False)
            artifacts.append(Artifact(suffix, data))
    return artifacts
