"""Print the shipped Dutch pipeline's scores on the held-out test data, size and speed.

``python training/scores.py [--model quizgen/models/nl_quizgen] [--corpus training/corpus]
[--shared ../shared]``: converts the test data first (training/prepare.py) when the corpus
folder does not hold it yet.

- syntax on UD Dutch Alpino test (``ud-test.spacy``): UPOS, morphology, LAS, UAS, lemma,
  sentence F;
- names on CoNLL-2002 ``ned.testb`` (``ner-test.spacy``): P/R/F per type and the mean F of
  PER, LOC and ORG, for the statistical NER alone and for the pipeline as quizgen runs it
  (with its gazetteer and repairs, which only relabel or extend names);
- size on disk, load time and words per second with ``nlp.pipe``.

Neither test file is read by training (see prepare.py): these are held-out scores.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

import spacy
from spacy.tokens import DocBin
from spacy.training import Example

NAMES = ("PER", "LOC", "ORG", "MISC")


def examples(nlp: spacy.language.Language, path: Path) -> list[Example]:
    docs = DocBin().from_disk(path).get_docs(nlp.vocab)
    return [Example(nlp.make_doc(d.text), d) for d in docs]


def loose_lemma(nlp: spacy.language.Language, ud: list[Example]) -> float:
    """Lemma accuracy when the gold lemma's compound boundaries ("jeugd_gezondheid_zorg")
    and letter case are not counted: half the strict errors are those, and quizgen never
    reads a compound's parts."""

    def loose(lemma: str) -> str:
        return lemma.replace("_", "").casefold()

    right = total = 0
    for eg, doc in zip(ud, nlp.pipe(eg.reference.text for eg in ud), strict=True):
        predicted = {t.idx: t.lemma_ for t in doc}
        for gold in eg.reference:
            if gold.lemma_ and gold.idx in predicted:
                total += 1
                right += loose(predicted[gold.idx]) == loose(gold.lemma_)
    return right / total


def size_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def ner_row(title: str, scores: dict[str, object]) -> str:
    per_type = scores["ents_per_type"]
    assert isinstance(per_type, dict)
    cells = []
    for label in NAMES:
        s = per_type.get(label, {"p": 0.0, "r": 0.0, "f": 0.0})
        cells.append(f"{label} {s['p']:.3f}/{s['r']:.3f}/{s['f']:.3f}")
    mean = sum(per_type.get(k, {"f": 0.0})["f"] for k in NAMES[:3]) / 3
    return f"{title:28} " + "  ".join(cells) + f"  mean(PER,LOC,ORG) F {mean:.3f}"


def main() -> None:
    import quizgen.nlp  # noqa: F401  (registers quizgen's components)

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", type=Path, default=Path("quizgen/models/nl_quizgen"))
    ap.add_argument("--corpus", type=Path, default=Path("training/corpus"))
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    args = ap.parse_args()
    if not all((args.corpus / f).is_file() for f in ("ud-test.spacy", "ner-test.spacy")):
        if not (args.shared / "data").is_dir():
            sys.exit(f"scores: no test corpus in {args.corpus}, no {args.shared}/data to make it")
        print(f"converting {args.shared}/data into {args.corpus} (training/prepare.py) …")
        prepare = Path(__file__).with_name("prepare.py")
        argv = [sys.executable, str(prepare), "--shared", str(args.shared)]
        subprocess.run([*argv, "--out", str(args.corpus)], check=True)

    start = time.perf_counter()
    nlp = spacy.load(args.model)
    load_s = time.perf_counter() - start
    print(f"pipeline {args.model}: {nlp.pipe_names}")
    print(f"size {size_mb(args.model):.1f} MB, load {load_s:.2f} s")

    ud = examples(nlp, args.corpus / "ud-test.spacy")
    s = nlp.evaluate(ud)
    print(
        f"UD Alpino test: UPOS {s['pos_acc']:.3f}  morph {s['morph_acc']:.3f}  "
        f"LAS {s['dep_las']:.3f}  UAS {s['dep_uas']:.3f}  lemma {s['lemma_acc']:.3f}  "
        f"sentence F {s['sents_f']:.3f}"
    )
    print(f"lemma, compound boundaries ('_') and case not counted: {loose_lemma(nlp, ud):.3f}")
    texts = [eg.reference.text for eg in ud]
    words = sum(len(eg.reference) for eg in ud)
    start = time.perf_counter()
    list(nlp.pipe(texts))
    print(f"speed: {words / (time.perf_counter() - start):,.0f} words/s (nlp.pipe, one process)")

    ner = examples(nlp, args.corpus / "ner-test.spacy")
    rules = [name for name in nlp.pipe_names if name.startswith("quizgen_")]
    with nlp.select_pipes(disable=rules):
        print(ner_row("ned.testb, NER alone:", nlp.evaluate(ner)))
    print(ner_row("ned.testb, as quizgen runs:", nlp.evaluate(ner)))


if __name__ == "__main__":
    main()
