"""Rule-based entities on top of the statistical NER: dates, times, money, percentages and
quantities with a unit, which the CoNLL-2002 training data does not annotate.

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
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc

FACTORY = "quizgen_entity_rules"


def load_patterns(lang: str) -> list[dict[str, Any]]:
    source = resources.files("quizgen") / "data" / lang / "entity_patterns.jsonl"
    if not source.is_file():
        return []
    return [json.loads(line) for line in source.read_text("utf-8").splitlines() if line.strip()]


class EntityRules:
    """An entity ruler whose patterns come from the package data, not from the pipeline folder.

    Rule spans win over statistical ones where they overlap: a date is never a name.
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.ruler = EntityRuler(nlp, name, overwrite_ents=True, phrase_matcher_attr="LOWER")
        self.ruler.add_patterns(load_patterns(nlp.lang))

    def __call__(self, doc: Doc) -> Doc:
        return self.ruler(doc)

    def to_disk(self, path: Path, *, exclude: tuple[str, ...] = ()) -> None:
        Path(path).mkdir(parents=True, exist_ok=True)

    def from_disk(self, path: Path, *, exclude: tuple[str, ...] = ()) -> EntityRules:
        return self

    def to_bytes(self, *, exclude: tuple[str, ...] = ()) -> bytes:
        return b""

    def from_bytes(self, data: bytes, *, exclude: tuple[str, ...] = ()) -> EntityRules:
        return self


@Language.factory(FACTORY)
def make_entity_rules(nlp: Language, name: str) -> EntityRules:
    return EntityRules(nlp, name)
