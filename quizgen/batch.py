"""Many articles in one run: collect them, make each one's outputs, write, summarise.

An article is a text file, every ``*.txt`` in a folder (sorted), one line of a ``.jsonl``
file (``{"text": ..., "id": ..., "title": ..., "lang": ...}``) or standard input (``-``).
Each article gets its own output set named after its file or id. An article that cannot
be used is skipped with its reason and the run goes on; a problem that would hit every
article (bad options, no model, unwritable output folder) stops the run.

Exit status: 0 when every article was done, else the exit code of the first skipped
article in input order (3 for an unusable article, 70 for an internal error), so that a
single-article run exits exactly like the error it hit. Output does not depend on
``--jobs``: each article's quiz depends only on its text and the options (articles are
parsed in groups, each paragraph alone, with the same parses as one by one), and files
are written in input order.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
import traceback
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO

from quizgen.errors import INTERNAL_EXIT, InputError, QuizgenError
from quizgen.export import Artifact, ExportOptions, export
from quizgen.inputs import (
    MAX_INPUT_BYTES,
    STDIN_NAME,
    check_size,
    normalize_text,
    read_source,
)
from quizgen.nlp import LANGUAGES
from quizgen.outputs import write_artifacts
from quizgen.records import Quiz, QuizRequest

#: Signature of quizgen.api.build_quizzes; the CLI passes it in so that tests can fake it.
QuizBuilder = Callable[[Sequence[QuizRequest]], list[Quiz | Exception]]

#: Articles parsed together in one pass of spaCy (see quizgen.api.parse_many).
GROUP = 16
#: Added to an internal error's message when its traceback is not shown.
DEBUG_HINT = " (run with --debug for the traceback)"
#: Output stem for an article read from standard input.
STDIN_STEM = "quiz"
#: A JSONL line may be longer than the article it holds (JSON escapes, other fields).
MAX_JSONL_LINE = 8 * MAX_INPUT_BYTES
_UNSAFE_STEM = re.compile(r"[^\w.-]+")
_MAX_STEM = 80


@dataclass(frozen=True)
class Item:
    """One article to make outputs for.

    Exactly one of ``path`` (read in the worker) and ``text`` is set, or ``error`` when the
    article was already found unusable while collecting (a bad JSONL line).
    """

    name: str
    stem: str
    path: str | None = None
    text: str | None = None
    title: str | None = None
    lang: str | None = None
    error: QuizgenError | None = None


@dataclass(frozen=True)
class Settings:
    """Everything besides the article that decides its outputs."""

    formats: tuple[str, ...]
    lang: str = "nl"
    seed: int = 0
    title: str | None = None
    max_questions: int | None = None
    kinds: tuple[str, ...] | None = None
    model: str | None = None
    options: ExportOptions = field(default_factory=ExportOptions)


@dataclass(frozen=True)
class Outcome:
    """What a worker sends back: the artifacts, or why there are none."""

    artifacts: tuple[Artifact, ...] = ()
    error: str = ""
    exit_code: int = 0
    fatal: bool = False
    trace: str = ""


@dataclass
class Summary:
    done: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    exit_code: int = 0
    written: list[Path] = field(default_factory=list)


def one_line(text: str) -> str:
    """``text`` safe to print as one terminal line: whitespace runs become one space, and
    other control or format characters (ANSI escapes or bidi overrides in a hostile file
    name or id) become "?"."""
    return "".join(ch if ch.isprintable() else "?" for ch in " ".join(text.split()))


def safe_stem(raw: str) -> str:
    """A file-name stem from an untrusted id: no separators, no leading dots, bounded length."""
    return _UNSAFE_STEM.sub("-", raw).strip(".-")[:_MAX_STEM].rstrip(".-")


def _read_jsonl_lines(path: Path) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) for every line; ``None`` for a line over MAX_JSONL_LINE."""
    with path.open("rb") as f:
        lineno = 0
        while True:
            line = f.readline(MAX_JSONL_LINE + 1)
            if not line:
                return
            lineno += 1
            if len(line) > MAX_JSONL_LINE:
                # Skip the rest of the overlong line in bounded chunks.
                while line and not line.endswith(b"\n"):
                    line = f.readline(MAX_JSONL_LINE)
                yield lineno, None
            else:
                yield lineno, line


def _jsonl_item(name: str, line: bytes | None, fallback_stem: str) -> Item | None:
    """The article on one JSONL line; None for a blank line."""

    def bad(reason: str) -> Item:
        return Item(name=name, stem=fallback_stem, error=InputError(f"{name}: {reason}"))

    if line is None:
        return bad(f"line longer than {MAX_JSONL_LINE // 1_000_000} MB")
    if not line.strip():
        return None
    try:
        obj = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError:
        return bad("not UTF-8")
    except json.JSONDecodeError as err:
        return bad(f"invalid JSON ({err.msg})")
    if not isinstance(obj, dict):
        return bad("expected a JSON object")
    text, raw_id, title, lang = obj.get("text"), obj.get("id"), obj.get("title"), obj.get("lang")
    if not isinstance(text, str):
        return bad('no "text" string')
    if not isinstance(raw_id, str | int | type(None)) or isinstance(raw_id, bool):
        return bad('"id" must be a string or number')
    if not isinstance(title, str | type(None)):
        return bad('"title" must be a string')
    if lang is not None and lang not in LANGUAGES:
        return bad(f'unsupported "lang" {lang!r}; choose from: {", ".join(LANGUAGES)}')
    stem = safe_stem(str(raw_id)) if raw_id is not None else ""
    try:
        check_size(len(text.encode("utf-8", "surrogatepass")), name)
    except InputError as err:
        return Item(name=name, stem=stem or fallback_stem, error=err)
    return Item(
        name=name, stem=stem or fallback_stem, text=normalize_text(text), title=title, lang=lang
    )


def _items_from_arg(arg: str, stdin: IO[bytes] | None) -> Iterator[Item]:
    if arg == "-":
        try:
            name, text = read_source(arg, stdin)
        except InputError as err:
            yield Item(name=STDIN_NAME, stem=STDIN_STEM, error=err)
            return
        yield Item(name=name, stem=STDIN_STEM, text=text)
        return
    path = Path(arg)
    if path.is_dir():
        files = sorted(p for p in path.glob("*.txt") if p.is_file())
        if not files:
            yield Item(name=arg, stem=path.name, error=InputError(f"{arg}: no *.txt files"))
        for p in files:
            yield Item(name=str(p), stem=p.stem, path=str(p))
    elif path.suffix.lower() == ".jsonl" and path.is_file():
        try:
            for lineno, line in _read_jsonl_lines(path):
                item = _jsonl_item(f"{arg}:{lineno}", line, f"{path.stem}-{lineno}")
                if item is not None:
                    yield item
        except OSError as err:
            reason = err.strerror or str(err)
            yield Item(name=arg, stem=path.stem, error=InputError(f"cannot read {arg}: {reason}"))
    else:
        # Missing or unreadable files are reported when read, in the worker.
        yield Item(name=arg, stem=path.stem, path=arg)


def collect(args: Sequence[str], stdin: IO[bytes] | None = None) -> list[Item]:
    """Every article named by ``args``, in order, with unique output stems."""
    items = [item for arg in args for item in _items_from_arg(arg, stdin)]
    seen: set[str] = set()
    unique: list[Item] = []
    for item in items:
        if item.error is not None:  # writes nothing, so claims no name
            unique.append(item)
            continue
        # Two inputs named alike (a/x.txt, b/x.txt) must not overwrite each other.
        stem, n = item.stem or STDIN_STEM, 1
        while stem in seen:
            n += 1
            stem = f"{item.stem}-{n}"
        seen.add(stem)
        unique.append(replace(item, stem=stem))
    return unique


def make_outcomes(items: Sequence[Item], settings: Settings, build: QuizBuilder) -> list[Outcome]:
    """Read, quiz and export some articles in memory (runs in a worker process); their
    texts are parsed together (quizgen.api.build_quizzes)."""
    outcomes: list[Outcome | None] = [None] * len(items)
    requests: list[QuizRequest] = []
    asked: list[int] = []
    for i, item in enumerate(items):
        try:
            if item.error is not None:
                raise item.error
            text = item.text if item.text is not None else read_source(item.path or "")[1]
        except Exception as err:
            outcomes[i] = _failed(err)
            continue
        asked.append(i)
        requests.append(
            QuizRequest(
                text,
                lang=item.lang or settings.lang,
                seed=settings.seed,
                title=item.title or settings.title,
                max_questions=settings.max_questions,
                kinds=settings.kinds,
                model=settings.model,
                source_name=Path(item.name).name if item.path else item.name,
            )
        )
    try:
        quizzes = build(requests) if requests else []
    except Exception as err:  # no pipeline: the same for every article
        quizzes = [err] * len(requests)
    for i, quiz in zip(asked, quizzes, strict=True):
        outcomes[i] = _failed(quiz) if isinstance(quiz, Exception) else _exported(quiz, settings)
    return [o for o in outcomes if o is not None]


def _exported(quiz: Quiz, settings: Settings) -> Outcome:
    try:
        artifacts = [a for fmt in settings.formats for a in export(quiz, fmt, settings.options)]
    except Exception as err:
        return _failed(err)
    return Outcome(artifacts=tuple(artifacts))


def _failed(err: Exception) -> Outcome:
    """What an article's error means for the run."""
    if isinstance(err, InputError):
        return Outcome(error=str(err), exit_code=err.exit_code)
    if isinstance(err, QuizgenError):
        # Bad options (UsageError), no model: the same for every article.
        return Outcome(error=str(err), exit_code=err.exit_code, fatal=True)
    return Outcome(
        error=f"internal error: {type(err).__name__}: {err}",
        exit_code=INTERNAL_EXIT,
        trace="".join(traceback.format_exception(err)),
    )


class Progress:
    """A one-line progress bar on a terminal; silent when stderr is piped or logged."""

    def __init__(self, total: int, stream: IO[str]) -> None:
        self.total, self.count, self.stream = total, 0, stream
        self.enabled = total > 1 and stream.isatty()

    def step(self, name: str) -> None:
        self.count += 1
        if not self.enabled:
            return
        width = shutil.get_terminal_size().columns
        filled = 20 * self.count // self.total
        bar = f"[{'#' * filled}{'.' * (20 - filled)}]"
        line = f"{bar} {self.count}/{self.total} {one_line(name)}"
        self.stream.write("\r" + line[: width - 1] + "\x1b[K")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def _outcomes(
    items: Sequence[Item], settings: Settings, build: QuizBuilder, jobs: int
) -> Generator[Outcome, None, None]:
    # Articles go to spaCy in groups (a group's texts are parsed in one pass), as evenly
    # over the processes as the groups allow.
    size = max(1, min(GROUP, -(-len(items) // max(1, jobs))))
    groups = [items[i : i + size] for i in range(0, len(items), size)]
    if jobs <= 1 or len(groups) <= 1:
        for group in groups:
            yield from make_outcomes(group, settings, build)
        return
    # Imported here: one article (the common case) never needs the process machinery.
    from concurrent.futures import ProcessPoolExecutor

    executor = ProcessPoolExecutor(max_workers=min(jobs, len(groups)))
    try:
        # map keeps input order, so files are written in the same order for any --jobs.
        for outcomes in executor.map(
            make_outcomes, groups, [settings] * len(groups), [build] * len(groups)
        ):
            yield from outcomes
    finally:
        # A fatal error or Ctrl-C: do not start the articles still queued.
        executor.shutdown(wait=True, cancel_futures=True)


def run(
    items: Sequence[Item],
    settings: Settings,
    outdir: Path,
    build: QuizBuilder,
    *,
    jobs: int = 1,
    stderr: IO[str] | None = None,
    debug: bool = False,
) -> Summary:
    """Make and write every article's outputs; raise the first fatal error."""
    err_stream = stderr if stderr is not None else sys.stderr
    summary = Summary()
    progress = Progress(len(items), err_stream)
    outcomes = _outcomes(items, settings, build, jobs)
    try:
        for item, outcome in zip(items, outcomes, strict=True):
            progress.step(item.name)
            reason = outcome.error
            if outcome.trace and debug:
                progress.close()
                err_stream.write(outcome.trace)
            elif outcome.trace:
                reason += DEBUG_HINT
            if outcome.fatal:
                raise _FatalOutcome(outcome)
            if reason:
                summary.skipped.append((item.name, reason))
                summary.exit_code = summary.exit_code or outcome.exit_code
                continue
            summary.written += write_artifacts(outdir, item.stem, outcome.artifacts)
            summary.done += 1
    finally:
        outcomes.close()  # stops the worker pool now, not when garbage-collected
        progress.close()
    return summary


class _FatalOutcome(QuizgenError):
    """A worker's fatal error re-raised in the main process with its exit code."""

    def __init__(self, outcome: Outcome) -> None:
        super().__init__(outcome.error)
        self.exit_code = outcome.exit_code


def format_summary(summary: Summary, seconds: float) -> list[str]:
    lines = [f"done {summary.done}, skipped {len(summary.skipped)}, {seconds:.1f} s"]
    lines += [f"  skipped {one_line(name)}: {one_line(reason)}" for name, reason in summary.skipped]
    return lines
