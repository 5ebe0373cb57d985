"""Templates: one sandboxed Jinja environment for the Markdown and HTML outputs.

Lookup order is the user's template folder first, then the built-ins (the mkdocs way), so a
teacher can override one file and keep the rest. Markdown templates escape every ``{{ }}``
value with :func:`md_escape` unless it is :class:`MdSafe`: article text can then never turn
into live Markdown or HTML, even in a template a user wrote. HTML templates use Jinja's own
autoescaping. The worksheet's HTML is made from the same Markdown question blocks as the
``md`` export (through the ``markdown`` package), so the two never drift apart.
"""

from __future__ import annotations

import functools
import re
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

from jinja2 import (
    BaseLoader,
    ChoiceLoader,
    FileSystemLoader,
    StrictUndefined,
    TemplateNotFound,
    pass_eval_context,
    select_autoescape,
)
from jinja2.loaders import split_template_path
from jinja2.nodes import EvalContext
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from quizgen.errors import OutputError, UsageError
from quizgen.export.common import (
    accepted_alternatives,
    correct_option_index,
    matching_rows,
    one_line,
    option_letter,
    split_cloze,
)
from quizgen.labels import Labels, labels_for
from quizgen.records import Question, Quiz

#: Suffixes of the files that make up the built-in template set (what copy_templates copies).
TEMPLATE_SUFFIXES = (".j2", ".css")


class MdSafe(str):
    """A string that is already valid, intended Markdown: the Markdown finalizer keeps it."""

    __slots__ = ()


# Backslash escapes: only characters that both CommonMark and Python-Markdown accept after a
# backslash, or the backslash would print in the worksheet.
_BACKSLASHED = frozenset("\\`*_[]{}")
# Characters Python-Markdown cannot backslash-escape: numeric/named entities work in both.
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "~": "&#126;", "|": "&#124;"}
# A line that starts like a block (heading, list, quote, setext rule) would stop being text.
_BLOCK_START = re.compile(r"^(?P<indent> *)(?:(?P<digits>\d+)(?P<dot>[.)])|(?P<mark>[#+\-=]))")
_SPACE = re.compile(r"\s+")


def md_escape(text: str) -> MdSafe:
    """Article text as literal Markdown: no emphasis, link, code, HTML or block syntax survives.

    The one escaping function for Markdown, used by every Markdown template (through the
    environment's finalizer) and by the text2qti exporter.
    """
    if isinstance(text, MdSafe):
        return text
    # Collapse but keep edge spaces: a cloze part ends in the space before its blank.
    out = []
    for char in _SPACE.sub(" ", text):
        if char in _BACKSLASHED:
            out.append("\\" + char)
        else:
            out.append(_ENTITIES.get(char, char))
    escaped = "".join(out)
    match = _BLOCK_START.match(escaped)
    if match:
        indent, rest = match["indent"], escaped[match.end() :]
        if match["digits"]:
            escaped = f"{indent}{match['digits']}\\{match['dot']}{rest}"
        elif match["mark"] == "=":
            escaped = f"{indent}&#61;{rest}"
        else:
            escaped = f"{indent}\\{match['mark']}{rest}"
    return MdSafe(escaped)


@pass_eval_context
def _finalize(eval_ctx: EvalContext, value: object) -> object:
    # HTML templates are escaped by Jinja's autoescape after this; Markdown ones are escaped
    # here, so that forgetting a filter in a template cannot leak raw article text.
    if eval_ctx.autoescape or isinstance(value, MdSafe):
        return value
    return md_escape(str(value))


def _css_string(value: str) -> Markup:
    """A CSS string literal (labels go into @page rules, which HTML escaping does not cover)."""
    escaped = "".join(c if c.isalnum() or c == " " else f"\\{ord(c):x} " for c in str(value))
    return Markup(f'"{escaped}"')


class _BuiltinLoader(BaseLoader):
    """Loads the templates shipped in the ``quizgen.templates`` package (wheel or source)."""

    def get_source(self, environment: object, template: str) -> tuple[str, str | None, None]:
        resource = builtin_templates().joinpath(*split_template_path(template))
        if not resource.is_file():
            raise TemplateNotFound(template)
        return resource.read_text(encoding="utf-8"), None, None

    def list_templates(self) -> list[str]:
        return sorted(p.name for p in _builtin_files())


def builtin_templates() -> Traversable:
    return files("quizgen.templates")


def _builtin_files() -> list[Traversable]:
    return sorted(
        (p for p in builtin_templates().iterdir() if p.name.endswith(TEMPLATE_SUFFIXES)),
        key=lambda p: p.name,
    )


@functools.cache
def make_environment(template_dir: Path | None = None) -> SandboxedEnvironment:
    """The sandboxed environment: ``template_dir`` (if any) wins over the built-ins.

    One per template folder and process, so each template is compiled once (Jinja caches
    compiled templates per environment and reloads a user's template when it changes)."""
    loaders: list[BaseLoader] = []
    if template_dir is not None:
        if not template_dir.is_dir():
            raise UsageError(f"template folder {str(template_dir)!r} does not exist")
        loaders.append(FileSystemLoader(template_dir))
    loaders.append(_BuiltinLoader())
    env = SandboxedEnvironment(
        loader=ChoiceLoader(loaders),
        undefined=StrictUndefined,
        autoescape=select_autoescape(
            enabled_extensions=("html", "htm", "html.j2"), default_for_string=False
        ),
        finalize=_finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["css_string"] = _css_string
    env.filters["md"] = md_escape
    env.globals["blank"] = MdSafe("\\_" * 10)
    return env


def copy_templates(dest: Path) -> list[Path]:
    """Copy the built-in templates into ``dest`` for a user to edit; never overwrite.

    Returns the written paths. Refuses (before writing anything) when any target exists.
    """
    if dest.exists() and not dest.is_dir():
        raise OutputError(f"{str(dest)!r} exists and is not a folder")
    sources = _builtin_files()
    clashes = [dest / s.name for s in sources if (dest / s.name).exists()]
    if clashes:
        names = ", ".join(p.name for p in clashes)
        raise OutputError(f"will not overwrite existing templates in {str(dest)!r}: {names}")
    try:
        dest.mkdir(parents=True, exist_ok=True)
        written = []
        for source in sources:
            target = dest / source.name
            with source.open("rb") as src, target.open("xb") as out:
                shutil.copyfileobj(src, out)
            written.append(target)
    except OSError as error:
        raise OutputError(f"cannot write templates to {str(dest)!r}: {error.strerror}") from None
    return written


# ---------------------------------------------------------------- what templates see


@dataclass(frozen=True)
class Choice:
    """One option as printed: ``letter`` is "" for true/false."""

    letter: str
    text: str
    correct: bool


@dataclass(frozen=True)
class MatchRow:
    number: int
    left: str
    letter: str
    right: str


@dataclass(frozen=True)
class Item:
    """A question as the templates see it: numbered, with display-ready parts."""

    number: int
    question: Question
    kind: str
    prompt_parts: tuple[str, ...]
    choices: tuple[Choice, ...]
    rows: tuple[MatchRow, ...]
    answer: str
    also: tuple[str, ...]
    points: str


def make_item(question: Question, number: int, labels: Labels) -> Item:
    kind = question.kind
    choices: tuple[Choice, ...] = ()
    answer = question.answer
    if kind == "multiple_choice":
        right = correct_option_index(question)
        choices = tuple(
            Choice(option_letter(i), one_line(text), i == right)
            for i, text in enumerate(question.options)
        )
        answer = question.options[right]
    elif kind == "matching":
        choices = tuple(
            Choice(option_letter(i), one_line(text), False)
            for i, text in enumerate(question.options)
        )
    elif kind == "true_false":
        answer = labels.true_false(question.answer)
        choices = tuple(Choice("", word, word == answer) for word in (labels.true, labels.false))
    prompt_parts = tuple(split_cloze(question.prompt)) if kind == "cloze" else (question.prompt,)
    rows = tuple(
        MatchRow(i + 1, left, option_letter(index), right)
        for i, (left, right, index) in enumerate(matching_rows(question))
    )
    also = accepted_alternatives(question) if kind in ("short_answer", "cloze") else ()
    return Item(
        number=number,
        question=question,
        kind=kind,
        prompt_parts=prompt_parts,
        choices=choices,
        rows=rows,
        answer=answer,
        also=also,
        points=labels.points_text(question.points),
    )


def make_items(quiz: Quiz) -> tuple[Item, ...]:
    labels = labels_for(quiz.lang)
    return tuple(make_item(q, n, labels) for n, q in enumerate(quiz.questions, start=1))


@dataclass(frozen=True)
class Sheet:
    """One version of the quiz: ``version`` is "" when there is only one."""

    version: str
    quiz: Quiz
    items: tuple[Item, ...]


def make_sheets(versions: Sequence[tuple[str, Quiz]]) -> tuple[Sheet, ...]:
    return tuple(Sheet(label, quiz, make_items(quiz)) for label, quiz in versions)


# ---------------------------------------------------------------- Markdown


def _context(quiz: Quiz) -> dict[str, object]:
    return {
        "quiz": quiz,
        "labels": labels_for(quiz.lang),
        "total": labels_for(quiz.lang).points_text(quiz.total_points),
    }


def render_question_md(
    env: SandboxedEnvironment,
    quiz: Quiz,
    item: Item,
    *,
    answers: bool,
    numbered: bool,
) -> str:
    """One question block as Markdown (the unit both the md export and the worksheet use)."""
    return env.get_template("question.md.j2").render(
        _context(quiz), item=item, answers=answers, numbered=numbered
    )


def render_quiz_md(env: SandboxedEnvironment, sheet: Sheet) -> str:
    return env.get_template("quiz.md.j2").render(
        _context(sheet.quiz), sheet=sheet, items=sheet.items
    )


def render_key_md(env: SandboxedEnvironment, quiz: Quiz, sheets: Sequence[Sheet]) -> str:
    return env.get_template("key.md.j2").render(_context(quiz), sheets=sheets)


# ---------------------------------------------------------------- Markdown → HTML


def markdown_to_html(text: str) -> Markup:
    """Convert our Markdown to an HTML fragment that is safe to insert unescaped (see
    quizgen.mdhtml: imported here, so Markdown-only runs never load the ``markdown`` package)."""
    from quizgen import mdhtml

    return Markup(mdhtml.to_html(text))  # safe: no raw HTML construct survives mdhtml


# ---------------------------------------------------------------- HTML worksheet


@dataclass(frozen=True)
class Block:
    """A question in the worksheet: its item and its Markdown body converted to HTML."""

    item: Item
    html: Markup


@dataclass(frozen=True)
class HtmlSheet:
    version: str
    quiz: Quiz
    blocks: tuple[Block, ...]
    total: str


def _html_sheet(env: SandboxedEnvironment, sheet: Sheet, *, answers: bool) -> HtmlSheet:
    blocks = tuple(
        Block(
            item,
            markdown_to_html(
                render_question_md(env, sheet.quiz, item, answers=answers, numbered=False)
            ),
        )
        for item in sheet.items
    )
    labels = labels_for(sheet.quiz.lang)
    return HtmlSheet(sheet.version, sheet.quiz, blocks, labels.points_text(sheet.quiz.total_points))


def render_worksheet_html(
    env: SandboxedEnvironment,
    quiz: Quiz,
    sheets: Sequence[Sheet],
    *,
    teacher: bool,
    font_faces: str = "",
) -> str:
    """Student worksheet(s), or with ``teacher`` the same sheets with the answers filled in.
    ``font_faces``: quizgen's own ``@font-face`` rules (see quizgen.export.fonts), never text
    of the article."""
    html_sheets = [_html_sheet(env, s, answers=teacher) for s in sheets]
    return env.get_template("worksheet.html.j2").render(
        _context(quiz), sheets=html_sheets, teacher=teacher, font_faces=Markup(font_faces)
    )


def render_key_html(
    env: SandboxedEnvironment, quiz: Quiz, sheets: Sequence[Sheet], font_faces: str = ""
) -> str:
    """The answer key pages: the ``.key.md`` Markdown, converted, one page per version."""
    body = markdown_to_html(render_key_md(env, quiz, sheets))
    return env.get_template("key.html.j2").render(
        _context(quiz), body=body, font_faces=Markup(font_faces)
    )


def render_markdown(quiz: Quiz, template_dir: Path | None = None) -> str:
    """The quiz as one Markdown document, in the quiz's own order (no versions)."""
    env = make_environment(template_dir)
    (sheet,) = make_sheets([("", quiz)])
    return render_quiz_md(env, sheet)
