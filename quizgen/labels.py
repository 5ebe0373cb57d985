"""The fixed words printed on worksheets and keys, per language.

Kept as plain data so that a new language is one more entry; templates read them as
``labels.name`` and so on. A language without an entry falls back to English, because a
quiz should still print when the generator learns a language before the labels do.
"""

from __future__ import annotations

from dataclasses import dataclass

from quizgen.records import TRUE


@dataclass(frozen=True)
class Labels:
    name: str
    klass: str
    date: str
    instructions: str
    matching_instructions: str
    answers: str
    answer_key: str
    teacher_copy: str
    true: str
    false: str
    point: str
    points: str
    total: str
    score: str
    version: str
    question: str
    page: str
    page_of: str
    article_date: str
    also_accepted: str
    source: str

    def points_text(self, n: int) -> str:
        """Say "1 punt", "3 punten": the singular is a different word in both languages."""
        return f"{n} {self.point if n == 1 else self.points}"

    def true_false(self, answer: str) -> str:
        return self.true if answer == TRUE else self.false


NL = Labels(
    name="Naam",
    klass="Klas",
    date="Datum",
    instructions="Beantwoord de vragen over de tekst.",
    matching_instructions="Schrijf bij elk nummer de letter van het juiste antwoord.",
    answers="Antwoorden",
    answer_key="Antwoordsleutel",
    teacher_copy="Docentenversie",
    true="Waar",
    false="Niet waar",
    point="punt",
    points="punten",
    total="Totaal",
    score="Score",
    version="Versie",
    question="Vraag",
    page="pagina",
    page_of="van",
    article_date="Artikel van",
    also_accepted="ook goed",
    source="Bron",
)

EN = Labels(
    name="Name",
    klass="Class",
    date="Date",
    instructions="Answer the questions about the text.",
    matching_instructions="Write the letter of the right answer next to each number.",
    answers="Answers",
    answer_key="Answer key",
    teacher_copy="Teacher copy",
    true="True",
    false="False",
    point="point",
    points="points",
    total="Total",
    score="Score",
    version="Version",
    question="Question",
    page="page",
    page_of="of",
    article_date="Article of",
    also_accepted="also accepted",
    source="Source",
)

LABELS: dict[str, Labels] = {"nl": NL, "en": EN}


def labels_for(lang: str) -> Labels:
    """Labels for ``lang`` ("nl", "nl-BE", "EN"); English when the language has none."""
    base = lang.strip().lower().replace("_", "-").split("-", 1)[0]
    return LABELS.get(base, EN)
