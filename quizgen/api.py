"""The public API: text → Quiz, and Quiz → output formats. The CLI only wraps these."""

from __future__ import annotations

import re
from collections.abc import Sequence
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING

from quizgen.errors import NoQuestionsError, UsageError
from quizgen.export import Artifact, ExportOptions, export
from quizgen.inputs import split_metadata
from quizgen.records import PARAGRAPH_STARTS, QUESTION_KINDS, QuestionKind, Quiz

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["Artifact", "ExportOptions", "build_quiz", "export", "parse", "render_markdown"]

DEFAULT_TITLES = {"nl": "Vragen bij de tekst", "en": "Questions about the text"}
# A first line without end punctuation and of a few words is the article's headline.
_HEADLINE = re.compile(r"\A[^\n.!?]{1,120}\n")
HEADLINE_MAX_WORDS = 14


def language_rules(lang: str) -> ModuleType:
    try:
        return import_module(f"quizgen.lang.{lang}")
    except ModuleNotFoundError:
        raise UsageError(
            f"questions in {lang!r} are not written yet: quizgen asks questions in Dutch (nl)"
        ) from None


def check_kinds(kinds: Sequence[str] | None) -> tuple[QuestionKind, ...] | None:
    if kinds is None:
        return None
    bad = [k for k in kinds if k not in QUESTION_KINDS]
    if bad:
        raise UsageError(
            f"unknown question kind {bad[0]!r}; choose from: {', '.join(QUESTION_KINDS)}"
        )
    return tuple(k for k in QUESTION_KINDS if k in kinds)


def parse(nlp: Language, text: str) -> Doc:
    """Parse paragraph by paragraph: a line break ends a sentence, and a headline without a
    full stop must not run into the first sentence. A surname the NER missed is tagged as
    the person named in full anywhere in the article (see quizgen.repair)."""
    from spacy.tokens import Doc

    paragraphs = [p.strip() for p in text.splitlines() if p.strip()]
    docs = list(nlp.pipe(paragraphs))
    if not docs:
        return nlp.make_doc("")
    doc = Doc.from_docs(docs)
    # Repairs that need the whole article, not one paragraph.
    if "quizgen_repair" in nlp.pipe_names:
        from quizgen.repair import tag_known_names

        tag_known_names(doc)
    starts, at = [], 0
    for d in docs:
        starts.append(at)
        at += len(d)
    doc.user_data[PARAGRAPH_STARTS] = starts
    return doc


def headline(text: str) -> tuple[str | None, str]:
    m = _HEADLINE.match(text.lstrip())
    if m and len(m.group().split()) <= HEADLINE_MAX_WORDS:
        body = text.lstrip()[m.end() :]
        return m.group().strip(), body
    return None, text


def build_quiz(
    text: str,
    *,
    lang: str = "nl",
    seed: int = 0,
    title: str | None = None,
    max_questions: int | None = None,
    kinds: Sequence[str] | None = None,
    model: str | None = None,
    source_name: str = "",
) -> Quiz:
    """Make a quiz about the key facts of ``text`` (a news article in ``lang``)."""
    from quizgen import inputs
    from quizgen.extract import extract
    from quizgen.generate import generate
    from quizgen.nlp import load_pipeline

    rules = language_rules(lang)
    wanted = check_kinds(kinds)
    if max_questions is not None and max_questions < 1:
        raise UsageError(f"the number of questions must be at least 1, not {max_questions}")
    article = split_metadata(inputs.normalize_text(text))
    head, body = headline(inputs.check_text(article.text, lang))
    nlp = load_pipeline(lang, model)
    doc = parse(nlp, body)
    extraction = extract(doc, lang)
    questions = generate(
        extraction, rules, seed=seed, max_questions=max_questions, kinds=wanted, date=article.date
    )
    if not questions:
        raise NoQuestionsError(
            "no questions could be made: the text has no clear facts (who did what, "
            "when, where, how many) that quizgen can ask about"
        )
    return Quiz(
        lang=lang,
        title=title or head or DEFAULT_TITLES[lang],
        questions=questions,
        entities=extraction.entities.records(),
        date=article.date,
        seed=seed,
        source_name=source_name,
        skipped=tuple(sorted(extraction.skipped.items())),
    )


def render_markdown(quiz: Quiz) -> str:
    """The Markdown quiz (without its answer key) as text."""
    return export(quiz, "md")[0].data.decode("utf-8")
