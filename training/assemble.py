"""Assemble the trained syntax and NER pipelines into the one pipeline quizgen ships.

``python training/assemble.py --syntax training/output/syntax/model-best
--ner training/output/ner/model-best --out quizgen/models/nl_quizgen``

The NER keeps its own copy of its tok2vec (``replace_listeners``), so the two halves
that were trained separately do not share weights they were not trained with.
The entity rules for dates and quantities are added as a component whose patterns
live in the quizgen package (see quizgen/rules.py).
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import spacy

from quizgen import repair, rules, sentences

NAME = "quizgen"
VERSION = "0.1.0"


def assemble(syntax: Path, ner: Path, out: Path) -> None:
    nlp = spacy.load(syntax)
    ner_nlp = spacy.load(ner)
    ner_nlp.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
    nlp.add_pipe("ner", source=ner_nlp)
    # Sentences end at . ! ? (the parser keeps to these boundaries; see quizgen/nlp.py).
    nlp.add_pipe("sentencizer", first=True)
    nlp.add_pipe(sentences.FACTORY, after="sentencizer")
    nlp.add_pipe(rules.FACTORY, after="ner")
    nlp.add_pipe(repair.FACTORY, after=rules.FACTORY)
    nlp.meta.update(
        {
            "name": NAME,
            "version": VERSION,
            "description": "Dutch pipeline trained for quizgen on UD Dutch (Alpino, "
            "LassySmall) and CoNLL-2002 NER: morphologizer, parser, lemmatizer, NER, "
            "rules for dates and quantities. See the model card (README.md).",
            "license": "CC BY-SA 4.0 (UD data); NER trained on CoNLL-2002 (research licence)",
            "author": "quizgen developers",
            "sources": [
                {"name": "UD Dutch Alpino", "license": "CC BY-SA 4.0"},
                {"name": "UD Dutch LassySmall", "license": "CC BY-SA 4.0"},
                {"name": "CoNLL-2002 Dutch NER", "license": "research use, see README"},
            ],
        }
    )
    if out.exists():
        shutil.rmtree(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    print(f"wrote {out}: {nlp.pipe_names}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--syntax", type=Path, default=Path("training/output/syntax/model-best"))
    ap.add_argument("--ner", type=Path, default=Path("training/output/ner/model-best"))
    ap.add_argument("--out", type=Path, default=Path("quizgen/models/nl_quizgen"))
    args = ap.parse_args()
    assemble(args.syntax, args.ner, args.out)


if __name__ == "__main__":
    main()
