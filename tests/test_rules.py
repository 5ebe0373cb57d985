"""The entity rules (dates, times, amounts) on their own, on a blank Dutch pipeline."""

from __future__ import annotations

import pytest
import spacy

from quizgen import numerals, rules


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    nlp = spacy.blank("nl")
    nlp.add_pipe(rules.FACTORY)
    numerals.read_number_words(nlp)
    return nlp


@pytest.mark.parametrize(
    ("text", "span", "label"),
    [
        ("De top is in mei gepland.", "in mei", "DATE"),
        ("Hij sprak vorige week met de pers.", "vorige week", "DATE"),
        ("Dat gebeurde op 12 maart 2018 in Seoul.", "op 12 maart 2018", "DATE"),
        ("Hij tekent tot de zomer van 2030.", "tot de zomer van 2030", "DATE"),
        ("Ze werkten in 1999 en het voorjaar van 2000.", "het voorjaar van 2000", "DATE"),
        ("Het festival is van 10 tot en met 13 juli.", "van 10 tot en met 13 juli", "DATE"),
        ("Japan bezette Korea tussen 1910 en 1945.", "tussen 1910 en 1945", "DATE"),
        # A minute of a match is a time: "In welke minuut …?".
        ("Lindqvist kopte in de 92ste minuut raak.", "in de 92ste minuut", "TIME"),
        ("Er werd 145 megaton uitgestoten.", "145 megaton", "QUANTITY"),
        ("De hal is 30.000 vierkante meter groot.", "30.000 vierkante meter", "QUANTITY"),
        ("Het kost 10 miljoen euro.", "10 miljoen euro", "MONEY"),
        ("De winst steeg met 30 procent.", "30 procent", "PERCENT"),
        # spaCy's own Dutch number words stop at twelve-odd; "achttien" is a number too.
        ("Hij won met achttien seconden voorsprong.", "achttien seconden", "QUANTITY"),
        ("Ze willen naar vierentwintig leerlingen.", "vierentwintig leerlingen", "QUANTITY"),
        # The gazetteer holds the Dutch and Belgian towns a news text names.
        ("Bij Harlingen waaide een vrachtwagen om.", "Harlingen", "LOC"),
        ("De ploeg komt uit Roeselare.", "Roeselare", "LOC"),
        ("Het waterschap in Gelderland werd getroffen.", "Gelderland", "LOC"),
        # Political parties are organisations ("Vooruit" is an adverb only in lowercase).
        ("De grote winnaar is Vooruit.", "Vooruit", "ORG"),
        ("De N-VA werd de grootste.", "N-VA", "ORG"),
        # A clock time in words with its part of the day is one time, no duration ("Tot
        # hoeveel uur duurde de bezetting?"); so is a time counted back.
        ("Het duurde tot negen uur 's avonds.", "tot negen uur 's avonds", "TIME"),
        ("De trein vertrok om negen uur.", "om negen uur", "TIME"),
        ("Het leefde 125 miljoen jaar geleden.", "125 miljoen jaar geleden", "DATE"),
        # A last day with "tot en met", and a span of weekdays as one time.
        ("De kampioenschappen lopen tot en met zondag.", "tot en met zondag", "DATE"),
        (
            "Het tarief geldt van maandag tot en met zaterdag.",
            "van maandag tot en met zaterdag",
            "DATE",
        ),
        # One night between two days of a month ("in de nacht van 14 _____ — op 15 maart").
        (
            "Het gebeurde in de nacht van 14 op 15 maart 2023.",
            "in de nacht van 14 op 15 maart 2023",
            "DATE",
        ),
        # Countries beyond Europe's neighbours ("Wie ligt op de breuklijn …? — Nepal").
        ("Nepal ligt op een breuklijn.", "Nepal", "LOC"),
        # The provincial parliament and executive are bodies, no places ("de al drukke
        # [Provinciale Staten]" was a true/false swap for a road).
        ("Provinciale Staten namen de motie aan.", "Provinciale Staten", "ORG"),
        ("Gedeputeerde Staten besluiten in maart.", "Gedeputeerde Staten", "ORG"),
    ],
)
def test_rules_find_dates_and_amounts(
    nlp: spacy.language.Language, text: str, span: str, label: str
) -> None:
    assert (span, label) in [(e.text, e.label_) for e in nlp(text).ents]


def test_number_words_are_read_and_ordinals_are_not() -> None:
    assert numerals.value("vierentwintig", "nl") == 24
    assert numerals.value("tweehonderd", "nl") == 200
    assert numerals.value("eerste", "nl") is None
    assert numerals.value("fiets", "nl") is None


@pytest.mark.parametrize(
    ("word", "number"),
    [("2:03.36", True), ("1:45:20", True), ("6.48,21", True), ("16:00", True),
     ("2:3", False), ("a:03", False), ("12:345", False)],
)  # fmt: skip
def test_a_time_measured_on_a_clock_is_a_number(
    nlp: spacy.language.Language, word: str, number: bool
) -> None:
    """ "liep de marathon in [2:03.36]": the time asked for, as "6.48,21" was."""
    assert nlp(f"Hij liep in {word} .")[3].like_num is number
