"""The ``quizgen`` command: a thin layer over :mod:`quizgen.api`.

Every error is one line on stderr, ``quizgen: error: <message>``, and the exit code is
the error's ``exit_code`` (the list is in MAKE_EPILOG, shown by ``quizgen make --help``).

Heavy modules (spaCy, WeasyPrint) are imported only inside the functions that need them,
so ``--help``, ``formats`` and Markdown-only runs never load WeasyPrint.
"""

from __future__ import annotations

import argparse
import atexit
import os
import sys
import time
import traceback
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import NoReturn

from quizgen import __version__, batch
from quizgen.errors import INTERNAL_EXIT, QuizgenError, UsageError
from quizgen.export import FORMATS, ExportOptions
from quizgen.inputs import MAX_INPUT_LABEL
from quizgen.nlp import LANGUAGES
from quizgen.outputs import ensure_dir
from quizgen.records import QUESTION_KINDS, Quiz, QuizRequest

PROG = "quizgen"
DEFAULT_FORMATS = "md,pdf,json"
EXIT_INTERRUPTED = 130
MAKE_EPILOG = f"""\
outputs: DIR/<file name without extension, JSONL id, or 'quiz' for stdin><suffix>;
  all files of an article are written together or not at all.
limits: one article is at most {MAX_INPUT_LABEL} (quizgen.inputs.MAX_INPUT_BYTES).
exit status: 0 done; 2 bad usage; 3 article unusable; 4 no spaCy model;
  5 output not writable; 70 internal error (see --debug); 130 interrupted.
  With several articles, unusable ones are skipped and listed, and the exit status
  is that of the first skipped article (0 when none was skipped).
"""


def build_quizzes(requests: Sequence[QuizRequest]) -> list[Quiz | Exception]:
    """:func:`quizgen.api.build_quizzes`, imported on first use because it pulls in spaCy.

    The CLI calls the API only through this name (tests replace it with a fake).
    """
    from quizgen.api import build_quizzes as build

    return build(requests)


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error as one line (no usage block) via UsageError."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _choice_list(
    what: str, choices: Callable[[], Iterable[str]]
) -> Callable[[str], tuple[str, ...]]:
    """An argparse type for a comma list drawn from ``choices()`` (read when parsing, so
    formats registered after import count)."""

    def parse(value: str) -> tuple[str, ...]:
        known = tuple(choices())
        # dict.fromkeys: drop repeats but keep the user's order.
        items = tuple(dict.fromkeys(v.strip() for v in value.split(",") if v.strip()))
        if not items:
            raise argparse.ArgumentTypeError(f"no {what} given")
        for item in items:
            if item not in known:
                raise argparse.ArgumentTypeError(
                    f"unknown {what} {item!r}; choose from: {', '.join(known)}"
                )
        return items

    return parse


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {number}")
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description="Make quizzes and worksheets from news articles.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    make = commands.add_parser(
        "make",
        help="make a quiz from one or more articles",
        description="Make a quiz from each article: a text file, '-' for standard input, "
        'a folder (its *.txt files) or a .jsonl file (one {"text", "id", "title", '
        '"lang"} object a line).',
        epilog=MAKE_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    make.add_argument("files", nargs="+", metavar="FILE", help="article(s) to quiz")
    make.add_argument(
        "-o",
        "--output",
        type=Path,
        default=Path("build"),
        metavar="DIR",
        help="output folder (default: build)",
    )
    make.add_argument(
        "--format",
        type=_choice_list("format", lambda: sorted(FORMATS)),
        default=DEFAULT_FORMATS,
        metavar="LIST",
        help=f"comma list of output formats (default: {DEFAULT_FORMATS}; see 'quizgen formats')",
    )
    make.add_argument("--lang", choices=LANGUAGES, default="nl", help="article language")
    make.add_argument("--seed", type=int, default=0, help="seed for choices and shuffling")
    make.add_argument("--title", help="quiz title (default: the article's headline)")
    make.add_argument("--questions", type=_positive_int, metavar="N", help="at most N questions")
    make.add_argument(
        "--kinds",
        type=_choice_list("question kind", lambda: QUESTION_KINDS),
        metavar="LIST",
        help=f"comma list of question kinds ({', '.join(QUESTION_KINDS)})",
    )
    make.add_argument(
        "--versions",
        type=_positive_int,
        default=1,
        metavar="N",
        help="shuffled worksheet versions A, B, ... (default: 1)",
    )
    make.add_argument("--model", metavar="NAME_OR_PATH", help="spaCy pipeline to use")
    make.add_argument(
        "--template-dir",
        type=Path,
        metavar="DIR",
        help="folder of templates overriding the built-in ones",
    )
    make.add_argument(
        "--jobs",
        type=_positive_int,
        default=1,
        metavar="N",
        help="articles made in parallel (default: 1)",
    )
    make.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    make.set_defaults(run=cmd_make)

    templates = commands.add_parser(
        "templates", help="copy the built-in templates into a folder to edit"
    )
    templates.add_argument("dir", type=Path, metavar="DIR")
    templates.set_defaults(run=cmd_templates)

    formats = commands.add_parser("formats", help="list the output formats")
    formats.set_defaults(run=cmd_formats)
    return parser


def cmd_make(args: argparse.Namespace) -> int:
    if args.files.count("-") > 1:
        raise UsageError("standard input ('-') can be read only once")
    if args.template_dir is not None and not args.template_dir.is_dir():
        raise UsageError(f"template folder {args.template_dir} does not exist")
    settings = batch.Settings(
        formats=args.format,
        lang=args.lang,
        seed=args.seed,
        title=args.title,
        max_questions=args.questions,
        kinds=args.kinds,
        model=args.model,
        options=ExportOptions(versions=args.versions, template_dir=args.template_dir),
    )
    start = time.perf_counter()
    items = batch.collect(args.files)
    # Fail on an unusable output folder now, not after the slow part.
    ensure_dir(args.output)
    summary = batch.run(
        items, settings, args.output, build_quizzes, jobs=args.jobs, debug=args.debug
    )
    for path in summary.written:
        print(path)
    if len(items) > 1:
        for line in batch.format_summary(summary, time.perf_counter() - start):
            print(f"{PROG}: {line}", file=sys.stderr)
    elif summary.skipped:
        _error(summary.skipped[0][1])
    return summary.exit_code


def cmd_templates(args: argparse.Namespace) -> int:
    from quizgen.render import copy_templates

    for path in copy_templates(args.dir):
        print(path)
    return 0


def cmd_formats(args: argparse.Namespace) -> int:
    for name in sorted(FORMATS):
        print(f"{name:10} {FORMATS[name][2]}")
    return 0


def _error(message: str) -> None:
    # One line, whatever the message holds: a wrapped line would look like two errors.
    print(f"{PROG}: error: {batch.one_line(message)}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code (the console script exits with it)."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args_list
    try:
        args = build_parser().parse_args(args_list)
        code: int = args.run(args)
        return code
    except SystemExit as exit_:  # --help and --version
        return exit_.code if isinstance(exit_.code, int) else 0
    except QuizgenError as err:
        _error(str(err))
        return err.exit_code
    except KeyboardInterrupt:
        _error("interrupted")
        return EXIT_INTERRUPTED
    except Exception as err:
        if debug:
            traceback.print_exc()
        _error(f"internal error: {type(err).__name__}: {err}{'' if debug else batch.DEBUG_HINT}")
        return INTERNAL_EXIT


def run() -> NoReturn:
    """The console script: :func:`main`, then an exit that skips the interpreter's teardown.

    Freeing a loaded pipeline object by object costs a cold run some 0.3 s after the last
    file is written. Every output is complete and closed when :func:`main` returns (see
    :mod:`quizgen.outputs`); the exit handlers still run and the standard streams are
    flushed, only the teardown of modules and objects is left to the operating system."""
    code = main()
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe or stream
            code = code or 120  # as Python's own exit does
    os._exit(code)
