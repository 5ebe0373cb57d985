"""Where recall is lost: in finding facts, or in choosing the quiz's questions.

Run: ``.venv/bin/python eval/coverage.py [--texts eval/texts] [--gold eval/gold] [-v]``

For every gold fact it checks whether some *candidate* question (every question quizgen
could ask about the text, before the quality gate) and some candidate that passes the gate
has its answer (matched as in :mod:`evaluate`). The gap between these shares and the
quiz's fact recall is what the choice of a dozen questions leaves out; the gap to 1.0 is
what extraction never finds. ``-v`` lists the gold facts without any candidate.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from evaluate import DEFAULT_GOLD, DEFAULT_TEXTS, any_match, discover, load_gold

from quizgen.api import headline, language_rules, parse
from quizgen.extract import extract
from quizgen.generate import askable, candidates, dedupe
from quizgen.inputs import split_metadata
from quizgen.nlp import load_pipeline


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--texts", type=Path, default=DEFAULT_TEXTS)
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    nlp = load_pipeline("nl")
    rules = language_rules("nl")
    total = found = kept = 0
    for text_path, gold_path in discover(args.texts, args.gold):
        body = headline(split_metadata(text_path.read_text(encoding="utf-8")).text)[1]
        extraction = extract(parse(nlp, body), "nl")
        every = candidates(extraction, rules)
        gated = dedupe(
            [c for c in every if askable(c, rules)],
            rules.PREPOSITIONS,
        )
        for item in load_gold(gold_path):
            total += 1
            any_candidate = any_match(
                item.all_answers, [a for c in every for a in (c.asked.answer, *c.asked.accepted)]
            )
            found += any_candidate
            kept += any_match(
                item.all_answers, [a for c in gated for a in (c.asked.answer, *c.asked.accepted)]
            )
            if args.verbose and not any_candidate:
                print(f"  none {text_path.stem}: {item.question} → {item.answer}")
    print(
        f"{total} gold facts: {found / total:.2f} have a candidate question, "
        f"{kept / total:.2f} one that passes the gate"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
