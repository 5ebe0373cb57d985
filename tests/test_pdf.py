"""Format pdf: artifacts, content (read back with pypdf), page setup and byte-identical output."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import make_quiz
from pypdf import PdfReader

from quizgen.export import Artifact, ExportOptions, export

pytest.importorskip("weasyprint")
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nl_pdfs() -> list[Artifact]:
    return export(make_quiz(), "pdf")


def _text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_artifacts(nl_pdfs: list[Artifact]) -> None:
    assert [a.suffix for a in nl_pdfs] == [".pdf", ".key.pdf", ".teacher.pdf"]
    for artifact in nl_pdfs:
        assert artifact.data.startswith(b"%PDF-")


def test_student_sheet_content(nl_pdfs: list[Artifact]) -> None:
    data = nl_pdfs[0].data
    text = _text(data)
    for expected in (
        "Topontmoeting Kim & Trump <b>",
        "Naam",
        "Klas",
        "Datum",
        "Beantwoord de vragen over de tekst.",
        "Artikel van 2018-03",
        "Totaal: 7 punten",
        "1 punt",
        "a) Kim Jong-un",
        "Niet waar",
        "<script>alert(1)</script>",
        "pagina 1 van",
    ):
        assert expected in text, expected
    assert "in mei" not in text  # no answer on the student sheet
    assert "Docentenversie" not in text
    reader = PdfReader(io.BytesIO(data))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 in points
    info = reader.metadata or {}
    assert "/CreationDate" not in info and "/ModDate" not in info


def test_key_and_teacher_copy_hold_the_answers(nl_pdfs: list[Artifact]) -> None:
    key = _text(nl_pdfs[1].data)
    assert "Antwoordsleutel" in key
    assert "in mei" in key and "Chung Eui-yong" in key and "veiligheidsadviseur" in key
    teacher = _text(nl_pdfs[2].data)
    assert "Docentenversie" in teacher and "in mei" in teacher
    assert "Naam" not in teacher


def test_same_quiz_gives_byte_identical_pdfs(nl_pdfs: list[Artifact]) -> None:
    assert export(make_quiz(), "pdf") == nl_pdfs


def test_versions_and_english() -> None:
    artifacts = export(make_quiz("en"), "pdf", ExportOptions(versions=2))
    assert [a.suffix for a in artifacts] == ["-A.pdf", "-B.pdf", ".key.pdf", ".teacher.pdf"]
    version_a = _text(artifacts[0].data)
    assert "version a" in version_a.lower()  # the badge is set in capitals by CSS
    assert "Name" in version_a and "page 1 of" in version_a
    key = PdfReader(io.BytesIO(artifacts[2].data))
    # One answer-key page per version.
    assert len(key.pages) == 2
    assert "Version A" in key.pages[0].extract_text()
    assert "Version B" in key.pages[1].extract_text()
    assert "version b" in _text(artifacts[3].data).lower()


def test_long_quiz_paginates_with_a_running_head() -> None:
    # Regression: a CSS-grid question layout crashed WeasyPrint once a sheet spilled over.
    quiz = make_quiz()
    questions = tuple(replace(q, id=f"{q.id}-{i}") for i in range(3) for q in quiz.questions)
    student = export(replace(quiz, questions=questions), "pdf")[0]
    reader = PdfReader(io.BytesIO(student.data))
    assert len(reader.pages) >= 2
    second = reader.pages[1].extract_text()
    assert "Topontmoeting Kim & Trump <b>" in second  # running head on continuation pages
    assert f"pagina 2 van {len(reader.pages)}" in second


def test_export_leaves_the_garbage_collector_as_it_found_it() -> None:
    import gc

    quiz = make_quiz()
    export(quiz, "pdf")
    assert gc.get_freeze_count() == 0 and gc.isenabled()
    gc.collect()
    gc.freeze()  # a caller's own freeze (a pre-forking server, say) is kept
    try:
        export(quiz, "pdf")
        assert gc.get_freeze_count() > 0  # not unfrozen under the caller
    finally:
        gc.unfreeze()


def _fonts(data: bytes) -> set[str]:
    reader = PdfReader(io.BytesIO(data))
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).split("+", 1)[-1])
    return names


def test_the_worksheet_font_is_cut_once_and_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The system's DejaVu Sans, cut once into the cache folder, is the font of every PDF;
    the second export reuses the cut files."""
    from quizgen.export import fonts

    if fonts.system_font("normal") is None or fonts.system_font("bold") is None:
        pytest.skip("DejaVu Sans is not installed: the worksheet uses the system's fonts")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = export(make_quiz(), "pdf")
    folder = tmp_path / "quizgen" / "fonts"
    cut = sorted(p.name for p in folder.iterdir())
    assert len(cut) == 2 and all(fonts.CACHED_NAME.fullmatch(name) for name in cut)
    assert _fonts(first[0].data) == {"Quizgen-Sans", "Quizgen-Sans-Bold"}
    stamps = [p.stat().st_mtime_ns for p in sorted(folder.iterdir())]
    again = export(make_quiz(), "pdf")
    assert [a.data for a in again] == [a.data for a in first]
    assert stamps == [p.stat().st_mtime_ns for p in sorted(folder.iterdir())]


def test_without_a_writable_cache_the_system_fonts_are_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    pdfs = export(make_quiz(), "pdf")
    assert pdfs[0].data.startswith(b"%PDF-")
    assert not any(name.startswith("Quizgen") for name in _fonts(pdfs[0].data))
    assert capfd.readouterr().err == ""


def test_only_cut_fonts_are_served_from_the_cache() -> None:
    from quizgen.export.fonts import cached_font

    assert cached_font("../../etc/passwd") is None
    assert cached_font("QuizgenSans-normal-0123456789abcdef-v1.ttf.bak") is None
