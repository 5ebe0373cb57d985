"""One error hierarchy. The CLI prints ``str(error)`` as one line and exits with ``exit_code``."""

from __future__ import annotations


class QuizgenError(Exception):
    """Base of every error quizgen raises on purpose."""

    exit_code = 1


class UsageError(QuizgenError):
    """Bad options or arguments (unknown format, language, kind, model name)."""

    exit_code = 2


class InputError(QuizgenError):
    """The article cannot be used: missing, unreadable, empty, binary, too large, wrong language."""

    exit_code = 3


class NoQuestionsError(InputError):
    """The article was read but no good question could be made from it."""


class ModelError(QuizgenError):
    """A spaCy pipeline could not be found or loaded."""

    exit_code = 4


class OutputError(QuizgenError):
    """An output file or folder cannot be written."""

    exit_code = 5


#: Exit code for an unexpected internal error (a bug): see ``--debug``.
INTERNAL_EXIT = 70
