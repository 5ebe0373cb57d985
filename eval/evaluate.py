"""Evaluate quizgen against hand-written gold facts.

Run: ``.venv/bin/python eval/evaluate.py [--texts eval/texts] [--gold eval/gold] [--json out.json]``

For every ``<stem>.txt`` in the texts folder with a ``<stem>.json`` in the gold folder the
harness builds a quiz (``quizgen.api.build_quiz(text, lang="nl", seed=0)``) and reports:

- **fact recall**: share of gold items whose answer (or one of its accepted answers) matches
  an answer of some generated question (see :func:`answers_match`). Candidate answers are the
  ``answer`` and ``accepted_answers`` of short_answer, cloze and multiple_choice questions
  and both sides of every matching pair; true_false questions carry no answer span and are
  not used. Recall is answer-based: it does not check that the question asks about the
  same event as the gold question.
- **answer grounding**: share of generated answer spans that occur in the article body
  (normalised, on word boundaries). Units: the answer of short_answer, cloze and
  multiple_choice questions, and the right-hand side of each matching pair. true_false questions
  are excluded (their answer is "true"/"false").
- **duplicate rate**: share of questions that near-duplicate an earlier question of the
  same quiz (see :func:`duplicate_of`).
- **counts per question kind**.

Exit status 0; 1 when no text could be built at all (nothing was measured); 2 on a usage
problem (no texts, quizgen.api missing). The build function is injected (:data:`BuildFn`),
so the harness can be tested and developed without a model.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import signal
import sys
import threading
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from quizgen.records import QUESTION_KINDS, Question, Quiz

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_TEXTS = ROOT / "eval" / "texts"
DEFAULT_GOLD = ROOT / "eval" / "gold"

GOLD_KINDS = frozenset(
    {"agent", "patient", "recipient", "time", "place", "quantity", "role", "cause", "source"}
)

#: Words dropped from the start of an answer before comparing: articles, prepositions
#: and approximators ("ruim 9700" is the same fact as "9700"). Dutch and English.
LEADING_WORDS = frozenset(
    {
        # Dutch articles and prepositions
        "de", "het", "een", "t", "in", "op", "om", "aan", "bij", "naar", "met", "voor",
        "van", "tot", "sinds", "vanaf", "uit", "door", "na", "over", "tegen", "tijdens",
        "rond", "rondom", "per", "te",
        # Dutch approximators
        "ruim", "ongeveer", "circa", "ca", "bijna", "zeker", "zo", "n",
        # English articles, prepositions and approximators
        "the", "a", "an", "on", "at", "by", "to", "of", "for", "from", "since", "with",
        "during", "around", "about", "almost", "nearly", "roughly", "some",
    }
)  # fmt: skip

#: The metadata line every evaluation text starts with ("date 2024-03" or "date 2024-03-12").
DATE_LINE = re.compile(r"\Adate (\d{4}-\d{2}(?:-\d{2})?)[ \t]*\r?\n")
_DIGIT_SEPARATOR = re.compile(r"(?<=\d)[.,](?=\d)")
_NON_WORD = re.compile(r"[\W_]+")

#: A function that turns a raw article (with its ``date`` line) into a quiz.
#: The second argument is the file name, passed on as ``source_name``.
BuildFn = Callable[[str, str], Quiz]


# --------------------------------------------------------------------------- normalisation


def article_body(raw: str) -> str:
    """The article without its ``date`` metadata line (title and paragraphs)."""
    m = DATE_LINE.match(raw)
    return raw[m.end() :] if m else raw


def _strip_accents(s: str) -> str:
    decomposed = unicodedata.normalize("NFKD", s)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def text_tokens(s: str) -> list[str]:
    """Casefold, drop punctuation and accents, join digit groups ("150.000" → "150000")."""
    s = unicodedata.normalize("NFKC", s).casefold()
    s = _DIGIT_SEPARATOR.sub("", s)
    s = _NON_WORD.sub(" ", s)
    return [_strip_accents(t) for t in s.split()]


def answer_tokens(s: str) -> list[str]:
    """Tokens of an answer, with leading articles/prepositions/approximators dropped.

    "in de herfst" → ["herfst"]; "ruim 9700" → ["9700"]. If every token is such a word
    ("in", "de") the tokens are kept as they are.
    """
    tokens = text_tokens(s)
    i = 0
    while i < len(tokens) and tokens[i] in LEADING_WORDS:
        i += 1
    return tokens[i:] if i < len(tokens) else tokens


def normalize_answer(s: str) -> str:
    """The one normalisation used for every answer comparison."""
    return " ".join(answer_tokens(s))


def normalize_text(s: str) -> str:
    """Normalise running text (article, prompt, sentence) the same way, without dropping."""
    return " ".join(text_tokens(s))


def _contains(longer: Sequence[str], shorter: Sequence[str]) -> bool:
    n = len(shorter)
    return any(list(longer[i : i + n]) == list(shorter) for i in range(len(longer) - n + 1))


def answers_match(a: str, b: str) -> bool:
    """Do two answers name the same thing?

    Equal after :func:`normalize_answer`, or one contains the other as whole words and the
    shorter one has at least half the words of the longer one: "Trump" ~ "Donald Trump",
    "in mei" ~ "mei", "ruim 9700 vacatures" ~ "9700", "De Jong" ~ "Erik de Jong"; but
    "Vries" !~ "Sanne de Vries": a one-word answer never matches inside an answer of three
    or more words.
    """
    return any(_tokens_match(ta, tb) for ta in answer_variants(a) for tb in answer_variants(b))


def answer_variants(s: str) -> list[list[str]]:
    """The answer's tokens as written and with leading function words dropped.

    Both are tried, so that "De Jong" matches "Erik de Jong" and "in de herfst" matches
    "herfst".
    """
    full, dropped = text_tokens(s), answer_tokens(s)
    return [full] if full == dropped else [full, dropped]


def _tokens_match(ta: Sequence[str], tb: Sequence[str]) -> bool:
    if not ta or not tb or all(t in LEADING_WORDS for t in ta):
        return False  # "in" or "de" alone matches nothing
    if all(t in LEADING_WORDS for t in tb):
        return False
    if ta == tb:
        return True
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return 2 * len(short) >= len(long_) and _contains(long_, short)


def any_match(golds: Iterable[str], candidates: Iterable[str]) -> bool:
    cands = [c for c in candidates if c.strip()]
    return any(answers_match(g, c) for g in golds if g.strip() for c in cands)


def is_grounded(answer: str, text: str) -> bool:
    """Does the (normalised) answer occur in the (normalised) text on word boundaries?"""
    needle = normalize_answer(answer)
    if not needle:
        return False
    return f" {needle} " in f" {normalize_text(text)} "


# --------------------------------------------------------------------------- questions


def candidate_answers(q: Question) -> list[str]:
    """The answer spans a question offers for recall (none for true_false)."""
    if q.kind == "true_false":
        return []
    if q.kind == "matching":
        return [s for p in q.pairs for s in (p.left, p.right)]
    return [q.answer, *q.accepted_answers]


def grounding_units(q: Question) -> list[str]:
    """The spans of a question that should occur in the text (none for true_false): for
    matching, the right-hand sides, which a student picks (the left-hand side may be an
    event told in a few words, not a quote)."""
    if q.kind == "true_false":
        return []
    if q.kind == "matching":
        return [p.right for p in q.pairs]
    return [q.answer]


def duplicate_of(questions: Sequence[Question]) -> list[int | None]:
    """For each question, the index of an earlier question it near-duplicates, else None.

    A near-duplicate has the same normalised prompt, or the same normalised answer, the same
    (non-empty) source sentence and the same kind. The second rule is not applied to
    true_false (the answer "true"/"false" says nothing) nor to matching (no answer).
    """
    result: list[int | None] = []
    prompts: dict[str, int] = {}
    facts: dict[tuple[str, str, str], int] = {}
    for i, q in enumerate(questions):
        prompt_key = normalize_text(q.prompt)
        earlier = prompts.get(prompt_key) if prompt_key else None
        fact_key: tuple[str, str, str] | None = None
        if q.kind not in ("true_false", "matching") and q.source_sentence.strip():
            answer = normalize_answer(q.answer)
            if answer:
                fact_key = (answer, normalize_text(q.source_sentence), q.kind)
                if earlier is None:
                    earlier = facts.get(fact_key)
        result.append(earlier)
        if prompt_key:
            prompts.setdefault(prompt_key, i)
        if fact_key is not None:
            facts.setdefault(fact_key, i)
    return result


# --------------------------------------------------------------------------- gold


@dataclass(frozen=True)
class GoldItem:
    question: str
    answer: str
    accepted_answers: tuple[str, ...]
    kind: str

    @property
    def all_answers(self) -> tuple[str, ...]:
        return (self.answer, *(a for a in self.accepted_answers if a != self.answer))


def parse_gold(data: Any, where: str = "gold") -> list[GoldItem]:
    """Validate the JSON structure of a gold file; raise ValueError naming the problem."""
    if not isinstance(data, list) or not data:
        raise ValueError(f"{where}: expected a non-empty list of items")
    items: list[GoldItem] = []
    for n, raw in enumerate(data):
        at = f"{where}[{n}]"
        if not isinstance(raw, dict):
            raise ValueError(f"{at}: expected an object")
        keys = set(raw)
        if keys != {"question", "answer", "accepted_answers", "kind"}:
            raise ValueError(f"{at}: keys must be question, answer, accepted_answers, kind")
        q, a, acc, kind = raw["question"], raw["answer"], raw["accepted_answers"], raw["kind"]
        if not isinstance(q, str) or not q.strip().endswith("?"):
            raise ValueError(f"{at}: question must be a string ending in '?'")
        if not isinstance(a, str) or not a.strip():
            raise ValueError(f"{at}: answer must be a non-empty string")
        if not isinstance(acc, list) or not all(isinstance(x, str) and x.strip() for x in acc):
            raise ValueError(f"{at}: accepted_answers must be a list of non-empty strings")
        if kind not in GOLD_KINDS:
            raise ValueError(f"{at}: kind {kind!r} not in {sorted(GOLD_KINDS)}")
        items.append(GoldItem(q, a, tuple(acc), kind))
    return items


def load_gold(path: Path) -> list[GoldItem]:
    return parse_gold(json.loads(path.read_text(encoding="utf-8")), path.name)


def gold_problems(items: Sequence[GoldItem], raw_text: str) -> list[str]:
    """Gold answers that do not occur verbatim in the article body."""
    body = article_body(raw_text)
    return [f"answer not in text: {it.answer!r}" for it in items if it.answer not in body]


# --------------------------------------------------------------------------- scoring


class Rates:
    """The three rates, for one text and for the whole set alike."""

    found: int
    n_gold: int
    grounded: int
    ground_units: int
    duplicates: int
    n_questions: int

    @property
    def recall(self) -> float:
        return self.found / self.n_gold if self.n_gold else 0.0

    @property
    def grounding(self) -> float:
        return self.grounded / self.ground_units if self.ground_units else 0.0

    @property
    def duplicate_rate(self) -> float:
        return self.duplicates / self.n_questions if self.n_questions else 0.0


@dataclass
class TextReport(Rates):
    name: str
    n_gold: int = 0
    found: int = 0
    n_questions: int = 0
    grounded: int = 0
    ground_units: int = 0
    duplicates: int = 0
    kinds: dict[str, int] = field(default_factory=dict)
    gold_kinds_found: dict[str, list[int]] = field(default_factory=dict)
    missed: list[str] = field(default_factory=list)
    ungrounded: list[str] = field(default_factory=list)
    duplicate_pairs: list[tuple[str, str]] = field(default_factory=list)
    error: str | None = None
    seconds: float = 0.0


def score_quiz(name: str, raw_text: str, gold: Sequence[GoldItem], quiz: Quiz) -> TextReport:
    """Score one quiz against its gold items and its article."""
    body = article_body(raw_text)
    questions = quiz.questions
    report = TextReport(name=name, n_gold=len(gold), n_questions=len(questions))
    candidates = [c for q in questions for c in candidate_answers(q)]
    for item in gold:
        hit = any_match(item.all_answers, candidates)
        report.found += hit
        per_kind = report.gold_kinds_found.setdefault(item.kind, [0, 0])
        per_kind[0] += hit
        per_kind[1] += 1
        if not hit:
            report.missed.append(f"{item.question} → {item.answer}")
    for q in questions:
        for unit in grounding_units(q):
            report.ground_units += 1
            if is_grounded(unit, body):
                report.grounded += 1
            else:
                report.ungrounded.append(f"[{q.kind}] {unit}")
    dups = duplicate_of(questions)
    for q, earlier in zip(questions, dups, strict=True):
        if earlier is not None:
            report.duplicates += 1
            report.duplicate_pairs.append((questions[earlier].id, q.id))
    report.kinds = dict(Counter(q.kind for q in questions))
    return report


def discover(texts_dir: Path, gold_dir: Path) -> list[tuple[Path, Path]]:
    """Pairs of (text, gold) files with the same stem, sorted by name."""
    pairs = []
    for text in sorted(texts_dir.glob("*.txt")):
        gold = gold_dir / f"{text.stem}.json"
        if gold.is_file():
            pairs.append((text, gold))
    return pairs


class BuildTimeout(Exception):
    """A build took longer than the per-text time limit."""


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`BuildTimeout` in the body after ``seconds`` (main thread, Unix only;
    elsewhere, or with ``None``/0, no limit)."""
    usable = (
        seconds
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise BuildTimeout(f"no quiz after {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, float(seconds or 0))
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def evaluate_corpus(
    texts_dir: Path, gold_dir: Path, build: BuildFn, timeout: float | None = None
) -> list[TextReport]:
    """Build and score a quiz for every text with a gold file.

    A build that raises or runs longer than ``timeout`` seconds is reported as an error for
    that text (all its gold facts missed) and the run goes on.
    """
    reports = []
    for text_path, gold_path in discover(texts_dir, gold_dir):
        raw = text_path.read_text(encoding="utf-8")
        gold = load_gold(gold_path)
        start = time.perf_counter()
        try:
            with time_limit(timeout):
                quiz = build(raw, text_path.name)
        except Exception as exc:  # report and go on: one bad text must not hide the rest
            report = TextReport(name=text_path.stem, n_gold=len(gold))
            report.error = f"{type(exc).__name__}: {exc}"
            report.missed = [f"{g.question} → {g.answer}" for g in gold]
        else:
            report = score_quiz(text_path.stem, raw, gold, quiz)
        report.seconds = time.perf_counter() - start
        reports.append(report)
    return reports


@dataclass(frozen=True)
class Summary(Rates):
    texts: int
    errors: int
    n_gold: int
    found: int
    n_questions: int
    grounded: int
    ground_units: int
    duplicates: int
    kinds: dict[str, int]
    gold_kinds_found: dict[str, list[int]]


def summarize(reports: Sequence[TextReport]) -> Summary:
    """Micro-averaged totals over all texts."""
    kinds: Counter[str] = Counter()
    gold_kinds: dict[str, list[int]] = {}
    for r in reports:
        kinds.update(r.kinds)
        for k, (hit, total) in r.gold_kinds_found.items():
            acc = gold_kinds.setdefault(k, [0, 0])
            acc[0] += hit
            acc[1] += total
    return Summary(
        texts=len(reports),
        errors=sum(r.error is not None for r in reports),
        n_gold=sum(r.n_gold for r in reports),
        found=sum(r.found for r in reports),
        n_questions=sum(r.n_questions for r in reports),
        grounded=sum(r.grounded for r in reports),
        ground_units=sum(r.ground_units for r in reports),
        duplicates=sum(r.duplicates for r in reports),
        kinds={k: kinds.get(k, 0) for k in QUESTION_KINDS},
        gold_kinds_found=dict(sorted(gold_kinds.items())),
    )


# --------------------------------------------------------------------------- output


def _pct(x: float) -> str:
    return f"{100 * x:5.1f}%"


def format_table(reports: Sequence[TextReport], summary: Summary) -> str:
    short = {"short_answer": "sa", "cloze": "cl", "multiple_choice": "mc"}
    short |= {"true_false": "tf", "matching": "ma"}
    kind_cols = " ".join(f"{short[k]:>3}" for k in QUESTION_KINDS)
    head = f"{'text':<34} {'recall':>13} {'grounding':>14} {'dups':>11} {'qs':>3} {kind_cols}"
    lines = [head, "-" * len(head)]

    def row(name: str, x: TextReport | Summary) -> str:
        rec = f"{x.found:>2}/{x.n_gold:<2} {_pct(x.recall)}"
        gro = f"{x.grounded:>3}/{x.ground_units:<3} {_pct(x.grounding)}"
        dup = f"{x.duplicates:>2} {_pct(x.duplicate_rate)}"
        ks = " ".join(f"{x.kinds.get(k, 0):>3}" for k in QUESTION_KINDS)
        return f"{name:<34.34} {rec:>13} {gro:>14} {dup:>11} {x.n_questions:>3} {ks}"

    for r in reports:
        lines.append(row(r.name if r.error is None else f"! {r.name}", r))
    lines.append("-" * len(head))
    lines.append(row("ALL", summary))
    if summary.errors:
        lines.append("! = the quiz could not be built (see ERROR lines)")
    return "\n".join(lines)


def format_gold_kinds(summary: Summary) -> str:
    parts = [
        f"{k} {hit}/{total} ({_pct(hit / total if total else 0.0).strip()})"
        for k, (hit, total) in summary.gold_kinds_found.items()
    ]
    return "recall by gold kind: " + ", ".join(parts)


def summary_line(summary: Summary) -> str:
    s = summary
    errors = f", {s.errors} build errors" if s.errors else ""
    return (
        f"OVERALL: fact recall {_pct(s.recall).strip()} ({s.found}/{s.n_gold}), "
        f"grounding {_pct(s.grounding).strip()} ({s.grounded}/{s.ground_units}, T/F excluded), "
        f"duplicates {_pct(s.duplicate_rate).strip()} ({s.duplicates}/{s.n_questions}), "
        f"{s.n_questions} questions over {s.texts} texts{errors}"
    )


def to_json(reports: Sequence[TextReport], summary: Summary) -> dict[str, Any]:
    texts = []
    for r in reports:
        d = asdict(r)
        d |= {"recall": r.recall, "grounding": r.grounding, "duplicate_rate": r.duplicate_rate}
        texts.append(d)
    overall = asdict(summary)
    overall |= {
        "recall": summary.recall,
        "grounding": summary.grounding,
        "duplicate_rate": summary.duplicate_rate,
    }
    return {"overall": overall, "texts": texts}


# --------------------------------------------------------------------------- main


def default_build(
    lang: str = "nl", seed: int = 0, model: str | None = None, questions: int | None = None
) -> BuildFn:
    """The real builder: ``quizgen.api.build_quiz`` (imported lazily)."""
    from quizgen.api import build_quiz

    def build(text: str, source_name: str) -> Quiz:
        return build_quiz(
            text,
            lang=lang,
            seed=seed,
            model=model,
            source_name=source_name,
            max_questions=questions,
        )

    return build


def main(argv: Sequence[str] | None = None, build: BuildFn | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--texts", type=Path, default=DEFAULT_TEXTS)
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--json", type=Path, default=None, help="write the full report here")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--model", default=None, help="spaCy pipeline (package or folder)")
    parser.add_argument(
        "--questions", type=int, default=None, help="questions per quiz (default: quizgen's)"
    )
    parser.add_argument(
        "--timeout", type=float, default=120.0, help="seconds per text before giving up (0: none)"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="list missed gold facts")
    args = parser.parse_args(argv)

    if not discover(args.texts, args.gold):
        print(f"no text with a gold file in {args.texts} / {args.gold}", file=sys.stderr)
        return 2
    if build is None:
        try:
            build = default_build(seed=args.seed, model=args.model, questions=args.questions)
        except ImportError as exc:
            print(f"cannot import quizgen.api.build_quiz: {exc}", file=sys.stderr)
            return 2

    start = time.perf_counter()
    reports = evaluate_corpus(args.texts, args.gold, build, timeout=args.timeout)
    summary = summarize(reports)
    print(format_table(reports, summary))
    print()
    print(format_gold_kinds(summary))
    for r in reports:
        if r.error:
            print(f"ERROR {r.name}: {r.error}")
        if args.verbose:
            for m in r.missed:
                print(f"  missed {r.name}: {m}")
            for u in r.ungrounded:
                print(f"  ungrounded {r.name}: {u}")
            for a, b in r.duplicate_pairs:
                print(f"  duplicate {r.name}: {b} repeats {a}")
    print(f"({time.perf_counter() - start:.1f} s)")
    print(summary_line(summary))
    if args.json:
        args.json.write_text(
            json.dumps(to_json(reports, summary), ensure_ascii=False, indent=2) + "\n",
            encoding="utf-8",
        )
    return 1 if summary.errors == summary.texts else 0


if __name__ == "__main__":
    sys.exit(main())
