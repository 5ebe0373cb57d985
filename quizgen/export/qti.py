"""Format ``qti``: an IMS QTI 2.1 content package (``.qti.zip``).

The zip holds ``imsmanifest.xml`` (IMS Content Packaging 1.1), ``assessmentTest.xml`` with
every item in quiz order, and one ``assessmentItem`` file per question:

- multiple choice and true/false: ``choiceInteraction`` (one choice);
- short answer: ``textEntryInteraction`` under the prompt; cloze: the same interaction
  standing in the sentence where the blank was;
- matching: ``matchInteraction`` with two ``simpleMatchSet``s, responses as directed pairs.

Every item is scored with the standard ``map_response`` template, whose mapping gives the
question's points (split over the pairs of a matching question), so SCORE is in points for
every kind. Article text goes in as XML text nodes only. The zip is deterministic: fixed
order, fixed timestamps and permissions.
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Sequence

from quizgen.export import Artifact, ExportOptions
from quizgen.export.common import (
    accepted_answers,
    correct_option_index,
    matching_rows,
    one_line,
    option_letter,
    split_cloze,
    xml_bytes,
)
from quizgen.labels import labels_for
from quizgen.records import TRUE, Question, Quiz

QTI_NS = "http://www.imsglobal.org/xsd/imsqti_v2p1"
QTI_XSD = "http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1p2.xsd"
CP_NS = "http://www.imsglobal.org/xsd/imscp_v1p1"
CP_XSD = "http://www.imsglobal.org/xsd/imscp_v1p1.xsd"
XSI = "{http://www.w3.org/2001/XMLSchema-instance}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
MAP_RESPONSE = "http://www.imsglobal.org/question/qti_v2p1/rptemplates/map_response"
#: Every entry in the zip gets this time (the earliest a zip can hold) for identical bytes.
ZIP_TIME = (1980, 1, 1, 0, 0, 0)

_NOT_IDENTIFIER = re.compile(r"[^A-Za-z0-9_.-]")


def item_identifier(question: Question, number: int) -> str:
    """An identifier QTI accepts (an NCName), unique by its number, readable by its id."""
    return f"Q{number:03d}_{_NOT_IDENTIFIER.sub('_', question.id)}"


def _sub(parent: ET.Element, tag: str, attrib: dict[str, str] | None = None) -> ET.Element:
    return ET.SubElement(parent, tag, attrib or {})


def _with_text(
    parent: ET.Element, tag: str, text: str, attrib: dict[str, str] | None = None
) -> ET.Element:
    element = _sub(parent, tag, attrib)
    element.text = text
    return element


def _score(points: float) -> str:
    # "1" rather than "1.0"; thirds keep a few decimals.
    return f"{points:.4f}".rstrip("0").rstrip(".")


def _shares(points: float, count: int) -> list[float]:
    """``points`` split in ``count`` printable shares that add up exactly (last one takes the
    rounding), so a fully right matching scores its points and not 0.9999."""
    share = round(points / count, 4)
    return [share] * (count - 1) + [round(points - share * (count - 1), 4)]


def _response(
    item: ET.Element,
    cardinality: str,
    base_type: str,
    correct: Sequence[str],
    mapping: Sequence[tuple[str, float]],
    *,
    case_sensitive: bool | None = None,
) -> None:
    declaration = _sub(
        item,
        "responseDeclaration",
        {"identifier": "RESPONSE", "cardinality": cardinality, "baseType": base_type},
    )
    correct_response = _sub(declaration, "correctResponse")
    for value in correct:
        _with_text(correct_response, "value", value)
    mapping_element = _sub(declaration, "mapping", {"defaultValue": "0"})
    for key, score in mapping:
        attrib = {"mapKey": key, "mappedValue": _score(score)}
        if case_sensitive is not None:
            attrib["caseSensitive"] = "true" if case_sensitive else "false"
        _sub(mapping_element, "mapEntry", attrib)


def _choice_body(body: ET.Element, prompt: str, choices: Sequence[tuple[str, str]]) -> None:
    interaction = _sub(
        body,
        "choiceInteraction",
        {"responseIdentifier": "RESPONSE", "shuffle": "false", "maxChoices": "1"},
    )
    _with_text(interaction, "prompt", one_line(prompt))
    for identifier, text in choices:
        _with_text(interaction, "simpleChoice", one_line(text), {"identifier": identifier})


def _text_entry(parent: ET.Element, answer: str) -> ET.Element:
    return _sub(
        parent,
        "textEntryInteraction",
        {"responseIdentifier": "RESPONSE", "expectedLength": str(max(15, len(answer) + 5))},
    )


def _interaction(item: ET.Element, body: ET.Element, question: Question, lang: str) -> None:
    """Fill in the response declaration and the item body for the question's kind."""
    points = float(question.points)
    kind = question.kind
    if kind in ("short_answer", "cloze"):
        answers = accepted_answers(question)
        _response(
            item,
            "single",
            "string",
            answers[:1],
            [(a, points) for a in answers],
            case_sensitive=False,
        )
    elif kind == "multiple_choice":
        right = option_letter(correct_option_index(question)).upper()
        _response(item, "single", "identifier", [right], [(right, points)])
    elif kind == "true_false":
        right = "TRUE" if question.answer == TRUE else "FALSE"
        _response(item, "single", "identifier", [right], [(right, points)])
    elif kind == "matching":
        pairs = [
            f"L{i + 1} R{index + 1}" for i, (_, _, index) in enumerate(matching_rows(question))
        ]
        _response(
            item,
            "multiple",
            "directedPair",
            pairs,
            list(zip(pairs, _shares(points, len(pairs)), strict=True)),
        )

    outcome = _sub(
        item,
        "outcomeDeclaration",
        {"identifier": "SCORE", "cardinality": "single", "baseType": "float"},
    )
    _with_text(_sub(outcome, "defaultValue"), "value", "0")

    if kind == "short_answer":
        _with_text(body, "p", one_line(question.prompt))
        _text_entry(_sub(body, "p"), question.answer)
    elif kind == "cloze":
        before, after = split_cloze(question.prompt)
        paragraph = _sub(body, "p")
        paragraph.text = before
        _text_entry(paragraph, question.answer).tail = after
    elif kind == "multiple_choice":
        choices = [(option_letter(i).upper(), o) for i, o in enumerate(question.options)]
        _choice_body(body, question.prompt, choices)
    elif kind == "true_false":
        labels = labels_for(lang)
        _choice_body(body, question.prompt, [("TRUE", labels.true), ("FALSE", labels.false)])
    elif kind == "matching":
        rows = list(matching_rows(question))
        interaction = _sub(
            body,
            "matchInteraction",
            {
                "responseIdentifier": "RESPONSE",
                "shuffle": "false",
                "maxAssociations": str(len(rows)),
            },
        )
        _with_text(interaction, "prompt", one_line(question.prompt))
        lefts = _sub(interaction, "simpleMatchSet")
        for i, (left, _, _) in enumerate(rows):
            _with_text(
                lefts,
                "simpleAssociableChoice",
                one_line(left),
                {"identifier": f"L{i + 1}", "matchMax": "1"},
            )
        rights = _sub(interaction, "simpleMatchSet")
        for i, option in enumerate(question.options):
            _with_text(
                rights,
                "simpleAssociableChoice",
                one_line(option),
                {"identifier": f"R{i + 1}", "matchMax": "1"},
            )


def _qti_root(tag: str, attrib: dict[str, str]) -> ET.Element:
    # The default namespace as a plain attribute: no global ET.register_namespace needed.
    return ET.Element(
        tag, {"xmlns": QTI_NS, f"{XSI}schemaLocation": f"{QTI_NS} {QTI_XSD}", **attrib}
    )


def question_to_item(question: Question, number: int, lang: str) -> bytes:
    item = _qti_root(
        "assessmentItem",
        {
            "identifier": item_identifier(question, number),
            "title": one_line(f"{number}. {question.prompt}")[:100],
            "adaptive": "false",
            "timeDependent": "false",
            XML_LANG: lang,
        },
    )
    # Declarations come before the body in the schema's order, so build the body detached.
    body = ET.Element("itemBody")
    _interaction(item, body, question, lang)
    item.append(body)
    _sub(item, "responseProcessing", {"template": MAP_RESPONSE})
    return xml_bytes(item)


def assessment_test(quiz: Quiz, hrefs: Sequence[tuple[str, str]]) -> bytes:
    test = _qti_root(
        "assessmentTest", {"identifier": "quizgen_test", "title": one_line(quiz.title) or "Quiz"}
    )
    _sub(
        test,
        "outcomeDeclaration",
        {"identifier": "SCORE", "cardinality": "single", "baseType": "float"},
    )
    part = _sub(
        test,
        "testPart",
        {"identifier": "part1", "navigationMode": "nonlinear", "submissionMode": "simultaneous"},
    )
    section = _sub(
        part,
        "assessmentSection",
        {"identifier": "section1", "title": one_line(quiz.title) or "Quiz", "visible": "true"},
    )
    for identifier, href in hrefs:
        _sub(section, "assessmentItemRef", {"identifier": identifier, "href": href})
    set_score = _sub(_sub(test, "outcomeProcessing"), "setOutcomeValue", {"identifier": "SCORE"})
    _sub(_sub(set_score, "sum"), "testVariables", {"variableIdentifier": "SCORE"})
    return xml_bytes(test)


def manifest(hrefs: Sequence[tuple[str, str]]) -> bytes:
    root = ET.Element(
        "manifest",
        {
            "xmlns": CP_NS,
            f"{XSI}schemaLocation": f"{CP_NS} {CP_XSD}",
            "identifier": "quizgen_manifest",
        },
    )
    metadata = _sub(root, "metadata")
    _with_text(metadata, "schema", "QTIv2.1 Package")
    _with_text(metadata, "schemaversion", "1.0.0")
    _sub(root, "organizations")
    resources = _sub(root, "resources")
    test = _sub(
        resources,
        "resource",
        {
            "identifier": "quizgen_test_res",
            "type": "imsqti_test_xmlv2p1",
            "href": "assessmentTest.xml",
        },
    )
    _sub(test, "file", {"href": "assessmentTest.xml"})
    for identifier, _ in hrefs:
        _sub(test, "dependency", {"identifierref": f"res_{identifier}"})
    for identifier, href in hrefs:
        resource = _sub(
            resources,
            "resource",
            {"identifier": f"res_{identifier}", "type": "imsqti_item_xmlv2p1", "href": href},
        )
        _sub(resource, "file", {"href": href})
    return xml_bytes(root)


def quiz_to_qti_files(quiz: Quiz) -> list[tuple[str, bytes]]:
    """(path in the zip, content) of every file of the package, manifest first."""
    items = []
    hrefs = []
    for number, question in enumerate(quiz.questions, start=1):
        identifier = item_identifier(question, number)
        href = f"{identifier}.xml"
        hrefs.append((identifier, href))
        items.append((href, question_to_item(question, number, quiz.lang)))
    return [
        ("imsmanifest.xml", manifest(hrefs)),
        ("assessmentTest.xml", assessment_test(quiz, hrefs)),
        *items,
    ]


def deterministic_zip(files: Sequence[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, so the permissions below mean the same everywhere
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def export_qti(quiz: Quiz, options: ExportOptions) -> list[Artifact]:
    return [Artifact(".qti.zip", deterministic_zip(quiz_to_qti_files(quiz)))]
