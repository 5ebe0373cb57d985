"""Sample generated questions for a strict-teacher review.

Run: ``.venv/bin/python eval/review.py [--texts eval/texts] [--n 50] [--seed 0]
[--out eval/review-50.md]``

Builds a quiz for every text (``quizgen.api.build_quiz(text, lang="nl", seed=0)``), draws
``n`` questions spread evenly over the texts (deterministic for a given seed) and writes a
Markdown table with the columns #, text, kind, question, answer, verdict, reason. Verdict
and reason are left empty for the reviewer; the source sentence of each question is listed
under the table so that the reviewer can check it against the text.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from evaluate import DEFAULT_TEXTS, ROOT, BuildFn, default_build, time_limit

from quizgen.records import Question, Quiz

DEFAULT_OUT = ROOT / "eval" / "review-50.md"


@dataclass(frozen=True)
class ReviewRow:
    text: str
    question: Question


def sample_questions(
    quizzes: Sequence[tuple[str, Quiz]], n: int = 50, seed: int = 0
) -> list[ReviewRow]:
    """Draw ``n`` questions round-robin over the texts, each text's questions shuffled.

    Texts are visited in the given order; a text that runs out is skipped. Fewer than ``n``
    rows come back only when the quizzes hold fewer than ``n`` questions in all.
    """
    rng = random.Random(seed)
    queues: list[tuple[str, list[Question]]] = []
    for name, quiz in quizzes:
        questions = list(quiz.questions)
        rng.shuffle(questions)
        queues.append((name, questions))
    rows: list[ReviewRow] = []
    while len(rows) < n and any(qs for _, qs in queues):
        for name, qs in queues:
            if qs and len(rows) < n:
                rows.append(ReviewRow(name, qs.pop(0)))
    return rows


def _cell(s: str) -> str:
    """Text safe inside one Markdown table cell."""
    return " ".join(s.split()).replace("\\", "\\\\").replace("|", "\\|")


def question_cell(q: Question) -> str:
    if q.kind == "multiple_choice" and q.options:
        return f"{q.prompt} (opties: {' / '.join(q.options)})"
    if q.kind == "matching" and q.pairs:
        lefts = " / ".join(p.left for p in q.pairs)
        rights = " / ".join(q.options or tuple(p.right for p in q.pairs))
        return f"{q.prompt} (links: {lefts}; rechts: {rights})"
    return q.prompt


def answer_cell(q: Question) -> str:
    if q.kind == "matching":
        return "; ".join(f"{p.left} → {p.right}" for p in q.pairs)
    if q.accepted_answers and any(a != q.answer for a in q.accepted_answers):
        others = [a for a in q.accepted_answers if a != q.answer]
        return f"{q.answer} (ook goed: {' / '.join(others)})"
    return q.answer


def render_review(rows: Sequence[ReviewRow], seed: int = 0) -> str:
    lines = [
        f"# Review of {len(rows)} generated questions",
        "",
        f"Sampled by `eval/review.py` (seed {seed}), spread evenly over the evaluation texts.",
        "Verdict: ok / fout / twijfel. Reason: what a strict teacher would object to.",
        "",
        "| # | text | kind | question | answer | verdict | reason |",
        "|---|------|------|----------|--------|---------|--------|",
    ]
    for i, row in enumerate(rows, 1):
        q = row.question
        cells = [str(i), row.text, q.kind, question_cell(q), answer_cell(q), "", ""]
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    lines += ["", "## Source sentences", ""]
    for i, row in enumerate(rows, 1):
        sentence = " ".join(row.question.source_sentence.split()) or "(none)"
        lines.append(f"{i}. {sentence}")
    return "\n".join(lines) + "\n"


def build_all(
    texts_dir: Path, build: BuildFn, timeout: float | None = None
) -> list[tuple[str, Quiz]]:
    """Quizzes for every text; a text whose build fails or times out is skipped (and said)."""
    quizzes = []
    for path in sorted(texts_dir.glob("*.txt")):
        try:
            with time_limit(timeout):
                quiz = build(path.read_text(encoding="utf-8"), path.name)
        except Exception as exc:
            print(f"skipped {path.stem}: {type(exc).__name__}: {exc}", file=sys.stderr)
            continue
        quizzes.append((path.stem, quiz))
    return quizzes


def main(argv: Sequence[str] | None = None, build: BuildFn | None = None) -> int:
    parser = argparse.ArgumentParser(description="Sample questions for a teacher's review.")
    parser.add_argument("--texts", type=Path, default=DEFAULT_TEXTS)
    parser.add_argument("--n", type=int, default=50)
    parser.add_argument("--seed", type=int, default=0, help="sampling seed")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--model", default=None, help="spaCy pipeline (package or folder)")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per text (0: none)")
    args = parser.parse_args(argv)
    if build is None:
        try:
            build = default_build(model=args.model)
        except ImportError as exc:
            print(f"cannot import quizgen.api.build_quiz: {exc}", file=sys.stderr)
            return 2
    quizzes = build_all(args.texts, build, timeout=args.timeout)
    rows = sample_questions(quizzes, n=args.n, seed=args.seed)
    args.out.write_text(render_review(rows, seed=args.seed), encoding="utf-8")
    print(f"wrote {len(rows)} questions to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
