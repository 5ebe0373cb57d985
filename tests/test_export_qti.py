"""Format qti: every file of the package validates against the IMS QTI 2.1 XSD."""

from __future__ import annotations

import io
import zipfile
from functools import cache
from pathlib import Path

import pytest
from conftest import make_quiz
from lxml import etree

from quizgen.export import export
from quizgen.records import Quiz

QTI = "{http://www.imsglobal.org/xsd/imsqti_v2p1}"
CP = "{http://www.imsglobal.org/xsd/imscp_v1p1}"


@cache
def _schema(path: Path) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(path)))


@pytest.fixture
def qti_schema(shared_dir: Path) -> etree.XMLSchema:
    return _schema(shared_dir / "schemas" / "qti-2.1" / "imsqti_v2p1p2.xsd")


def _package(quiz: Quiz) -> dict[str, bytes]:
    (artifact,) = export(quiz, "qti")
    assert artifact.suffix == ".qti.zip"
    with zipfile.ZipFile(io.BytesIO(artifact.data)) as archive:
        assert archive.testzip() is None
        return {name: archive.read(name) for name in archive.namelist()}


@pytest.mark.shared
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_item_and_the_test_validate(qti_schema: etree.XMLSchema, lang: str) -> None:
    files = _package(make_quiz(lang))
    items = [name for name in files if name not in ("imsmanifest.xml", "assessmentTest.xml")]
    assert len(items) == 7
    for name in [*items, "assessmentTest.xml"]:
        document = etree.fromstring(files[name])
        assert qti_schema.validate(document), (name, str(qti_schema.error_log))


def test_items_carry_interactions_and_answers(sample_quiz: Quiz) -> None:
    files = _package(sample_quiz)
    manifest = etree.fromstring(files["imsmanifest.xml"])
    hrefs = [r.get("href") for r in manifest.iter(f"{CP}resource")]
    assert hrefs[0] == "assessmentTest.xml"
    assert sorted(hrefs[1:]) == sorted(set(files) - {"imsmanifest.xml", "assessmentTest.xml"})
    test = etree.fromstring(files["assessmentTest.xml"])
    refs = [r.get("href") for r in test.iter(f"{QTI}assessmentItemRef")]
    assert refs == hrefs[1:]
    interactions = {
        "short_answer": "textEntryInteraction",
        "cloze": "textEntryInteraction",
        "multiple_choice": "choiceInteraction",
        "true_false": "choiceInteraction",
        "matching": "matchInteraction",
    }
    for href, question in zip(refs, sample_quiz.questions, strict=True):
        item = etree.fromstring(files[href])
        assert item.find(f".//{QTI}{interactions[question.kind]}") is not None
        correct = [
            v.text for v in item.iter(f"{QTI}value") if v.getparent().tag == f"{QTI}correctResponse"
        ]
        if question.kind in ("short_answer", "cloze"):
            assert correct == [question.answer]
            keys = [e.get("mapKey") for e in item.iter(f"{QTI}mapEntry")]
            assert keys == list(dict.fromkeys((question.answer, *question.accepted_answers)))
        elif question.kind == "multiple_choice":
            choice = item.find(f".//{QTI}simpleChoice[@identifier='{correct[0]}']")
            assert choice is not None and choice.text == question.answer
        elif question.kind == "matching":
            assert len(correct) == len(question.pairs)
            total = sum(float(e.get("mappedValue")) for e in item.iter(f"{QTI}mapEntry"))
            assert total == pytest.approx(question.points, abs=1e-9)
    cloze = etree.fromstring(files[refs[1]])
    paragraph = cloze.find(f".//{QTI}p")
    assert paragraph.text == "Volgens Chung wil Trump "
    assert paragraph[0].tail == " praten met Kim."
    hostile = etree.fromstring(files[refs[5]])
    assert hostile.find(f".//{QTI}p").text == sample_quiz.questions[5].prompt
    assert hostile.find(f".//{QTI}script") is None


def test_zip_is_deterministic(sample_quiz: Quiz) -> None:
    (first,) = export(sample_quiz, "qti")
    (second,) = export(make_quiz(), "qti")
    assert first.data == second.data
    with zipfile.ZipFile(io.BytesIO(first.data)) as archive:
        assert {i.date_time for i in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert archive.namelist()[0] == "imsmanifest.xml"
