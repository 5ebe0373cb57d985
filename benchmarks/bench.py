"""quizgen benchmarks: how much quizgen adds on top of spaCy and WeasyPrint.

Run from the repository root (not while a model trains: it keeps a CPU core busy):

    .venv/bin/python benchmarks/bench.py                # 300 docs, median of 3 runs
    .venv/bin/python benchmarks/bench.py --smoke        # 8 docs, 1 run: checks it works
    .venv/bin/python benchmarks/bench.py --docs 500 --runs 5 --model nl_core_news_md

Sections, printed side by side in one table:

1. throughput: raw spaCy ``nlp.pipe`` over the corpus with the pipeline quizgen uses
   (``quizgen.nlp.load_pipeline``) vs quizgen's whole text → quiz → JSON + Markdown over
   the same texts, parsed in groups as ``quizgen make`` parses many articles, and their
   ratio (the two run in turns);
2. PDF: WeasyPrint time per worksheet document made by quizgen vs WeasyPrint rendering a
   minimal HTML page holding the same printed text in the worksheet's typeface as the system
   has it (quizgen sets it in its own cut of that font: its work, measured on its side), and
   in WeasyPrint's default font, and their ratios (run in turns, all warmed up);
3. cold start: wall time (median) and peak memory (maxrss of the child) of a fresh
   ``python -m quizgen make`` process for Markdown only and for PDF, beside a fresh process
   that only imports spaCy and loads the same pipeline (quizgen's modules are compiled to
   bytecode first, as an installed package's are).

Every section is measured against the public contracts and reports "n/a: <reason>" when a
piece (the model, WeasyPrint, a format) is missing, instead of failing.
"""

from __future__ import annotations

import argparse
import gc
import html
import itertools
import os
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_TEXTS = ("eval/texts/*.txt", "examples/voorbeeld-nl.txt")
_TAG = re.compile(r"<[^>]+>")
# Elements whose text is not printed: a worksheet's stylesheet is most of its characters.
_UNPRINTED = re.compile(r"<(style|title|script)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
# The worksheet's body font (the ``html`` rule of its stylesheet).
_BODY_FONT = re.compile(r"(?:^|[\s}])html\s*\{[^}]*?\bfont-family:\s*([^;}]+)")


@dataclass
class Line:
    """One row of the report: a label, a value and an optional note."""

    label: str
    value: str
    note: str = ""


def median_times(funcs: Sequence[Callable[[], object]], runs: int) -> list[float]:
    """Median time of each function, run in turns (warm-up, then ``runs`` rounds).

    Taking turns, the functions share the machine's slow and fast moments, so that their
    ratio does not depend on which one happened to run while something else was busy.
    """
    for func in funcs:
        func()
    times: list[list[float]] = [[] for _ in funcs]
    for _ in range(runs):
        for func, own in zip(funcs, times, strict=True):
            start = time.perf_counter()
            func()
            own.append(time.perf_counter() - start)
    return [statistics.median(own) for own in times]


def load_corpus(patterns: Sequence[str], docs: int) -> tuple[list[str], int]:
    """``docs`` texts cycling through the files matched by ``patterns``; and how many files."""
    paths = sorted({p for pattern in patterns for p in ROOT.glob(pattern)})
    if not paths:
        raise SystemExit(f"bench: no texts match {', '.join(patterns)}")
    texts = [p.read_text("utf-8") for p in paths]
    return list(itertools.islice(itertools.cycle(texts), docs)), len(paths)


def throughput(texts: list[str], lang: str, model: str | None, runs: int) -> list[Line]:
    try:
        from quizgen.api import QuizRequest, build_quizzes
        from quizgen.batch import GROUP
        from quizgen.errors import InputError, QuizgenError
        from quizgen.export import FORMATS, export
        from quizgen.nlp import load_pipeline

        nlp = load_pipeline(lang, model)
    except (ImportError, QuizgenError) as err:
        return [Line("throughput", f"n/a: {err}")]
    formats = [f for f in ("json", "md") if f in FORMATS]
    skipped = 0

    def spacy_pipe() -> None:
        for _ in nlp.pipe(texts):
            pass

    def quizgen_all() -> None:
        """As ``quizgen make`` does for many articles: parsed in groups, then each quiz."""
        nonlocal skipped
        skipped = 0
        for at in range(0, len(texts), GROUP):
            group = [QuizRequest(t, lang=lang, model=model) for t in texts[at : at + GROUP]]
            for quiz in build_quizzes(group):
                if isinstance(quiz, InputError):  # also NoQuestionsError: as the CLI skips it
                    skipped += 1
                elif isinstance(quiz, Exception):
                    raise quiz
                else:
                    for fmt in formats:
                        export(quiz, fmt)

    spacy_s, quizgen_s = median_times([spacy_pipe, quizgen_all], runs)
    n = len(texts)
    return [
        Line("spaCy nlp.pipe", f"{spacy_s:8.2f} s", f"{n / spacy_s:7.1f} docs/s"),
        Line(
            f"quizgen text→quiz→{'+'.join(formats) or 'nothing'}",
            f"{quizgen_s:8.2f} s",
            f"{n / quizgen_s:7.1f} docs/s" + (f", {skipped} without questions" if skipped else ""),
        ),
        Line("  ratio quizgen / spaCy", f"{quizgen_s / spacy_s:8.2f} x"),
    ]


def pdf_cost(text: str, lang: str, model: str | None, runs: int) -> list[Line]:
    try:
        from weasyprint import HTML

        from quizgen.api import build_quiz
        from quizgen.errors import QuizgenError
        from quizgen.export import FORMATS, export

        if not {"pdf", "html"} <= FORMATS.keys():
            return [Line("PDF", "n/a: the pdf and html formats are not registered")]
        quiz = build_quiz(text, lang=lang, model=model)
    except (ImportError, OSError, QuizgenError) as err:
        return [Line("PDF", f"n/a: {err}")]
    pages = [a.data.decode("utf-8") for a in export(quiz, "html")]
    # Each worksheet document's printed text (not its <style> or <title>), as one plain
    # paragraph in a bare page set in the worksheet's body font, regular only: what WeasyPrint
    # needs at least for that text in that typeface. The same in its default font is shown too.
    font = _BODY_FONT.search(pages[0])
    # The typeface as the system has it: quizgen's own cut of it (quizgen.export.fonts) is
    # quizgen's work, not WeasyPrint's.
    from quizgen.export.fonts import FAMILY

    families = [f.strip() for f in font[1].split(",") if FAMILY not in f] if font else []
    font_css = f"<style>body {{ font-family: {', '.join(families)} }}</style>" if font else ""

    def bare(page: str, head: str) -> str:
        printed = " ".join(_TAG.sub(" ", _UNPRINTED.sub(" ", page)).split())
        body = html.escape(html.unescape(printed))
        return f"<!doctype html><html><head>{head}</head><body><p>{body}</p></body></html>"

    plain = [bare(page, font_css) for page in pages]
    default = [bare(page, "") for page in pages]
    # Warmed up and run in turns (median_times).
    # This process holds spaCy's objects, which every full garbage collection walks. quizgen's
    # PDF export sets the objects it finds aside (gc.freeze) and WeasyPrint alone would have
    # none: frozen here, for both, neither pays for them.
    gc.collect()
    gc.freeze()
    try:
        quizgen_s, plain_s, default_s = (
            t / len(pages)
            for t in median_times(
                [
                    lambda: export(quiz, "pdf"),
                    lambda: [HTML(string=p).write_pdf() for p in plain],
                    lambda: [HTML(string=p).write_pdf() for p in default],
                ],
                runs,
            )
        )
    finally:
        gc.unfreeze()
    chars = sum(len(p) for p in plain) // len(plain)
    family = families[0] if families else "default font"
    return [
        Line("PDF per worksheet document", f"{quizgen_s:8.3f} s", f"{len(pages)} per quiz"),
        Line("WeasyPrint bare page, same text", f"{plain_s:8.3f} s", f"~{chars} chars, {family}"),
        Line("  ratio quizgen / bare", f"{quizgen_s / plain_s:8.2f} x"),
        Line(
            "  (bare page in WeasyPrint's default font",
            f"{default_s:8.3f} s",
            f"ratio {quizgen_s / default_s:.2f} x)",
        ),
    ]


def spawn(argv: list[str]) -> tuple[float, int, str]:
    """Wall time, peak RSS (KB) and the last line of stderr if it failed ("" if not) of one
    fresh process."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        devnull = os.open(os.devnull, os.O_WRONLY)
        actions = [
            (os.POSIX_SPAWN_DUP2, devnull, 1),
            (os.POSIX_SPAWN_DUP2, err.fileno(), 2),
        ]
        try:
            pid = os.posix_spawn(argv[0], argv, dict(os.environ), file_actions=actions)
        finally:
            os.close(devnull)
        # wait4 gives this child's own rusage (RUSAGE_CHILDREN would mix all children).
        _, status, usage = os.wait4(pid, 0)
        returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - start
        if not returncode:
            return seconds, usage.ru_maxrss, ""
        err.seek(0)
        lines = err.read().decode("utf-8", "replace").strip().splitlines()
        return seconds, usage.ru_maxrss, lines[-1] if lines else f"exit {returncode}"


def cold(label: str, argv: list[str], runs: int) -> Line:
    """Median wall time and peak RSS of ``runs`` fresh processes running ``argv``."""
    times, peaks = [], []
    for _ in range(runs):
        seconds, peak, failed = spawn(argv)
        if failed:
            return Line(label, f"n/a: {failed}")
        times.append(seconds)
        peaks.append(peak)
    # ru_maxrss is in kilobytes on Linux.
    return Line(label, f"{statistics.median(times):8.2f} s", f"peak {max(peaks) / 1024:.0f} MB")


def compile_bytecode() -> None:
    """Compile quizgen's modules as ``pip install`` does for an installed package. An
    editable install leaves them to the first import, and where ``PYTHONDONTWRITEBYTECODE``
    is set (as on the machines these figures come from) every cold start would compile them
    again (~0.15 s): not what a user's installed quizgen pays."""
    import compileall

    import quizgen

    compileall.compile_dir(Path(quizgen.__file__).parent, quiet=1)


def cold_start(source: Path, fmt: str, lang: str, model: str | None, runs: int) -> Line:
    """A fresh ``python -m quizgen make`` process."""
    with tempfile.TemporaryDirectory() as out:
        argv = [sys.executable, "-m", "quizgen", "make", str(source), "-o", out]
        argv += ["--format", fmt, "--lang", lang] + (["--model", model] if model else [])
        return cold(f"cold start make --format {fmt}", argv, runs)


def cold_spacy(lang: str, model: str | None, runs: int) -> Line:
    """A fresh process that only imports spaCy and loads the same pipeline: what any spaCy
    program pays before its first text."""
    from quizgen.nlp import resolve_model

    target = str(resolve_model(lang, model))
    code = "import sys, spacy; spacy.load(sys.argv[1])"
    return cold("  spaCy alone: import + spacy.load", [sys.executable, "-c", code, target], runs)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=300, help="corpus size (texts are repeated)")
    parser.add_argument("--runs", type=int, default=3, help="runs per timing; the median is shown")
    parser.add_argument("--lang", default="nl")
    parser.add_argument("--model", help="spaCy pipeline (default: quizgen's choice)")
    parser.add_argument(
        "--texts", nargs="+", default=list(DEFAULT_TEXTS), help="globs under the repository root"
    )
    parser.add_argument("--smoke", action="store_true", help="8 docs, 1 run: a quick check")
    parser.add_argument("--skip", nargs="*", default=[], choices=["throughput", "pdf", "cold"])
    args = parser.parse_args(argv)
    if args.smoke:
        args.docs, args.runs = 8, 1
    texts, files = load_corpus(args.texts, args.docs)
    print(
        f"quizgen benchmark: {len(texts)} docs (cycled from {files} texts, "
        f"{sum(len(t) for t in texts) / 1e6:.2f} M chars), lang {args.lang}, "
        f"model {args.model or 'default'}, median of {args.runs} run(s), "
        f"{os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}"
    )
    lines: list[Line] = []
    if "cold" not in args.skip:
        compile_bytecode()
        # First, while this process is small: a child's peak memory counts the pages it
        # shares with its parent until it execs.
        with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8") as source:
            source.write(texts[0])
            source.flush()
            lines += [
                cold_start(Path(source.name), f, args.lang, args.model, args.runs)
                for f in ("md", "pdf")
            ]
            lines.append(cold_spacy(args.lang, args.model, args.runs))
    if "throughput" not in args.skip:
        lines += throughput(texts, args.lang, args.model, args.runs)
    if "pdf" not in args.skip:
        lines += pdf_cost(texts[0], args.lang, args.model, args.runs)
    width = max(len(line.label) for line in lines)
    for line in lines:
        print(f"  {line.label:<{width}}  {line.value:>10}  {line.note}".rstrip())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
