"""The public API: text → Quiz, and Quiz → output formats. The CLI only wraps these."""

from __future__ import annotations

import re
from collections.abc import Sequence
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING, NamedTuple

from quizgen.errors import NoQuestionsError, QuizgenError, UsageError
from quizgen.export import Artifact, ExportOptions, export
from quizgen.inputs import Article, split_metadata
from quizgen.lang.base import dateline
from quizgen.records import PARAGRAPH_STARTS, QUESTION_KINDS, QuestionKind, Quiz, QuizRequest

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = [
    "Artifact",
    "ExportOptions",
    "QuizRequest",
    "build_quiz",
    "build_quizzes",
    "export",
    "parse",
    "parse_many",
    "render_markdown",
]

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
    (doc,) = parse_many(nlp, [text])
    return doc


def parse_many(nlp: Language, texts: Sequence[str]) -> list[Doc]:
    """:func:`parse` for several articles in one pass: spaCy runs its networks over all
    their paragraphs in large batches, which costs less per article than one article at a
    time (the same parses: a paragraph is parsed alone either way)."""
    from spacy.tokens import Doc

    paragraphs = [[p.strip() for p in text.splitlines() if p.strip()] for text in texts]
    # "AMERSFOORT - De hockeysters …": a dateline is parsed apart, or the parser makes the
    # place the subject and the sentence's own subject a loose phrase.
    pieces = [[split_dateline(p) for p in ps] for ps in paragraphs]
    parsed = iter(nlp.pipe(piece for ps in pieces for p in ps for piece in p))
    out = []
    for ps in pieces:
        docs = [[next(parsed) for _ in p] for p in ps]
        for d in docs:
            if len(d) > 1:
                # "OOSTERHOUT -": where the report was sent from names nothing the quiz
                # asks about or offers as an option.
                d[0].ents = []
        if not docs:
            out.append(nlp.make_doc(""))
            continue
        doc = Doc.from_docs([d for p in docs for d in p])
        # Repairs that need the whole article, not one paragraph.
        if "quizgen_repair" in nlp.pipe_names:
            from quizgen.repair import (
                label_places,
                split_known_organisations,
                tag_known_names,
                whole_known_names,
            )

            split_known_organisations(doc)
            whole_known_names(doc)
            tag_known_names(doc)
            label_places(doc)
        starts, at = [], 0
        for p in docs:
            starts.append(at)
            at += sum(len(d) for d in p)
        doc.user_data[PARAGRAPH_STARTS] = starts
        out.append(doc)
    return out


def split_dateline(paragraph: str) -> list[str]:
    """A paragraph as the pieces it is parsed in: its dateline apart, if it opens with one
    (with the space after it, so the pieces join into the paragraph again)."""
    opener = dateline(paragraph)
    if opener is None or opener[1] == len(paragraph):
        return [paragraph]
    return [paragraph[: opener[1]], paragraph[opener[1] :]]


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
    request = QuizRequest(text, lang, seed, title, max_questions, kinds, model, source_name)
    (result,) = build_quizzes([request])
    if isinstance(result, Exception):
        raise result
    return result


class _Prepared(NamedTuple):
    """An article checked and ready to parse, with what its quiz needs besides the parse."""

    at: int
    article: Article
    head: str | None
    body: str
    rules: ModuleType
    kinds: tuple[QuestionKind, ...] | None


def build_quizzes(requests: Sequence[QuizRequest]) -> list[Quiz | Exception]:
    """The quizzes of several articles, in order, their texts parsed together (see
    :func:`parse_many`): each article's quiz, or the error that article raised, so that one
    unusable article costs the others nothing. A pipeline that cannot be loaded is raised:
    it fails every article alike."""
    from quizgen import inputs
    from quizgen.nlp import load_pipeline

    results: list[Quiz | Exception | None] = [None] * len(requests)
    # The articles that can be parsed, by pipeline.
    ready: dict[tuple[str, str | None], list[_Prepared]] = {}
    for i, r in enumerate(requests):
        try:
            rules = language_rules(r.lang)
            kinds = check_kinds(r.kinds)
            if r.max_questions is not None and r.max_questions < 1:
                raise UsageError(
                    f"the number of questions must be at least 1, not {r.max_questions}"
                )
            article = split_metadata(inputs.normalize_text(r.text))
            head, body = headline(inputs.check_text(article.text, r.lang))
        except QuizgenError as err:
            results[i] = err
            continue
        ready.setdefault((r.lang, r.model), []).append(
            _Prepared(i, article, head, body, rules, kinds)
        )
    for (lang, model), group in ready.items():
        docs = parse_many(load_pipeline(lang, model), [p.body for p in group])
        for prepared, doc in zip(group, docs, strict=True):
            try:
                results[prepared.at] = _quiz(requests[prepared.at], prepared, doc)
            except Exception as err:  # this article's, reported with it
                results[prepared.at] = err
    return [r for r in results if r is not None]


def _quiz(request: QuizRequest, prepared: _Prepared, doc: Doc) -> Quiz:
    from quizgen.extract import extract
    from quizgen.generate import generate

    extraction = extract(doc, request.lang)
    date = prepared.article.date
    questions = generate(
        extraction,
        prepared.rules,
        seed=request.seed,
        max_questions=request.max_questions,
        kinds=prepared.kinds,
        date=date,
    )
    if not questions:
        raise NoQuestionsError(
            "no questions could be made: the text has no clear facts (who did what, "
            "when, where, how many) that quizgen can ask about"
        )
    return Quiz(
        lang=request.lang,
        title=request.title or prepared.head or DEFAULT_TITLES[request.lang],
        questions=questions,
        entities=extraction.entities.records(),
        date=date,
        seed=request.seed,
        source_name=request.source_name,
        skipped=tuple(sorted(extraction.skipped.items())),
    )


def render_markdown(quiz: Quiz) -> str:
    """The Markdown quiz (without its answer key) as text."""
    return export(quiz, "md")[0].data.decode("utf-8")
