"""quizgen: offline quizzes and worksheets from news texts.

The public API is imported lazily so that ``import quizgen`` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from quizgen.nlp import defer_spacy_cli

__version__ = "0.1.0"

__all__ = ["QuizRequest", "build_quiz", "build_quizzes", "export", "render_markdown"]

if TYPE_CHECKING:
    from quizgen.api import QuizRequest, build_quiz, build_quizzes, export, render_markdown


# Before anything of quizgen imports spaCy (see quizgen.nlp.defer_spacy_cli).
defer_spacy_cli()


def __getattr__(name: str) -> Any:
    if name in __all__:
        from quizgen import api

        return getattr(api, name)
    raise AttributeError(name)
