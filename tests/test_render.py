"""Templates, Markdown escaping, labels, versions and the md / html exports."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import markdown
import pytest
from conftest import make_quiz
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html
from markdown_it import MarkdownIt

from quizgen.errors import OutputError, UsageError
from quizgen.export import ExportOptions, export
from quizgen.export.common import (
    option_letter,
    quiz_versions,
    shuffle_version,
    version_labels,
)
from quizgen.labels import labels_for
from quizgen.records import Quiz
from quizgen.render import (
    copy_templates,
    make_environment,
    markdown_to_html,
    md_escape,
    render_markdown,
)

HOSTILE = [
    "<script>alert(1)</script>",
    '<img src="http://127.0.0.1:9/x.png">',
    "*ster* en _streep_ en **vet**",
    "[link](http://127.0.0.1:9/) en ![img](x.png)",
    "`code` en ``dubbel``",
    "# geen kop",
    "1984. was een jaar",
    "3) ook geen lijst",
    "- geen lijst",
    "+ geen lijst",
    "> geen citaat",
    "=== geen setext",
    "a | b | c",
    "~~doorgehaald~~",
    "AT&T &amp; &lt;b&gt;",
    "back\\slash \\*",
    "{: .klasse } {a}",
    "regel\neen\n\ntwee",
    "  spaties  rond  ",
]


def _text_of(html: str) -> str:
    return " ".join(lxml_html.fromstring(f"<div>{html}</div>").text_content().split())


@pytest.mark.parametrize("text", HOSTILE)
def test_md_escape_is_literal_in_commonmark_and_python_markdown(text: str) -> None:
    escaped = md_escape(text)
    expected = " ".join(text.split())
    for rendered in (MarkdownIt("commonmark").render(escaped), markdown.markdown(escaped)):
        tree = lxml_html.fromstring(f"<div>{rendered}</div>")
        # One paragraph of plain text: no element was made from the article text.
        assert [el.tag for el in tree.iter()] == ["div", "p"], rendered
        assert _text_of(rendered) == expected


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.one_of(
            st.sampled_from("\\`*_[]{}()#+-.!<>&~|=:;'\"/ \n\t1aZé"),
            st.characters(exclude_categories=("Cc", "Cs", "Co", "Cn")),
        ),
        max_size=40,
    )
)
def test_md_escape_is_literal_for_any_text(text: str) -> None:
    expected = " ".join(text.split())
    for rendered in (
        MarkdownIt("commonmark").render(md_escape(text)),
        markdown.markdown(md_escape(text)),
    ):
        tree = lxml_html.fromstring(f"<div>{rendered}</div>")
        assert [el.tag for el in tree.iter()] == (["div", "p"] if expected else ["div"]), rendered
        assert " ".join(tree.text_content().split()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a*b", "a\\*b"),
        ("<b>", "&lt;b&gt;"),
        ("x & y", "x &amp; y"),
        ("# kop", "\\# kop"),
        ("12. mei", "12\\. mei"),
        ("mid # not a heading", "mid # not a heading"),
        ("Kim Jong-un", "Kim Jong-un"),
    ],
)
def test_md_escape_table(text: str, expected: str) -> None:
    assert md_escape(text) == expected


def test_md_escape_is_idempotent_on_safe_strings() -> None:
    once = md_escape("*x*")
    assert md_escape(once) == once


def test_markdown_to_html_drops_raw_html_even_from_templates() -> None:
    # Raw HTML, autolinks and images are switched off in the bridge itself.
    html = markdown_to_html(
        '<script>x</script>\n\n<img src="http://h/x.png"> <http://h/> ![a](b.png)'
    )
    tree = lxml_html.fromstring(f"<div>{html}</div>")
    assert not tree.xpath("//script|//img|//a")
    assert "&lt;script&gt;" in html


def test_labels_follow_quiz_language() -> None:
    assert labels_for("nl").name == "Naam"
    assert labels_for("nl-BE").false == "Niet waar"
    assert labels_for("en").klass == "Class"
    assert labels_for("xx") == labels_for("en")
    assert labels_for("nl").points_text(1) == "1 punt"
    assert labels_for("nl").points_text(3) == "3 punten"


def test_option_letters() -> None:
    assert [option_letter(i) for i in (0, 1, 25, 26, 27)] == ["a", "b", "z", "aa", "ab"]


# ---------------------------------------------------------------- versions


def test_one_version_is_the_quiz_unchanged_and_unlabelled(sample_quiz: Quiz) -> None:
    assert quiz_versions(sample_quiz, 1) == [("", sample_quiz)]


def test_versions_are_labelled_shuffled_and_deterministic(sample_quiz: Quiz) -> None:
    versions = quiz_versions(sample_quiz, 3)
    assert [label for label, _ in versions] == ["A", "B", "C"]
    orders = [tuple(q.id for q in quiz.questions) for _, quiz in versions]
    assert len(set(orders)) > 1
    for _, quiz in versions:
        assert sorted(q.id for q in quiz.questions) == sorted(q.id for q in sample_quiz.questions)
        by_id = {q.id: q for q in sample_quiz.questions}
        for question in quiz.questions:
            assert sorted(question.options) == sorted(by_id[question.id].options)
            assert question.answer == by_id[question.id].answer
    assert shuffle_version(sample_quiz, "B") == shuffle_version(sample_quiz, "B")
    other_seed = replace(sample_quiz, seed=2)
    assert shuffle_version(other_seed, "A") != shuffle_version(sample_quiz, "A")


@pytest.mark.parametrize("count", [0, -1, 27])
def test_bad_version_counts_are_usage_errors(count: int) -> None:
    with pytest.raises(UsageError):
        version_labels(count)


# ---------------------------------------------------------------- md export


def test_markdown_export_artifacts_and_content(sample_quiz: Quiz) -> None:
    artifacts = export(sample_quiz, "md")
    assert [a.suffix for a in artifacts] == [".md", ".key.md"]
    quiz_md = artifacts[0].data.decode()
    assert quiz_md.startswith("# Topontmoeting Kim &amp; Trump &lt;b&gt;\n")
    assert "*Artikel van 2018-03*" in quiz_md
    assert "Beantwoord de vragen over de tekst." in quiz_md
    assert "- b) Chung Eui-yong" in quiz_md
    assert "Volgens Chung wil Trump \\_\\_\\_" in quiz_md
    assert "- Niet waar" in quiz_md
    assert "1. Kim Jong-un\n2. Donald Trump\n3. Chung Eui-yong\n\n- a) president" in quiz_md
    assert "in mei" not in quiz_md  # the answer of the cloze stays out of the student copy
    key = artifacts[1].data.decode()
    assert "# Antwoordsleutel: " in key
    assert "3. **b)** Chung Eui-yong" in key
    assert "2. **in mei** (ook goed: mei)" in key
    assert "5. 1 → **c** (leider), 2 → **a** (president)" in key


def test_markdown_export_renders_with_no_live_html(sample_quiz: Quiz) -> None:
    for artifact in export(sample_quiz, "md"):
        rendered = MarkdownIt("commonmark").render(artifact.data.decode())
        tree = lxml_html.fromstring(f"<div>{rendered}</div>")
        assert not tree.xpath("//script|//img|//a|//b|//code")
        assert "<script>alert(1)</script> *ster*" in tree.text_content()


def test_markdown_export_english_labels() -> None:
    text = render_markdown(make_quiz("en"))
    assert "Answer the questions about the text." in text
    assert "- False" in text
    assert "(1 point)" in text


def test_markdown_versions_each_with_a_key(sample_quiz: Quiz) -> None:
    artifacts = export(sample_quiz, "md", ExportOptions(versions=2))
    assert [a.suffix for a in artifacts] == ["-A.md", "-B.md", ".key.md"]
    key = artifacts[-1].data.decode()
    assert "## Versie A" in key and "## Versie B" in key
    assert "(Versie A)" in artifacts[0].data.decode()


@pytest.mark.parametrize("fmt", ["md", "html", "json", "gift", "moodle", "qti", "text2qti"])
def test_every_text_export_is_deterministic(sample_quiz: Quiz, fmt: str) -> None:
    options = ExportOptions(versions=3)
    assert export(sample_quiz, fmt, options) == export(make_quiz(), fmt, options)


# ---------------------------------------------------------------- html worksheet


def test_html_worksheet_has_no_live_article_html(sample_quiz: Quiz) -> None:
    for artifact in export(sample_quiz, "html"):
        tree = lxml_html.fromstring(artifact.data)
        assert not tree.xpath("//script|//img|//link|//a|//iframe"), artifact.suffix
        assert "<script>alert(1)</script>" in tree.text_content()


def test_html_worksheet_structure(sample_quiz: Quiz) -> None:
    student, key, teacher = export(sample_quiz, "html")
    assert (student.suffix, key.suffix, teacher.suffix) == (".html", ".key.html", ".teacher.html")
    tree = lxml_html.fromstring(student.data)
    questions = tree.xpath("//li[contains(@class, 'question')]")
    assert len(questions) == 7
    assert [q.get("class").split()[1] for q in questions] == [q.kind for q in sample_quiz.questions]
    assert tree.xpath("//div[@class='lines']")  # writing lines for open questions
    fields = [s.text for s in tree.xpath("//div[contains(@class, 'field')]/span")]
    assert fields == ["Naam", "Klas", "Datum"]
    assert not tree.xpath("//li[@class='correct']")
    assert "Kim Jong-un (ook goed" not in tree.text_content()

    teacher_tree = lxml_html.fromstring(teacher.data)
    correct = [li.text_content() for li in teacher_tree.xpath("//li[@class='correct']")]
    assert "b) Chung Eui-yong" in correct and "Niet waar" in correct
    assert teacher_tree.xpath("//p[@class='filled']")[0].text.strip() == "Kim Jong-un"
    assert "Docentenversie" in teacher_tree.text_content()


# ---------------------------------------------------------------- user templates


def test_user_template_wins_and_is_still_escaped(tmp_path: Path, sample_quiz: Quiz) -> None:
    (tmp_path / "quiz.md.j2").write_text("EIGEN {{ quiz.title }}\n", encoding="utf-8")
    artifacts = export(sample_quiz, "md", ExportOptions(template_dir=tmp_path))
    assert artifacts[0].data.decode() == "EIGEN Topontmoeting Kim &amp; Trump &lt;b&gt;\n"
    # Templates the user did not copy still come from the built-ins.
    assert artifacts[1].data.decode().startswith("# Antwoordsleutel")


def test_templates_are_sandboxed(tmp_path: Path, sample_quiz: Quiz) -> None:
    from jinja2.exceptions import SecurityError

    (tmp_path / "quiz.md.j2").write_text(
        "{{ quiz.__class__.__init__.__globals__ }}\n", encoding="utf-8"
    )
    with pytest.raises(SecurityError):
        export(sample_quiz, "md", ExportOptions(template_dir=tmp_path))


def test_undefined_names_fail_loudly(tmp_path: Path, sample_quiz: Quiz) -> None:
    from jinja2.exceptions import UndefinedError

    (tmp_path / "quiz.md.j2").write_text("{{ no_such_name }}\n", encoding="utf-8")
    with pytest.raises(UndefinedError):
        export(sample_quiz, "md", ExportOptions(template_dir=tmp_path))


def test_missing_template_dir_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        make_environment(tmp_path / "nope")


def test_copy_templates_then_refuse_to_overwrite(tmp_path: Path) -> None:
    dest = tmp_path / "mijn"
    written = copy_templates(dest)
    names = sorted(p.name for p in written)
    assert "worksheet.css" in names and "question.md.j2" in names
    assert "__init__.py" not in names
    assert all(p.parent == dest and p.stat().st_size > 0 for p in written)
    (dest / "quiz.md.j2").write_text("mine", encoding="utf-8")
    with pytest.raises(OutputError, match=r"quiz\.md\.j2"):
        copy_templates(dest)
    assert (dest / "quiz.md.j2").read_text(encoding="utf-8") == "mine"


def test_copy_templates_into_a_file_fails(tmp_path: Path) -> None:
    target = tmp_path / "bestand"
    target.write_text("x", encoding="utf-8")
    with pytest.raises(OutputError):
        copy_templates(target)


def test_copied_templates_render_the_same(tmp_path: Path, sample_quiz: Quiz) -> None:
    copy_templates(tmp_path)
    assert export(sample_quiz, "md", ExportOptions(template_dir=tmp_path)) == export(
        sample_quiz, "md"
    )


def test_no_export_imports_weasyprint_until_a_pdf_is_made() -> None:
    code = (
        "import sys, quizgen.render, quizgen.fetcher\n"
        "from quizgen.export import FORMATS, get_exporter\n"
        "for name in FORMATS: get_exporter(name)\n"
        "assert 'weasyprint' not in sys.modules, 'weasyprint imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
