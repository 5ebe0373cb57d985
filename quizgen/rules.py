"""Rule-based entities on top of the statistical NER: dates, times, money, percentages and
quantities with a unit, which the CoNLL-2002 training data does not annotate; and a small
gazetteer of places and organisations (the curated lists in ``data/<lang>/lists.json``)
that corrects the NER's label where it names one exactly ("Noord-Korea" is a place).

The patterns are data (``quizgen/data/<lang>/entity_patterns.jsonl``, spaCy's entity-ruler
format). The component reads them when it is created and serialises nothing, so the shipped
pipeline and any official one get the same rules. It is registered with spaCy through the
``spacy_factories`` entry point, so ``spacy.load`` finds it without importing quizgen first.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from quizgen.lang.base import word_lists

FACTORY = "quizgen_entity_rules"


def load_patterns(lang: str) -> list[dict[str, Any]]:
    source = resources.files("quizgen") / "data" / lang / "entity_patterns.jsonl"
    if not source.is_file():
        return []
    return [json.loads(line) for line in source.read_text("utf-8").splitlines() if line.strip()]


GAZETTEER_LABELS = {"countries": "LOC", "cities": "LOC", "regions": "LOC", "organisations": "ORG"}


def gazetteer(lang: str) -> dict[str, list[str]]:
    """Names per entity label from the curated lists; names with a lowercase article dropped."""
    lists = word_lists(lang)
    names: dict[str, list[str]] = {}
    for key, label in GAZETTEER_LABELS.items():
        names.setdefault(label, []).extend(n for n in lists.get(key, []) if n[:1].isupper())
    return names


class EntityRules:
    """An entity ruler whose patterns come from the package data, not from the pipeline folder.

    Rule spans win over statistical ones where they overlap: a date is never a name.
    A gazetteer name (matched case-sensitively) replaces the entities inside its span, or
    becomes an entity where the NER found none; it never cuts a longer name
    ("Washington D.C." stays whole).
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.ruler = EntityRuler(nlp, name, overwrite_ents=True, phrase_matcher_attr="LOWER")
        lang = nlp.lang or ""
        self.ruler.add_patterns(load_patterns(lang))
        self.names = PhraseMatcher(nlp.vocab, attr="ORTH")
        for label, names in gazetteer(lang).items():
            self.names.add(label, [nlp.make_doc(n) for n in names])

    def __call__(self, doc: Doc) -> Doc:
        doc = self.ruler(doc)
        found = [Span(doc, s, e, label=label) for label, s, e in self.names(doc, as_spans=False)]
        ents = list(doc.ents)
        for span in filter_spans(found):
            overlap = [e for e in ents if e.start < span.end and span.start < e.end]
            if all(_inside(e, span) for e in overlap):
                # The list's name covers what the NER found ("Kamer" in "Tweede Kamer").
                ents = [e for e in ents if e not in overlap] + [span]
        doc.ents = sorted(ents, key=lambda e: e.start)
        return doc

    def to_disk(self, path: Path, *, exclude: tuple[str, ...] = ()) -> None:
        Path(path).mkdir(parents=True, exist_ok=True)

    def from_disk(self, path: Path, *, exclude: tuple[str, ...] = ()) -> EntityRules:
        return self

    def to_bytes(self, *, exclude: tuple[str, ...] = ()) -> bytes:
        return b""

    def from_bytes(self, data: bytes, *, exclude: tuple[str, ...] = ()) -> EntityRules:
        return self


def _inside(ent: Span, span: Span) -> bool:
    """Whether ``ent`` lies in ``span``, but for an article or preposition the NER took
    along at its start ("Het Witte Huis")."""
    start = ent.start
    while start < span.start and ent.doc[start].pos_ in {"DET", "ADP"}:
        start += 1
    return span.start <= start and ent.end <= span.end


@Language.factory(FACTORY)
def make_entity_rules(nlp: Language, name: str) -> EntityRules:
    return EntityRules(nlp, name)
