"""Dutch question realisation and wrong options, without a model: facts are built by hand."""

from __future__ import annotations

import random
import re
from dataclasses import replace
from typing import Any

import pytest
import spacy
from spacy.tokens import Doc

from quizgen.generate.distractors import acronym, numbers, same_region
from quizgen.generate.text import contains_words, words
from quizgen.lang import nl
from quizgen.records import Fact, Part, Question


def fact(parts: list[Part], *, finite: str, tense: str = "pres", passive: bool = False) -> Fact:
    return Fact("event", "", (), "", 0, finite=finite, tense=tense, passive=passive,
                parts=tuple(parts))  # fmt: skip


def sentence_blank(
    said: str, answer: str, role: str, label: str, *, at: int = 0, **fields: Any
) -> Fact:
    """A fact of one name, date or number to blank out of ``said`` (which starts at ``at``
    in its text); ``fields`` set other fields of its part ("proper", "prep", …)."""
    start = at + said.index(answer)
    part = Part(role, answer, start, label, answer=answer, accepted=(answer,), surface=answer,
                surface_start=start)  # fmt: skip
    return Fact("sentence", "", (), said, at, parts=(replace(part, **fields),))


def scores_of(facts: list[Fact], doc: Doc) -> dict[str, float]:
    """The score of each candidate question of ``facts`` in the text ``doc``, by answer."""
    from collections import Counter

    from quizgen.entities import EntityIndex
    from quizgen.extract import Extraction
    from quizgen.generate import candidates

    found = candidates(Extraction(facts, EntityIndex(doc), Counter()), nl)
    return {c.asked.answer: c.score for c in found}


KIM = Part("subject", "Kim Jong-un", 0, "PER", first=True, proper=True, answer="Kim Jong-un",
           accepted=("Kim Jong-un", "Kim"))  # fmt: skip
TRUMP = Part("object", "Donald Trump", 0, "PER", proper=True, answer="Donald Trump",
             accepted=("Donald Trump", "Trump"))  # fmt: skip
BRIEF = Part("other", "per brief", 0, prep="per", answer="per brief")
INVITED = Part("verb", "uitgenodigd", 0)
INVITE = fact([KIM, TRUMP, BRIEF, INVITED], finite="heeft", tense="perf")


def sheet_asking(
    offered: list[tuple[int, str, str, tuple[str, ...]]], topic: frozenset[str] = frozenset()
) -> list[Question]:
    """The questions a sheet keeps of subject questions offered in order, each (sentence
    start, prompt, answer, accepted forms), made as short answers as they are."""
    from quizgen.generate import Candidate, Sheet
    from quizgen.lang.base import Asked

    class Made:
        def make(self, c: Candidate, kind: str) -> Question:
            return Question("", "short_answer", c.asked.prompt, c.asked.answer)

    sheet = Sheet(Made(), nl, set(), topic=topic)  # type: ignore[arg-type]
    for at, prompt, answer, accepted in offered:
        part = Part("subject", answer, at, "ORG", first=True, answer=answer)
        told = Fact("event", "", (), f"Zin {at}.", at, finite="wint", parts=(part,))
        c = Candidate(told, Asked(prompt, answer, accepted), "ORG", part, 0, "subject", 1.0)
        sheet.ask(c, ["short_answer"], ["short_answer"])
    return sheet.questions


def test_subject_question_keeps_verb_second_order() -> None:
    asked = nl.question(INVITE, 0)
    assert asked is not None
    assert asked.prompt == "Wie heeft Donald Trump per brief uitgenodigd?"
    assert asked.answer == "Kim Jong-un"


def test_a_time_is_asked_without_the_clauses_other_time() -> None:
    """ "Wanneer stonden Italië en Nederland gisteren … tegenover elkaar? — zondag": the
    other time of the clause answers it too."""
    teams = Part("subject", "Italië en Nederland", 0, "LOC", first=True, proper=True,
                 answer="Italië en Nederland")  # fmt: skip
    yesterday = Part("time", "gisteren", 30, "DATE", answer="gisteren")
    sunday = Part("time", "zondag", 39, "DATE", answer="zondag")
    facing = Part("other", "tegenover elkaar", 46)
    stood = fact([teams, yesterday, sunday, facing], finite="stonden", tense="past")
    asked = nl.question(stood, 2)
    assert asked is not None
    assert asked.prompt == "Wanneer stonden Italië en Nederland tegenover elkaar?"


def test_an_amount_with_van_after_the_verb_is_its_noun_s_measure() -> None:
    """ "die samen een waarde hebben van 1,4 miljoen euro": neither "Van welk bedrag hebben
    de werken een waarde?" nor "Wat hebben de werken van 1,4 miljoen euro?"; "daalde van
    50 miljoen euro naar 41 miljoen euro" is a change, and its ends are asked."""
    works = Part("subject", "de werken", 0, first=True, answer="de werken", plural=True)
    value = Part("object", "een waarde", 10, answer="een waarde")
    have = Part("verb", "hebben", 21)
    amount = Part("quantity", "van 1,4 miljoen euro", 28, "MONEY", prep="van",
                  answer="1,4 miljoen euro")  # fmt: skip
    clause = fact([works, value, have, amount], finite="hebben")
    assert nl.question(clause, 3) is None
    assert nl.question(clause, 1) is None
    turnover = Part("subject", "De omzet", 0, first=True, answer="de omzet")
    old = Part("quantity", "van 50 miljoen euro", 16, "MONEY", prep="van",
               answer="50 miljoen euro")  # fmt: skip
    new = Part("quantity", "naar 41 miljoen euro", 36, "MONEY", prep="naar",
               answer="41 miljoen euro")  # fmt: skip
    change = fact([turnover, old, new], finite="daalde", tense="past")
    assert nl.question(change, 1) is not None
    assert nl.question(change, 2) is not None


def test_a_reason_clause_stays_only_where_the_verb_needs_it() -> None:
    """ "Volgens Jansen komt de stijging doordat de rente daalt": without its reason "komt de
    stijging" says nothing, so "Volgens wie komt de stijging doordat de rente daalt?";
    "Lisa kon de prijs niet ophalen doordat ze geen visum had" is asked "Wie kon de prijs
    niet ophalen?"."""
    source = Part("source", "Volgens Jansen", 0, "PER", first=True, answer="Jansen")
    rise = Part("subject", "de stijging", 20, answer="de stijging")
    why = Part("cause", "doordat de rente daalt", 32, prep="doordat",
               answer="doordat de rente daalt")  # fmt: skip
    asked = nl.question(fact([source, rise, why], finite="komt"), 0)
    assert asked is not None
    assert asked.prompt == "Volgens wie komt de stijging doordat de rente daalt?"
    lisa = Part("subject", "Lisa", 0, "PER", first=True, answer="Lisa")
    prize = Part("object", "de prijs niet", 9, answer="de prijs")
    fetch = Part("verb", "ophalen", 23)
    visa = Part("cause", "doordat ze geen visum had", 31, prep="doordat",
                answer="doordat ze geen visum had")  # fmt: skip
    asked = nl.question(fact([lisa, prize, fetch, visa], finite="kon", tense="past"), 0)
    assert asked is not None and asked.prompt == "Wie kon de prijs niet ophalen?"


def test_a_body_a_name_s_adjective_says_whose_is_asked_who() -> None:
    """ "De Vlaamse regering draagt 85 miljoen euro bij": "Wie draagt 85 miljoen euro bij?";
    a bare "de regering" is too thin an answer to ask for."""
    money = Part("object", "85 miljoen euro", 24, "MONEY", answer="85 miljoen euro")
    along = Part("verb", "bij", 40)

    def asked(subject: str) -> str | None:
        body = Part("subject", subject, 0, first=True, answer=subject)
        found = nl.question(fact([body, money, along], finite="draagt"), 0)
        return found.prompt if found is not None else None

    assert asked("De Vlaamse regering") == "Wie draagt 85 miljoen euro bij?"
    assert asked("De regering") is None


def test_an_amount_said_twice_is_asked_of_neither_half() -> None:
    """ "is met 8,44 punten of 0,28 procent gestegen": "Met hoeveel punten is de index of 0,28
    procent gestegen?" has no place for the other half."""
    index = Part("subject", "De index", 0, first=True, answer="de index")
    points = Part("quantity", "met 8,44 punten", 12, "QUANTITY", prep="met",
                  answer="8,44 punten")  # fmt: skip
    percent = Part("other", "of 0,28 procent", 28)
    rose = Part("verb", "gestegen", 44)
    assert nl.question(fact([index, points, percent, rose], finite="is", tense="perf"), 1) is None
    assert nl.question(fact([index, points, rose], finite="is", tense="perf"), 1) is not None


def test_what_a_verb_of_having_has_is_not_left_without_its_number() -> None:
    """ "Hoeveel werknemers telt Groundlink?" beside "Waar telt Groundlink ruim 1.100
    werknemers?": the place question does not become "Waar telt Groundlink de
    werknemers?"; "drie mannen aangehouden" does become "de mannen"."""
    staff = Part("object", "ruim 1.100 werknemers", 20, "QUANTITY", answer="1.100 werknemers",
                 plural=True)  # fmt: skip
    assert nl.uncounted(staff, "tellen") is None
    men = replace(staff, text="drie mannen", answer="drie mannen")
    plain = nl.uncounted(men, "aanhouden")
    assert plain is not None and plain.text == "de mannen"


def test_where_from_leaves_vandaan_where_the_place_stood() -> None:
    """ "Anna vertrok gisteren uit Tilburg" → "Waar vertrok Anna gisteren vandaan?"; a place
    in the first position moves behind the subject as it would ("Uit Syrië is geen
    reactie gekomen" → "Waar is geen reactie vandaan gekomen?")."""
    anna = Part("subject", "Anna", 0, "PER", first=True, proper=True, answer="Anna")
    then = Part("time", "gisteren", 13, "DATE", answer="gisteren")
    town = Part("place", "uit Tilburg", 22, "LOC", prep="uit", answer="uit Tilburg")
    asked = nl.question(fact([anna, then, town], finite="vertrok", tense="past"), 2)
    assert asked is not None
    assert (asked.prompt, asked.answer) == ("Waar vertrok Anna gisteren vandaan?", "uit Tilburg")
    syria = Part("place", "Uit Syrië", 0, "LOC", first=True, prep="uit", answer="uit Syrië")
    none = Part("subject", "geen reactie", 13, answer="geen reactie")
    came = Part("verb", "gekomen", 26)
    asked = nl.question(fact([syria, none, came], finite="is", tense="perf"), 0)
    assert asked is not None and asked.prompt == "Waar is geen reactie vandaan gekomen?"


def test_what_someone_has_is_asked_only_with_what_it_is_had_for() -> None:
    """ "Ruim tien weken na de verkiezingen heeft Zwolle een nieuw college" is no "Wat heeft
    Zwolle ruim tien weken na de verkiezingen?"; "Wat heeft de Formule 1 nodig?" is."""
    zwolle = Part("subject", "Zwolle", 0, "LOC", first=True, proper=True, answer="Zwolle")
    weeks = Part("quantity", "ruim tien weken na de verkiezingen", 7, "QUANTITY",
                 answer="tien weken")  # fmt: skip
    board = Part("object", "een nieuw college", 45, answer="een nieuw college")
    has = replace(fact([zwolle, weeks, board], finite="heeft"), predicate="hebben")
    assert nl.question(has, 2) is None
    needed = Part("other", "nodig", 70)
    needs = replace(has, parts=(zwolle, board, needed))
    asked = nl.question(needs, 1)
    assert asked is not None and asked.prompt == "Wat heeft Zwolle nodig?"


def test_who_estimates_holds_a_view_in_the_passive_too() -> None:
    """ "De schade wordt door directeur Koen Lambrecht geschat op 25 miljoen euro": who
    estimates is whose view it is, as the subject of the active is ("Lambrecht schat …");
    the passive's subject (the damage) is not."""
    damage = Part("subject", "De schade", 0, first=True, answer="de schade")
    by = Part("agent", "door Koen Lambrecht", 16, "PER", prep="door", answer="Koen Lambrecht")
    estimated = replace(fact([damage, by], finite="wordt", passive=True), predicate="schatten")
    assert nl.holds_opinion(estimated, by) and not nl.holds_opinion(estimated, damage)
    active = replace(estimated, passive=False)
    assert nl.holds_opinion(active, damage)


def test_a_phrase_after_a_counted_subject_stays_in_the_middle_field() -> None:
    """ "gingen zeker vijftien renners tegen de grond": "Hoeveel renners gingen … tegen de
    grond?", not "Hoeveel renners tegen de grond gingen …?"."""
    riders = Part("subject", "zeker vijftien renners tegen de grond", 29, "QUANTITY",
                  answer="vijftien renners")  # fmt: skip
    slope = Part("other", "Op een natte afdaling", 0, first=True)
    went = fact([slope, riders], finite="gingen", tense="past")
    asked = nl.question(went, 1)
    assert asked is not None
    assert asked.prompt == "Hoeveel renners gingen op een natte afdaling tegen de grond?"


def test_person_object_is_asked_in_the_passive() -> None:
    asked = nl.question(INVITE, 1)
    assert asked is not None
    assert asked.prompt == "Wie is door Kim Jong-un per brief uitgenodigd?"
    assert asked.answer == "Donald Trump"


def test_an_agent_beside_another_door_phrase_is_not_asked() -> None:
    """ "Zijn strafmaat werd door het Hof verklaard door zijn persoonlijkheid": "Door wie
    werd zijn strafmaat verklaard door zijn persoonlijkheid?" asks for which one?"""
    sentence = Part("subject", "Zijn strafmaat", 0, first=True, answer="zijn strafmaat")
    court = Part("agent", "door het Hof", 0, "ORG", prep="door", answer="Hof")
    verb = Part("verb", "verklaard", 0)
    cause = Part("agent", "door zijn persoonlijkheid", 0, prep="door", answer="door zijn aard")
    assert nl.question(fact([sentence, court, verb], finite="werd", passive=True), 1)
    both = fact([sentence, court, verb, cause], finite="werd", passive=True)
    assert nl.question(both, 1) is None


def test_person_object_in_the_simple_past_is_not_asked() -> None:
    """Without a participle there is no passive, and "Wie ontmoette Kim?" is ambiguous."""
    met = fact([KIM, Part("verb", "", 0), TRUMP], finite="ontmoette", tense="past")
    assert nl.question(met, 2) is None


@pytest.mark.parametrize(
    ("text", "label", "what"),
    [("de Amerikaan Jordan Stolz", "", False), ("enkele bekende Europeanen", "", False),
     ("een 52-jarige man uit Zeist", "", False), ("de Tiger Award", "MISC", True),
     ("een Nederlandse trainer", "", True), ("de kandidatuur van Colombia", "", True)],
)  # fmt: skip
def test_an_object_that_names_people_is_not_asked_with_wat(
    text: str, label: str, what: bool
) -> None:
    """ "Wat moest Kjeld Nuis voor zich dulden? — de Amerikaan Jordan Stolz": a phrase the
    NER left unlabelled that ends in a name or in where people are from is a person."""
    thing = Part("object", text, 0, label, answer=text)
    asked = nl.question(fact([KIM, thing, INVITED], finite="heeft", tense="perf"), 1)
    assert (asked is not None and asked.prompt.startswith("Wat ")) is what


def test_first_position_adverbial_moves_behind_the_subject() -> None:
    time = Part("time", "In mei", 0, "DATE", first=True, prep="in", answer="in mei")
    trump = Part("subject", "Trump", 0, "PER", proper=True, answer="Donald Trump")
    kim = Part("other", "met Kim", 0, prep="met", answer="met Kim")
    talk = fact([time, trump, Part("verb", "praten", 0), kim], finite="wil")
    asked = nl.question(talk, 1)
    assert asked is not None and asked.prompt == "Wie wil in mei praten met Kim?"
    asked = nl.question(talk, 0)
    assert asked is not None and asked.prompt == "Wanneer wil Trump praten met Kim?"


@pytest.mark.parametrize(
    ("text", "prep", "answer", "label", "phrase"),
    [
        ("187 mensen met mazelen", "", "187 mensen", "QUANTITY", "hoeveel mensen met mazelen"),
        ("met ruim 6 procent", "met", "6 procent", "PERCENT", "met hoeveel procent"),
        ("12 miljard euro", "", "12 miljard euro", "MONEY", "hoeveel geld"),
        ("tot 312 miljoen euro", "tot", "312 miljoen euro", "MONEY", "tot welk bedrag"),
        ("de drie landen", "", "drie landen", "QUANTITY", None),  # an article is no "ruim"
        ("één organisatie", "", "één organisatie", "QUANTITY", None),  # "Hoeveel organisatie"
        ("op één plek", "op", "één plek", "QUANTITY", None),
        ("36 procent lager dan in 1990", "", "36 procent", "PERCENT", None),  # comparative
        ("210.000 mensen naar de podia", "", "210.000 mensen", "QUANTITY", None),  # the verb's
        ("twee kilometer later", "", "twee kilometer", "QUANTITY", "hoeveel kilometer later"),
        ("164 schilderijen en 300 tekeningen", "", "164 schilderijen", "QUANTITY", None),
        # What a comma sets off after the amount stays out of the question word.
        (
            "in 51,84 seconden, een record",
            "in",
            "51,84 seconden",
            "QUANTITY",
            "in hoeveel seconden",
        ),
    ],
)
def test_amount_phrase(text: str, prep: str, answer: str, label: str, phrase: str | None) -> None:
    part = Part("quantity", text, 0, label, prep=prep, answer=answer)
    assert nl.amount_phrase(part) == phrase


def test_a_count_with_a_phrase_after_its_noun_keeps_the_phrase_in_the_middle_field() -> None:
    """ "In vier dagen kwamen ruim 210.000 mensen naar de podia": "hoeveel mensen" opens the
    question, "naar de podia" stays behind the verb, not inside the question word."""
    when = Part("quantity", "In vier dagen", 0, "QUANTITY", first=True, prep="in",
                answer="vier dagen")  # fmt: skip
    people = Part("subject", "ruim 210.000 mensen naar de podia", 20, "QUANTITY",
                  answer="210.000 mensen")  # fmt: skip
    came = fact([when, people], finite="kwamen", tense="past")
    asked = nl.question(came, 1)
    assert asked is not None
    assert asked.prompt == "Hoeveel mensen kwamen in vier dagen naar de podia?"
    assert asked.answer == "210.000 mensen"
    # Money and noun phrases with "met"/"van" keep their own ways.
    assert nl.counted_apart(replace(people, text="ruim 210.000 mensen met kaartjes")) is None
    assert nl.counted_apart(replace(people, label="MONEY")) is None


def test_relative_dates_resolve_against_the_article_date() -> None:
    assert nl.absolute_dates("vorig jaar", "2024-03") == ["2023"]
    assert nl.absolute_dates("in vorige maand", "2024-01-05") == ["december 2023"]
    assert nl.absolute_dates("in mei", "2024-01") == []


def test_number_options_keep_the_answers_form() -> None:
    rng = random.Random(0)
    assert all("." in o and o.endswith(" mensen") for o in numbers("210.000 mensen", rng))
    # (A decimal comma in millions, or the thousands under a million: "700.000 euro".)
    assert all(
        ("," in o and "miljoen" in o) or re.fullmatch(r"\d{3}\.000 euro", o)
        for o in numbers("1,2 miljoen euro", rng)
    )
    whole = numbers("85 optredens", rng)
    assert whole and all(o.split()[0].isdigit() for o in whole)
    assert all(int(o.split()[0]) <= 100 for o in numbers("62 procent", rng))
    ages = numbers("51 jaar", rng)
    assert len(ages) >= 3 and all(45 <= int(o.split()[0]) <= 57 for o in ages)
    assert all(12 <= int(o.split()[0]) <= 24 for o in numbers("18 jaar", rng))
    assert "1 doden" not in numbers("3 doden", rng)
    # As round as the answer: no "7275 vacatures" beside "9700 vacatures".
    assert all(len(o.split()[0].rstrip("0")) <= 2 for o in numbers("9700 vacatures", rng))
    # As many decimals as the answer: "17,20 euro" is not the only one with two.
    cents = numbers("17,20 euro", rng)
    assert cents and all(len(o.split()[0].split(",")[1]) == 2 for o in cents)


def test_place_options_come_from_the_same_region() -> None:
    assert "Zuid-Korea" in same_region("Noord-Korea", "nl")
    assert "Frankrijk" not in same_region("Noord-Korea", "nl")
    assert "Zwolle" in same_region("Deventer", "nl")
    # A province takes the other provinces of its country.
    assert "Overijssel" in same_region("Gelderland", "nl")
    assert "Henegouwen" not in same_region("Gelderland", "nl")


def test_acronym_of_a_name() -> None:
    assert acronym("Landelijk Aktie Komitee Scholieren") == acronym("LAKS") == "laks"
    assert acronym("Rotterdam") == ""


def test_words_keep_inner_apostrophes_but_not_closing_quotes() -> None:
    assert words("zo'n 'Verenigde Staten'") == ("zo'n", "verenigde", "staten")
    assert contains_words("… en de Verenigde Staten' en …", "Verenigde Staten")


def test_no_question_gives_away_anothers_answer() -> None:
    """Who invited whom is one fact: asking it both ways would answer each in the other."""
    from collections import Counter

    import spacy

    from quizgen.entities import EntityIndex
    from quizgen.extract import Extraction
    from quizgen.generate import generate

    invite = fact([KIM, TRUMP, BRIEF, INVITED], finite="heeft", tense="perf")
    ents = EntityIndex(spacy.blank("nl")("Kim Jong-un heeft Donald Trump per brief uitgenodigd."))
    quiz = generate(Extraction([invite], ents, Counter()), nl, kinds=["short_answer"])
    assert [(q.prompt, q.answer) for q in quiz] == [
        ("Wie heeft Donald Trump per brief uitgenodigd?", "Kim Jong-un")
    ]


def test_relative_dates_get_no_wrong_options() -> None:
    """ "dit weekend" may fall within "dit jaar"; "volgend jaar" for "vorig jaar" is ruled
    out by the verb's tense: no set of options for a relative date is fair."""
    from quizgen.generate.distractors import dates

    assert dates("vorig jaar", "nl", random.Random(0)) == []
    assert dates("in mei", "nl", random.Random(0))


def test_person_options_match_the_answers_form_and_need_a_person() -> None:
    import spacy
    from spacy.tokens import Doc

    from quizgen.entities import EntityIndex
    from quizgen.generate.distractors import names

    words = ["Lotte", "Brinkman", "en", "Pieter", "Claes", "en", "Erik", "van", "der", "Laan",
             "zagen", "Claes", ",", "Van", "der", "Laan", "en", "Ahead", "Eagles", "."]  # fmt: skip
    ents = ["B-PER", "I-PER", "O", "B-PER", "I-PER", "O", "B-PER", "I-PER", "I-PER", "I-PER",
            "O", "B-PER", "O", "B-PER", "I-PER", "I-PER", "O", "B-PER", "I-PER", "O"]  # fmt: skip
    index = EntityIndex(Doc(spacy.blank("nl").vocab, words=words, ents=ents))
    index.persons.update({"Lotte Brinkman", "Pieter Claes", "Erik van der Laan"})
    rng = random.Random(0)
    assert sorted(names("Van der Laan", "PER", index, "nl", "", rng)) == ["Brinkman", "Claes"]
    assert sorted(names("Erik van der Laan", "PER", index, "nl", "", rng)) == [
        "Lotte Brinkman", "Pieter Claes"]  # fmt: skip
    # A club the NER labelled PER gets no people as options.
    assert names("Ahead Eagles", "PER", index, "nl", "", rng) == []


@pytest.mark.parametrize(
    ("prep", "wh"), [("sinds", "sinds wanneer"), ("tot", "tot wanneer"), ("in", "wanneer")]
)
def test_time_question_word_keeps_since_and_until(prep: str, wh: str) -> None:
    part = Part("time", f"{prep} 2015", 0, "DATE", prep=prep, answer=f"{prep} 2015")
    assert nl.wh_phrase(part) == wh


def title_fact(person: str, function: str, sentence: str, tense: str) -> Fact:
    """ "<Function> <person> …": a person with a bare function noun before the name."""
    from quizgen.records import Role

    return Fact(
        "title", function,
        (("agent", Role(person, person, "PER", 0, len(person))),
         ("attribute", Role(f"de {function}", function, "ROLE", 0, len(function))),
         ("function", Role(function, function, "ROLE", 0, len(function)))),
        sentence, 0, tense=tense,
    )  # fmt: skip


def test_function_questions_are_in_the_present_whatever_the_sentences_tense() -> None:
    from quizgen.records import Role

    title = title_fact(
        "Anja Schouten", "burgemeester", "Burgemeester Anja Schouten zei dat het goed was.", "past"
    )
    domain = ("domain", Role("Doetinchem", "Doetinchem", "ORG", 0, 0))
    asked = dict(nl.title_questions(replace(title, roles=(*title.roles, domain))))
    assert asked["person"].prompt == "Wie is de burgemeester van Doetinchem?"
    assert asked["function"].prompt == "Welke functie heeft Anja Schouten?"


def test_a_bare_function_noun_is_not_asked_for_its_person() -> None:
    """ "Wie is de directeur?" does not say of what: only the person's function is asked."""
    title = title_fact(
        "Marloes Jansen",
        "directeur",
        "Directeur Marloes Jansen vindt dat er te weinig alternatieven zijn.",
        "pres",
    )
    assert [topic for topic, _ in nl.title_questions(title)] == ["function"]


def test_a_function_many_hold_is_not_asked_for_its_person() -> None:
    """ "Wie is het raadslid van de SP?", "Wie is het lid van de Likoed-partij?": one of
    many; only the person's function is asked."""
    from quizgen.records import Role

    domain = ("domain", Role("de SP", "SP", "ORG", 0, 0))
    for noun, topics in (("raadslid", ["function"]), ("fractievoorzitter", ["person", "function"])):
        title = title_fact("Peter de Kok", noun, f"{noun.title()} Peter de Kok zei nee.", "past")
        asked = nl.title_questions(replace(title, roles=(*title.roles, domain)))
        assert [topic for topic, _ in asked] == topics


def test_a_function_two_people_hold_is_asked_of_neither() -> None:
    """ "Wie is de Vlaamse minister?" of Johan Sauwens and of Vera Dua has two answers."""
    from collections import Counter

    import spacy

    from quizgen.entities import EntityIndex
    from quizgen.extract import Extraction
    from quizgen.generate import candidates

    def person_questions(*people: str) -> list[str]:
        facts = [
            replace(title_fact(p, "Vlaamse minister", f"Vlaams minister {p} zei ja.", "past"),
                    sentence_start=100 * k)
            for k, p in enumerate(people)
        ]  # fmt: skip
        doc = spacy.blank("nl")("Niets.")
        return [
            c.asked.answer
            for c in candidates(Extraction(facts, EntityIndex(doc), Counter()), nl)
            if c.topic == "person"
        ]

    assert person_questions("Johan Sauwens") == ["Johan Sauwens"]
    assert person_questions("Johan Sauwens", "Vera Dua") == []


def test_options_take_the_case_of_a_sentence_initial_answer() -> None:
    from quizgen.generate.distractors import distractors

    options = distractors("Twee jaar", "QUANTITY", None, "nl", random.Random(0), "", set())  # type: ignore[arg-type]
    assert options and all(o[:1].isupper() for o in options)


def test_what_something_is_called_is_asked_with_hoe() -> None:
    aedes = Part("subject", "Aedes", 0, "ORG", first=True, proper=True, answer="Aedes")
    plan = Part("recipient", "het plan", 0, answer="het plan")
    step = Part("object", "een goede eerste stap", 0, answer="een goede eerste stap")
    called = Fact("event", "noemen", (), "", 0, finite="noemde", tense="past",
                  parts=(aedes, plan, step))  # fmt: skip
    asked = nl.question(called, 2)
    assert asked is not None and asked.prompt == "Hoe noemde Aedes het plan?"


@pytest.mark.parametrize(
    ("answer", "anchored"),
    [("in mei", True), ("op 12 maart", True), ("2035", True), ("in de herfst", True),
     ("dinsdag", False), ("vorige week", False), ("dit jaar", False),
     ("de komende maanden", False)],
)  # fmt: skip
def test_a_time_is_anchored_when_it_names_the_calendar(answer: str, anchored: bool) -> None:
    assert nl.anchored_time(answer) is anchored


def test_a_relative_time_ranks_below_the_number_its_sentence_tells() -> None:
    from quizgen.generate import salience

    raised = fact([Part("subject", "Noordmelk", 0, "ORG", first=True)], finite="boekte")
    score = lambda topic, answer, label: salience(raised, topic, answer, label, {}, 0.5, nl)  # noqa: E731
    money = score("quantity", "312 miljoen euro", "MONEY")
    assert score("time", "vorig jaar", "DATE") < money < score("time", "in mei", "DATE")
    # So does a span the number falls in ("heeft tussen 2018 en 2021 ruim 640.000 euro …").
    assert score("time", "tussen 2018 en 2021", "DATE") < money
    # A passive's subject undergoes it; its "door" phrase is the news ("Door wie werd
    # Hoekstra neergehaald?" above "Wie werd neergehaald door Thijs Meulenbelt?").
    felled = replace(raised, passive=True)
    assert salience(felled, "subject", "Hoekstra", "PER", {}, 0.5, nl) < salience(
        felled, "agent", "Thijs Meulenbelt", "PER", {}, 0.5, nl
    )
    # A common noun phrase ("de schade") says less than a name or number.
    assert score("object", "de schade", "") < score("object", "de FNV", "ORG")
    # Why it happened is worth more than who said so or with whom ("Waardoor gebeurde het
    # ongeval? — door dichte mist" above "Volgens wie …?").
    reason = score("cause", "door dichte mist", "")
    assert reason > score("source", "commissaris Ilse Vandamme", "")
    assert reason > score("party", "met de bond", "")


NET = fact([
    Part("subject", "De nettowinst", 0, first=True, answer="de nettowinst"),
    Part("quantity", "met 18 procent", 0, "PERCENT", prep="met", answer="18 procent"),
    Part("quantity", "tot 312 miljoen euro", 0, "MONEY", prep="tot", answer="312 miljoen euro"),
], finite="steeg", tense="past")  # fmt: skip


def test_a_question_can_leave_out_an_adjunct() -> None:
    asked = nl.question(NET, 2, frozenset({1}))
    assert asked is not None and asked.prompt == "Tot welk bedrag steeg de nettowinst?"
    assert nl.omittable(NET.parts[1]) and not nl.omittable(NET.parts[0])
    assert not nl.omittable(Part("place", "naar Japan", 0, "LOC", prep="naar"))
    assert nl.omittable(Part("place", "in Marum", 0, "LOC", prep="in"))


def test_two_questions_about_one_sentence_leave_out_each_others_answer() -> None:
    """ "Met hoeveel procent steeg de nettowinst tot 312 miljoen euro?" would give away the
    other question's answer: that one is asked without it."""
    from collections import Counter

    import spacy

    from quizgen.entities import EntityIndex
    from quizgen.extract import Extraction
    from quizgen.generate import generate

    net = Fact("event", "stijgen", (), "De nettowinst steeg met 18 procent tot 312 miljoen euro.",
               0, finite="steeg", tense="past", parts=NET.parts)  # fmt: skip
    ents = EntityIndex(spacy.blank("nl")(net.sentence))
    quiz = generate(Extraction([net], ents, Counter()), nl, kinds=["short_answer"])
    assert len(quiz) == 2
    for q in quiz:
        others = [o.answer for o in quiz if o is not q]
        assert not any(contains_words(q.prompt, a) for a in others), q.prompt
    # Not when the verb tells two events of the text: without its phrase, which one is meant?
    twice = Extraction([net, replace(net, sentence_start=60)], ents, Counter())
    assert len(generate(twice, nl, kinds=["short_answer"])) < 4


OPENED = fact(
    [
        Part("subject", "Karin Mulder", 0, "PER", first=True, proper=True, answer="Karin Mulder",
             accepted=("Karin Mulder", "Mulder")),
        Part("time", "maandag", 0, "DATE", answer="maandag", accepted=("maandag",)),
        Part("object", "het nieuwe gebouw", 0, answer="het nieuwe gebouw"),
        Part("verb", "geopend", 0),
    ],
    finite="heeft",
    tense="perf",
)  # fmt: skip


def test_a_when_question_can_leave_the_subject_out_in_the_passive() -> None:
    """ "Wanneer is het nieuwe gebouw geopend?" beside "Wie heeft het nieuwe gebouw
    geopend?": the passive agrees with its object; it needs a participle and a definite
    object (an indefinite one would need "er")."""
    asked = nl.agentless_question(OPENED, 1, frozenset({0}))
    assert asked is not None and asked.prompt == "Wanneer is het nieuwe gebouw geopend?"
    assert asked.answer == "maandag"
    plural = replace(OPENED, parts=tuple(
        replace(p, text="de nieuwe gebouwen", plural=True) if p.role == "object" else p
        for p in OPENED.parts
    ))  # fmt: skip
    asked = nl.agentless_question(plural, 1, frozenset({0}))
    assert asked is not None and asked.prompt == "Wanneer zijn de nieuwe gebouwen geopend?"
    indefinite = replace(OPENED, parts=tuple(
        replace(p, text="een nieuw gebouw") if p.role == "object" else p for p in OPENED.parts
    ))  # fmt: skip
    assert nl.agentless_question(indefinite, 1, frozenset({0})) is None
    assert nl.agentless_question(replace(OPENED, tense="past", finite="opende"), 1) is None


def test_a_sentence_gives_its_who_and_its_when_with_the_passive() -> None:
    """Without the passive one of "Wie heeft maandag …?" and "Wanneer heeft Karin Mulder
    …?" gave the other's answer away, and only one was asked."""
    from collections import Counter

    from quizgen.entities import EntityIndex
    from quizgen.extract import Extraction
    from quizgen.generate import generate

    opened = replace(OPENED, predicate="openen",
                     sentence="Karin Mulder heeft maandag het nieuwe gebouw geopend.")  # fmt: skip
    ents = EntityIndex(spacy.blank("nl")(opened.sentence))
    quiz = generate(Extraction([opened], ents, Counter()), nl, kinds=["short_answer"])
    assert sorted((q.prompt, q.answer) for q in quiz) == [
        ("Wanneer is het nieuwe gebouw geopend?", "maandag"),
        ("Wie heeft het nieuwe gebouw geopend?", "Karin Mulder"),
    ]


@pytest.mark.parametrize(
    ("answer", "deictic"),
    [
        ("vorige week", True), ("dit jaar", True), ("eind deze maand", True),
        ("gisteren", True), ("de komende twee jaar", False), ("de afgelopen 10 jaar", False),
        ("in mei", False), ("dinsdag", False), ("in 2019", False),
    ],
)  # fmt: skip
def test_a_time_told_from_the_articles_day_is_deictic(answer: str, deictic: bool) -> None:
    assert nl.deictic_time(answer) is deictic


def test_a_time_told_from_the_articles_day_is_not_asked() -> None:
    """ "Wanneer heeft Karin Mulder het gebouw geopend? — vorige week": the reader of the
    sheet cannot place it; the clause's other questions stay."""
    from collections import Counter

    from quizgen.entities import EntityIndex
    from quizgen.extract import Extraction
    from quizgen.generate import generate

    last_week = replace(OPENED, predicate="openen", parts=tuple(
        replace(p, text="vorige week", answer="vorige week", accepted=("vorige week",))
        if p.role == "time" else p
        for p in OPENED.parts
    ), sentence="Karin Mulder heeft vorige week het nieuwe gebouw geopend.")  # fmt: skip
    ents = EntityIndex(spacy.blank("nl")(last_week.sentence))
    quiz = generate(Extraction([last_week], ents, Counter()), nl, kinds=["short_answer"])
    assert [q.answer for q in quiz] == ["Karin Mulder"]


def test_no_options_of_another_kind() -> None:
    """MISC names are of many kinds; an organisation's alias takes full names, not their
    last words; a name the text gives a kind ("het plastic PET") takes names of that kind."""
    import spacy
    from spacy.tokens import Doc

    from quizgen.entities import EntityIndex
    from quizgen.generate.distractors import distractors, names

    words = ["de", "FNV", "Havens", ",", "het", "Havenbedrijf", "Rotterdam", ",", "de",
             "Vereniging", "Containerterminals", ",", "het", "plastic", "PET", ",", "het",
             "tijdschrift", "Nature", ",", "de", "FNV", "en", "de", "bond", "Abvakabo",
             "."]  # fmt: skip
    ents = ["O", "B-ORG", "I-ORG", "O", "O", "B-ORG", "I-ORG", "O", "O", "B-ORG", "I-ORG", "O",
            "O", "O", "B-ORG", "O", "O", "O", "B-ORG", "O", "O", "B-ORG", "O", "O", "O",
            "B-ORG", "O"]  # fmt: skip
    pos = ["DET", "PROPN", "PROPN", "PUNCT", "DET", "PROPN", "PROPN", "PUNCT", "DET", "PROPN",
           "PROPN", "PUNCT", "DET", "NOUN", "PROPN", "PUNCT", "DET", "NOUN", "PROPN", "PUNCT",
           "DET", "PROPN", "CCONJ", "DET", "NOUN", "PROPN", "PUNCT"]  # fmt: skip
    index = EntityIndex(Doc(spacy.blank("nl").vocab, words=words, ents=ents, pos=pos))
    rng = random.Random(0)
    fnv = names("FNV", "ORG", index, "nl", "", rng)
    assert "Havenbedrijf Rotterdam" in fnv and "Rotterdam" not in fnv
    # A name the text calls a plastic or a journal is no option for an organisation; one
    # it calls a "bond" is.
    assert "PET" not in fnv and "Nature" not in fnv and "Abvakabo" in fnv
    assert names("PET", "ORG", index, "nl", "", rng) == []
    assert distractors("Nature", "MISC", index, "nl", rng, "", set()) is None
    # "dreigt de _____": only names the text gives "de" fit.
    assert "de" in index.words_before("FNV")
    assert "de" not in index.words_before("Havenbedrijf Rotterdam")


def test_an_approximator_goes_with_the_asked_phrase() -> None:
    began = fact([
        Part("subject", "De storing", 0, first=True, answer="de storing"),
        Part("other", "even", 18),
        Part("time", "na 7.00 uur", 23, "TIME", prep="na", answer="na 7.00 uur"),
    ], finite="begon", tense="past")  # fmt: skip
    asked = nl.question(began, 2)
    assert asked is not None and asked.prompt == "Wanneer begon de storing?"
    # "woog bij aankomst [maar] 12 kilo": "… bij aankomst maar?" would be no Dutch.
    weighed = fact([
        Part("subject", "Sammy", 0, "PER", first=True, proper=True, answer="Sammy"),
        Part("other", "bij aankomst", 11, prep="bij"),
        Part("other", "maar", 24),
        Part("object", "12 kilo", 29, "QUANTITY", answer="12 kilo"),
    ], finite="woog", tense="past")  # fmt: skip
    asked = nl.question(weighed, 3)
    assert asked is not None and asked.prompt == "Hoeveel kilo woog Sammy bij aankomst?"


def dated(subject: str, day: str, at: int, label: str = "") -> Fact:
    """ "<subject> start <day> in de etappe.", a sentence of its own at ``at``."""
    parts = (
        Part("subject", subject, at, label, first=True, proper=bool(label), answer=subject),
        Part("time", day, at + 20, "DATE", answer=day),
        Part("other", "in de etappe", at + 30, prep="in", answer="in de etappe"),
    )
    return Fact("event", f"starten{at}", (), f"{subject} start {day} in de etappe.", at,
                finite="start", parts=parts)  # fmt: skip


def quiz_of(facts: list[Fact]) -> tuple[Question, ...]:
    from collections import Counter

    from quizgen.entities import EntityIndex
    from quizgen.extract import Extraction
    from quizgen.generate import generate

    ents = EntityIndex(spacy.blank("nl")(" ".join(f.sentence for f in facts)))
    return generate(Extraction(facts, ents, Counter()), nl)


def test_no_question_repeats_or_gives_away_an_event_in_the_matching() -> None:
    """The matching question shows "De ploeg start in de etappe" ↔ "vrijdag": neither "Wat
    start vrijdag in de etappe?" nor "Wanneer start de ploeg in de etappe?" may be asked."""
    quiz = quiz_of([dated("De ploeg", "vrijdag", 0), dated("De kopgroep", "zaterdag", 100),
                    dated("Het peloton", "zondag", 200)])  # fmt: skip
    (match,) = [q for q in quiz if q.kind == "matching"]
    assert {p.right for p in match.pairs} == {"vrijdag", "zaterdag", "zondag"}
    assert [q.prompt for q in quiz if q.kind != "matching"] == []


def test_events_that_name_a_person_are_not_matched_to_dates() -> None:
    """ "Daan Verhoeven heeft de rit gewonnen" ↔ "donderdag" would give away who won: the
    people are asked for instead."""
    quiz = quiz_of([dated("Jonas Peeters", "vrijdag", 0, "PER"),
                    dated("Luka Zupan", "zaterdag", 100, "PER"),
                    dated("Daan Verhoeven", "zondag", 200, "PER")])  # fmt: skip
    assert not [q for q in quiz if q.kind == "matching"]
    assert "Wie start vrijdag in de etappe?" in [q.prompt for q in quiz]


@pytest.mark.parametrize(
    ("function", "noun", "specific"),
    [
        ("Noord-Koreaanse leider", "leider", True),
        ("hoogleraar microbiologie", "hoogleraar", True),
        ("technisch directeur", "directeur", False),
        ("directeur", "directeur", False),
    ],
)  # fmt: skip
def test_a_function_says_whose_it_is_by_a_place_or_a_field(
    function: str, noun: str, specific: bool
) -> None:
    """ "Wie is de technisch directeur?" — of what? Only "Welke functie heeft …?" is asked."""
    from quizgen.records import Role

    fact = Fact("title", noun, (
        ("agent", Role("Earnest Stewart", "Earnest Stewart", "PER", 0, 0)),
        ("attribute", Role(f"de {function}", function, "ROLE", 0, 0)),
        ("function", Role(noun, noun, "ROLE", 0, 0)),
    ), "", 0, tense="pres")  # fmt: skip
    topics = [topic for topic, _ in nl.title_questions(fact)]
    assert topics == (["person", "function"] if specific else ["function"])


def test_no_matching_pairs_one_function_inside_another() -> None:
    """ "actrice" would fit the person of "Amerikaanse actrice" too: the two cannot both be
    pairs of one matching question."""
    from collections import Counter

    from quizgen.entities import EntityIndex
    from quizgen.extract import Extraction
    from quizgen.generate import Builder, candidates

    people = [("Nina de Wit", "regisseur"), ("Marian Boer", "actrice"),
              ("Julianne Moore", "Amerikaanse actrice")]  # fmt: skip

    def matched(people: list[tuple[str, str]]) -> list[tuple[str, str]] | None:
        facts = [title_fact(p, f, f"{f} {p} sprak.", "past") for p, f in people]
        extraction = Extraction(facts, EntityIndex(spacy.blank("nl")("")), Counter())
        match = Builder(extraction, nl, 0).matching(candidates(extraction, nl))
        return None if match is None else [(m.left, m.right) for m in match.pairs]

    assert matched(people) is None
    found = matched([*people, ("Jan Smit", "producent")])
    assert found is not None and len(found) == 3
    assert not {"actrice", "Amerikaanse actrice"} <= {right for _, right in found}


def test_no_event_in_the_matching_names_its_person() -> None:
    """ "Wethouder Zeegers presenteerde het plan" ↔ "dinsdag" would take "Wie presenteerde
    het plan?" off the sheet: events that name a person are not matched with their dates."""
    from collections import Counter

    from quizgen.entities import EntityIndex
    from quizgen.extract import Extraction
    from quizgen.generate import Builder, candidates

    def dated(subject: Part, day: str, at: int) -> Fact:
        parts = (
            subject,
            Part("time", day, at + 20, "DATE", answer=day),
            Part("other", "over het plan", at + 30, prep="over", answer="over het plan"),
        )
        return Fact("event", f"stemmen{at}", (), f"{subject.text} stemt {day} over het plan.",
                    at, finite="stemt", parts=parts)  # fmt: skip

    def bodies(n: int) -> Part:
        return Part("subject", f"De raad {n}", 0, first=True, answer=f"de raad {n}")

    person = Part("subject", "Chantal Zeegers", 0, "PER", first=True, proper=True,
                  answer="Chantal Zeegers")  # fmt: skip
    facts = [dated(bodies(1), "dinsdag", 0), dated(bodies(2), "woensdag", 100),
             dated(person, "donderdag", 200), dated(bodies(3), "vrijdag", 300)]  # fmt: skip
    extraction = Extraction(facts, EntityIndex(spacy.blank("nl")("")), Counter())
    match, _ = Builder(extraction, nl, 0).event_matching(candidates(extraction, nl))
    assert match is not None
    assert {p.right for p in match.pairs} == {"dinsdag", "woensdag", "vrijdag"}


def test_one_person_is_the_answer_of_at_most_two_questions_however_named() -> None:
    from collections import Counter

    import spacy

    from quizgen.entities import EntityIndex
    from quizgen.extract import Extraction
    from quizgen.generate import generate

    def said(name: str, verb: str, thing: str, at: int) -> Fact:
        forms = (name, "Jelle Hofstra", "Hofstra") if "Hofstra" in name else (name,)
        parts = (
            Part("subject", name, at, "PER", first=True, proper=True, answer=name,
                 accepted=forms),
            Part("object", thing, at + 20, "ORG", answer=thing),
        )  # fmt: skip
        return Fact("event", verb, (), f"{name} {verb} {thing}.", at, finite=verb, parts=parts)

    facts = [said("Jelle Hofstra", "leidt", "de Melkveehouders Noord", 0),
             said("Hofstra", "bezocht", "de Europese Commissie", 100),
             said("Hofstra", "verliet", "de Landbouwraad", 200)]  # fmt: skip
    ents = EntityIndex(spacy.blank("nl")(" ".join(f.sentence for f in facts)))
    quiz = generate(Extraction(facts, ents, Counter()), nl, kinds=["short_answer"])
    assert sum(q.answer in {"Jelle Hofstra", "Hofstra"} for q in quiz) == 2
    # Each answer is asked once before any is asked twice: a short quiz asks about the
    # third sentence's person rather than Hofstra again, who ranks higher.
    facts[2] = said("Anna Bos", "verliet", "de Landbouwraad", 200)
    ents = EntityIndex(spacy.blank("nl")(" ".join(f.sentence for f in facts)))
    quiz = generate(Extraction(facts, ents, Counter()), nl, kinds=["short_answer"], max_questions=2)
    assert {q.answer for q in quiz} == {"Jelle Hofstra", "Anna Bos"}


def test_a_reason_is_asked_when_it_tells_the_reason_itself() -> None:
    """ "Waardoor werden de overstromingen veroorzaakt? — door aanhoudende regenval" is a
    reason; "door de overname" points back into the text and "door een dokter" is who did
    it. A reason may take a clause of up to twelve words ("omdat er nog geen geneesmiddel
    bestaat dat de ziekte stopt")."""
    from quizgen.generate import Candidate, askable
    from quizgen.lang.base import Asked

    caused = fact([Part("subject", "de overstromingen", 0, first=True, answer="de overstromingen"),
                   Part("cause", "door x", 20, prep="door", answer="door x")],
                  finite="werden", passive=True)  # fmt: skip

    def asks(answer: str) -> bool:
        asked = Asked("Waardoor werden de overstromingen veroorzaakt?", answer, (answer,))
        return askable(Candidate(caused, asked, "", caused.parts[1], 1, "cause", 1.0), nl)

    assert asks("door aanhoudende regenval")
    assert not asks("door de overname")
    assert not asks("door een dokter")
    assert not asks("door regen")
    assert asks("omdat er nog geen geneesmiddel bestaat dat de ziekte stopt")
    assert not asks(
        "omdat er nog geen geneesmiddel bestaat dat de ziekte stopt of afremt in al haar vormen"
    )


def test_one_bare_common_noun_is_no_answer_to_ask_for() -> None:
    from quizgen.generate import Candidate, passes_gate
    from quizgen.lang.base import Asked

    helps = fact([Part("subject", "Nederland", 0, "LOC", first=True, answer="Nederland"),
                  Part("object", "hulp", 15, answer="hulp")], finite="biedt")  # fmt: skip
    asked = Asked("Wat biedt Nederland aan?", "hulp", ("hulp",))
    assert not passes_gate(Candidate(helps, asked, "", helps.parts[1], 1, "object", 1.0))
    asked = Asked("Wat biedt Nederland aan?", "de hulp", ("de hulp",))
    assert not passes_gate(Candidate(helps, asked, "", helps.parts[1], 1, "object", 1.0))
    asked = Asked("Wat biedt Nederland aan?", "medische hulp aan Italië", ("medische hulp",))
    assert passes_gate(Candidate(helps, asked, "", helps.parts[1], 1, "object", 1.0))


def test_no_question_shows_a_pair_of_the_matching_question() -> None:
    from quizgen.generate import Sheet

    class Made:
        def make(self, c: object, kind: str) -> object:
            from quizgen.records import Question

            return Question("", "cloze", "De Noorse premier Ingrid Halvorsen zegt _____.", "ja")

    sheet = Sheet(Made(), nl, set())  # type: ignore[arg-type]
    sheet.matched = [("ingrid halvorsen", "noorse premier"), ("noorse premier", "ingrid halvorsen")]
    said = Fact("sentence", "", (), "De Noorse premier Ingrid Halvorsen zegt ja.", 0,
                parts=(Part("name", "ja", 40, answer="ja"),))  # fmt: skip
    from quizgen.generate import Candidate
    from quizgen.lang.base import Asked

    c = Candidate(said, Asked("…", "ja", ("ja",)), "", said.parts[0], 0, "name", 1.0)
    assert sheet.add(c, "cloze") is False


def test_a_blank_for_the_texts_topic_ranks_below_the_sentences_news() -> None:
    """ "Volgens het _____ moesten 23 patiënten …" asks what the whole text keeps naming; the
    number is what the sentence tells."""
    from spacy.tokens import Span

    said = "Volgens het RIVM moesten 23 patiënten worden opgenomen."
    text = f"Het RIVM telt. {said} Het RIVM weet het."
    doc = spacy.blank("nl")(text)
    doc.ents = [Span(doc, t.i, t.i + 1, label="ORG") for t in doc if t.text == "RIVM"]
    at = text.index(said)

    facts = [
        sentence_blank(said, "RIVM", "name", "ORG", at=at, proper=True),
        sentence_blank(said, "23 patiënten", "quantity", "QUANTITY", at=at),
    ]
    scores = scores_of(facts, doc)
    assert scores["23 patiënten"] > scores["RIVM"]


def test_a_blank_for_a_calendar_time_ranks_above_one_that_points_from_today() -> None:
    """ "in mei" names a time in the calendar, "dinsdag" only points from the day the
    article appeared: a blank weighs its time as an open question does."""
    said = "De top is dinsdag aangekondigd en vindt in mei plaats."
    facts = [sentence_blank(said, day, "time", "DATE") for day in ("dinsdag", "in mei")]
    scores = scores_of(facts, spacy.blank("nl")(said))
    assert scores["in mei"] > scores["dinsdag"]


def test_a_blank_for_the_year_compared_with_ranks_below_the_sentences_number() -> None:
    """ "Het museum verwacht dit jaar 150.000 bezoekers, bijna twee keer zoveel als _____ —
    in 2023": the year after "als" is not when the news happened."""

    def scores(said: str) -> dict[str, float]:
        facts = [
            sentence_blank(said, "150.000 bezoekers", "quantity", "QUANTITY"),
            sentence_blank(said, "in 2023", "time", "DATE"),
        ]
        return scores_of(facts, spacy.blank("nl")(said))

    compared = scores("Het museum verwacht 150.000 bezoekers, twee keer zoveel als in 2023.")
    assert compared["150.000 bezoekers"] > compared["in 2023"]
    dated = scores("Het museum ontving 150.000 bezoekers, bijna twee keer zoveel, in 2023.")
    assert dated["in 2023"] > dated["150.000 bezoekers"]


def test_a_name_of_a_kind_is_asked_with_welk_and_its_noun() -> None:
    from quizgen.generate.distractors import is_list

    fell = fact([
        Part("subject", "De meeste slachtoffers", 0, first=True, answer="de meeste slachtoffers"),
        Part("place", "in het dorp Castelluccio", 30, "LOC", prep="in", answer="Castelluccio",
             kind="het dorp"),
    ], finite="vielen", tense="past")  # fmt: skip
    asked = nl.question(fell, 1)
    assert asked is not None and asked.prompt == "In welk dorp vielen de meeste slachtoffers?"
    lead = fact([
        Part("subject", "De netbeheerders TenneT en Elia", 0, "ORG", first=True,
             answer="TenneT en Elia", kind="de netbeheerders"),
        Part("object", "de leiding", 30, answer="de leiding"),
    ], finite="krijgen")  # fmt: skip
    asked = nl.question(lead, 0)
    assert asked is not None and asked.prompt == "Welke netbeheerders krijgen de leiding?"
    # A list of names takes no options of single names; one name with "en" in it does.
    import spacy
    from spacy.tokens import Span

    from quizgen.entities import EntityIndex

    doc = spacy.blank("nl")("Transport en Logistiek Nederland en TenneT")
    doc.ents = [Span(doc, 0, 4, label="ORG"), Span(doc, 5, 6, label="ORG")]
    ents = EntityIndex(doc)
    assert is_list("TenneT en Elia", ents) and not is_list("Transport en Logistiek Nederland", ents)


def test_the_true_false_statement_comes_from_the_least_central_fact() -> None:
    """Half a class guesses a true/false statement right: the central facts are asked in the
    other kinds, the statement restates a fact of less weight."""
    from collections import Counter

    import spacy

    from quizgen.entities import EntityIndex
    from quizgen.extract import Extraction
    from quizgen.generate import generate

    facts = []
    at = 0
    for i, n in enumerate((120, 340, 560, 780, 910)):
        said = f"Op dag {i + 1} kwamen er {n} bezoekers naar het festival."
        start = at + said.index(str(n))
        came = f"{n} bezoekers"
        part = Part("quantity", came, start, "QUANTITY", answer=came, accepted=(came,),
                    surface=came, surface_start=start)  # fmt: skip
        # The earlier the day, the more central the fact.
        facts.append(Fact("sentence", "", (), said, at, parts=(part,), salience=-0.5 * i))
        at += len(said) + 1
    ents = EntityIndex(spacy.blank("nl")(" ".join(f.sentence for f in facts)))
    extraction = Extraction(facts, ents, Counter())
    quiz = generate(extraction, nl, max_questions=5, seed=1)
    assert len(quiz) == 5
    (statement,) = [q for q in quiz if q.kind == "true_false"]
    assert "910" in statement.prompt or "Op dag 5" in statement.prompt
    assert all(q.kind != "true_false" for q in quiz if "Op dag 1" in q.prompt)
    # When the facts run out before the quiz is full, none is given up for a statement:
    # each stays asked in a kind that tests it.
    short = generate(extraction, nl, max_questions=8, seed=1)
    assert len(short) == 5 and all(q.kind != "true_false" for q in short)


@pytest.mark.parametrize(
    ("prep", "label", "wh"),
    [("met", "PER", "met wie"), ("bij", "ORG", "bij welke organisatie"), ("met", "LOC", None)],
)
def test_a_person_or_organisation_after_a_preposition_is_asked_with_it(
    prep: str, label: str, wh: str | None
) -> None:
    part = Part("party", f"{prep} Kim", 0, label, prep=prep, answer="Kim")
    assert nl.wh_phrase(part) == wh


def test_a_place_the_question_names_is_no_option() -> None:
    """ "afwisselend in Japan en in _____": "Japan" from the curated list would fill the
    blank with the place the sentence already names."""
    from spacy.tokens import Span

    from quizgen.entities import EntityIndex
    from quizgen.generate.distractors import distractors

    prompt = "Zij houden elk jaar een topoverleg, afwisselend in Japan en in _____."
    doc = spacy.blank("nl")("afwisselend in Japan en in Zuid-Korea")
    doc.ents = [Span(doc, 2, 3, label="LOC"), Span(doc, 5, 6, label="LOC")]
    for seed in range(10):
        options = distractors(
            "Zuid-Korea", "LOC", EntityIndex(doc), "nl", random.Random(seed), prompt, set()
        )
        assert options is not None and "Japan" not in options


def test_a_phrase_with_a_place_in_it_gets_no_place_options() -> None:
    """ "in het Wembley-stadion in Londen" is no place name: "in Engeland", "in Wales"
    would be options of another kind."""
    from spacy.tokens import Span

    from quizgen.entities import EntityIndex
    from quizgen.generate.distractors import distractors

    doc = spacy.blank("nl")("Engeland , Schotland , Wales en Ierland en Londen")
    doc.ents = [Span(doc, i, i + 1, label="LOC") for i in (0, 2, 4, 6, 8)]
    index = EntityIndex(doc)
    for answer in ("het Wembley-stadion in Londen", "Londen"):
        options = distractors(answer, "LOC", index, "nl", random.Random(0), "", {"in"})
        assert (options is None) == (answer != "Londen")


def test_a_light_verb_alone_is_no_what_question() -> None:
    """ "Wat heeft het dier?" points at no one answer; with a phrase beside the verb it may
    ("Wat krijgt het dier in het regenwoud?"), but what is had, told only where, is no
    thing done ("Wat heeft het dier in het regenwoud?")."""
    dier = Part("subject", "Het dier", 0, first=True, answer="Het dier")
    rug = Part("object", "een felgele rug", 0, answer="een felgele rug")
    has = Fact("event", "hebben", (), "", 0, finite="heeft", tense="pres", parts=(dier, rug))
    assert nl.question(has, 1) is None
    there = Part("place", "in het regenwoud", 0, prep="in", answer="in het regenwoud")
    assert nl.question(replace(has, parts=(dier, there, rug)), 2) is None
    gets = Fact("event", "krijgen", (), "", 0, finite="krijgt", tense="pres",
                parts=(dier, there, rug))  # fmt: skip
    asked = nl.question(gets, 2)
    assert asked is not None and asked.prompt == "Wat krijgt het dier in het regenwoud?"


def test_an_answer_inside_another_of_its_sentence_is_not_asked_again() -> None:
    """ "Waar …? — in het regenwoud van Suriname" and a blank "… van _____" (Suriname) ask
    one fact twice."""
    from collections import Counter

    from quizgen.entities import EntityIndex
    from quizgen.extract import Extraction
    from quizgen.generate import generate

    sentence = "Biologen hebben in het regenwoud van Suriname een nieuwe kikkersoort ontdekt."
    biologen = Part("subject", "Biologen", 0, first=True, answer="Biologen")
    forest = Part("place", "in het regenwoud van Suriname", 15, "LOC", prep="in",
                  answer="in het regenwoud van Suriname")  # fmt: skip
    frog = Part("object", "een nieuwe kikkersoort", 45, answer="een nieuwe kikkersoort")
    found = Fact("event", "ontdekken", (), sentence, 0, finite="hebben", tense="perf",
                 parts=(biologen, forest, frog, Part("verb", "ontdekt", 68)))  # fmt: skip
    at = sentence.index("Suriname")
    blank = Fact("sentence", "", (), sentence, 0, parts=(
        Part("place", "Suriname", at, "LOC", proper=True, answer="Suriname",
             surface="Suriname", surface_start=at),
    ))  # fmt: skip
    ents = EntityIndex(spacy.blank("nl")(sentence))
    both = Extraction([found, blank], ents, Counter())
    assert len(generate(both, nl, kinds=["short_answer", "cloze"])) == 1


def test_a_price_is_asked_with_hoeveel_alone() -> None:
    fabriek = Part("subject", "De fabriek", 0, first=True, answer="De fabriek")
    sum_ = Part("quantity", "250 miljoen euro", 0, "MONEY", answer="250 miljoen euro")
    cost = Fact("event", "kosten", (), "", 0, finite="kostte", tense="past", parts=(fabriek, sum_))
    asked = nl.question(cost, 1)
    assert asked is not None and asked.prompt == "Hoeveel kostte de fabriek?"
    schade = Part("subject", "De schade", 0, first=True, answer="De schade")
    vague = Part("object", "enkele miljoenen euro's", 0, answer="enkele miljoenen euro's")
    damage = replace(cost, predicate="bedragen", finite="bedraagt", parts=(schade, vague))
    asked = nl.question(damage, 1)
    assert asked is not None and asked.prompt == "Hoeveel bedraagt de schade?"
    missed = replace(cost, predicate="bedraan", finite="bedroeg")
    asked = nl.question(missed, 1)
    assert asked is not None and asked.prompt == "Hoeveel bedroeg de fabriek?"
    spent = replace(cost, predicate="uitgeven", finite="gaf")
    asked = nl.question(spent, 1)
    assert asked is not None and asked.prompt.startswith("Hoeveel geld gaf")


def test_a_question_showing_a_matched_pair_is_asked_with_the_name_alone() -> None:
    from quizgen.generate import Candidate, without_titles

    court = Part("subject", "De rechtbank Gelderland", 0, "ORG", first=True, answer="Gelderland",
                 kind="de rechtbank")  # fmt: skip
    person = Part("object", "de oud-wethouder Gerard Kuipers", 30, "PER",
                  answer="Gerard Kuipers")  # fmt: skip
    sentenced = fact([court, person, Part("verb", "veroordeeld", 70)], finite="heeft", tense="perf")
    asked = nl.question(sentenced, 0)
    assert asked is not None
    assert asked.prompt == "Welke rechtbank heeft de oud-wethouder Gerard Kuipers veroordeeld?"
    c = Candidate(sentenced, asked, "ORG", court, 0, "subject", 1.0)
    plain = without_titles(c, [("gerard kuipers", "oud-wethouder")], nl)
    assert plain is not None
    assert plain.asked.prompt == "Welke rechtbank heeft Gerard Kuipers veroordeeld?"
    assert without_titles(c, [("sanne de vries", "minister")], nl) is None


def test_a_blank_showing_a_matched_pair_leaves_the_function_out() -> None:
    """ "De uitbreiding werd _____ door minister van Cultuur Eline Postma geopend" beside
    "Eline Postma ↔ minister van Cultuur" told the matching question: the blank is asked
    with the name alone, and the source sentence stays the article's."""
    from quizgen.generate import Candidate, blanked, without_titles
    from quizgen.generate.text import titles_of_names
    from quizgen.lang.base import Asked

    said = "De uitbreiding werd zaterdag door minister van Cultuur Eline Postma geopend."
    at = 100
    day = Part("time", "zaterdag", at + 20, "DATE", answer="zaterdag", accepted=("zaterdag",),
               surface="zaterdag", surface_start=at + said.index("zaterdag"))  # fmt: skip
    opened = Fact("sentence", "", (), said, at, parts=(day,))
    c = Candidate(opened, Asked("", "zaterdag", ("zaterdag",)), "DATE", day, 0, "time", 1.0)
    c = replace(c, asked=replace(c.asked, prompt=blanked(c)))
    assert c.asked.prompt == (
        "De uitbreiding werd _____ door minister van Cultuur Eline Postma geopend."
    )
    pairs = [("eline postma", "minister van cultuur"), ("minister van cultuur", "eline postma")]
    plain = without_titles(c, pairs, nl)
    assert plain is not None
    assert plain.asked.prompt == "De uitbreiding werd _____ door Eline Postma geopend."
    assert blanked(plain) == plain.asked.prompt and plain.fact.sentence == said
    # The article goes with its function; a function the name does not follow stays.
    assert titles_of_names("Toen sprak de Noorse premier Ingrid Halvorsen.", [
        ("noorse premier", "ingrid halvorsen")]) == [(11, 29)]  # fmt: skip
    assert titles_of_names("De premier, Ingrid Halvorsen, sprak.", [
        ("premier", "ingrid halvorsen")]) == []  # fmt: skip
    # The portfolio after the name goes with the function, with the organisation's seat.
    told = "Minister Els Dijkhuizen voor Buitenlandse Handel en Ontwikkelingshulp zei dat."
    spans = titles_of_names(told, [("minister", "els dijkhuizen")])
    kept = "".join(ch for k, ch in enumerate(told) if not any(a <= k < b for a, b in spans))
    assert kept == "Els Dijkhuizen zei dat."
    seated = "zegt projectleider Ellen Kuipers van het Instituut voor Atmosfeer in Utrecht."
    spans = titles_of_names(seated, [("projectleider", "ellen kuipers")])
    assert [seated[a:b] for a, b in spans] == [
        " van het Instituut voor Atmosfeer in Utrecht",
        "projectleider ",
    ]
    # A function as the name's apposition goes with its commas.
    said_by = "Volgens Jeroen Wassink, woordvoerder van ProRail, zijn veertig monteurs bezig."
    (cut,) = titles_of_names(said_by, [("woordvoerder van prorail", "jeroen wassink")])
    assert said_by[: cut[0]] + said_by[cut[1] :] == (
        "Volgens Jeroen Wassink zijn veertig monteurs bezig."
    )
    # Nor is a function cut that holds the blank.
    at_cultuur = at + said.index("Cultuur")
    lead = Part("name", "Cultuur", at_cultuur, "MISC", answer="Cultuur", accepted=("Cultuur",),
                surface="Cultuur", surface_start=at_cultuur)  # fmt: skip
    inside = Candidate(replace(opened, parts=(lead,)), c.asked, "MISC", lead, 0, "name", 1.0)
    assert without_titles(inside, pairs, nl) is None


def test_a_blank_leaves_the_dateline_out() -> None:
    """ "GENUA - Kloosterorden zullen _____ meedoen …": the place the report was sent from is
    no part of the sentence a student reads."""
    from collections import Counter

    import spacy

    from quizgen.entities import EntityIndex
    from quizgen.extract import Extraction
    from quizgen.generate import candidates
    from quizgen.lang.base import dateline

    said = "GENUA - Kloosterorden zullen in juli meedoen aan de protesten."
    facts = [sentence_blank(said, "in juli", "time", "DATE")]
    (c,) = candidates(Extraction(facts, EntityIndex(spacy.blank("nl")(said)), Counter()), nl)
    assert c.asked.prompt == "Kloosterorden zullen _____ meedoen aan de protesten."
    assert dateline("DEN HAAG – Het kabinet valt.") == (0, 11)
    # (Parsed apart, the dateline is a sentence of its own.)
    assert dateline("DEN HAAG -") == (0, 10)
    assert dateline("De VS - en Canada - doen mee.") is None


def test_no_wrong_option_is_shown_by_the_question() -> None:
    """ "in de nacht van _____ op maandag": "maandag" is no option."""
    from quizgen.entities import EntityIndex
    from quizgen.generate.distractors import distractors

    ents = EntityIndex(spacy.blank("nl")(""))
    prompt = "Er werd ingebroken in de nacht van _____ op maandag."
    for seed in range(20):
        options = distractors("zondag", "DATE", ents, "nl", random.Random(seed), prompt, set())
        assert options is not None
        assert "maandag" not in options


def test_a_clock_time_gets_other_hours_as_options() -> None:
    options = numbers("9.00", random.Random(0))
    assert options and all(re.fullmatch(r"\d{1,2}\.00", o) for o in options)
    assert "9.00" not in options
    assert all(re.fullmatch(r"\d{1,2}:30 uur", o) for o in numbers("14:30 uur", random.Random(1)))


def test_race_times_and_odd_numbers_get_fitting_options_or_none() -> None:
    """ "2.18.40 uur" crashed the options (it is no decimal number); "12.5.3" has none."""
    options = numbers("2.18.40 uur", random.Random(0))
    assert options and all(re.fullmatch(r"2\.\d{2}\.40 uur", o) for o in options)
    assert numbers("12.5.3", random.Random(0)) == []


def test_a_thousand_million_is_written_as_billions() -> None:
    options = numbers("650 miljoen euro", random.Random(0))
    assert "1,3 miljard euro" in options
    assert not any(re.match(r"\d{4} miljoen", o) for o in options)
    # Half a million is "500.000 euro", not "0,5 miljoen euro".
    assert "500.000 euro" in numbers("1,5 miljoen euro", random.Random(0))
    # And less than a billion as millions: "600 miljoen euro" near "1,6 miljard euro".
    options = numbers("1,6 miljard euro", random.Random(0))
    assert "600 miljoen euro" in options
    assert not any(o.startswith("0,") for o in options)


def test_a_small_decimal_takes_options_near_it() -> None:
    """ "met een kracht van 5,9 op de schaal van Richter": not "11,8"."""
    options = numbers("5,9", random.Random(0))
    assert options and all(abs(float(o.replace(",", ".")) - 5.9) <= 1.5 for o in options)
    assert all(re.fullmatch(r"\d,\d", o) for o in options)


def test_a_named_organisation_as_object_is_asked_in_the_passive_or_not_at_all() -> None:
    """ "Welke organisatie heeft Philips overgenomen?" could ask for either company."""
    philips = Part("subject", "Philips", 0, "ORG", first=True, proper=True, answer="Philips")
    bought = Part("object", "Terra", 10, "ORG", proper=True, answer="Terra")
    took = fact([philips, bought, Part("verb", "overgenomen", 20)], finite="heeft", tense="perf")
    asked = nl.question(took, 1)
    assert asked is not None
    assert asked.prompt == "Welke organisatie is door Philips overgenomen?"
    simple = fact([philips, bought], finite="kocht", tense="past")
    assert nl.question(simple, 1) is None


def test_an_object_for_a_person_is_asked_with_wie_in_the_passive_not_with_wat() -> None:
    """ "Wat heeft de politie aangehouden? — een 52-jarige man": a person is no "wat"; and
    "Wie heeft de politie aangehouden?" could ask for either side."""
    police = Part("subject", "De politie", 0, "ORG", first=True, answer="de politie")
    man = Part("object", "een 52-jarige man uit Delft", 20, answer="een 52-jarige man")
    held = Part("verb", "aangehouden", 40)
    asked = nl.question(fact([police, man, held], finite="heeft", tense="perf"), 1)
    assert asked is not None and asked.prompt == "Wie is door de politie aangehouden?"
    assert nl.question(fact([police, man], finite="hield", tense="past"), 1) is None
    # A function is a thing to want: "Wat hadden veel fans liever gezien?".
    fans = Part("subject", "Veel fans", 0, first=True, answer="veel fans")
    coach = Part("object", "een Nederlandse trainer", 20, answer="een Nederlandse trainer")
    seen = fact([fans, coach, Part("verb", "liever gezien", 40)], finite="hadden", tense="perf")
    asked = nl.question(seen, 1)
    assert asked is not None and asked.prompt.startswith("Wat hadden veel fans")


def test_a_wh_question_does_not_point_at_people_it_does_not_name() -> None:
    from quizgen.generate import Candidate, passes_gate

    ensor = Part("subject", "Ensor", 0, "PER", first=True, proper=True, answer="Ensor")
    them = Part("object", "hen", 6, answer="hen")
    fooled = fact([ensor, them, Part("verb", "voor gek staan", 10)], finite="laat")
    asked = nl.question(fooled, 0)
    assert asked is not None and asked.prompt == "Wie laat hen voor gek staan?"
    assert not passes_gate(Candidate(fooled, asked, "PER", ensor, 0, "subject", 1.0))
    # "Met hoeveel procent daalde hun omzet?": whose? But "… van hun bedrijf krijgen boeren
    # die vrijwillig stoppen?" names the group "hun" stands for.
    turnover = Part("subject", "hun omzet", 0, first=True, answer="hun omzet")
    fell = Part("quantity", "met 70 procent", 10, "PERCENT", prep="met", answer="70 procent")
    dropped = fact([turnover, fell], finite="daalde", tense="past")
    asked = nl.question(dropped, 1)
    assert asked is not None and asked.prompt == "Met hoeveel procent daalde hun omzet?"
    assert not passes_gate(Candidate(dropped, asked, "PERCENT", fell, 1, "quantity", 1.0))
    farmers = replace(turnover, text="boeren die stoppen", answer="boeren", plural=True)
    share = Part("quantity", "70 procent van hun bedrijf", 20, "PERCENT", answer="70 procent")
    gets = fact([farmers, share], finite="krijgen")
    asked = nl.question(gets, 1)
    assert asked is not None and "hun" in asked.prompt
    assert passes_gate(Candidate(gets, asked, "PERCENT", share, 1, "quantity", 1.0))


def test_a_wh_question_with_zijn_or_haar_needs_someone_it_is_of() -> None:
    """ "Hoeveel mensen werden in zijn dorp maandag … gehaald?": whose village? A singular
    possessive needs a singular subject in the question ("Wanneer brak de keeper zijn
    enkel?")."""
    from quizgen.generate import Candidate, askable

    people = Part("subject", "twaalf mensen", 0, "QUANTITY", first=True, answer="twaalf mensen",
                  plural=True)  # fmt: skip
    village = Part("other", "in zijn dorp", 20, prep="in")
    saved = fact([people, village, Part("verb", "gehaald", 40)], finite="werden",
                 tense="past", passive=True)  # fmt: skip
    asked = nl.question(saved, 0)
    assert asked is not None and "zijn dorp" in asked.prompt
    assert not askable(Candidate(saved, asked, "QUANTITY", people, 0, "subject", 1.0), nl)
    keeper = Part("subject", "de keeper", 0, first=True, answer="de keeper")
    ankle = Part("object", "zijn enkel", 10, answer="zijn enkel")
    when = Part("time", "zaterdag", 20, "DATE", answer="zaterdag")
    broke = fact([keeper, ankle, when, Part("verb", "gebroken", 30)], finite="heeft",
                 tense="perf")  # fmt: skip
    asked = nl.question(broke, 2)
    assert asked is not None and asked.prompt == "Wanneer heeft de keeper zijn enkel gebroken?"
    assert askable(Candidate(broke, asked, "DATE", when, 2, "time", 1.0), nl)


def test_date_options_are_dates_that_exist() -> None:
    from quizgen.generate.distractors import dates

    options = dates("Op 30 maart 1945", "nl", random.Random(0))
    assert options and "Op 30 februari 1945" not in options
    assert all("februari" not in o for o in dates("op 29 maart 2023", "nl", random.Random(0)))


def test_options_of_a_date_with_its_weekday_keep_the_weekday_true() -> None:
    """ "op maandag 28 juli" had "op maandag 28 april" and "op maandag 28 mei" as options:
    another month's 28th is another weekday, an option wrong by its form. Whole weeks
    within the month keep the weekday true; a leap year's February has its 29th."""
    from quizgen.generate.distractors import dates

    options = dates("op maandag 28 juli", "nl", random.Random(0))
    assert options == ["op maandag 21 juli", "op maandag 14 juli", "op maandag 7 juli"]
    leap = dates("zaterdag 1 februari 2020", "nl", random.Random(0))
    assert leap == [f"zaterdag {d} februari 2020" for d in (8, 15, 22, 29)]
    assert "28 mei" in " ".join(dates("28 juli", "nl", random.Random(0)))


def test_a_month_the_ner_took_for_a_person_is_no_option() -> None:
    from quizgen.entities import EntityIndex
    from quizgen.generate.distractors import names

    words = ["Jan", "Smit", ",", "Piet", "Bos", ",", "Oktober", "en", "Kees", "Mol", "."]
    tags = ["B-PER", "I-PER", "O", "B-PER", "I-PER", "O", "B-PER", "O", "B-PER", "I-PER", "O"]
    index = EntityIndex(Doc(spacy.blank("nl").vocab, words=words, ents=tags))
    index.persons.update({"Jan Smit", "Piet Bos", "Oktober", "Kees Mol"})
    options = names("Jan Smit", "PER", index, "nl", "", random.Random(0))
    assert "Oktober" not in options and "Piet Bos" in options


def test_how_many_with_nothing_but_er_is_not_asked() -> None:
    """ "Er werkten 400 mensen.": "Hoeveel mensen werkten er?" — where?"""
    er = Part("other", "er", 0, answer="er")
    people = Part("subject", "400 mensen", 10, "QUANTITY", answer="400 mensen")
    worked = fact([er, people], finite="werkten", tense="past")
    assert nl.question(worked, 1) is None
    there = Part("place", "in de hal", 25, "LOC", prep="in", answer="in de hal")
    asked = nl.question(fact([er, people, there], finite="werkten", tense="past"), 1)
    assert asked is not None and asked.prompt == "Hoeveel mensen werkten er in de hal?"


def test_a_round_amount_of_millions_drops_its_zero_decimal() -> None:
    options = numbers("1,5 miljoen euro", random.Random(0))
    assert "3 miljoen euro" in options and "3,0 miljoen euro" not in options


def test_a_cause_with_aan_is_no_phrase_a_question_can_leave_out() -> None:
    """ "Volgens wie is het record vooral te danken?" lacks what "te danken" needs."""
    assert not nl.omittable(Part("cause", "aan het mooie weer", 0, prep="aan"))
    assert nl.omittable(Part("cause", "door de storm", 0, prep="door"))


def test_with_or_at_whom_is_a_phrase_a_question_can_leave_out() -> None:
    """ "Vanaf wanneer kunnen schoolbesturen een aanvraag indienen [bij de Dienst Uitvoering
    Onderwijs]?" shows the answer of "Bij welke organisatie …?": it is asked without it."""
    boards = Part("subject", "Schoolbesturen", 0, first=True, answer="schoolbesturen")
    since = Part("time", "vanaf april", 20, "DATE", prep="vanaf", answer="vanaf april")
    request = Part("object", "een aanvraag", 35, answer="een aanvraag")
    verb = Part("verb", "indienen", 48)
    duo = Part("party", "bij de Dienst Uitvoering Onderwijs", 57, "ORG", prep="bij",
               answer="Dienst Uitvoering Onderwijs")  # fmt: skip
    assert nl.omittable(duo)
    apply = fact([boards, since, request, verb, duo], finite="kunnen")
    asked = nl.question(apply, 1, frozenset({4}))
    assert asked is not None
    assert asked.prompt == "Vanaf wanneer kunnen schoolbesturen een aanvraag indienen?"
    # A direction is no such phrase: "naar Japan reizen" needs it.
    assert not nl.omittable(replace(duo, prep="naar", text="naar Japan"))


def test_a_cause_of_one_common_noun_is_too_thin_to_ask() -> None:
    from quizgen.generate import Candidate, askable

    team = Part("subject", "De ploeg", 0, first=True, answer="de ploeg")
    win = Part("cause", "door de zege", 10, prep="door", answer="door de zege")
    rise = Part("place", "naar de tiende plaats", 25, prep="naar", answer="naar de tiende plaats")
    climbs = fact([team, win, rise], finite="klimt")
    asked = nl.question(climbs, 1)
    assert asked is not None and asked.prompt == "Waardoor klimt de ploeg naar de tiende plaats?"
    assert not askable(Candidate(climbs, asked, "", win, 1, "cause", 1.0), nl)
    # "door een kapotte bovenleiding" tells the reason; so does a compound alone, "Waarom werd
    # de omgeving afgezet? — vanwege het explosiegevaar".
    for reason in ("door een kapotte bovenleiding", "vanwege het explosiegevaar"):
        told = Part("cause", reason, 10, prep=reason.split()[0], answer=reason)
        stops = fact([team, told], finite="stopt")
        asked = nl.question(stops, 1)
        assert asked is not None
        assert askable(Candidate(stops, asked, "", told, 1, "cause", 1.0), nl)


def test_a_temperature_takes_near_temperatures_as_options() -> None:
    options = numbers("37,5 graden", random.Random(0))
    assert options and all(34 <= float(o.split()[0].replace(",", ".")) <= 41 for o in options)


def test_a_bare_count_takes_near_counts_as_options() -> None:
    """ "aangenomen met _____ tegen 15 stemmen — 22" had 66, 44 and 33 as options: a bare
    count below a hundred (votes, seats) takes counts near it; a counted noun keeps its
    wider spread ("45 doden")."""
    options = numbers("22", random.Random(0))
    assert options and all(16 <= int(o) <= 28 for o in options)
    assert any(int(o.split()[0]) > 60 for o in numbers("45 doden", random.Random(0)))


def test_a_measure_is_asked_by_its_unit() -> None:
    """ "tot een gevangenisstraf van twee jaar" → "Tot hoeveel jaar gevangenisstraf …?"; a
    noun that is no measure ("een meisje van zeven jaar") is not asked so."""
    court = Part("subject", "De rechter", 0, "ORG", first=True, answer="de rechter")
    jan = Part("object", "Jan Smit", 11, "PER", proper=True, answer="Jan Smit")
    term = Part("quantity", "tot een gevangenisstraf van twee jaar", 20, "QUANTITY", prep="tot",
                answer="twee jaar")  # fmt: skip
    sentenced = fact([court, jan, term], finite="veroordeelde", tense="past")
    asked = nl.question(sentenced, 2)
    assert asked is not None
    assert asked.prompt == "Tot hoeveel jaar gevangenisstraf veroordeelde de rechter Jan Smit?"
    girl = Part("quantity", "een meisje van zeven jaar", 0, "QUANTITY", first=True,
                answer="zeven jaar")  # fmt: skip
    rescued = fact([girl, Part("verb", "gered", 30)], finite="werd", tense="past", passive=True)
    assert nl.question(rescued, 0) is None


def test_a_score_is_asked_with_welke_score_and_takes_scores_of_the_same_outcome() -> None:
    from quizgen.generate.distractors import scores

    zwolle = Part("subject", "PEC Zwolle", 0, "ORG", first=True, proper=True, answer="PEC Zwolle")
    derby = Part("object", "de IJsselderby", 20, answer="de IJsselderby")
    score = Part("score", "met 3-1", 40, "SCORE", prep="met", answer="3-1", accepted=("3-1",))
    won = fact([zwolle, derby, score, Part("verb", "gewonnen", 50)], finite="heeft", tense="perf")
    asked = nl.question(won, 2)
    assert (
        asked is not None
        and asked.prompt == "Met welke score heeft PEC Zwolle de IJsselderby gewonnen?"
    )
    # The score may be left out of a question about the winner.
    assert nl.omittable(score)
    assert set(scores("3-1", random.Random(0))) == {
        "4-1",
        "2-1",
        "3-0",
        "4-2",
        "2-0",
        "5-1",
        "3-2",
        "5-3",
    }
    assert all(int(a) < int(b) for a, b in (s.split("-") for s in scores("3-5", random.Random(0))))
    assert set(scores("1-1", random.Random(0))) == {"0-0", "2-2", "3-3"}


def test_a_false_statement_keeps_the_preposition_of_what_it_swaps() -> None:
    """ "De Ieren verloren zaterdag met 1-3 van Oostenrijk" made "… zaterdag 1-5 van …": the
    answer is the phrase without its preposition, the statement needs it."""
    from collections import Counter

    import spacy

    from quizgen.entities import EntityIndex
    from quizgen.extract import Extraction
    from quizgen.generate import generate
    from quizgen.records import FALSE

    said = "De Ieren verloren zaterdag met 1-3 van Oostenrijk."
    parts = (
        Part("subject", "De Ieren", 0, first=True, answer="de Ieren"),
        Part("time", "zaterdag", 18, "DATE", answer="zaterdag", accepted=("zaterdag",)),
        Part("score", "met 1-3", 27, "SCORE", prep="met", answer="1-3", accepted=("1-3",),
             surface="1-3", surface_start=31),
        Part("other", "van Oostenrijk", 35, prep="van"),
    )  # fmt: skip
    lost = Fact("event", "verliezen", (), said, 0, finite="verloren", tense="past", parts=parts)
    ents = EntityIndex(spacy.blank("nl")(said))
    statements = [
        q.prompt
        for seed in range(12)
        for q in generate(Extraction([lost], ents, Counter()), nl, seed=seed, kinds=["true_false"])
        if q.answer == FALSE and "1-3" not in q.prompt
    ]
    assert statements and all(re.search(r" met \d-\d van ", s) for s in statements)


def test_a_foreign_city_takes_cities_of_its_continent() -> None:
    """ "Onderweg stopt hij in Hamburg": not "Los Angeles" among the options."""
    from quizgen.generate.distractors import same_region

    near = same_region("Hamburg", "nl")
    assert "Kopenhagen" in near and "Los Angeles" not in near and "Hamburg" not in near
    assert "Tokio" in same_region("Seoul", "nl")


def test_a_round_spelled_number_takes_round_spelled_options() -> None:
    """ "dertig jaar" took "elf jaar" (nearest by value); round numbers take round ones."""
    tens = {
        "tien",
        "twintig",
        "veertig",
        "vijftig",
        "zestig",
        "zeventig",
        "tachtig",
        "negentig",
        "honderd",
    }
    options = numbers("dertig jaar", random.Random(0))
    assert options and {o.split()[0] for o in options} <= tens
    assert {o.split()[0] for o in numbers("drie keer", random.Random(0))} <= {
        "twee",
        "vier",
        "vijf",
        "zes",
        "zeven",
        "acht",
    }


def test_percent_options_stay_below_a_hundred() -> None:
    """ "68 procent" took "100 procent" (twice the half): all of them is no fair guess."""
    for seed in range(5):
        options = numbers("68 procent", random.Random(seed))
        assert options and all(float(o.split()[0]) < 100 for o in options)


def test_a_bare_function_ranks_below_one_that_says_of_what() -> None:
    """ "Welke functie heeft Sanne Brouwer? — directeur": one noun says little, and ranks
    below "hoogleraar microbiologie" (and below its sentence's number blank)."""
    from collections import Counter

    import spacy

    from quizgen.entities import EntityIndex
    from quizgen.extract import Extraction
    from quizgen.generate import candidates
    from quizgen.records import Role

    def title(function: str) -> Fact:
        roles = (
            ("agent", Role("Sanne Brouwer", "Sanne Brouwer", "PER", 0, 13)),
            ("attribute", Role(f"de {function}", function, "ROLE", 14, 20)),
            ("function", Role(function.split()[0], function.split()[0], "ROLE", 14, 20)),
        )
        return Fact("title", function.split()[0], roles, "Sanne Brouwer zei het.", 0)

    ents = EntityIndex(spacy.blank("nl")("Sanne Brouwer zei het."))
    score = {
        c.asked.answer: c.score
        for f in (title("directeur"), title("hoogleraar microbiologie"))
        for c in candidates(Extraction([f], ents, Counter()), nl)
        if c.topic == "function"
    }
    assert score["directeur"] < score["hoogleraar microbiologie"] - 0.5


def test_no_question_tells_the_answer_of_one_about_another_sentence() -> None:
    """ "Sinds wanneer geldt een maximumsnelheid van 100 kilometer per uur?" beside "Het
    kabinet verlaagt de maximumsnelheid niet naar _____ per uur.": the one shows the other's
    answer beside a word of its prompt. A name both merely mention is the article's topic."""
    from quizgen.generate import Candidate, Sheet
    from quizgen.lang.base import Asked
    from quizgen.records import Question

    class Made:
        def make(self, c: Candidate, kind: str) -> Question:
            return Question("", kind, c.asked.prompt, c.asked.answer)

    def blank(at: int, said: str, answer: str) -> Candidate:
        fact = Fact(
            "sentence", "", (), said, at, parts=(Part("quantity", answer, 0, answer=answer),)
        )
        prompt = said.replace(answer, "_____")
        return Candidate(
            fact, Asked(prompt, answer, (answer,)), "", fact.parts[0], 0, "quantity", 1.0
        )

    sheet = Sheet(Made(), nl, set())  # type: ignore[arg-type]
    first = blank(0, "Sinds 2020 geldt een maximumsnelheid van 100 kilometer per uur.", "2020")
    assert sheet.add(first, "cloze") is True
    told = blank(80, "Het kabinet verlaagt de maximumsnelheid niet naar 100 kilometer per uur.",
                 "100 kilometer")  # fmt: skip
    assert sheet.add(told, "cloze") is False
    other = blank(
        160, "Een elektrische auto rijdt op een volle accu 100 kilometer.", "100 kilometer"
    )
    assert sheet.add(other, "cloze") is True


def test_the_one_source_a_question_asks_for_is_not_shown_by_another() -> None:
    """ "Volgens wie konden de prijzen … worden doorberekend? — Hanneke Dijkstra" beside
    "Waaraan is de winst volgens Hanneke Dijkstra vooral te danken?": the second is asked
    without its source; a source question after it is not asked at all."""
    from quizgen.generate import Candidate, Sheet
    from quizgen.records import Question

    class Made:
        def make(self, c: Candidate, kind: str) -> Question:
            return Question("", kind, c.asked.prompt, c.asked.answer)

    said = Part("source", "Volgens Hanneke Dijkstra", 100, "PER", first=True, prep="volgens",
                answer="Hanneke Dijkstra")  # fmt: skip
    prices = Part("subject", "de prijzen", 125, answer="de prijzen")
    passed = fact([said, prices, Part("verb", "doorberekend", 140)], finite="konden")
    passed = replace(passed, sentence_start=100)
    profit = Part("subject", "de winst", 210, answer="de winst")
    sales = Part("cause", "aan de verkoop van kaas", 240, prep="aan",
                 answer="aan de verkoop van kaas")  # fmt: skip
    mostly = Part("other", "vooral", 220)
    owed = Part("verb", "te danken", 227)
    thanks = replace(fact([replace(said, start=200), profit, mostly, owed, sales], finite="is"),
                     sentence_start=200)  # fmt: skip

    def candidate(f: Fact, index: int) -> Candidate:
        asked = nl.question(f, index)
        assert asked is not None
        return Candidate(f, asked, f.parts[index].label, f.parts[index], index,
                         f.parts[index].role, 1.0)  # fmt: skip

    sheet = Sheet(Made(), nl, set())  # type: ignore[arg-type]
    assert sheet.add(candidate(passed, 0), "short_answer") is True
    assert sheet.add(candidate(thanks, 4), "short_answer") is True
    assert sheet.questions[-1].prompt == "Waaraan is de winst vooral te danken?"
    sheet = Sheet(Made(), nl, set())  # type: ignore[arg-type]
    assert sheet.add(candidate(thanks, 4), "short_answer") is True
    assert "volgens Hanneke Dijkstra" in sheet.questions[-1].prompt
    assert sheet.add(candidate(passed, 0), "short_answer") is False


def test_a_source_that_points_back_is_left_out_of_the_question() -> None:
    """ "Wie blijft volgens de organisatie vooral investeren in olie en gas?": which one? "de
    organisatie" stands for a name the text gave before; "volgens de politie" says who."""
    shell = Part("subject", "Shell", 20, "ORG", proper=True, answer="Shell")
    invests = Part("other", "vooral investeren in olie en gas", 40)

    def asked(source: str) -> str:
        said = Part("source", source, 0, first=True, prep="volgens", answer=source)
        q = nl.question(fact([said, shell, invests], finite="blijft"), 1)
        assert q is not None
        return q.prompt

    assert asked("Volgens de organisatie") == "Wie blijft vooral investeren in olie en gas?"
    assert "volgens de politie" in asked("Volgens de politie")


def test_a_share_takes_shares_near_it() -> None:
    """ "28,5 procent van de stemmen" took "85,5 procent" (three times): shares stay near."""
    for seed in range(5):
        options = numbers("28,5 procent", random.Random(seed))
        values = [float(o.split()[0].replace(",", ".")) for o in options]
        assert values and all(28.5 * 0.55 <= v <= 28.5 * 1.65 for v in values)


def test_half_of_zowel_als_is_no_question() -> None:
    """ "Wie filmde zowel in New York?": the parse cut "zowel … als …" in two."""
    from quizgen.generate import Candidate, passes_gate

    jasmina = Part("subject", "Jasmina", 0, "PER", first=True, proper=True, answer="Jasmina")
    where = Part("other", "zowel in New York", 10)
    filmed = fact([jasmina, where], finite="filmde", tense="past")
    asked = nl.question(filmed, 0)
    assert asked is not None and asked.prompt == "Wie filmde zowel in New York?"
    assert not passes_gate(Candidate(filmed, asked, "PER", jasmina, 0, "subject", 1.0))
    both = replace(where, text="zowel in New York als in Parijs")
    filmed = fact([jasmina, both], finite="filmde", tense="past")
    asked = nl.question(filmed, 0)
    assert asked is not None
    assert passes_gate(Candidate(filmed, asked, "PER", jasmina, 0, "subject", 1.0))


def test_a_share_near_all_takes_options_below_and_none_that_show_as_a_hundred() -> None:
    """ "83,3 procent" took "100,0 procent" (83,3 times 1,2 is 99,96); now shares below it."""
    options = numbers("83,3 procent", random.Random(0))
    assert len(options) >= 3 and all(float(o.split()[0].replace(",", ".")) < 83.3 for o in options)


def test_a_cause_is_as_long_as_its_words_after_the_preposition() -> None:
    """ "Waaraan is de winst vooral te danken? — aan de verkoop van kaas en babyvoeding in
    Azië": the "aan" is the question's, the answer eight words (a reason may have
    twelve)."""
    from quizgen.generate import Candidate, passes_gate

    profit = Part("subject", "de winst", 0, first=True, answer="de winst")
    text = "aan de verkoop van kaas en babyvoeding in Azië"
    sales = Part("cause", text, 20, prep="aan", answer=text)
    thanks = fact([profit, Part("verb", "te danken", 10), sales], finite="is")
    asked = nl.question(thanks, 2)
    assert asked is not None and asked.prompt == "Waaraan is de winst te danken?"
    assert passes_gate(Candidate(thanks, asked, "", sales, 2, "cause", 1.0))
    # Thirteen words after it are too many.
    more = f"{text} en in Afrika, Europa en Zuid-Amerika"
    longer = replace(sales, text=more, answer=more)
    asked = replace(asked, answer=longer.answer, accepted=())
    assert not passes_gate(Candidate(thanks, asked, "", longer, 2, "cause", 1.0))


def test_an_answer_in_the_first_person_is_a_quotes() -> None:
    """ "Wat kunnen robots overnemen? — het werk van ons": whose work?"""
    from quizgen.generate import Candidate, passes_gate

    robots = Part("subject", "Robots", 0, first=True, answer="robots")
    for text, ok in (("het werk van ons", False), ("het werk van schoonmakers", True)):
        work = Part("object", text, 20, answer=text)
        can = fact([robots, work, Part("verb", "overnemen", 40)], finite="kunnen")
        asked = nl.question(can, 1)
        assert asked is not None and asked.prompt == "Wat kunnen robots overnemen?"
        assert passes_gate(Candidate(can, asked, "", work, 1, "object", 1.0)) is ok


def test_who_said_it_ranks_below_what_was_said() -> None:
    """ "Volgens wie is het record vooral te danken aan het mooie weer?" shows the answer of
    the question about the cause: of the two, the cause is asked."""
    from quizgen.generate import Candidate, sources_last

    said = Part("source", "Volgens Sophie van Dam", 0, "PER", first=True, prep="volgens",
                answer="Sophie van Dam")  # fmt: skip
    record = Part("subject", "het record", 30, answer="het record")
    weather = Part("cause", "aan het mooie weer", 50, prep="aan", answer="aan het mooie weer")
    thanks = fact([said, record, weather], finite="is")
    source = nl.question(thanks, 0)
    cause = nl.question(thanks, 2)
    assert source is not None and cause is not None
    pool = [
        Candidate(thanks, source, "PER", said, 0, "source", 4.2),
        Candidate(thanks, cause, "", weather, 2, "cause", 3.2),
    ]
    ranked = sorted(sources_last(pool), key=lambda c: -c.score)
    assert [c.topic for c in ranked] == ["cause", "source"]
    # A source whose sentence has nothing else to ask keeps its score; a blank of the
    # sentence is something else to ask, a blank of the source itself is not.
    alone = sources_last(pool[:1])
    assert alone[0].score == 4.2
    blank = Fact("sentence", "", (), "", 0, parts=(weather,))
    other = Candidate(
        blank, replace(cause, prompt="… te danken _____."), "", weather, 0, "cause", 2.0
    )
    assert sources_last([pool[0], other])[0].score < 2.0
    named = Part("name", "Sophie van Dam", 8, "PER", answer="Sophie van Dam")
    itself = Candidate(replace(blank, parts=(named,)), replace(source, prompt="Volgens _____ …"),
                       "PER", named, 0, "name", 2.0)  # fmt: skip
    assert sources_last([pool[0], itself])[0].score == 4.2


def test_a_decimal_comma_opens_no_insertion() -> None:
    """ "Welk aandeel sloot gisteren 1,5 pond, lager op 461 pond?": the comma of "1,5" is no
    comma an insertion closes."""
    assert nl.close_commas(["sloot", "1,5 pond", "lager"]) == ["sloot", "1,5 pond", "lager"]
    assert nl.close_commas(["de bacterie, die zij vonden", "is"]) == [
        "de bacterie, die zij vonden,",
        "is",
    ]


def test_one_sentence_gives_one_blank() -> None:
    """ "Onderzoekers van de _____ vonden een bacterie." beside "Onderzoekers vonden bij _____
    een bacterie." (each leaving out the phrase with the other's answer) is one sentence
    shown twice with a different hole, and reads as one question asked twice ("Sinds de
    opening _____ kwamen …" and "Sinds de opening kwamen … sinds _____"): a sentence gives
    one fill-in-the-blank, the first it is asked for."""
    said = "Onderzoekers van de Universiteit Leiden vonden bij Alkmaar een bacterie."
    leiden, alkmaar = " van de Universiteit Leiden", " bij Alkmaar"
    asides = tuple((said.index(p), said.index(p) + len(p)) for p in (leiden, alkmaar))

    def blank(role: str, answer: str, label: str) -> Fact:
        return replace(sentence_blank(said, answer, role, label, proper=True), asides=asides)

    quiz = quiz_of([blank("name", "Universiteit Leiden", "ORG"), blank("place", "Alkmaar", "LOC")])
    assert len(quiz) == 1
    assert quiz[0].prompt == "Onderzoekers van de _____ vonden bij Alkmaar een bacterie."


def test_a_person_another_question_answers_is_asked_for_their_function() -> None:
    """ "Wie wil …? — Jelle Hofstra" and "Wie is de voorzitter van Melkveehouders Noord? —
    Jelle Hofstra" asked one name twice; the function is the other answer the fact has."""
    from collections import Counter

    from quizgen.entities import EntityIndex
    from quizgen.extract import Extraction
    from quizgen.generate import generate
    from quizgen.records import Role

    name = "Jelle Hofstra"
    wants = Fact("event", "willen", (), f"{name} wil een hogere melkprijs.", 0, finite="wil",
                 parts=(Part("subject", name, 0, "PER", first=True, proper=True, answer=name),
                        Part("object", "een hogere melkprijs", 18, answer="een hogere melkprijs")),
                 salience=5.0)  # fmt: skip
    title = title_fact(name, "voorzitter", f"Voorzitter {name} van de bond zei nee.", "past")
    domain = ("domain", Role("de bond", "de bond", "ORG", 0, 0))
    title = replace(title, roles=(*title.roles, domain), sentence_start=100)
    ents = EntityIndex(spacy.blank("nl")(f"{wants.sentence} {title.sentence}"))
    quiz = generate(Extraction([wants, title], ents, Counter()), nl, kinds=["short_answer"])
    assert sorted(q.prompt for q in quiz) == [
        "Welke functie heeft Jelle Hofstra?",
        "Wie wil een hogere melkprijs?",
    ]


def test_the_reflexive_follows_the_subject() -> None:
    """ "Volgens Roy Jakobs kan Philips zich … richten op medische technologie": "zich" goes
    with the subject wherever the question puts it, and right after the verb when the
    subject is asked."""
    focus = fact([
        Part("source", "Volgens Roy Jakobs", 0, "PER", first=True, prep="volgens",
             answer="Roy Jakobs"),
        Part("subject", "Philips", 19, "ORG", proper=True, answer="Philips"),
        Part("other", "zich", 31),
        Part("time", "na de verkoop", 36, "DATE", prep="na", answer="na de verkoop"),
        Part("other", "op medische technologie", 50, prep="op"),
        Part("verb", "richten", 60),
    ], finite="kan")  # fmt: skip
    asked = {i: nl.question(focus, i) for i in (0, 1, 3)}
    assert {i: a.prompt if a else None for i, a in asked.items()} == {
        0: "Volgens wie kan Philips zich na de verkoop op medische technologie richten?",
        1: "Wie kan zich volgens Roy Jakobs na de verkoop op medische technologie richten?",
        3: "Wanneer kan Philips zich volgens Roy Jakobs op medische technologie richten?",
    }


def test_a_phrase_keeps_what_it_can_when_it_drops_a_shown_answer() -> None:
    """ "Volgens wie dreigt Nederland het doel voor 2030 te missen?" beside the blank "… het
    doel _____ te missen": the object drops its noun's phrase that shows the other answer
    and stays ("het doel"), where the question could not be asked without the object."""
    from quizgen.generate import Candidate, without_shown

    said = "Volgens het PBL dreigt Nederland het doel voor 2030 te missen."
    aside = " voor 2030"
    missed = Fact(
        "event", "dreigen", (), said, 100, finite="dreigt",
        parts=(
            Part("source", "Volgens het PBL", 100, "ORG", first=True, prep="volgens",
                 answer="PBL", accepted=("PBL",)),
            Part("subject", "Nederland", 100 + said.index("Nederland"), "LOC", proper=True,
                 answer="Nederland"),
            Part("object", "het doel voor 2030", 100 + said.index("het doel"),
                 answer="het doel voor 2030"),
            Part("verb", "te missen", 100 + said.index("te missen")),
        ),
        asides=((said.index(aside), said.index(aside) + len(aside)),),
    )  # fmt: skip
    asked = nl.question(missed, 0)
    assert asked is not None
    c = Candidate(missed, asked, "ORG", missed.parts[0], 0, "source", 1.0)
    again = without_shown(c, ["voor 2030"], nl, set())
    assert again is not None
    assert again.asked.prompt == "Volgens wie dreigt Nederland het doel te missen?"
    # Without the aside there is nothing to drop: the object cannot be left out.
    assert (
        without_shown(replace(c, fact=replace(missed, asides=())), ["voor 2030"], nl, set()) is None
    )


def test_one_event_is_asked_when_once() -> None:
    """ "De beving vond maandagnacht om 3.24 uur plaats" gave "Wanneer vond de beving
    plaats?" and "Hoe laat vond de beving plaats?": one question asked twice."""
    said = "De beving vond maandagnacht om 3.24 uur plaats."
    quake = Fact("event", "plaatsvinden", (), said, 0, finite="vond", parts=(
        Part("subject", "De beving", 0, first=True, answer="de beving"),
        Part("time", "maandagnacht", 15, "DATE", answer="maandagnacht"),
        Part("time", "om 3.24 uur", 28, "TIME", prep="om", answer="om 3.24 uur"),
        Part("verb", "plaats", 40),
    ))  # fmt: skip
    from collections import Counter

    from quizgen.entities import EntityIndex
    from quizgen.extract import Extraction
    from quizgen.generate import generate

    ents = EntityIndex(spacy.blank("nl")(said))
    quiz = generate(Extraction([quake], ents, Counter()), nl, kinds=["short_answer"])
    assert [q.prompt for q in quiz] == ["Wanneer vond de beving plaats?"]


def test_a_statement_leaves_out_what_its_question_left_out() -> None:
    """ "Met welke score verloren de Ieren van Oostenrijk?" leaves out "zaterdag" for
    another question; a true/false statement of the clause does so too, and one without
    its subject is none."""
    from collections import Counter

    from quizgen.entities import EntityIndex
    from quizgen.extract import Extraction
    from quizgen.generate import Builder, Candidate

    said = "De Ieren verloren zaterdag met 1-2 van Oostenrijk."
    lost = Fact("event", "verliezen", (), said, 0, finite="verloren", tense="past", parts=(
        Part("subject", "De Ieren", 0, first=True, answer="de Ieren"),
        Part("time", "zaterdag", 18, "DATE", answer="zaterdag"),
        Part("score", "met 1-2", 27, "SCORE", prep="met", answer="1-2"),
        Part("other", "van Oostenrijk", 35, prep="van"),
    ))  # fmt: skip
    builder = Builder(Extraction([lost], EntityIndex(spacy.blank("nl")(said)), Counter()), nl, 0)
    asked = nl.question(lost, 2, frozenset({1}))
    assert asked is not None
    c = Candidate(lost, asked, "SCORE", lost.parts[2], 2, "score", 1.0, omitted=frozenset({1}))
    statements = [builder.make(replace(c, asked=replace(asked, prompt=f"{k}")), "true_false")
                  for k in range(8)]  # fmt: skip
    made = [q.prompt for q in statements if q is not None]
    assert made and all("zaterdag" not in p for p in made)
    assert builder.make(replace(c, omitted=frozenset({0})), "true_false") is None


def test_answer_forms_that_differ_only_in_case_are_one() -> None:
    """ "directeur (ook goed: Directeur)": the platforms mark answers without regard to case
    (Moodle ``usecase`` 0, QTI ``caseSensitive`` false), so the key lists a form once."""
    from quizgen.generate import distinct

    assert distinct(["directeur", "Directeur", "DUO", "Dienst Uitvoering Onderwijs", "duo"]) == (
        "directeur",
        "DUO",
        "Dienst Uitvoering Onderwijs",
    )


def test_an_answer_is_asked_twice_at_most_however_it_is_named() -> None:
    """ "Philips", "Philips" and "het aandeel Philips" (also good: "Philips") are one
    referent: the third question with it as its answer is not asked."""
    asked = [
        ("Wie verkoopt zijn divisie?", "Philips", ("Philips",)),
        ("Wie kan zich richten op medische technologie?", "Philips", ("Philips",)),
        ("Welk aandeel steeg met 6 procent?", "Philips", ("het aandeel Philips",)),
    ]
    kept = sheet_asking([(100 * at, *one) for at, one in enumerate(asked)])
    assert [q.prompt for q in kept] == [p for p, _, _ in asked[:2]]


def test_a_lists_comma_is_closed_by_no_comma() -> None:
    """ "Waar gaan Nederland, België en Luxemburg[,] samen …?": a list's comma opens no
    insertion; "de bacterie, die … kreeg" does."""
    from quizgen.lang.nl import close_commas

    assert close_commas(["Nederland, België en Luxemburg", "samen"]) == [
        "Nederland, België en Luxemburg",
        "samen",
    ]
    assert close_commas(["de bacterie, die de naam kreeg", "werd"]) == [
        "de bacterie, die de naam kreeg,",
        "werd",
    ]
    # A list of names that ends a longer phrase: "in ziekenhuizen in Nijmegen, Leuven en
    # Groningen[,] vanaf volgend jaar".
    phrase = "de test in ziekenhuizen in Nijmegen, Leuven en Groningen"
    assert close_commas([phrase, "vanaf volgend jaar"]) == [phrase, "vanaf volgend jaar"]


def test_a_question_of_a_repeated_verb_may_drop_its_place_but_not_its_day() -> None:
    """ "Over hoeveel weken rijden de schaatsers in Calgary …?" beside "Waar rijden de
    schaatsers …?": without its place the question still points at one ride, even when the
    text has several ("rijden" twice); without its day, or its subject, it may not."""
    from quizgen.generate import Candidate, without_shown

    said = "Over twee weken rijden de schaatsers in Calgary de laatste wedstrijden."
    rides = Fact(
        "event", "rijden", (), said, 0, finite="rijden",
        parts=(
            Part("quantity", "Over twee weken", 0, "QUANTITY", first=True, prep="over",
                 answer="twee weken", accepted=("twee weken",)),
            Part("subject", "de schaatsers", said.index("de schaatsers"), answer="de schaatsers"),
            Part("place", "in Calgary", said.index("in Calgary"), "LOC", prep="in",
                 answer="in Calgary", accepted=("in Calgary", "Calgary")),
            Part("time", "zondag", said.index("de laatste"), "DATE", answer="zondag"),
            Part("object", "de laatste wedstrijden", said.index("de laatste"),
                 answer="de laatste wedstrijden"),
        ),
    )  # fmt: skip
    asked = nl.question(rides, 0)
    assert asked is not None
    c = Candidate(rides, asked, "QUANTITY", rides.parts[0], 0, "quantity", 1.0)
    again = without_shown(c, ["calgary"], nl, {"rijden"})
    assert again is not None and "Calgary" not in again.asked.prompt
    assert without_shown(c, ["zondag"], nl, {"rijden"}) is None
    assert without_shown(c, ["zondag"], nl, set()) is not None


def test_no_earlier_question_is_asked_again_as_another_one() -> None:
    """ "Op de Kouter komt de Gele Zaal in het hart van Gent terecht": each place asked
    without the other would be "Waar komt de Gele Zaal terecht?" twice."""
    from collections import Counter

    import spacy

    from quizgen.entities import EntityIndex
    from quizgen.extract import Extraction
    from quizgen.generate import generate

    said = "Op de Kouter komt de Gele Zaal in het hart van Gent terecht."
    comes = Fact(
        "event", "terechtkomen", (), said, 0, finite="komt",
        parts=(
            Part("place", "Op de Kouter", 0, "LOC", first=True, prep="op",
                 answer="Op de Kouter", accepted=("Op de Kouter", "Kouter")),
            # (Shared: not asked, so that both places are.)
            Part("subject", "de Gele Zaal", said.index("de Gele"), "ORG", proper=True,
                 answer="de Gele Zaal", shared=True),
            Part("place", "in het hart van Gent", said.index("in het"), "LOC", prep="in",
                 answer="in het hart van Gent", accepted=("in het hart van Gent", "Gent")),
            Part("verb", "terecht", said.index("terecht")),
        ),
    )  # fmt: skip
    ents = EntityIndex(spacy.blank("nl")(said))
    quiz = generate(Extraction([comes], ents, Counter()), nl, kinds=["short_answer"], seed=0)
    prompts = [q.prompt for q in quiz]
    assert prompts and len(prompts) == len(set(prompts))


def test_the_lead_sentence_may_give_three_questions_the_others_two() -> None:
    """The first sentence of a news text tells who, what, when and where: three questions
    may come from it; from any other sentence two."""
    offered = [
        (at, f"Vraag {at} {k}?", f"Antwoord{at}x{k}", (f"Antwoord{at}x{k}",))
        for at in (0, 200)
        for k in range(4)
    ]
    kept = sheet_asking(offered)
    assert [q.prompt.split()[1] for q in kept] == ["0", "0", "0", "200", "200"]


def test_a_counted_subject_opening_the_sentence_is_asked_with_hoeveel() -> None:
    """ "Vier mensen worden nog vermist": the answer is "vier mensen" in lower case, the
    sentence has "Vier"; and a clause with nothing but its subject and verbs is asked too
    ("Hoeveel mensen worden vermist?"), unlike one with only "er" ("Hoeveel mensen werken
    er?": where?)."""
    missing = fact([
        Part("subject", "Vier mensen", 0, "QUANTITY", first=True, answer="vier mensen",
             accepted=("vier mensen",), plural=True),
        Part("verb", "vermist", 20),
    ], finite="worden", passive=True)  # fmt: skip
    asked = nl.question(missing, 0)
    assert asked is not None and asked.prompt == "Hoeveel mensen worden vermist?"


def test_the_texts_topic_is_asked_for_once() -> None:
    """The name the text keeps naming (its topic, "KLM") is an answer once: "Wie maakte vorig
    jaar een winst van 118 miljoen euro? — KLM" beside "Welke luchtvaartmaatschappij
    schrapt 1500 banen? — KLM" asks what any reader of the headline knows, and takes the
    place of the sentence's amount."""
    offered = [
        (at, f"Vraag {at}?", answer, (answer,))
        for at, answer in ((0, "KLM"), (100, "KLM"), (200, "Air France"), (300, "Air France"))
    ]
    kept = sheet_asking(offered, topic=frozenset({"klm"}))
    assert [q.answer for q in kept] == ["KLM", "Air France", "Air France"]


def test_an_answer_that_shares_an_amount_out_is_not_asked() -> None:
    """ "Wat stuurden Spanje en Italië? — elk twee toestellen": the "elk" answers a question
    that was not asked."""
    from quizgen.generate import Candidate, passes_gate
    from quizgen.lang.base import Asked

    sent = fact([
        Part("subject", "Spanje en Italië", 0, "LOC", first=True, answer="Spanje en Italië"),
        Part("object", "elk twee toestellen", 30, answer="elk twee toestellen"),
    ], finite="stuurden", tense="past")  # fmt: skip
    asked = Asked("Wat stuurden Spanje en Italië?", "elk twee toestellen", ("elk twee toestellen",))
    assert not passes_gate(Candidate(sent, asked, "QUANTITY", sent.parts[1], 1, "object", 1.0))
    asked = Asked("Wat stuurden Spanje en Italië?", "twee toestellen", ("twee toestellen",))
    assert passes_gate(Candidate(sent, asked, "QUANTITY", sent.parts[1], 1, "object", 1.0))


def test_a_function_is_asked_beside_a_question_that_shows_it_before_the_name() -> None:
    """ "Hoeveel bezoekers trekt directeur Sanne Brouwer?" gives "Welke functie heeft Sanne
    Brouwer?" away: asked of the name alone, both are on the sheet, whichever came first."""
    from quizgen.generate import Candidate, Sheet
    from quizgen.lang.base import Asked

    class Made:
        def make(self, c: Candidate, kind: str) -> Question:
            return Question("", "short_answer", c.asked.prompt, c.asked.answer)

    said = "Directeur Sanne Brouwer trekt 600.000 bezoekers."
    person = Part("subject", "directeur Sanne Brouwer", 0, "PER", first=True, proper=True,
                  answer="Sanne Brouwer", accepted=("Sanne Brouwer", "Brouwer"))  # fmt: skip
    visitors = Part("object", "600.000 bezoekers", 30, "QUANTITY", answer="600.000 bezoekers")
    event = replace(fact([person, visitors], finite="trekt"), sentence=said)
    counted = nl.question(event, 1)
    assert counted is not None and "directeur" in counted.prompt
    how_many = Candidate(event, counted, "QUANTITY", visitors, 1, "object", 3.0)
    function = Candidate(
        title_fact("Sanne Brouwer", "directeur", said, "pres"),
        Asked("Welke functie heeft Sanne Brouwer?", "directeur", ("directeur",)),
        "ROLE", None, -1, "function", 2.0,
    )  # fmt: skip
    for order in ([how_many, function], [function, how_many]):
        sheet = Sheet(Made(), nl, set())  # type: ignore[arg-type]
        for c in order:
            sheet.ask(c, ["short_answer"], ["short_answer"])
        assert sorted(q.prompt for q in sheet.questions) == [
            "Hoeveel bezoekers trekt Sanne Brouwer?",
            "Welke functie heeft Sanne Brouwer?",
        ]


def test_people_counted_as_the_object_are_asked_for_their_number() -> None:
    """A person object is asked in the passive, or not at all; "drie mannen" is asked for
    its number: "Hoeveel mannen heeft de politie aangehouden?"."""
    police = Part("subject", "De politie", 0, first=True, answer="de politie")
    men = Part("object", "drie mannen", 20, "QUANTITY", answer="drie mannen")
    held = fact([police, men, Part("verb", "aangehouden", 40)], finite="heeft", tense="perf")
    asked = nl.question(held, 1)
    assert asked is not None
    assert asked.prompt == "Hoeveel mannen heeft de politie aangehouden?"
    assert nl.question(replace(held, parts=(police, replace(men, label=""))), 1) is None


def test_a_function_noun_opening_its_sentence_is_accepted_in_lowercase() -> None:
    """ "Minister van Justitie David van Weel zei …": the key accepts "minister", not
    "Minister"; "Tweede Kamerlid" keeps its capital."""
    from quizgen.records import Role

    def accepted(function: str, noun: str) -> tuple[str, ...]:
        person = "David van Weel"
        title = Fact(
            "title", noun,
            (("agent", Role(person, person, "PER", 0, 14)),
             ("attribute", Role(function, function, "ROLE", 0, 20)),
             ("function", Role(noun, noun, "ROLE", 0, 8))),
            f"{noun} {person} zei het.", 0, tense="past",
        )  # fmt: skip
        asked = dict(nl.title_questions(title))["function"]
        return asked.accepted

    assert accepted("minister van Justitie", "Minister") == ("minister van Justitie", "minister")
    assert accepted("Tweede Kamerlid", "Kamerlid") == ("Tweede Kamerlid", "Kamerlid")


def test_a_phrase_that_denies_is_no_answer() -> None:
    """ "Wat kunnen de gemeenten vrijmaken? — geen extra geld" presumes there is some."""
    towns = Part("subject", "De gemeenten", 0, first=True, answer="de gemeenten")
    money = Part("object", "geen extra geld", 20, answer="geen extra geld")
    free = Part("verb", "vrijmaken", 40)
    assert nl.question(fact([towns, money, free], finite="kunnen"), 1) is None
    some = replace(money, text="extra geld", answer="extra geld")
    assert nl.question(fact([towns, some, free], finite="kunnen"), 1) is not None


def test_hebben_without_what_it_has_is_not_asked() -> None:
    """ "Tot wanneer heeft Gent?": the clause lost its "om een vervanger te vinden"."""
    gent = Part("subject", "Gent", 0, "ORG", first=True, proper=True, answer="Gent")
    until = Part("time", "tot 1 september", 10, "DATE", prep="tot", answer="tot 1 september")
    bare = replace(fact([gent, until], finite="heeft"), predicate="hebben")
    assert nl.question(bare, 1) is None
    time = Part("object", "tijd", 30, answer="tijd")
    assert nl.question(replace(bare, parts=(gent, until, time)), 1) is not None


def test_an_agent_that_names_a_person_is_asked_with_door_wie() -> None:
    """ "ontdekt door een medewerker van de ICT-afdeling": "Door wie werd de aanval ontdekt?
    — een medewerker van de ICT-afdeling" (the preposition is the question's); "door de
    storm" is no one."""
    from quizgen.lang.base import Asked

    attack = Part("subject", "De aanval", 0, first=True, answer="de aanval")
    found = Part("verb", "ontdekt", 40)

    def asked(text: str) -> Asked | None:
        by = Part("agent", text, 20, prep="door", answer=text, accepted=(text,))
        return nl.question(fact([attack, by, found], finite="werd", passive=True), 1)

    staff = asked("door een medewerker van de ICT-afdeling")
    assert staff is not None and staff.prompt == "Door wie werd de aanval ontdekt?"
    assert staff.answer == "een medewerker van de ICT-afdeling"
    assert "door een medewerker van de ICT-afdeling" in staff.accepted
    storm = asked("door de storm")
    assert storm is None or not storm.prompt.startswith("Door wie")


def test_countries_joined_by_en_are_asked_with_welke_landen() -> None:
    """ "Spanje en Italië stuurden elk twee toestellen": "Welke landen stuurden …?" (names
    joined by "en" have no one label); other places are not asked this way."""
    sent = Part("object", "twee toestellen", 20, "QUANTITY", answer="twee toestellen")

    def asked(names: str) -> str | None:
        who = Part("subject", names, 0, first=True, answer=names, plural=True)
        q = nl.question(fact([who, sent], finite="stuurden", tense="past"), 0)
        return q.prompt if q is not None else None

    assert asked("Spanje en Italië") == "Welke landen stuurden twee toestellen?"
    assert asked("Nederland, België en Luxemburg") == "Welke landen stuurden twee toestellen?"
    assert asked("Lorca en Murcia") is None


@pytest.mark.parametrize(
    ("answer", "other"),
    [("Denemarken en IJsland", "IJsland en Denemarken"),
     ("de Vereniging Rembrandt en de BankGiro Loterij",
      "de BankGiro Loterij en de Vereniging Rembrandt"),
     ("vooral in Groningen en Friesland", None), ("van 10 tot en met 13 juli", None),
     ("Nederland, België en Luxemburg", None), ("hun conditie en potentie", None)],
)  # fmt: skip
def test_two_names_joined_by_en_are_accepted_in_either_order(
    answer: str, other: str | None
) -> None:
    assert nl.swapped(answer, (answer,)) == ((other,) if other else ())


def test_people_as_the_subject_are_asked_with_wie() -> None:
    """ "Onderzoekers van het Radboudumc in Nijmegen hebben een bloedtest ontwikkeld": "Wie
    hebben een bloedtest ontwikkeld?"; so is a body of people of a name ("de gemeenteraad
    van Deventer"); not how many or which of them ("de meeste onderzoekers", "twee
    onderzoekers", "een derde onderzoeker"), nor a body without a name ("de gemeenteraad
    van de stad"), nor a thing ("plannen van het Radboudumc")."""
    test = Part("object", "een bloedtest", 40, answer="een bloedtest")
    made = Part("verb", "ontwikkeld", 60)

    def asked(people: str) -> str | None:
        who = Part("subject", people, 0, first=True, answer=people.lower(), plural=True)
        q = nl.question(fact([who, test, made], finite="hebben", tense="perf"), 0)
        return q.prompt if q is not None else None

    wie = "Wie hebben een bloedtest ontwikkeld?"
    assert asked("Onderzoekers van het Radboudumc in Nijmegen") == wie
    assert asked("Een 34-jarige technicus") == wie
    assert asked("De gemeenteraad van Deventer") == wie
    assert asked("De rechtbank in Den Bosch") == wie
    for other in ("De meeste onderzoekers", "Twee onderzoekers", "Een derde onderzoeker",
                  "De gemeenteraad van de stad", "Plannen van het Radboudumc"):  # fmt: skip
        assert asked(other) is None, other


def test_a_count_asked_elsewhere_leaves_its_noun_with_de() -> None:
    """ "De politie heeft woensdagavond drie mannen aangehouden": beside "Hoeveel mannen …?",
    the time is asked of "de mannen" (not of "drie mannen", which shows that answer); not
    of a count of people in general ("de mensen": which?) or of a measure ("de graden")."""
    from quizgen.generate import Candidate, without_shown

    said = "De politie heeft woensdagavond drie mannen aangehouden."

    def again(counted: str) -> str | None:
        held = Fact(
            "event", "aanhouden", (), said, 0, finite="heeft", tense="perf",
            parts=(
                Part("subject", "De politie", 0, "ORG", first=True, answer="de politie"),
                Part("time", "woensdagavond", 16, "DATE", answer="woensdagavond"),
                Part("object", counted, 30, "QUANTITY", answer=counted, plural=True),
                Part("verb", "aangehouden", 42),
            ),
        )  # fmt: skip
        asked = nl.question(held, 1)
        assert asked is not None and counted in asked.prompt
        c = Candidate(held, asked, "DATE", held.parts[1], 1, "time", 1.0)
        found = without_shown(c, [counted], nl, set())
        return found.asked.prompt if found is not None else None

    assert again("drie mannen") == "Wanneer heeft de politie de mannen aangehouden?"
    assert again("ruim 650 tijdelijke studentenwoningen") == (
        "Wanneer heeft de politie de tijdelijke studentenwoningen aangehouden?"
    )
    assert again("drie mensen") is None
    assert again("38 graden") is None


def test_an_object_with_a_number_is_no_wat_answer() -> None:
    """ "Wat telde de EU? — zo'n 360 nationale tv-stations": a number says how many is asked,
    which the NER did not tag; "Wat" would ask for the thing."""
    stations = Part("object", "zo'n 360 nationale tv-stations", 12,
                    answer="zo'n 360 nationale tv-stations", plural=True)  # fmt: skip
    eu = Part("subject", "De EU", 0, "ORG", first=True, answer="de EU")
    assert nl.question(fact([eu, stations], finite="telde", tense="past"), 1) is None
    plans = Part("object", "nieuwe plannen", 12, answer="nieuwe plannen", plural=True)
    asked = nl.question(fact([eu, plans], finite="telde", tense="past"), 1)
    assert asked is not None and asked.prompt == "Wat telde de EU?"


def test_people_of_a_name_accept_the_name() -> None:
    """ "Wie hebben een bloedtest ontwikkeld? — onderzoekers van het Radboudumc in Nijmegen":
    "het Radboudumc" says which people too; but "Deventer" is not "de gemeenteraad van
    Deventer" (and would let "Wanneer heeft de gemeenteraad …?" show the answer)."""
    test = Part("object", "een bloedtest", 40, answer="een bloedtest")
    made = Part("verb", "ontwikkeld", 60)

    def accepted(people: str) -> tuple[str, ...]:
        who = Part("subject", people, 0, first=True, answer=people.lower(), plural=True)
        q = nl.question(fact([who, test, made], finite="hebben", tense="perf"), 0)
        assert q is not None
        return q.accepted

    assert set(accepted("Onderzoekers van het Radboudumc in Nijmegen")) >= {
        "het Radboudumc", "Radboudumc"
    }  # fmt: skip
    assert "Deventer" not in accepted("De gemeenteraad van Deventer")


def test_the_matching_pair_gives_away_a_title_question_whatever_the_ending() -> None:
    """ "Lien Verstraete ↔ Vlaams minister van Cultuur" on the matching question answers
    "Wie is de Vlaamse minister van Cultuur?" (the adjective inflected after "de")."""
    from quizgen.generate import Candidate, Sheet
    from quizgen.lang.base import Asked
    from quizgen.records import MatchPair

    class Made:
        def make(self, c: Candidate, kind: str) -> Question:
            return Question("", "short_answer", c.asked.prompt, c.asked.answer)

    sheet = Sheet(Made(), nl, set())  # type: ignore[arg-type]
    pairs = (
        MatchPair("Lien Verstraete", "Vlaams minister van Cultuur"),
        MatchPair("Eva Peeters", "curator"),
        MatchPair("Nadia Bouzidi", "schepen"),
    )
    sheet.add_matching(Question("", "matching", "Verbind …", "", pairs=pairs), [])
    for prompt, name, at in [("Wie is de Vlaamse minister van Cultuur?", "Lien Verstraete", 0),
                             ("Wie heeft de expo bedacht?", "Eva Peeters", 90)]:  # fmt: skip
        part = Part("subject", name, at, "PER", first=True, answer=name)
        told = Fact("event", "", (), f"Zin {at}.", at, finite="is", parts=(part,))
        c = Candidate(told, Asked(prompt, name, (name,)), "PER", part, 0, "subject", 1.0)
        sheet.ask(c, ["short_answer"], ["short_answer"])
    assert [q.prompt for q in sheet.questions[1:]] == ["Wie heeft de expo bedacht?"]


def test_a_blank_asks_the_new_value_not_the_one_it_replaced() -> None:
    """ "In plaats van _____ sluit de expo nu op 22 maart de deuren." asked the date the text
    says is no longer so; the new one is the news."""
    said = "In plaats van op 1 maart sluit de expo nu op 22 maart de deuren."

    def blank(answer: str) -> Fact:
        return sentence_blank(said, answer, "time", "DATE", prep="op")

    (q,) = quiz_of([blank("op 1 maart"), blank("op 22 maart")])
    assert q.answer == "op 22 maart"
    (q,) = quiz_of([blank("op 22 maart"), blank("op 1 maart")])
    assert q.answer == "op 22 maart"


@pytest.mark.parametrize(
    ("by", "prompt", "answer"),
    [("door een zware hittegolf", "Waardoor wordt Zuid-Europa getroffen?",
      "door een zware hittegolf"),
     ("door de grote belangstelling", "Waardoor wordt Zuid-Europa getroffen?",
      "door de grote belangstelling"),
     ("door een voorbijganger", None, None),
     ("door de arbeidsinspectie", None, None), ("door de regering", None, None)],
)  # fmt: skip
def test_a_passive_door_phrase_that_names_no_one_is_a_cause(
    by: str, prompt: str | None, answer: str | None
) -> None:
    """ "Zuid-Europa wordt getroffen door een zware hittegolf": "Waardoor …?", with "door" in
    the answer as for other causes; a noun that may be for a person ("voorbijganger"), a
    body of people or an inspectorate is no cause (and has no question word here)."""
    south = Part("subject", "Zuid-Europa", 0, "LOC", first=True, proper=True, answer="Zuid-Europa")
    agent = Part("agent", by, 20, prep="door", answer=by)
    hit = Part("verb", "getroffen", 50)
    asked = nl.question(fact([south, agent, hit], finite="wordt", passive=True), 1)
    assert (asked.prompt if asked else None) == prompt
    assert (asked.answer if asked else None) == answer


def test_own_without_an_owner_is_no_question() -> None:
    """ "Wie past goed bij de eigen bieren? — Van Damme": whose own? The owner was in the
    source the question left out; "zijn eigen" names him."""
    from quizgen.generate import Candidate, passes_gate
    from quizgen.lang.base import Asked

    fits = fact([Part("subject", "Van Damme", 0, "ORG", first=True, answer="Van Damme"),
                 Part("other", "goed bij de eigen bieren", 15)], finite="past")  # fmt: skip

    def gate(prompt: str) -> bool:
        asked = Asked(prompt, "Van Damme", ("Van Damme",))
        return passes_gate(Candidate(fits, asked, "ORG", fits.parts[0], 0, "subject", 1.0))

    assert not gate("Wie past goed bij de eigen bieren?")
    assert gate("Wie past goed bij zijn eigen bieren?")


def test_a_fronted_clause_is_left_out_of_the_questions_that_do_not_ask_it() -> None:
    """ "Omdat de vakbonden staken, heeft de directie maandag alle vluchten geschrapt": "Wie
    heeft maandag alle vluchten geschrapt?", not "Wie heeft omdat de vakbonden staken …?"."""
    why = Part("cause", "Omdat de vakbonden staken", 0, first=True, prep="omdat",
               answer="omdat de vakbonden staken")  # fmt: skip
    board = Part("subject", "de directie", 33, "ORG", answer="de directie")
    monday = Part("time", "maandag", 45, "DATE", answer="maandag")
    flights = Part("object", "alle vluchten", 53, answer="alle vluchten")
    cut = Part("verb", "geschrapt", 67)
    scrapped = fact([why, board, monday, flights, cut], finite="heeft", tense="perf")
    asked = nl.question(scrapped, 1)
    assert asked is not None and asked.prompt == "Wie heeft maandag alle vluchten geschrapt?"
    asked = nl.question(scrapped, 0)
    assert asked is not None
    assert asked.prompt == "Waarom heeft de directie maandag alle vluchten geschrapt?"


def test_a_verb_of_doing_without_an_object_is_asked_in_the_passive_with_er() -> None:
    """ "De gemeenteraad heeft dinsdagavond ingestemd met de bouw van een brug": beside "Wie
    heeft … ingestemd met …?", the time is asked "Wanneer is er ingestemd met de bouw van
    een brug?"; not of a verb that does nothing to anyone ("verloren van AZ")."""
    from quizgen.lang.nl import agentless_question

    def asked(verb: str, rest: str) -> str | None:
        council = Part("subject", "De gemeenteraad", 0, "ORG", first=True, answer="de gemeenteraad")
        evening = Part("time", "dinsdagavond", 22, "DATE", answer="dinsdagavond")
        done = Part("verb", verb, 35)
        what = Part("other", rest, 45)
        agreed = fact([council, evening, done, what], finite="heeft", tense="perf")
        q = agentless_question(agreed, 1)
        return q.prompt if q is not None else None

    assert asked("ingestemd", "met de bouw van een brug") == (
        "Wanneer is er ingestemd met de bouw van een brug?"
    )
    assert asked("verloren", "van AZ") is None


def test_a_blank_shows_the_name_its_opening_pronoun_stands_for() -> None:
    """ "Hij diende een motie in … van _____." is shown "Joost Albers diende een motie in …";
    beside "Wie diende een motie in? — Joost Albers" it keeps its own "Hij"."""
    from quizgen.generate import Candidate, blank_without, blanked
    from quizgen.lang.base import Asked

    said = "Hij diende een motie in tot na de verkiezingen van maart 2026."
    at = 200
    start = at + said.index("maart 2026")
    month = Part("time", "maart 2026", start, "DATE", answer="maart 2026",
                 accepted=("maart 2026",), surface="maart 2026", surface_start=start)  # fmt: skip
    motion = Fact("sentence", "", (), said, at, parts=(month,),
                  renamed=((0, 3, "Joost Albers"),))  # fmt: skip
    c = Candidate(motion, Asked("", "maart 2026", ("maart 2026",)), "DATE", month, 0, "time", 1.0)
    c = replace(c, asked=replace(c.asked, prompt=blanked(c)))
    assert c.asked.prompt == "Joost Albers diende een motie in tot na de verkiezingen van _____."
    again = blank_without(c, ["joost albers"])
    assert again is not None
    assert again.asked.prompt == "Hij diende een motie in tot na de verkiezingen van _____."


def test_a_minute_of_a_match_is_asked_in_welke_minuut() -> None:
    """ "AZ kwam in de 23ste minuut op voorsprong": "In welke minuut kwam AZ op voorsprong?"."""
    az = Part("subject", "AZ", 0, "ORG", first=True, proper=True, answer="AZ")
    minute = Part("time", "in de 23ste minuut", 8, "TIME", prep="in", answer="in de 23ste minuut")
    lead = Part("other", "op voorsprong", 27)
    asked = nl.question(fact([az, minute, lead], finite="kwam", tense="past"), 1)
    assert asked is not None and asked.prompt == "In welke minuut kwam AZ op voorsprong?"


def test_an_unnamed_person_asked_who_ranks_above_how_long_it_took() -> None:
    """ "Een technicus werd na acht uur levend onder een muur vandaan gehaald": who was
    rescued is the news, named or not ("Wie werd …? — een technicus" above "Na hoeveel uur
    …?"); a common noun phrase that is no person still ranks below a number."""
    from collections import Counter

    import spacy

    from quizgen.entities import EntityIndex
    from quizgen.extract import Extraction
    from quizgen.generate import candidates

    said = "Een technicus werd na acht uur levend onder een muur vandaan gehaald."

    def rescued(subject: str) -> Fact:
        return fact([
            Part("subject", subject, 0, first=True, answer=subject.lower()),
            Part("quantity", "na acht uur", 0, "QUANTITY", prep="na", answer="acht uur"),
            Part("other", "levend", 0), Part("verb", "vandaan gehaald", 0),
        ], finite="werd", tense="past", passive=True)  # fmt: skip

    def scores(subject: str) -> dict[str, float]:
        ents = EntityIndex(spacy.blank("nl")(said))
        found = candidates(Extraction([rescued(subject)], ents, Counter()), nl)
        return {c.asked.answer: c.score for c in found}

    person = scores("Een technicus")
    assert person["een technicus"] > person["acht uur"]


def test_whose_opinion_it_is_ranks_as_who_said_it() -> None:
    """ "[Jelle Hofstra] vindt dat de boeren te weinig terugzien": the holder of a view is
    its source, asked as "volgens wie" is; the subject of a verb of doing is not."""
    from collections import Counter

    import spacy

    from quizgen.entities import EntityIndex
    from quizgen.extract import Extraction
    from quizgen.generate import candidates

    hofstra = Part("subject", "Jelle Hofstra", 0, "PER", first=True, proper=True,
                   answer="Jelle Hofstra", accepted=("Jelle Hofstra",))  # fmt: skip
    said = Part("other", "dat de boeren te weinig terugzien", 0)

    def subject_question(predicate: str, finite: str) -> tuple[str, float]:
        made = replace(fact([hofstra, said], finite=finite), predicate=predicate)
        ents = EntityIndex(spacy.blank("nl")("Jelle Hofstra vindt het."))
        (c,) = candidates(Extraction([made], ents, Counter()), nl)
        return c.topic, c.score

    topic, opinion = subject_question("vinden", "vindt")
    assert topic == "source"
    topic, deed = subject_question("eisen", "eist")
    assert topic == "subject" and deed > opinion


def test_no_passive_without_its_subject_where_a_possessive_was_the_subjects() -> None:
    """ "Verbeek heeft zondag de eerste titel van [zijn] loopbaan gewonnen": without the
    subject, "Wanneer is de eerste titel van zijn loopbaan gewonnen?" says not whose."""
    own = replace(OPENED, parts=tuple(
        replace(p, text="de eerste titel van zijn loopbaan") if p.role == "object" else p
        for p in OPENED.parts
    ))  # fmt: skip
    assert nl.agentless_question(own, 1, frozenset({0})) is None
    assert nl.agentless_question(OPENED, 1, frozenset({0})) is not None


def test_what_a_subject_shows_itself_to_be_is_not_asked_what() -> None:
    """ "Brandt toonde zich een sportieve verliezer": "Wat toonde Brandt zich?" asks for a
    thing where the sentence says something of Brandt; without "zich" it is a thing."""
    parts = [
        Part("subject", "Brandt", 0, "PER", first=True, proper=True, answer="Brandt"),
        Part("other", "zich", 0),
        Part("object", "een sportieve verliezer", 0, answer="een sportieve verliezer"),
    ]
    assert nl.question(fact(parts, finite="toonde", tense="past"), 2) is None
    showed = fact([parts[0], replace(parts[2], text="een nieuwe auto", answer="een nieuwe auto")],
                  finite="toonde", tense="past")  # fmt: skip
    asked = nl.question(showed, 1)
    assert asked is not None and asked.prompt == "Wat toonde Brandt?"


def test_an_amount_of_money_is_asked_by_its_noun_of_money() -> None:
    """ "KLM maakte een winst van 118 miljoen euro" → "Hoeveel winst maakte KLM?"; a noun
    that is no money's ("een contract van 2 miljoen euro") is not asked so."""

    def asked_of(obj: str) -> str | None:
        made = fact([
            Part("subject", "KLM", 0, "ORG", first=True, proper=True, answer="KLM"),
            Part("object", obj, 0, "MONEY", answer="118 miljoen euro"),
        ], finite="maakte", tense="past")  # fmt: skip
        asked = nl.question(made, 1)
        return asked.prompt if asked else None

    assert asked_of("een winst van 118 miljoen euro") == "Hoeveel winst maakte KLM?"
    assert asked_of("een contract van 118 miljoen euro") is None


def test_how_many_ranks_above_who_when_the_subject_is_the_texts_topic() -> None:
    """ "KLM schrapt 1500 banen" in a text about KLM: "Welke … schrapt 1500 banen? — KLM"
    is guessed without reading; how many is the news. A subject named once is not."""
    from collections import Counter

    import spacy
    from spacy.tokens import Span

    from quizgen.entities import EntityIndex
    from quizgen.extract import Extraction
    from quizgen.generate import candidates

    def scores(name: str, times: int) -> dict[str, float]:
        doc = spacy.blank("nl")(" ".join([f"{name} groeit ."] * times))
        doc.ents = [Span(doc, 3 * k, 3 * k + 1, label="ORG") for k in range(times)]
        cut = fact([
            Part("subject", name, 0, "ORG", first=True, proper=True, answer=name),
            Part("object", "1500 banen", 0, "QUANTITY", answer="1500 banen"),
        ], finite="schrapt")  # fmt: skip
        found = candidates(Extraction([cut], EntityIndex(doc), Counter()), nl)
        return {c.topic: c.score for c in found}

    topic = scores("KLM", 4)
    assert topic["object"] > topic["subject"]
    once = scores("KLM", 1)
    assert once["subject"] > once["object"]


def test_a_time_opening_a_sentence_with_a_number_ranks_below_the_number() -> None:
    """ "In 1990 waren er nog 672 gemeenten": the year sets the scene, the number is the
    news ("In 1990 waren er nog _____" above "_____ waren er nog 672"); a time that
    does not open the sentence keeps its weight ("De beurs sloot in 1990 op 672 punten")."""

    def scores(said: str, time: str, number: str) -> dict[str, float]:
        facts = [
            sentence_blank(said, time, "time", "DATE"),
            sentence_blank(said, number, "quantity", "QUANTITY"),
        ]
        return scores_of(facts, spacy.blank("nl")(said))

    opening = scores("In 1990 waren er nog 672 gemeenten.", "In 1990", "672 gemeenten")
    assert opening["672 gemeenten"] > opening["In 1990"]
    inside = scores("De beurs sloot in 1990 op 672 punten.", "in 1990", "672 punten")
    assert inside["in 1990"] > inside["672 punten"]


def test_a_blank_for_a_name_the_text_keeps_naming_is_guessed_by_any_form_of_it() -> None:
    """ "Volgens _____ is de samenwerking nodig — Van der Laan": the surname is "Erik van der
    Laan", whom the text names four times; the blank is as guessable as the full name's."""
    from spacy.tokens import Span

    said = "Volgens Van der Laan is de samenwerking nodig."
    forms = ("Van der Laan", "Erik van der Laan")
    blank = sentence_blank(said, "Van der Laan", "name", "PER", accepted=forms)

    def score(times: int) -> float:
        doc = spacy.blank("nl")(" ".join(["Erik van der Laan sprak ."] * times))
        doc.ents = [Span(doc, 6 * k, 6 * k + 4, label="PER") for k in range(times)]
        return scores_of([blank], doc)["Van der Laan"]

    assert score(4) < score(1)


def test_when_something_was_said_is_no_statement_to_judge() -> None:
    """A blank of last resort ("zei de trainer [dinsdag]") may be a blank, not a true/false
    statement: whether he said it on Tuesday or Wednesday tests nothing of the news."""
    from collections import Counter

    import spacy

    from quizgen.entities import EntityIndex
    from quizgen.extract import Extraction
    from quizgen.generate import generate

    said = "Vijf spelers vertrekken, zei de trainer dinsdag op een persconferentie."
    doc = spacy.blank("nl")(said)
    blank = sentence_blank(said, "dinsdag", "time", "DATE")
    for kinds in (["true_false"], ["cloze"]):
        made = generate(Extraction([blank], EntityIndex(doc), Counter()), nl, kinds=kinds)
        assert [q.kind for q in made] == kinds
    aside = replace(blank, background=True)
    made = generate(Extraction([aside], EntityIndex(doc), Counter()), nl, kinds=["true_false"])
    assert made == ()
    made = generate(Extraction([aside], EntityIndex(doc), Counter()), nl, kinds=["cloze"])
    assert [q.kind for q in made] == ["cloze"]


def test_half_of_a_span_or_a_vote_is_not_asked() -> None:
    """ "geldt [van maandag] tot en met zaterdag": "Wanneer geldt het tarief tot en met
    zaterdag? — van maandag" asks half a span; "werd met 20 [tegen 19 stemmen] verworpen":
    "Tegen hoeveel stemmen werd … met 20 verworpen?" half a vote. A "van" alone is asked."""
    tarief = Part("subject", "Het tarief", 0, first=True, answer="het tarief")
    span = fact([
        tarief, Part("time", "van maandag", 0, "DATE", prep="van", answer="van maandag"),
        Part("other", "tot en met zaterdag", 0),
    ], finite="geldt")  # fmt: skip
    assert nl.question(span, 1) is None
    alone = fact(list(span.parts[:2]), finite="geldt")
    asked = nl.question(alone, 1)
    assert asked is not None and asked.answer == "van maandag"
    vote = fact([
        Part("subject", "Het amendement", 0, first=True, answer="het amendement"),
        Part("other", "met 20", 0),
        Part("quantity", "tegen 19 stemmen", 0, "QUANTITY", prep="tegen", answer="19 stemmen"),
        Part("verb", "verworpen", 0),
    ], finite="werd", tense="past", passive=True)  # fmt: skip
    assert nl.question(vote, 2) is None


def test_a_named_object_keeps_a_repeated_verb_pointing_at_one_event() -> None:
    """ "Kiprop heeft zondag de marathon van Rotterdam gewonnen" in a text where "winnen"
    comes back: beside "Wie heeft … gewonnen?" the day is asked without the winner,
    "Wanneer is de marathon van Rotterdam gewonnen?" (the name says which race); "de
    wedstrijd" would say none, and the question is not asked."""
    from quizgen.generate import Candidate, without_shown
    from quizgen.lang.base import Asked

    def won(obj: str) -> Fact:
        return replace(fact([
            Part("subject", "Daniel Kiprop", 0, "PER", first=True, proper=True,
                 answer="Daniel Kiprop", accepted=("Daniel Kiprop",)),
            Part("time", "zondag", 0, "DATE", answer="zondag", accepted=("zondag",)),
            Part("object", obj, 0, answer=obj),
            Part("verb", "gewonnen", 0),
        ], finite="heeft", tense="perf"), predicate="winnen")  # fmt: skip

    def asked_without_winner(obj: str) -> str | None:
        made = won(obj)
        c = Candidate(made, Asked("", "zondag", ("zondag",)), "DATE", made.parts[1], 1, "time", 3.0)
        again = without_shown(c, ["daniel kiprop"], nl, {"winnen"})
        return again.asked.prompt if again else None

    assert asked_without_winner("de marathon van Rotterdam") == (
        "Wanneer is de marathon van Rotterdam gewonnen?"
    )
    assert asked_without_winner("de wedstrijd") is None


def test_the_opposition_is_who_did_it_not_why() -> None:
    """ "wordt scherp aangevallen door de conservatieve oppositie": a body of people, asked
    "Door wie …?", not "Waardoor …?"."""
    attack = Part("agent", "door de conservatieve oppositie", 30, prep="door",
                  answer="door de conservatieve oppositie")  # fmt: skip
    assert not nl.caused_by(attack)
    weather = Part("agent", "door dichte mist", 30, prep="door", answer="door dichte mist")
    assert nl.caused_by(weather)


def test_options_for_a_part_are_less_than_its_whole() -> None:
    """ "In het Vlaams Parlement zijn _____ van de 124 zetels nodig" took "130" as an option:
    a part is less than the whole the sentence names."""
    import random
    from collections import Counter

    import spacy

    from quizgen.entities import EntityIndex
    from quizgen.extract import Extraction
    from quizgen.generate import Builder, candidates

    said = "In het Vlaams Parlement zijn 63 van de 124 zetels nodig voor een meerderheid."
    facts = [sentence_blank(said, "63", "quantity", "CARDINAL")]
    extraction = Extraction(facts, EntityIndex(spacy.blank("nl")(said)), Counter())
    (c,) = candidates(extraction, nl)
    builder = Builder(extraction, nl, 0)
    drawn = [builder.wrong(c, "63", c.asked.prompt, random.Random(k)) for k in range(12)]
    options = {o for wrong in drawn if wrong is not None for o in wrong}
    assert options
    assert all(float(o) < 124 for o in options), options


def test_options_for_a_changed_amount_change_the_same_way() -> None:
    """ "zakt van 84 naar _____ — 67 zetels" took "130 zetels" and "200 zetels": options on
    the other side of where the amount started contradict the verb."""
    import random
    from collections import Counter

    import spacy

    from quizgen.entities import EntityIndex
    from quizgen.extract import Extraction
    from quizgen.generate import Builder, candidates

    for said, answer, fell in (
        ("De kosten stijgen van 240 naar 330 miljoen euro.", "330 miljoen euro", False),
        ("De partij zakt van 9 naar 6 zetels.", "6 zetels", True),
    ):
        facts = [
            sentence_blank(said, answer, "quantity", "MONEY" if "euro" in said else "CARDINAL")
        ]
        extraction = Extraction(facts, EntityIndex(spacy.blank("nl")(said)), Counter())
        (c,) = candidates(extraction, nl)
        start = 9 if fell else 240
        drawn = [Builder(extraction, nl, 0).wrong(c, answer, c.asked.prompt, random.Random(k))
                 for k in range(12)]  # fmt: skip
        values = {float(o.split()[0]) for wrong in drawn if wrong is not None for o in wrong}
        assert values
        assert all((v < start) == fell for v in values), (said, values)


def test_hebben_with_only_a_phrase_lost_what_it_has() -> None:
    """ "Luc Vandewalle, de Vlaming die …, heeft van ING … de opdracht gekregen" with the
    participle and its object lost gave "Wie heeft van ING?"."""
    had = Fact("event", "hebben", (), "", 0, finite="heeft", tense="pres", parts=(
        Part("subject", "Luc Vandewalle", 0, "PER", first=True, proper=True,
             answer="Luc Vandewalle"),
        Part("other", "van ING", 30, "ORG", prep="van", answer="ING"),
    ))  # fmt: skip
    assert nl.question(had, 0) is None
    # (What one has may be a phrase without a preposition: "heeft het druk".)
    busy = replace(had, parts=(had.parts[0], Part("other", "het druk", 30)))
    asked = nl.question(busy, 0)
    assert asked is not None and asked.prompt == "Wie heeft het druk?"


def test_a_bare_time_after_the_verbs_stands_before_them() -> None:
    """ "De overeenkomst werd opgezegd, …, zo zei Dua gisteren" with "gisteren" given to the
    clause gave "Waarom werd de overeenkomst opgezegd gisteren?"."""
    said = fact([
        Part("subject", "de overeenkomst", 0, first=True, answer="de overeenkomst"),
        Part("verb", "opgezegd", 20),
        Part("cause", "omdat het te duur is", 30, prep="omdat", answer="omdat het te duur is"),
        Part("time", "gisteren", 60, "DATE", answer="gisteren"),
    ], finite="werd", tense="past", passive=True)  # fmt: skip
    asked = nl.question(said, 2)
    assert asked is not None
    assert asked.prompt == "Waarom werd de overeenkomst gisteren opgezegd?"
    # (A time with its preposition may follow: "… opgezegd op 1 mei" stays.)
    late = replace(said, parts=(*said.parts[:3], Part("time", "op 1 mei", 60, "DATE", prep="op")))
    asked = nl.question(late, 2)
    assert asked is not None and asked.prompt.endswith("opgezegd op 1 mei?")


def test_a_time_moved_to_is_asked_naar_wanneer() -> None:
    """ "In Venlo zijn 120 operaties verschoven naar februari" gave "Wanneer zijn de
    operaties verschoven? — naar februari": when they were moved is another question."""
    moved = fact([
        Part("subject", "120 operaties", 0, "QUANTITY", first=True, answer="120 operaties"),
        Part("verb", "verschoven", 20),
        Part("time", "naar februari", 31, "DATE", prep="naar", answer="naar februari"),
    ], finite="zijn", tense="perf")  # fmt: skip
    asked = nl.question(moved, 2)
    assert asked is not None
    assert asked.prompt == "Naar wanneer zijn 120 operaties verschoven?"


def test_a_time_with_voor_is_asked_voor_wanneer() -> None:
    """ "Voor donderdag geldt opnieuw code oranje" gave "Wanneer geldt opnieuw code oranje?
    — voor donderdag", which reads "before Thursday"; the code holds for that day."""
    warned = fact([
        Part("time", "Voor donderdag", 0, "DATE", first=True, prep="voor",
             answer="Voor donderdag"),
        Part("subject", "code oranje", 20, answer="code oranje"),
    ], finite="geldt", tense="pres")  # fmt: skip
    asked = nl.question(warned, 0)
    assert asked is not None
    assert asked.prompt == "Voor wanneer geldt code oranje?"


def test_a_clock_time_after_tot_is_asked_tot_hoe_laat() -> None:
    """ "duurde tot ongeveer negen uur 's avonds" gave "Tot hoeveel uur duurde de bezetting
    …?" and "Wanneer duurde de bezetting? — 's avonds"."""
    lasted = fact([
        Part("subject", "De bezetting", 0, first=True, answer="De bezetting"),
        Part("time", "tot ongeveer negen uur 's avonds", 20, "TIME", prep="tot",
             answer="tot ongeveer negen uur 's avonds"),
    ], finite="duurde", tense="past")  # fmt: skip
    asked = nl.question(lasted, 1)
    assert asked is not None
    assert asked.prompt == "Tot hoe laat duurde de bezetting?"
    day = replace(lasted, parts=(lasted.parts[0], replace(lasted.parts[1], label="DATE")))
    asked = nl.question(day, 1)
    assert asked is not None and asked.prompt == "Tot wanneer duurde de bezetting?"


def test_a_time_counted_back_has_options_counted_back() -> None:
    """ "Haar moeder overleed _____ — drie jaar geleden" had no options: a date without a
    month, weekday or year varies its count; a clock time does not ("rond 2.50 uur")."""
    from quizgen.generate.distractors import distractors

    rng = random.Random(0)
    options = distractors("drie jaar geleden", "DATE", None, "nl", rng, "", set())  # type: ignore[arg-type]
    assert options is not None and len(options) == 3
    assert all(o.endswith(" jaar geleden") and o != "drie jaar geleden" for o in options)
    assert distractors("rond 2.00 uur", "TIME", None, "nl", rng, "", {"rond"}) is None  # type: ignore[arg-type]


def test_no_statement_moves_a_noun_away_from_its_relative_clause() -> None:
    """ "dat er een onafhankelijke commissie komt die de veiligheid … onderzoekt" as a
    statement gave "Een onafhankelijke commissie komt er volgens Marta Kowalczyk die de
    veiligheid … gaat onderzoeken."; a "dat" clause of what is said stays one."""
    comes = fact([
        Part("other", "er", 0),
        Part("subject", "een onafhankelijke commissie", 3, answer="een onafhankelijke commissie"),
        Part("other", "die de veiligheid gaat onderzoeken", 40),
        Part("source", "volgens Marta Kowalczyk", 80, "PER", prep="volgens",
             answer="Marta Kowalczyk"),
    ], finite="komt")  # fmt: skip
    assert nl.statement(comes) == ""
    thinks = fact([
        Part("subject", "Hennie Bosma", 0, "PER", first=True, proper=True, answer="Hennie Bosma"),
        Part("other", "dat het personeel te laat is geïnformeerd", 20),
    ], finite="vindt")  # fmt: skip
    assert nl.statement(thinks) == "Hennie Bosma vindt dat het personeel te laat is geïnformeerd."


def test_a_former_function_ranks_below_a_current_one() -> None:
    """ "Volgens zijn coach, oud-schaatser Gerard Mulder, …" gave "Welke functie heeft Gerard
    Mulder? — oud-schaatser", not what he is in the story."""
    from collections import Counter

    import spacy

    from quizgen.entities import EntityIndex
    from quizgen.extract import Extraction
    from quizgen.generate import candidates

    said = "Volgens zijn coach, oud-schaatser Gerard Mulder, kwam het niet als verrassing."
    ents = EntityIndex(spacy.blank("nl")(said))
    score = {
        c.asked.answer: c.score
        for f in (title_fact("Gerard Mulder", "oud-schaatser", said, "pres"),
                  title_fact("Gerard Mulder", "coach", said, "pres"))
        for c in candidates(Extraction([f], ents, Counter()), nl)
        if c.topic == "function"
    }  # fmt: skip
    assert score["oud-schaatser"] < score["coach"]
