"""Which clauses make facts, and how their phrases are read, on hand-built parses (no model
needed)."""

from __future__ import annotations

import pytest
from parses import NL, entities, event_facts, functions_of, parsed, title_facts

from quizgen.extract import FactExtractor
from quizgen.lang import nl
from quizgen.records import Fact
from quizgen.repair import (
    detach_from_dates,
    join_split_names,
    particles_at_the_end,
    persons_by_apposition,
    persons_of_organisations,
    speech_after_comma,
    split_seats,
    surnames_with_particles,
    trim_names,
    trim_openers,
)


def test_a_name_with_a_persons_function_as_apposition_is_a_person() -> None:
    doc = parsed([
        ("Petra", "PROPN", 7, "nsubj", "B-LOC"),
        ("Hoogland", "PROPN", 0, "flat", "I-LOC"),
        (",", "PUNCT", 3, "punct", "O"),
        ("voorzitter", "NOUN", 0, "appos", "O"),
        ("van", "ADP", 5, "case", "O"),
        ("AOb", "PROPN", 3, "nmod", "B-ORG"),
        (",", "PUNCT", 3, "punct", "O"),
        ("is", "AUX", 7, "cop", "O"),
        ("positief", "ADJ", 7, "ROOT", "O"),
        (".", "PUNCT", 8, "punct", "O"),
    ])  # fmt: skip
    assert persons_by_apposition(doc) == 1
    assert entities(doc) == [("Petra Hoogland", "PER"), ("AOb", "ORG")]


def test_a_function_an_organisation_can_have_leaves_its_label() -> None:
    doc = parsed([
        ("Ahold", "PROPN", 5, "nsubj", "B-ORG"),
        (",", "PUNCT", 2, "punct", "O"),
        ("eigenaar", "NOUN", 0, "appos", "O"),
        ("van", "ADP", 4, "case", "O"),
        ("Jumbo", "PROPN", 2, "nmod", "B-ORG"),
        (",", "PUNCT", 2, "punct", "O"),
        ("groeit", "VERB", 6, "ROOT", "O"),
        (".", "PUNCT", 6, "punct", "O"),
    ])  # fmt: skip
    assert persons_by_apposition(doc) == 0
    assert doc.ents[0].label_ == "ORG"


def test_a_conjunct_whose_en_hangs_on_its_auxiliary_shares_the_subject() -> None:
    """ "De bond pleit sinds 2015 voor kleinere klassen en heeft actiegevoerd": the parser hung
    "en" on "heeft"; both verbs are clauses of the bond."""
    doc = parsed([
        ("De", "DET", 1, "det", "O"),
        ("bond", "NOUN", 2, "nsubj", "O"),
        ("pleit", "VERB", 2, "ROOT", "O"),
        ("sinds", "ADP", 4, "case", "B-DATE"),
        ("2015", "NUM", 2, "obl", "I-DATE"),
        ("voor", "ADP", 7, "case", "O"),
        ("kleinere", "ADJ", 7, "amod", "O"),
        ("klassen", "NOUN", 2, "obl", "O"),
        ("en", "CCONJ", 9, "cc", "O"),
        ("heeft", "AUX", 11, "aux", "O"),
        ("vaak", "ADV", 11, "advmod", "O"),
        ("actiegevoerd", "VERB", 2, "conj", "O"),
        (".", "PUNCT", 2, "punct", "O"),
    ])  # fmt: skip
    doc[2].set_morph("Number=Sing|Tense=Pres|VerbForm=Fin")
    doc[9].set_morph("Number=Sing|Tense=Pres|VerbForm=Fin")
    doc[11].set_morph("VerbForm=Part")
    facts = event_facts(doc)
    assert [f.finite for f in facts] == ["pleit", "heeft"]
    assert [p.text for p in facts[1].parts if p.role == "subject"] == ["De bond"]
    when = next(i for i, p in enumerate(facts[0].parts) if p.role == "time")
    asked = nl.question(facts[0], when)
    assert asked is not None
    assert asked.prompt == "Sinds wanneer pleit de bond voor kleinere klassen?"


def test_alternatives_joined_by_of_are_no_facts() -> None:
    doc = parsed([
        ("Reizigers", "NOUN", 1, "nsubj", "O"),
        ("kwamen", "VERB", 1, "ROOT", "O"),
        ("te", "ADP", 3, "case", "O"),
        ("laat", "ADJ", 1, "advmod", "O"),
        ("of", "CCONJ", 5, "cc", "O"),
        ("moesten", "AUX", 8, "aux", "O"),
        ("een", "DET", 7, "det", "O"),
        ("route", "NOUN", 8, "obj", "O"),
        ("zoeken", "VERB", 1, "conj", "O"),
        (".", "PUNCT", 1, "punct", "O"),
    ])  # fmt: skip
    doc[1].set_morph("Number=Plur|Tense=Past|VerbForm=Fin")
    doc[5].set_morph("Number=Plur|Tense=Past|VerbForm=Fin")
    assert event_facts(doc) == []


def test_a_verb_of_saying_with_a_particle_is_another_verb() -> None:
    """ "stelde … voor" is "voorstellen" (propose), an event, not "stellen" (state)."""
    doc = parsed([
        ("De", "PROPN", 1, "det", "B-PER"),
        ("Vries", "PROPN", 2, "nsubj", "I-PER"),
        ("stelde", "VERB", 2, "ROOT", "O"),
        ("het", "DET", 4, "det", "O"),
        ("plan", "NOUN", 2, "obj", "O"),
        ("voor", "ADP", 2, "compound:prt", "O"),
        ("aan", "ADP", 8, "case", "O"),
        ("de", "DET", 8, "det", "O"),
        ("fracties", "NOUN", 2, "obl", "O"),
        (".", "PUNCT", 2, "punct", "O"),
    ])  # fmt: skip
    doc[2].set_morph("Number=Sing|Tense=Past|VerbForm=Fin")
    doc[2].lemma_ = "stellen"
    assert not FactExtractor(doc, "nl").is_speech_verb(doc[2])
    (fact,) = event_facts(doc)
    asked = nl.question(fact, 0)
    assert asked is not None
    assert asked.prompt == "Wie stelde het plan voor aan de fracties?"


def test_a_phrase_taken_for_a_particle_leaves_a_verb_of_saying_one() -> None:
    """ "Dat meldt het CBS [op] basis van voorlopige cijfers": "op basis van" is a phrase,
    not the particle of "opmelden"; the sentence names who told the one before."""
    doc = parsed([
        ("Dat", "PRON", 1, "nsubj", "O"), ("meldt", "VERB", 1, "ROOT", "O"),
        ("het", "DET", 3, "det", "O"), ("CBS", "PROPN", 1, "obj", "B-ORG"),
        ("op", "ADP", 1, "compound:prt", "O"), ("basis", "NOUN", 4, "fixed", "O"),
        ("van", "ADP", 4, "fixed", "O"), ("cijfers", "NOUN", 1, "obj", "O"),
        (".", "PUNCT", 1, "punct", "O"),
    ])  # fmt: skip
    doc[1].set_morph("Number=Sing|Tense=Pres|VerbForm=Fin")
    doc[1].lemma_ = "melden"
    extractor = FactExtractor(doc, "nl")
    assert extractor.is_speech_verb(doc[1])
    source = extractor.said_next(doc[0:9])
    assert source is not None and source.text == "volgens het CBS"


def test_a_date_taken_for_a_particle_leaves_a_verb_of_saying_one() -> None:
    """ "Dat schrijven zij [donderdag] in Nature": the date the parser read as a particle does
    not make "schrijven" another verb; no fact (what was written is the sentence before)."""
    doc = parsed([
        ("Dat", "PRON", 1, "obj", "O"),
        ("schrijven", "VERB", 1, "ROOT", "O"),
        ("zij", "PRON", 1, "nsubj", "O"),
        ("donderdag", "PROPN", 1, "compound:prt", "B-DATE"),
        ("in", "ADP", 5, "case", "O"),
        ("Nature", "PROPN", 1, "obl", "B-ORG"),
        (".", "PUNCT", 1, "punct", "O"),
    ])  # fmt: skip
    doc[1].set_morph("Number=Plur|Tense=Pres|VerbForm=Fin")
    extractor = FactExtractor(doc, "nl")
    assert extractor.is_speech_verb(doc[1])
    assert extractor.attribution(doc[0:7])


def test_what_a_pointing_subject_turned_out_from_says_who_told_the_sentence_before() -> None:
    """ "Dat bleek [maandagochtend] uit de definitieve uitslag": when it turned out is no
    news (the parser hangs "bleek" as a copula on the date); without the pointing "dat"
    the sentence is no attribution."""
    rows = [
        ("Dat", "PRON", 2, "nsubj", "O"), ("bleek", "AUX", 2, "cop", "O"),
        ("maandagochtend", "VERB", 2, "ROOT", "B-DATE"), ("uit", "ADP", 5, "case", "O"),
        ("de", "DET", 5, "det", "O"), ("uitslag", "NOUN", 2, "obl", "O"),
        (".", "PUNCT", 2, "punct", "O"),
    ]  # fmt: skip
    doc = parsed(rows)
    doc[1].lemma_ = "blijken"
    assert FactExtractor(doc, "nl").attribution(doc[0:7])
    doc = parsed([("Het", *rows[0][1:]), *rows[1:]])
    doc[1].lemma_ = "blijken"
    assert not FactExtractor(doc, "nl").attribution(doc[0:7])


def test_a_date_read_as_the_object_of_zei_is_no_thing_said() -> None:
    """'"…", zei zij [dinsdag] in Seoul': "dinsdag" as object does not make an event of it."""
    doc = parsed([
        ("Kim", "PROPN", 2, "nsubj", "B-PER"),
        ("is", "AUX", 2, "cop", "O"),
        ("boos", "ADJ", 2, "ROOT", "O"),
        (".", "PUNCT", 2, "punct", "O"),
        ("Zij", "PRON", 5, "nsubj", "O"),
        ("zei", "VERB", 5, "ROOT", "O"),
        ("dinsdag", "PROPN", 5, "obj", "B-DATE"),
        ("in", "ADP", 8, "case", "O"),
        ("Seoul", "PROPN", 5, "obl", "B-LOC"),
        (".", "PUNCT", 5, "punct", "O"),
    ])  # fmt: skip
    doc[1].set_morph("Number=Sing|Tense=Pres|VerbForm=Fin")
    doc[5].set_morph("Number=Sing|Tense=Past|VerbForm=Fin")
    assert event_facts(doc) == []


def test_a_purpose_clause_after_the_verb_stays_in_the_question() -> None:
    doc = parsed([
        ("Het", "DET", 1, "det", "O"),
        ("kabinet", "NOUN", 2, "nsubj", "O"),
        ("trekt", "VERB", 2, "ROOT", "O"),
        ("450", "NUM", 4, "nummod", "B-MONEY"),
        ("miljoen", "NOUN", 2, "obj", "I-MONEY"),
        ("euro", "NOUN", 4, "nmod", "I-MONEY"),
        ("uit", "ADP", 2, "compound:prt", "O"),
        ("om", "ADP", 12, "mark", "O"),
        ("de", "DET", 9, "det", "O"),
        ("klassen", "NOUN", 12, "obj", "O"),
        ("kleiner", "ADJ", 12, "xcomp", "O"),
        ("te", "ADP", 12, "mark", "O"),
        ("maken", "VERB", 2, "advcl", "O"),
        (".", "PUNCT", 2, "punct", "O"),
    ])  # fmt: skip
    doc[2].set_morph("Number=Sing|Tense=Pres|VerbForm=Fin")
    (fact,) = event_facts(doc)
    amount = next(i for i, p in enumerate(fact.parts) if p.role == "object")
    asked = nl.question(fact, amount)
    assert asked is not None
    assert asked.prompt == "Hoeveel geld trekt het kabinet uit om de klassen kleiner te maken?"
    assert asked.answer == "450 miljoen euro"


def test_a_phrase_hung_on_the_date_of_a_clause_is_the_verbs() -> None:
    doc = parsed([
        ("De", "DET", 1, "det", "O"),
        ("Kamer", "PROPN", 2, "nsubj", "B-ORG"),
        ("debatteert", "VERB", 2, "ROOT", "O"),
        ("op", "ADP", 4, "case", "B-DATE"),
        ("21", "NUM", 2, "obl", "I-DATE"),
        ("maart", "PROPN", 4, "flat", "I-DATE"),
        ("over", "ADP", 8, "case", "O"),
        ("het", "DET", 8, "det", "O"),
        ("voorstel", "NOUN", 4, "nmod", "O"),
        (".", "PUNCT", 2, "punct", "O"),
    ])  # fmt: skip
    doc[2].set_morph("Number=Sing|Tense=Pres|VerbForm=Fin")
    assert detach_from_dates(doc) == 1
    assert (doc[8].head.i, doc[8].dep_) == (2, "obl")
    (fact,) = event_facts(doc)
    when = next(i for i, p in enumerate(fact.parts) if p.role == "time")
    asked = nl.question(fact, when)
    assert asked is not None
    assert (asked.prompt, asked.answer) == (
        "Wanneer debatteert de Kamer over het voorstel?",
        "op 21 maart",
    )


def test_a_dates_own_van_phrase_stays_with_it() -> None:
    doc = parsed([
        ("Zij", "PRON", 1, "nsubj", "O"),
        ("trouwen", "VERB", 1, "ROOT", "O"),
        ("in", "ADP", 3, "case", "B-DATE"),
        ("mei", "PROPN", 1, "obl", "I-DATE"),
        ("van", "ADP", 6, "case", "O"),
        ("dit", "DET", 6, "det", "O"),
        ("jaar", "NOUN", 3, "nmod", "O"),
        (".", "PUNCT", 1, "punct", "O"),
    ])  # fmt: skip
    assert detach_from_dates(doc) == 0


def person_then(
    rows: list[tuple[str, str, int, str, str]], number: str, verbs: tuple[int, ...] = (1,)
) -> list[Fact]:
    """The event facts of "Minister Anna Smit tevreden." and then ``rows`` (heads counted
    from the second sentence), its words ``verbs`` finite verbs in ``number``."""
    first = [
        ("Minister", "NOUN", 3, "nsubj", "O"),
        ("Anna", "PROPN", 0, "appos", "B-PER"),
        ("Smit", "PROPN", 1, "flat", "I-PER"),
        ("tevreden", "ADJ", 3, "ROOT", "O"),
        (".", "PUNCT", 3, "punct", "O"),
    ]
    doc = parsed([*first, *((w, p, h + len(first), d, e) for w, p, h, d, e in rows)])
    for verb in verbs:
        doc[len(first) + verb].set_morph(f"Number={number}|Tense=Pres|VerbForm=Fin")
    return event_facts(doc)


BRIEF = [
    ("Zij", "PRON", 1, "nsubj", "O"),
    ("stuurt", "VERB", 1, "ROOT", "O"),
    ("een", "DET", 3, "det", "O"),
    ("brief", "NOUN", 1, "obj", "O"),
    ("aan", "ADP", 5, "case", "O"),
    ("Brussel", "PROPN", 1, "obl", "B-LOC"),
    (".", "PUNCT", 1, "punct", "O"),
]


def test_zij_with_a_singular_verb_is_the_person_named_before() -> None:
    (fact,) = person_then(BRIEF, "Sing")
    subject = next(p for p in fact.parts if p.role == "subject")
    assert (subject.text, subject.answer) == ("Anna Smit", "Anna Smit")


def test_ze_after_the_subject_of_a_clause_that_is_no_person_is_not_resolved() -> None:
    """ "Zo moet de Wereldbank … samenwerken en moet ze een zwarte lijst aanleggen": "ze" is
    the bank, not the person named before it (who was asked for it)."""
    rows = [
        ("De", "DET", 1, "det", "O"), ("bank", "NOUN", 2, "nsubj", "O"),
        ("moet", "VERB", 2, "ROOT", "O"), ("en", "CCONJ", 4, "cc", "O"),
        ("moet", "VERB", 2, "conj", "O"), ("ze", "PRON", 4, "nsubj", "O"),
        ("een", "DET", 7, "det", "O"), ("lijst", "NOUN", 4, "obj", "O"),
        (".", "PUNCT", 2, "punct", "O"),
    ]  # fmt: skip
    facts = person_then(rows, "Sing", (2, 4))
    assert all(p.answer != "Anna Smit" for f in facts for p in f.parts)


def test_zij_with_a_plural_verb_is_they_and_no_fact() -> None:
    assert person_then(BRIEF, "Plur") == []


def test_a_pronoun_after_a_noun_for_a_person_is_not_the_person_named_before() -> None:
    """ "Speurders hebben een verdachte gearresteerd in de zaak van Sarah Payne. … komt hij
    vrij": "hij" may be the suspect as well; the name is not asked for it. (So with "zij"
    after "een vrouw" and the minister Anna Smit.)"""
    arrest = [
        ("De", "DET", 1, "det", "O"), ("politie", "NOUN", 2, "nsubj", "O"),
        ("arresteerde", "VERB", 2, "ROOT", "O"), ("een", "DET", 4, "det", "O"),
        ("vrouw", "NOUN", 2, "obj", "O"), (".", "PUNCT", 2, "punct", "O"),
    ]  # fmt: skip
    she = BRIEF
    shifted = [(w, p, h + len(arrest), d, e) for w, p, h, d, e in she]
    facts = person_then([*arrest, *shifted], "Sing", (2, len(arrest) + 1))
    assert all(p.role != "subject" or p.answer != "Anna Smit" for f in facts for p in f.parts)
    # Without the woman, "zij" is the minister.
    (fact,) = person_then(she, "Sing")
    assert next(p for p in fact.parts if p.role == "subject").answer == "Anna Smit"


def test_a_participle_ending_the_object_is_the_clauses_verb() -> None:
    """ "Speurders hebben [een verdachte gearresteerd]" gave "Wat hebben speurders …? — een
    verdachte gearresteerd"; a noun tagged a participle ("[150 gram]") is still a noun."""
    rows = [
        ("Speurders", "NOUN", 1, "nsubj", "O"), ("hebben", "VERB", 1, "ROOT", "O"),
        ("een", "DET", 4, "det", "O"), ("verdachte", "VERB", 4, "amod", "O"),
        ("gearresteerd", "VERB", 1, "obj", "O"), ("in", "ADP", 6, "case", "O"),
        ("Sussex", "PROPN", 1, "obl", "B-LOC"), (".", "PUNCT", 1, "punct", "O"),
    ]  # fmt: skip
    doc = parsed(rows)
    doc[1].set_morph("Number=Plur|Tense=Pres|VerbForm=Fin")
    doc[4].set_morph("VerbForm=Part")
    assert event_facts(doc) == []
    rows[2:5] = [("ruim", "ADV", 4, "amod", "O"), ("150", "NUM", 4, "nummod", "O"),
                 ("gram", "VERB", 1, "obj", "O")]  # fmt: skip
    doc = parsed(rows)
    doc[1].set_morph("Number=Plur|Tense=Pres|VerbForm=Fin")
    doc[4].set_morph("VerbForm=Part")
    assert [p.role for f in event_facts(doc) for p in f.parts if "gram" in p.text]


def test_volgens_haar_names_the_person_as_source() -> None:
    rows = [
        ("Volgens", "ADP", 1, "case", "O"),
        ("haar", "PRON", 2, "obl", "O"),
        ("daalt", "VERB", 2, "ROOT", "O"),
        ("de", "DET", 4, "det", "O"),
        ("prijs", "NOUN", 2, "nsubj", "O"),
        ("in", "ADP", 6, "case", "B-DATE"),
        ("mei", "PROPN", 2, "obl", "I-DATE"),
        (".", "PUNCT", 2, "punct", "O"),
    ]
    (fact,) = person_then(rows, "Sing", verbs=(2,))
    source = next(i for i, p in enumerate(fact.parts) if p.role == "source")
    assert fact.parts[source].answer == "Anna Smit"
    asked = nl.question(fact, source)
    assert asked is not None
    assert asked.prompt == "Volgens wie daalt de prijs in mei?"


def test_a_verb_second_after_its_subject_is_finite_whatever_the_tagger_said() -> None:
    """ "Het waterschap versterkt de dijk" with "versterkt" tagged a participle: second in a
    main clause, without an auxiliary, it can only be the finite verb."""
    doc = parsed([
        ("Het", "DET", 1, "det", "O"),
        ("waterschap", "NOUN", 2, "nsubj", "O"),
        ("versterkt", "VERB", 2, "ROOT", "O"),
        ("de", "DET", 4, "det", "O"),
        ("dijk", "NOUN", 2, "obj", "O"),
        ("langs", "ADP", 6, "case", "O"),
        ("Lek", "PROPN", 2, "obl", "B-LOC"),
        (".", "PUNCT", 2, "punct", "O"),
    ])  # fmt: skip
    doc[2].set_morph("VerbForm=Part")
    (fact,) = event_facts(doc)
    assert fact.finite == "versterkt"
    assert [p.text for p in fact.parts if p.role == "subject"] == ["Het waterschap"]


def test_a_participle_third_in_its_clause_is_no_finite_verb() -> None:
    """ "Gisteren de dijk versterkt": two phrases before it, so no main clause."""
    doc = parsed([
        ("Gisteren", "ADV", 3, "advmod", "O"),
        ("de", "DET", 2, "det", "O"),
        ("dijk", "NOUN", 3, "obj", "O"),
        ("versterkt", "VERB", 3, "ROOT", "O"),
        ("door", "ADP", 5, "case", "O"),
        ("Jan", "PROPN", 3, "nsubj", "B-PER"),
        (".", "PUNCT", 3, "punct", "O"),
    ])  # fmt: skip
    doc[3].set_morph("VerbForm=Part")
    assert event_facts(doc) == []


def test_a_particle_ending_the_clause_is_the_verbs() -> None:
    doc = parsed([
        ("De", "DET", 1, "det", "O"),
        ("lonen", "NOUN", 2, "nsubj", "O"),
        ("gaan", "VERB", 2, "ROOT", "O"),
        ("met", "ADP", 5, "case", "O"),
        ("7", "NUM", 5, "nummod", "B-PERCENT"),
        ("procent", "NOUN", 2, "obl", "I-PERCENT"),
        ("omhoog", "ADV", 5, "amod", "O"),
        (".", "PUNCT", 2, "punct", "O"),
    ])  # fmt: skip
    doc[2].set_morph("Number=Plur|Tense=Pres|VerbForm=Fin")
    assert particles_at_the_end(doc) == 1
    (fact,) = event_facts(doc)
    amount = next(i for i, p in enumerate(fact.parts) if p.label == "PERCENT")
    asked = nl.question(fact, amount)
    assert asked is not None
    assert asked.prompt == "Met hoeveel procent gaan de lonen omhoog?"


def test_an_age_before_a_persons_name_is_not_the_phrases_answer() -> None:
    doc = parsed([
        ("De", "DET", 1, "det", "O"),
        ("rechtbank", "NOUN", 2, "nsubj", "O"),
        ("veroordeelde", "VERB", 2, "ROOT", "O"),
        ("de", "DET", 5, "det", "O"),
        ("58-jarige", "ADJ", 5, "amod", "B-QUANTITY"),
        ("Gerard", "PROPN", 2, "obj", "B-PER"),
        ("Kuipers", "PROPN", 5, "flat", "I-PER"),
        (".", "PUNCT", 2, "punct", "O"),
    ])  # fmt: skip
    doc[2].set_morph("Number=Sing|Tense=Past|VerbForm=Fin")
    (fact,) = event_facts(doc)
    person = next(p for p in fact.parts if p.role == "object")
    assert (person.label, person.answer) == ("PER", "Gerard Kuipers")


def test_a_name_in_full_decides_its_referents_label_over_its_surname_alone() -> None:
    """ "Daan Verhoeven" (PER) once, "Verhoeven" (LOC) four times: a person."""
    from spacy.tokens import Doc

    from quizgen.entities import EntityIndex

    words = ["Daan", "Verhoeven", "won", ".", *["Verhoeven"] * 4, "Zupan", "."]
    tags = ["B-PER", "I-PER", "O", "O", *["B-LOC"] * 4, "B-PER", "O"]
    index = EntityIndex(Doc(NL.vocab, words=words, ents=tags))
    assert index.referent(index.mentions[0]) == index.referent(index.mentions[1])
    person = index.referent(index.mentions[0])
    assert person is not None and person.label == "PER"


def test_a_name_split_between_title_and_verb_is_joined() -> None:
    """ "De premier [Hiroshi] [Tanaka] heeft de president uitgenodigd" with "Tanaka" an
    adverb of the verb and the title hung on it: Tanaka is the subject's name."""
    doc = parsed([
        ("De", "DET", 1, "det", "O"),
        ("premier", "NOUN", 3, "nsubj", "O"),
        ("Hiroshi", "PROPN", 1, "appos", "B-PER"),
        ("Tanaka", "NOUN", 7, "advmod", "I-PER"),
        ("heeft", "AUX", 7, "aux", "O"),
        ("de", "DET", 6, "det", "O"),
        ("president", "NOUN", 7, "obj", "O"),
        ("uitgenodigd", "VERB", 7, "ROOT", "O"),
        (".", "PUNCT", 7, "punct", "O"),
    ])  # fmt: skip
    assert join_split_names(doc) == 1
    assert [(t.head.i, t.dep_) for t in doc[1:4]] == [(7, "nsubj"), (1, "appos"), (2, "flat")]


def test_a_verb_of_saying_after_a_comma_names_the_source() -> None:
    doc = parsed([
        ("60", "NUM", 1, "nummod", "B-QUANTITY"),
        ("mensen", "NOUN", 2, "nsubj", "I-QUANTITY"),
        ("raakten", "VERB", 2, "ROOT", "O"),
        ("gewond", "ADJ", 2, "xcomp", "O"),
        (",", "PUNCT", 5, "punct", "O"),
        ("meldt", "VERB", 2, "conj", "O"),
        ("de", "DET", 7, "det", "O"),
        ("politie", "NOUN", 5, "obj", "B-ORG"),
        (".", "PUNCT", 2, "punct", "O"),
    ])  # fmt: skip
    doc[2].set_morph("Number=Plur|Tense=Past|VerbForm=Fin")
    doc[5].set_morph("Number=Sing|Tense=Pres|VerbForm=Fin")
    assert speech_after_comma(doc) == 1
    (fact,) = event_facts(doc)
    asked = nl.question(fact, 0)
    assert asked is not None
    assert asked.prompt == "Hoeveel mensen raakten volgens de politie gewond?"


def test_an_idiom_read_as_a_conjunction_stays_in_the_question() -> None:
    doc = parsed([
        ("40", "NUM", 1, "nummod", "B-QUANTITY"),
        ("mensen", "NOUN", 2, "nsubj", "I-QUANTITY"),
        ("kwamen", "VERB", 2, "ROOT", "O"),
        ("om", "ADP", 2, "mark", "O"),
        ("het", "DET", 5, "det", "O"),
        ("leven", "NOUN", 3, "fixed", "O"),
        (".", "PUNCT", 2, "punct", "O"),
    ])  # fmt: skip
    doc[2].set_morph("Number=Plur|Tense=Past|VerbForm=Fin")
    (fact,) = event_facts(doc)
    asked = nl.question(fact, 0)
    assert asked is not None
    assert asked.prompt == "Hoeveel mensen kwamen om het leven?"


def test_who_says_a_thing_of_herself_is_no_source_of_it() -> None:
    """ "Ze wil het verbod niet uitbreiden, schreef zij": "volgens Anna Smit" would give the
    answer to "Wie wil …?" away."""
    rows = [
        ("Ze", "PRON", 4, "nsubj", "O"),
        ("wil", "AUX", 4, "aux", "O"),
        ("het", "DET", 3, "det", "O"),
        ("verbod", "NOUN", 4, "obj", "O"),
        ("uitbreiden", "VERB", 4, "ROOT", "O"),
        (",", "PUNCT", 6, "punct", "O"),
        ("schreef", "VERB", 4, "parataxis", "O"),
        ("zij", "PRON", 6, "nsubj", "O"),
        (".", "PUNCT", 4, "punct", "O"),
    ]
    (fact,) = person_then(rows, "Sing", verbs=(1, 6))
    assert [p.role for p in fact.parts] == ["subject", "object", "verb"]
    assert fact.parts[0].answer == "Anna Smit"


def test_when_a_thing_was_said_is_no_blank() -> None:
    from quizgen.extract import FactExtractor

    doc = parsed([
        ("Het", "PRON", 1, "nsubj", "O"),
        ("regent", "VERB", 1, "ROOT", "O"),
        (",", "PUNCT", 3, "punct", "O"),
        ("zei", "VERB", 1, "parataxis", "O"),
        ("Kim", "PROPN", 3, "nsubj", "B-PER"),
        ("dinsdag", "NOUN", 3, "obl", "B-DATE"),
        (".", "PUNCT", 1, "punct", "O"),
    ])  # fmt: skip
    doc[3].lemma_ = "zeggen"
    assert FactExtractor(doc, "nl").when_said(doc[5:6])
    doc[5].head = doc[1]
    assert not FactExtractor(doc, "nl").when_said(doc[5:6])


RELATIVE = [
    ("Dat", "PRON", 1, "nsubj", "O"),
    ("blijkt", "VERB", 1, "ROOT", "O"),
    ("uit", "ADP", 4, "case", "O"),
    ("een", "DET", 4, "det", "O"),
    ("onderzoek", "NOUN", 1, "obl", "O"),
    ("dat", "SCONJ", 10, "mark", "O"),
    ("de", "DET", 7, "det", "O"),
    ("universiteit", "NOUN", 10, "nsubj", "O"),
    ("in", "ADP", 9, "case", "B-DATE"),
    ("2024", "NUM", 10, "obl", "I-DATE"),
    ("uitvoerde", "VERB", 4, "acl:relcl", "O"),
    (".", "PUNCT", 1, "punct", "O"),
]


def relative_facts(rows: list[tuple[str, str, int, str, str]], gender: str) -> list[Fact]:
    doc = parsed(rows)
    doc[1].set_morph("Number=Sing|Tense=Pres|VerbForm=Fin")
    doc[4].set_morph(f"Gender={gender}|Number=Sing")
    doc[10].set_morph("Number=Sing|Tense=Past|VerbForm=Fin")
    doc[10].lemma_ = "uit_voeren"
    return event_facts(doc)


def test_a_relative_clause_is_a_fact_about_what_its_pronoun_stands_for() -> None:
    """ "een onderzoek dat de universiteit in 2024 uitvoerde": "dat" is the object (the
    clause has its subject), and stands for "het onderzoek"."""
    (fact,) = relative_facts(RELATIVE, "Neut")
    when = next(i for i, p in enumerate(fact.parts) if p.role == "time")
    asked = nl.question(fact, when)
    assert asked is not None
    assert asked.prompt == "Wanneer voerde de universiteit het onderzoek uit?"
    assert [p.text for p in fact.parts if p.role == "object"] == ["het onderzoek"]


def test_a_relative_clause_with_a_second_one_after_en_is_a_fact() -> None:
    """ "een onderzoek dat de universiteit in 2024 uitvoerde [en in 2025 publiceerde]": the
    second relative clause ends in its verb as the first does; the first is still a fact,
    the second, whose pronoun is the first's, none."""
    rows = [*RELATIVE[:-1], ("en", "CCONJ", 14, "cc", "O"), ("in", "ADP", 13, "case", "O"),
            ("2025", "NUM", 14, "obl", "O"), ("publiceerde", "VERB", 10, "conj", "O"),
            (".", "PUNCT", 1, "punct", "O")]  # fmt: skip
    doc = parsed(rows)
    doc[1].set_morph("Number=Sing|Tense=Pres|VerbForm=Fin")
    doc[4].set_morph("Gender=Neut|Number=Sing")
    for i in (10, 14):
        doc[i].set_morph("Number=Sing|Tense=Past|VerbForm=Fin")
    doc[10].lemma_ = "uit_voeren"
    (fact,) = event_facts(doc)
    when = next(i for i, p in enumerate(fact.parts) if p.role == "time")
    asked = nl.question(fact, when)
    assert asked is not None
    assert asked.prompt == "Wanneer voerde de universiteit het onderzoek uit?"


def test_dat_after_a_common_noun_is_no_relative_pronoun() -> None:
    """ "de rechtszaak dat …": "dat" does not fit a "de" noun, so it opens no relative clause."""
    assert relative_facts(RELATIVE, "Com") == []


def test_a_time_is_not_what_a_relative_pronoun_stands_for() -> None:
    """ "Het is voor het eerst in twaalf jaar dat …" is no relative clause on "jaar"."""
    rows = [*RELATIVE]
    rows[3] = ("twaalf", "NUM", 4, "nummod", "B-DATE")
    rows[4] = ("jaar", "NOUN", 1, "obl", "I-DATE")
    assert relative_facts(rows, "Neut") == []


def test_a_relative_clause_on_a_name_inside_a_phrase_of_another_noun_is_ambiguous() -> None:
    """ "een proef in Kenia, die werd geleid door het LUMC": "die" may be the trial or
    Kenya; the parser hung it on Kenya ("Door wie werd Kenia geleid?")."""
    doc = parsed([
        ("Dat", "PRON", 1, "nsubj", "O"),
        ("blijkt", "VERB", 1, "ROOT", "O"),
        ("uit", "ADP", 4, "case", "O"),
        ("een", "DET", 4, "det", "O"),
        ("proef", "NOUN", 1, "obl", "O"),
        ("in", "ADP", 6, "case", "O"),
        ("Kenia", "PROPN", 4, "nmod", "B-LOC"),
        (",", "PUNCT", 10, "punct", "O"),
        ("die", "PRON", 10, "nsubj:pass", "O"),
        ("werd", "AUX", 10, "aux:pass", "O"),
        ("geleid", "VERB", 6, "acl:relcl", "O"),
        ("door", "ADP", 12, "case", "O"),
        ("LUMC", "PROPN", 10, "obl", "B-ORG"),
        (".", "PUNCT", 1, "punct", "O"),
    ])  # fmt: skip
    doc[1].set_morph("Number=Sing|Tense=Pres|VerbForm=Fin")
    doc[4].set_morph("Gender=Com|Number=Sing")
    doc[9].set_morph("Number=Sing|Tense=Past|VerbForm=Fin")
    assert event_facts(doc) == []


def test_a_blank_keeps_the_main_clause_a_fronted_clause_belongs_to() -> None:
    """ "…, maar toen de politie kwam, waren de daders weg.": cut before "waren", the blank
    would end in "maar toen de politie kwam."; "…, meldt de politie" may go."""
    from quizgen.extract import without_tail

    rows = [
        ("Het", "DET", 1, "det", "O"),
        ("alarm", "NOUN", 2, "nsubj", "O"),
        ("ging", "VERB", 2, "ROOT", "O"),
        ("om", "ADP", 4, "case", "B-TIME"),
        ("drie", "NUM", 2, "obl", "I-TIME"),
        ("af", "ADP", 2, "compound:prt", "O"),
        (",", "PUNCT", 2, "punct", "O"),
        ("maar", "CCONJ", 10, "cc", "O"),
        ("toen", "SCONJ", 9, "mark", "O"),
        ("agenten", "NOUN", 2, "advcl", "O"),
        ("kwamen", "VERB", 2, "advcl", "O"),
        (",", "PUNCT", 12, "punct", "O"),
        ("waren", "AUX", 14, "cop", "O"),
        ("daders", "NOUN", 14, "nsubj", "O"),
        ("weg", "ADV", 2, "conj", "O"),
        (".", "PUNCT", 2, "punct", "O"),
    ]
    doc = parsed(rows)
    doc[12].set_morph("Number=Plur|Tense=Past|VerbForm=Fin")
    sent = doc[0 : len(doc)]
    assert without_tail(sent, doc[3:5]) == sent.text
    said = [*rows[:11], (",", "PUNCT", 12, "punct", "O"), ("meldt", "VERB", 2, "parataxis", "O"),
            ("politie", "NOUN", 12, "nsubj", "O"), (".", "PUNCT", 2, "punct", "O")]  # fmt: skip
    doc = parsed(said)
    doc[12].set_morph("Number=Sing|Tense=Pres|VerbForm=Fin")
    assert "meldt" not in without_tail(doc[0 : len(doc)], doc[3:5])


def test_a_known_city_after_in_at_the_end_of_a_name_is_a_place_of_its_own() -> None:
    doc = parsed([
        ("Uit", "ADP", 1, "case", "O"),
        ("Museum", "NOUN", 6, "obl", "B-LOC"),
        ("Fundatie", "PROPN", 1, "flat", "I-LOC"),
        ("in", "ADP", 4, "case", "I-LOC"),
        ("Zwolle", "PROPN", 1, "nmod", "I-LOC"),
        ("is", "AUX", 6, "aux", "O"),
        ("ingebroken", "VERB", 6, "ROOT", "O"),
        (".", "PUNCT", 6, "punct", "O"),
    ])  # fmt: skip
    assert split_seats(doc) == 1
    assert entities(doc) == [("Museum Fundatie", "LOC"), ("Zwolle", "LOC")]


def test_a_function_or_kind_compound_opening_the_sentence_is_cut_off_a_name() -> None:
    doc = parsed([
        ("Chipfabrikant", "PROPN", 2, "nsubj", "B-PER"),
        ("NXP", "PROPN", 0, "flat", "I-PER"),
        ("groeit", "VERB", 2, "ROOT", "O"),
        (".", "PUNCT", 2, "punct", "O"),
    ])  # fmt: skip
    assert trim_openers(doc) == 1
    assert [e.text for e in doc.ents] == ["NXP"]
    doc = parsed([
        ("Universiteit", "PROPN", 2, "nsubj", "B-ORG"),
        ("Leiden", "PROPN", 0, "flat", "I-ORG"),
        ("groeit", "VERB", 2, "ROOT", "O"),
        (".", "PUNCT", 2, "punct", "O"),
    ])  # fmt: skip
    assert trim_openers(doc) == 0


def test_after_a_function_a_name_van_a_name_is_a_person_and_an_organisation() -> None:
    doc = parsed([
        ("meteoroloog", "NOUN", 5, "nsubj", "O"),
        ("Marco", "PROPN", 0, "appos", "B-ORG"),
        ("Verhoef", "PROPN", 1, "flat", "I-ORG"),
        ("van", "ADP", 4, "case", "I-ORG"),
        ("Weeronline", "PROPN", 1, "nmod", "I-ORG"),
        ("spreekt", "VERB", 5, "ROOT", "O"),
    ])  # fmt: skip
    assert persons_of_organisations(doc) == 1
    assert entities(doc) == [
        ("Marco Verhoef", "PER"),
        ("Weeronline", "ORG"),
    ]
    # The NER left the first name and a particle out: "directeur Eva de [Jong van de
    # Museumnacht]" had made "De Museumnacht" the person "Jong van de Museumnacht".
    doc = parsed([
        ("directeur", "NOUN", 7, "nsubj", "O"), ("Eva", "PROPN", 0, "appos", "O"),
        ("de", "DET", 3, "det", "O"), ("Jong", "PROPN", 1, "flat", "B-ORG"),
        ("van", "ADP", 6, "case", "I-ORG"), ("de", "DET", 6, "det", "I-ORG"),
        ("Museumnacht", "PROPN", 3, "nmod", "I-ORG"), ("is", "AUX", 7, "ROOT", "O"),
    ])  # fmt: skip
    assert persons_of_organisations(doc) == 1
    assert entities(doc) == [
        ("Eva de Jong", "PER"),
        ("Museumnacht", "ORG"),
    ]


def test_a_clause_without_its_conjunction_is_no_tail_to_cut() -> None:
    """ "In Leeuwarden werd de markt, die tot zondag zou duren, voortijdig gesloten." with
    "gesloten" an adverbial clause: cut there, the main clause would lose its verb."""
    from quizgen.extract import without_tail

    doc = parsed([
        ("In", "ADP", 1, "case", "O"),
        ("Leeuwarden", "PROPN", 4, "obl", "B-LOC"),
        ("werd", "AUX", 4, "cop", "O"),
        ("de", "DET", 4, "det", "O"),
        ("markt", "NOUN", 4, "ROOT", "O"),
        (",", "PUNCT", 10, "punct", "O"),
        ("die", "PRON", 10, "nsubj", "O"),
        ("tot", "ADP", 8, "case", "B-DATE"),
        ("zondag", "PROPN", 10, "obl", "I-DATE"),
        ("zou", "AUX", 10, "aux", "O"),
        ("duren", "VERB", 4, "acl:relcl", "O"),
        (",", "PUNCT", 4, "punct", "O"),
        ("voortijdig", "ADJ", 13, "advmod", "O"),
        ("gesloten", "VERB", 4, "advcl", "O"),
        (".", "PUNCT", 4, "punct", "O"),
    ])  # fmt: skip
    sent = doc[0 : len(doc)]
    assert without_tail(sent, doc[1:2]) == sent.text


def test_a_kind_noun_opening_the_sentence_says_what_the_name_is() -> None:
    """ "Netbeheerder Liander verwacht …": the opening common noun, tagged a name there, is
    not in the answer; the name is an organisation, asked "Welke beheerder" or "wie"."""
    doc = parsed([
        ("Netbeheerder", "PROPN", 2, "nsubj", "O"),
        ("Liander", "PROPN", 0, "appos", "B-PER"),
        ("verwacht", "VERB", 2, "ROOT", "O"),
        ("storingen", "NOUN", 2, "obj", "O"),
        (".", "PUNCT", 2, "punct", "O"),
    ])  # fmt: skip
    from quizgen.repair import label_by_kind

    assert label_by_kind(doc) == 1
    assert entities(doc) == [("Liander", "ORG")]


def test_a_persons_name_runs_on_over_particles_but_not_over_van() -> None:
    rows = [
        ("President", "NOUN", 5, "nsubj", "O"),
        ("Marcelo", "PROPN", 0, "appos", "B-PER"),
        ("Rebelo", "PROPN", 1, "flat", "I-PER"),
        ("de", "DET", 4, "det", "O"),
        ("Sousa", "PROPN", 1, "flat", "B-ORG"),
        ("praat", "VERB", 5, "ROOT", "O"),
    ]
    doc = parsed(rows)
    assert surnames_with_particles(doc) == 1
    assert entities(doc) == [("Marcelo Rebelo de Sousa", "PER")]
    rows[3], rows[4] = ("van", "ADP", 4, "case", "O"), ("NXP", "PROPN", 1, "nmod", "B-ORG")
    assert surnames_with_particles(parsed(rows)) == 0


def test_a_relative_clause_after_a_phrase_inside_its_noun_phrase_is_ambiguous() -> None:
    """ "een tentoonstelling over de stad, die in 1976 zijn eerste inwoners kreeg": "die"
    may be the town as well as the exhibition."""
    doc = parsed([
        ("Zij", "PRON", 1, "nsubj", "O"),
        ("bekeek", "VERB", 1, "ROOT", "O"),
        ("een", "DET", 3, "det", "O"),
        ("tentoonstelling", "NOUN", 1, "obj", "O"),
        ("over", "ADP", 6, "case", "O"),
        ("de", "DET", 6, "det", "O"),
        ("stad", "NOUN", 3, "nmod", "O"),
        (",", "PUNCT", 12, "punct", "O"),
        ("die", "PRON", 12, "nsubj", "O"),
        ("in", "ADP", 10, "case", "B-DATE"),
        ("1976", "NUM", 12, "obl", "I-DATE"),
        ("inwoners", "NOUN", 12, "obj", "O"),
        ("kreeg", "VERB", 3, "acl:relcl", "O"),
        (".", "PUNCT", 1, "punct", "O"),
    ])  # fmt: skip
    doc[3].set_morph("Gender=Com|Number=Sing")
    doc[6].set_morph("Gender=Com|Number=Sing")
    from quizgen.extract import FactExtractor

    assert FactExtractor(doc, "nl").relative_clause(doc[12]) is None
    doc[6].set_morph("Gender=Neut|Number=Sing")  # "het dorp, die": no
    assert FactExtractor(doc, "nl").relative_clause(doc[12]) is not None


def test_a_blank_does_not_end_in_a_relative_pronoun_whose_clause_is_cut() -> None:
    """ "In Brugge loopt de tentoonstelling die, u raadt het al, over voetbal gaat." was cut
    to "… de tentoonstelling die."."""
    from quizgen.extract import self_opening

    doc = NL("de tentoonstelling die , u raadt het al , over voetbal gaat .")
    assert self_opening(doc[2])
    doc = NL("de politie hield drie mannen aan .")
    doc[4].pos_, doc[4].dep_ = "ADP", "compound:prt"
    assert not self_opening(doc[4])


def test_an_article_and_ordinal_without_a_noun_leave_the_clause_unasked() -> None:
    doc = parsed([
        ("In", "ADP", 2, "case", "O"),
        ("het", "DET", 2, "det", "O"),
        ("tweede", "ADJ", 3, "obl", "O"),
        ("staan", "VERB", 3, "ROOT", "O"),
        ("er", "ADV", 3, "advmod", "O"),
        ("drie", "NUM", 6, "nummod", "B-QUANTITY"),
        ("rijen", "NOUN", 3, "nsubj", "I-QUANTITY"),
        (".", "PUNCT", 3, "punct", "O"),
    ])  # fmt: skip
    doc[3].set_morph("Number=Plur|Tense=Pres|VerbForm=Fin")
    assert event_facts(doc) == []


@pytest.mark.parametrize(
    ("plain", "after_article"),
    [("toenmalig", "toenmalige"), ("Amerikaans", "Amerikaanse"), ("Chinees", "Chinese"),
     ("technisch", "technische"), ("groot", "groot")],
)  # fmt: skip
def test_an_adjective_takes_the_ending_of_an_added_article(plain: str, after_article: str) -> None:
    from quizgen.extract import inflected

    assert inflected(plain) == after_article


def titles_in(rows: list[tuple[str, str, int, str, str]]) -> list[Fact]:
    return title_facts(parsed(rows))


def test_a_title_without_article_is_asked_with_one_and_the_adjectives_ending() -> None:
    (fact,) = titles_in([
        ("Gisteren", "ADV", 1, "advmod", "O"),
        ("sprak", "VERB", 1, "ROOT", "O"),
        ("toenmalig", "ADJ", 3, "amod", "O"),
        ("minister", "NOUN", 1, "nsubj", "O"),
        ("Philippe", "PROPN", 3, "appos", "B-PER"),
        ("Maystadt", "PROPN", 4, "flat", "I-PER"),
        (".", "PUNCT", 1, "punct", "O"),
    ])  # fmt: skip
    function = fact.role("attribute")
    assert function is not None
    assert (function.text, function.answer) == ("de toenmalige minister", "toenmalig minister")


def test_a_plural_title_before_names_is_no_ones_function() -> None:
    rows = [
        ("Er", "ADV", 1, "advmod", "O"),
        ("waren", "AUX", 1, "ROOT", "O"),
        ("oud-ministers", "NOUN", 1, "nsubj", "O"),
        ("Marcel", "PROPN", 2, "appos", "B-PER"),
        ("Colla", "PROPN", 3, "flat", "I-PER"),
        (".", "PUNCT", 1, "punct", "O"),
    ]
    doc = parsed(rows)
    doc[2].set_morph("Number=Plur")
    assert title_facts(doc) == []
    rows[2] = ("oud-minister", "NOUN", 1, "nsubj", "O")
    doc = parsed(rows)
    doc[2].set_morph("Number=Sing")
    assert len(title_facts(doc)) == 1
    # A plural the tagger took for a singular is no one's function either.
    rows[2] = ("oud-ministers", "NOUN", 1, "nsubj", "O")
    doc = parsed(rows)
    doc[2].set_morph("Number=Sing")
    assert title_facts(doc) == []


def test_a_particle_with_words_hung_on_it_is_no_particle() -> None:
    """ "hebben [bekend] dat zij op 6 juni in Chiavenna, bij Bergamo …" with the clause hung
    on "bekend": "Waar hebben … bekend dat zij op 6 juni in Chiavenna?" was asked."""
    rows = [
        ("Meisjes", "NOUN", 1, "nsubj", "O"), ("hebben", "AUX", 1, "ROOT", "O"),
        ("bekend", "ADJ", 1, "compound:prt", "O"), ("dat", "SCONJ", 2, "dep", "O"),
        ("zij", "PRON", 3, "nsubj", "O"), (",", "PUNCT", 3, "punct", "O"),
        ("bij", "ADP", 7, "case", "O"), ("Bergamo", "PROPN", 1, "obl", "B-LOC"),
        (".", "PUNCT", 1, "punct", "O"),
    ]  # fmt: skip
    doc = parsed(rows)
    doc[1].set_morph("Number=Plur|Tense=Pres|VerbForm=Fin")
    assert event_facts(doc) == []
    # A particle that opens a fixed phrase is one: "nemen [in] gebruik".
    rows[3:6] = [("gebruik", "NOUN", 2, "fixed", "O")]
    rows[4:6] = [("bij", "ADP", 5, "case", "O"), ("Bergamo", "PROPN", 1, "obl", "B-LOC")]
    rows[6:] = [(".", "PUNCT", 1, "punct", "O")]
    doc = parsed(rows)
    doc[1].set_morph("Number=Plur|Tense=Pres|VerbForm=Fin")
    assert event_facts(doc)


def test_a_name_read_as_an_adverb_in_a_clause_without_subject_is_its_subject() -> None:
    """ "Volgende week speelt [Griekspoor] in Halle" with the name an adverb gave no fact; a
    name beside a subject is still no one's ("De premier [Hiroshi Tanaka] heeft …")."""
    rows = [
        ("Volgende", "ADJ", 1, "amod", "B-DATE"), ("week", "NOUN", 2, "obl", "I-DATE"),
        ("speelt", "VERB", 2, "ROOT", "O"), ("Griekspoor", "PROPN", 2, "advmod", "B-PER"),
        ("in", "ADP", 5, "case", "O"), ("Halle", "PROPN", 2, "obl", "B-LOC"),
        (".", "PUNCT", 2, "punct", "O"),
    ]  # fmt: skip
    doc = parsed(rows)
    doc[2].set_morph("Number=Sing|Tense=Pres|VerbForm=Fin")
    (fact,) = event_facts(doc)
    asked = nl.question(fact, next(i for i, p in enumerate(fact.parts) if p.role == "subject"))
    assert asked is not None and asked.prompt == "Wie speelt volgende week in Halle?"
    rows[0:2] = [("De", "DET", 1, "det", "O"), ("premier", "NOUN", 2, "nsubj", "O")]
    doc = parsed(rows)
    doc[2].set_morph("Number=Sing|Tense=Pres|VerbForm=Fin")
    assert event_facts(doc) == []


def test_a_common_noun_joined_to_a_name_is_no_part_of_it() -> None:
    """ "de [zaak-Hissene Habré]": the answer to "Wie …?" is "Hissene Habré"."""
    from quizgen.entities import name_words

    doc = parsed([
        ("de", "DET", 1, "det", "O"), ("zaak-Hissene", "PROPN", 3, "nsubj", "B-PER"),
        ("Habré", "PROPN", 1, "flat", "I-PER"), ("loopt", "VERB", 3, "ROOT", "O"),
    ])  # fmt: skip
    assert name_words(doc[1:3]) == ("Hissene", "Habré")
    assert name_words(doc[2:3]) == ("Habré",)


def test_a_that_clause_ending_the_sentence_is_kept_whole_in_the_question() -> None:
    """ "Directeur Lotte Brinkman wil [dat de regeringen eerst onderzoek laten doen]": "Wie
    wil dat de regeringen eerst onderzoek laten doen?"; with a pronoun in it ("dat zij …")
    the clause points at someone the question does not name: no fact."""

    def facts(pronoun: bool) -> list[Fact]:
        word, tag = ("zij", "PRON") if pronoun else ("regeringen", "NOUN")
        subject = (word, tag, 6, "nsubj", "O")
        rows = [
            ("Brinkman", "PROPN", 1, "nsubj", "B-PER"), ("wil", "VERB", 1, "ROOT", "O"),
            ("dat", "SCONJ", 6, "mark", "O"), subject,
            ("eerst", "ADV", 6, "advmod", "O"), ("onderzoek", "NOUN", 6, "obj", "O"),
            ("doen", "VERB", 1, "ccomp", "O"), (".", "PUNCT", 1, "punct", "O"),
        ]  # fmt: skip
        doc = parsed(rows)
        doc[1].set_morph("Number=Sing|Tense=Pres|VerbForm=Fin")
        doc[3].set_morph("PronType=Prs" if pronoun else "Number=Plur")
        return event_facts(doc)

    (wants,) = facts(False)
    asked = nl.question(wants, 0)
    assert asked is not None
    assert asked.prompt == "Wie wil dat regeringen eerst onderzoek doen?"
    assert facts(True) == []
    # Nor "dat [die] regeringen …": which ones?
    doc = parsed([
        ("Brinkman", "PROPN", 1, "nsubj", "B-PER"), ("wil", "VERB", 1, "ROOT", "O"),
        ("dat", "SCONJ", 6, "mark", "O"), ("die", "DET", 4, "det", "O"),
        ("regeringen", "NOUN", 6, "nsubj", "O"), ("onderzoek", "NOUN", 6, "obj", "O"),
        ("doen", "VERB", 1, "ccomp", "O"), (".", "PUNCT", 1, "punct", "O"),
    ])  # fmt: skip
    doc[1].set_morph("Number=Sing|Tense=Pres|VerbForm=Fin")
    assert event_facts(doc) == []


def test_a_constituent_the_parse_hangs_across_its_verb_keeps_its_word_order() -> None:
    """ "oordeelde dat er sprake [van overlobbying] was" parsed with "van overlobbying" on
    "sprake" but after "was": the clause ends with it, as in the text ("Wie oordeelde
    dat er sprake was?" lost it)."""
    rows = [
        ("Schins", "PROPN", 1, "nsubj", "B-PER"), ("oordeelde", "VERB", 1, "ROOT", "O"),
        ("dat", "SCONJ", 5, "mark", "O"), ("er", "ADV", 5, "advmod", "O"),
        ("sprake", "NOUN", 5, "nsubj", "O"), ("was", "AUX", 1, "ccomp", "O"),
        ("van", "ADP", 7, "case", "O"), ("overlobbying", "NOUN", 4, "nmod", "O"),
        (".", "PUNCT", 1, "punct", "O"),
    ]  # fmt: skip
    doc = parsed(rows)
    doc[1].set_morph("Number=Sing|Tense=Past|VerbForm=Fin")
    doc[5].set_morph("Number=Sing|Tense=Past|VerbForm=Fin")
    (fact,) = event_facts(doc)
    asked = nl.question(fact, 0)
    assert asked is not None
    assert asked.prompt == "Wie oordeelde dat er sprake was van overlobbying?"


def test_a_phrase_with_its_preposition_tagged_a_noun_modifier_is_the_verbs() -> None:
    """ "Ajax heeft met 2-0 verloren [van AZ]" with "AZ" an nmod of the verb gave no fact;
    a bare number ("stijgen [van 240] naar 330 miljoen euro") still gives none."""
    rows = [
        ("Ajax", "PROPN", 4, "nsubj", "B-ORG"), ("heeft", "AUX", 4, "aux", "O"),
        ("met", "ADP", 3, "case", "O"), ("2-0", "NUM", 4, "obl", "O"),
        ("verloren", "VERB", 4, "ROOT", "O"), ("van", "ADP", 6, "case", "O"),
        ("AZ", "PROPN", 4, "nmod", "B-ORG"), (".", "PUNCT", 4, "punct", "O"),
    ]  # fmt: skip
    doc = parsed(rows)
    doc[1].set_morph("Number=Sing|Tense=Pres|VerbForm=Fin")
    (fact,) = event_facts(doc)
    asked = nl.question(fact, 0)
    assert asked is not None and asked.prompt == "Wie heeft met 2-0 verloren van AZ?"
    rows[6] = ("240", "NUM", 4, "nmod", "O")
    doc = parsed(rows)
    doc[1].set_morph("Number=Sing|Tense=Pres|VerbForm=Fin")
    assert event_facts(doc) == []


def test_an_infinitive_with_a_clause_that_points_back_gives_no_fact() -> None:
    """ "De bank gaat niet zover te bepleiten [dat het wel wat minder kan]" gave "Wie gaat
    niet zover te bepleiten dat het wel wat minder kan?": what is "het"?"""

    def facts(word: str, pos: str, morph: str) -> list[Fact]:
        doc = parsed([
            ("Wereldbank", "PROPN", 1, "nsubj", "B-ORG"), ("gaat", "VERB", 1, "ROOT", "O"),
            ("niet", "ADV", 3, "advmod", "O"), ("zover", "ADV", 5, "advmod", "O"),
            ("te", "ADP", 5, "mark", "O"), ("bepleiten", "VERB", 1, "xcomp", "O"),
            ("dat", "SCONJ", 9, "mark", "O"), (word, pos, 9, "nsubj", "O"),
            ("minder", "ADV", 9, "advmod", "O"), ("kan", "VERB", 5, "ccomp", "O"),
            (".", "PUNCT", 1, "punct", "O"),
        ])  # fmt: skip
        doc[1].set_morph("Number=Sing|Tense=Pres|VerbForm=Fin")
        doc[7].set_morph(morph)
        return event_facts(doc)

    assert facts("het", "PRON", "Person=3|PronType=Prs") == []
    assert facts("Nederland", "PROPN", "Number=Sing")
    # A possessive or reflexive stands for the subject it follows: "dat [zijn] ploeg …",
    # "die [zich] misdragen" are asked.
    assert facts("zijn", "PRON", "Person=3|Poss=Yes|PronType=Prs")
    assert facts("zich", "PRON", "Person=3|PronType=Prs|Reflex=Yes")
    # Nor a clause inside a phrase: "met de opmerking [dat een kabinet dat moet beslissen]"
    # (which "dat"?); a relative "die" points at the noun it stands by.
    for word, kind, left in (("dat", "Dem", False), ("die", "Rel", True)):
        doc = parsed([
            ("Kok", "PROPN", 1, "nsubj", "B-PER"), ("suste", "VERB", 1, "ROOT", "O"),
            ("de", "DET", 3, "det", "O"), ("opwinding", "NOUN", 1, "obj", "O"),
            ("met", "ADP", 6, "case", "O"), ("de", "DET", 6, "det", "O"),
            ("opmerking", "NOUN", 1, "obl", "O"), (word, "PRON", 9, "obj", "O"),
            ("kabinetten", "NOUN", 9, "nsubj", "O"), ("beslissen", "VERB", 6, "acl", "O"),
            (".", "PUNCT", 1, "punct", "O"),
        ])  # fmt: skip
        doc[1].set_morph("Number=Sing|Tense=Past|VerbForm=Fin")
        doc[7].set_morph(f"PronType={kind}")
        assert bool(event_facts(doc)) is left


def test_a_question_in_the_text_tells_no_fact() -> None:
    """ "Zag het er in Spa niet best uit?": no blank, no wh-question of it."""
    rows = [
        ("Lag", "VERB", 0, "ROOT", "O"),
        ("Kim", "PROPN", 0, "nsubj", "B-PER"),
        ("in", "ADP", 3, "case", "O"),
        ("Spa", "PROPN", 0, "obl", "B-LOC"),
        ("?", "PUNCT", 0, "punct", "O"),
    ]
    doc = parsed(rows)
    doc[0].set_morph("Number=Sing|Tense=Past|VerbForm=Fin")
    assert FactExtractor(doc, "nl").run().facts == []
    rows[4] = (".", "PUNCT", 0, "punct", "O")
    rows[0] = ("Kim", "PROPN", 1, "nsubj", "B-PER")
    rows[1] = ("lag", "VERB", 1, "ROOT", "O")
    rows[2:4] = [("in", "ADP", 3, "case", "O"), ("Spa", "PROPN", 1, "obl", "B-LOC")]
    rows[4] = (".", "PUNCT", 1, "punct", "O")
    doc = parsed(rows)
    doc[1].set_morph("Number=Sing|Tense=Past|VerbForm=Fin")
    assert FactExtractor(doc, "nl").run().facts


def test_no_blank_in_an_aside_or_in_half_of_a_joined_form() -> None:
    from quizgen.extract import bracketed, joined_before

    doc = NL("Willy ( Antwerpen , 15 februari 1913 -- 28 augustus 1990 ) tekende in de jaren '50 .")
    for t in doc:
        t.is_sent_start = t.i == 0
    assert bracketed(doc[8:11])
    assert not bracketed(doc[15:16])
    assert joined_before(doc[17:18])
    doc = NL("In 1940 - 41 werd gevochten .")
    doc[1].pos_ = "NUM"
    assert joined_before(doc[3:4])
    # The first half of the range is no blank either ("in [2000] - 2001").
    assert joined_before(doc[1:2])
    assert not joined_before(doc[4:5])


def test_who_also_did_something_is_not_asked_for() -> None:
    """ "Ook Meta kreeg een boete": Apple got one too, so "Wie kreeg een boete?" has two
    answers; the fine itself may still be asked."""
    doc = parsed([
        ("Ook", "ADV", 1, "advmod", "O"),
        ("Meta", "PROPN", 2, "nsubj", "B-ORG"),
        ("kreeg", "VERB", 2, "ROOT", "O"),
        ("woensdag", "NOUN", 2, "obl", "B-DATE"),
        ("een", "DET", 5, "det", "O"),
        ("boete", "NOUN", 2, "obj", "O"),
        (".", "PUNCT", 2, "punct", "O"),
    ])  # fmt: skip
    doc[2].set_morph("Number=Sing|Tense=Past|VerbForm=Fin")
    (fact,) = event_facts(doc)
    assert [p.shared for p in fact.parts if p.role == "subject"] == [True]
    from collections import Counter

    from quizgen.entities import EntityIndex
    from quizgen.extract import Extraction
    from quizgen.generate import candidates

    asked = [c.topic for c in candidates(Extraction([fact], EntityIndex(doc), Counter()), nl)]
    assert "subject" not in asked and "time" in asked


def test_a_connective_zo_opening_the_clause_is_left_out_of_the_question() -> None:
    doc = parsed([
        ("Zo", "ADV", 1, "advmod", "O"),
        ("komen", "VERB", 1, "ROOT", "O"),
        ("alle", "DET", 3, "det", "O"),
        ("operaties", "NOUN", 1, "nsubj", "O"),
        ("in", "ADP", 5, "case", "O"),
        ("Goes", "PROPN", 1, "obl", "B-LOC"),
        (".", "PUNCT", 1, "punct", "O"),
    ])  # fmt: skip
    doc[1].set_morph("Number=Plur|Tense=Pres|VerbForm=Fin")
    (fact,) = event_facts(doc)
    where = next(i for i, p in enumerate(fact.parts) if p.role == "place")
    asked = nl.question(fact, where)
    assert asked is not None
    assert asked.prompt == "Waar komen alle operaties?"


def test_a_year_joined_to_another_number_is_no_blank() -> None:
    """ "[In 1994] en 2002 volgden musicals": half of a list of years."""
    from quizgen.extract import in_enumeration

    doc = NL("In 1994 en 2002 volgden musicals .")
    doc[1].pos_, doc[2].pos_, doc[3].pos_ = "NUM", "CCONJ", "NUM"
    assert in_enumeration(doc[0:2], [doc[0:2]])


@pytest.mark.parametrize(("noun", "titled"), [("vader", False), ("zoon", False), ("econoom", True)])
def test_a_family_relation_is_no_function(noun: str, titled: bool) -> None:
    """ "zijn vader Robert Verwilghen" says whose father he is, not what he does."""
    facts = titles_in([
        ("Gisteren", "ADV", 1, "advmod", "O"),
        ("sprak", "VERB", 1, "ROOT", "O"),
        (noun, "NOUN", 1, "nsubj", "O"),
        ("Robert", "PROPN", 2, "appos", "B-PER"),
        ("Verwilghen", "PROPN", 3, "flat", "I-PER"),
        (".", "PUNCT", 1, "punct", "O"),
    ])  # fmt: skip
    assert bool(facts) is titled


def test_a_subject_parsed_as_a_clause_of_its_own_leaves_the_clause_unasked() -> None:
    """ "In totaal deden ruim 210.000 leerlingen eindexamen." with "eindexamen" a verb whose
    object is "leerlingen": "Hoeveel leerlingen eindexamen deden …?" came of it. A noun
    merely tagged a verb ("Lumetrix maakt sensoren") is still asked."""
    rows = [
        ("Toen", "ADV", 1, "advmod", "O"),
        ("deden", "VERB", 1, "ROOT", "O"),
        ("210.000", "NUM", 3, "nummod", "B-QUANTITY"),
        ("leerlingen", "NOUN", 4, "obj", "I-QUANTITY"),
        ("eindexamen", "VERB", 1, "nsubj", "O"),
        (".", "PUNCT", 1, "punct", "O"),
    ]
    doc = parsed(rows)
    doc[1].set_morph("Number=Plur|Tense=Past|VerbForm=Fin")
    assert event_facts(doc) == []
    doc = parsed([
        ("Lumetrix", "PROPN", 1, "nsubj", "B-ORG"),
        ("maakt", "VERB", 1, "ROOT", "O"),
        ("sensoren", "VERB", 1, "obj", "O"),
        ("voor", "ADP", 4, "case", "O"),
        ("auto's", "NOUN", 1, "obl", "O"),
        (".", "PUNCT", 1, "punct", "O"),
    ])  # fmt: skip
    doc[1].set_morph("Number=Sing|Tense=Pres|VerbForm=Fin")
    assert len(event_facts(doc)) == 1


def test_the_en_the_parser_hung_on_the_first_verb_joins_the_second_to_its_subject() -> None:
    """ "Het gebouw telt vier verdiepingen en biedt ruimte aan boeken." with "en" on "telt":
    "biedt" shares the subject all the same."""
    doc = parsed([
        ("Het", "DET", 1, "det", "O"),
        ("gebouw", "NOUN", 2, "nsubj", "O"),
        ("telt", "VERB", 2, "ROOT", "O"),
        ("vier", "NUM", 4, "nummod", "B-QUANTITY"),
        ("verdiepingen", "NOUN", 2, "obj", "I-QUANTITY"),
        ("en", "CCONJ", 2, "cc", "O"),
        ("biedt", "VERB", 2, "conj", "O"),
        ("ruimte", "NOUN", 6, "obj", "O"),
        (".", "PUNCT", 2, "punct", "O"),
    ])  # fmt: skip
    doc[2].set_morph("Number=Sing|Tense=Pres|VerbForm=Fin")
    doc[6].set_morph("Number=Sing|Tense=Pres|VerbForm=Fin")
    facts = event_facts(doc)
    assert [f.finite for f in facts] == ["telt", "biedt"]
    assert [p.text for p in facts[1].parts if p.role == "subject"] == ["Het gebouw"]


def test_a_surname_opening_the_sentence_keeps_its_capital_when_moved() -> None:
    """ "Molenaar werkte jaren bij de politie" (the tagger: a common noun, "miller"), after
    "Marieke Molenaar" was named: "Hoeveel jaar werkte Molenaar …?"."""
    rows = [
        ("Marieke", "PROPN", 2, "nsubj", "B-PER"),
        ("Molenaar", "PROPN", 0, "flat", "I-PER"),
        ("won", "VERB", 2, "ROOT", "O"),
        (".", "PUNCT", 2, "punct", "O"),
        ("Molenaar", "NOUN", 5, "nsubj", "O"),
        ("werkte", "VERB", 5, "ROOT", "O"),
        ("tien", "NUM", 7, "nummod", "B-QUANTITY"),
        ("jaar", "NOUN", 5, "obl", "I-QUANTITY"),
        ("bij", "ADP", 10, "case", "O"),
        ("de", "DET", 10, "det", "O"),
        ("politie", "NOUN", 5, "obl", "O"),
        (".", "PUNCT", 5, "punct", "O"),
    ]
    doc = parsed(rows)
    doc[2].set_morph("Number=Sing|Tense=Past|VerbForm=Fin")
    doc[5].set_morph("Number=Sing|Tense=Past|VerbForm=Fin")
    fact = next(f for f in event_facts(doc) if f.finite == "werkte")
    years = next(i for i, p in enumerate(fact.parts) if p.label == "QUANTITY")
    asked = nl.question(fact, years)
    assert asked is not None
    assert asked.prompt == "Hoeveel jaar werkte Molenaar bij de politie?"


def test_an_aside_the_parser_could_not_place_is_left_out() -> None:
    """ "De omzet kwam uit op 6,4 miljard euro, iets minder dan een jaar eerder." with the
    last phrase a "dep": the clause is asked without it."""
    doc = parsed([
        ("De", "DET", 1, "det", "O"),
        ("omzet", "NOUN", 2, "nsubj", "O"),
        ("kwam", "VERB", 2, "ROOT", "O"),
        ("uit", "ADP", 2, "compound:prt", "O"),
        ("op", "ADP", 7, "case", "O"),
        ("6,4", "NUM", 6, "nummod", "B-MONEY"),
        ("miljard", "NOUN", 7, "nummod", "I-MONEY"),
        ("euro", "NOUN", 2, "obl", "I-MONEY"),
        (",", "PUNCT", 10, "punct", "O"),
        ("iets", "ADV", 10, "advmod", "O"),
        ("minder", "ADJ", 2, "dep", "O"),
        (".", "PUNCT", 2, "punct", "O"),
    ])  # fmt: skip
    doc[2].set_morph("Number=Sing|Tense=Past|VerbForm=Fin")
    (fact,) = event_facts(doc)
    assert "minder" not in " ".join(p.text for p in fact.parts)


def test_an_als_phrase_not_set_off_stays_in_the_question() -> None:
    """ "Hoekstra kwam in 2015 [als negenjarige] naar de club." with the phrase an
    adverbial clause: it has no verb, so it is no clause."""
    doc = parsed([
        ("Hoekstra", "PROPN", 1, "nsubj", "B-PER"),
        ("kwam", "VERB", 1, "ROOT", "O"),
        ("in", "ADP", 3, "case", "B-DATE"),
        ("2015", "NUM", 1, "obl", "I-DATE"),
        ("als", "ADP", 5, "mark", "O"),
        ("negenjarige", "ADJ", 1, "advcl", "O"),
        ("naar", "ADP", 8, "case", "O"),
        ("de", "DET", 8, "det", "O"),
        ("club", "NOUN", 1, "obl", "O"),
        (".", "PUNCT", 1, "punct", "O"),
    ])  # fmt: skip
    doc[1].set_morph("Number=Sing|Tense=Past|VerbForm=Fin")
    (fact,) = event_facts(doc)
    when = next(i for i, p in enumerate(fact.parts) if p.role == "time")
    asked = nl.question(fact, when)
    assert asked is not None
    assert asked.prompt == "Wanneer kwam Hoekstra als negenjarige naar de club?"


def test_a_purpose_clause_whose_om_hangs_inside_it_stays_in_the_question() -> None:
    doc = parsed([
        ("Alle", "DET", 1, "det", "O"),
        ("kippen", "NOUN", 3, "nsubj:pass", "O"),
        ("worden", "AUX", 3, "aux:pass", "O"),
        ("gedood", "VERB", 3, "ROOT", "O"),
        ("om", "ADP", 5, "mark", "O"),
        ("verspreiding", "NOUN", 7, "obj", "O"),
        ("te", "ADP", 7, "mark", "O"),
        ("voorkomen", "VERB", 3, "advcl", "O"),
        (".", "PUNCT", 3, "punct", "O"),
    ])  # fmt: skip
    doc[2].set_morph("Number=Plur|Tense=Pres|VerbForm=Fin")
    (fact,) = event_facts(doc)
    assert "om verspreiding te voorkomen" in [p.text for p in fact.parts]


def two_people_then(second_subject: bool) -> list[Fact]:
    """ "Anna Smit won. Gisteren kwam Eva Boer. Ze stuurt een brief." — which person "ze"
    is, if any (a woman's first name each: "ze" is no "Jan")."""
    rows = [
        ("Anna", "PROPN", 2, "nsubj", "B-PER"),
        ("Smit", "PROPN", 0, "flat", "I-PER"),
        ("won", "VERB", 2, "ROOT", "O"),
        (".", "PUNCT", 2, "punct", "O"),
        ("Gisteren", "ADV", 5, "advmod", "O"),
        ("kwam", "VERB", 5, "ROOT", "O"),
        ("Eva", "PROPN", 5, "obl", "B-PER"),
        ("Boer", "PROPN", 6, "flat", "I-PER"),
        (".", "PUNCT", 5, "punct", "O"),
    ]
    if second_subject:
        rows[6] = ("Eva", "PROPN", 5, "nsubj", "B-PER")
    offset = len(rows)
    rows += [(w, p, h + offset, d, e) for w, p, h, d, e in BRIEF]
    doc = parsed(rows)
    doc[offset + 1].set_morph("Number=Sing|Tense=Pres|VerbForm=Fin")
    return [f for f in event_facts(doc) if f.finite == "stuurt"]


def test_ze_is_no_one_when_two_people_were_named_unless_one_was_the_last_subject() -> None:
    assert two_people_then(second_subject=False) == []
    (fact,) = two_people_then(second_subject=True)
    assert [p.answer for p in fact.parts if p.role == "subject"] == ["Eva Boer"]


def test_an_all_capitals_word_opening_a_name_keeps_its_capitals() -> None:
    """ "PEC Zwolle heeft de derby gewonnen": "pEC Zwolle" came of lowering a sentence's
    first letter, meant for "Chipfabrikant NXP"."""
    doc = parsed([
        ("PEC", "PROPN", 1, "compound", "O"),
        ("Zwolle", "PROPN", 2, "nsubj", "B-ORG"),
        ("won", "VERB", 2, "ROOT", "O"),
        ("de", "DET", 4, "det", "O"),
        ("derby", "NOUN", 2, "obj", "O"),
        (".", "PUNCT", 2, "punct", "O"),
    ])  # fmt: skip
    doc[2].set_morph("Number=Sing|Tense=Past|VerbForm=Fin")
    (fact,) = event_facts(doc)
    subject = next(p for p in fact.parts if p.role == "subject")
    assert subject.answer == "PEC Zwolle"


def test_a_conjunct_hung_on_an_auxiliary_leaves_the_clause_unasked() -> None:
    """ "Het KNMI had voor Limburg, Brabant en Gelderland code oranje afgegeven" with
    "Brabant" a conjunct of "had": the question would lose it from the list."""
    doc = parsed([
        ("KNMI", "PROPN", 6, "nsubj", "B-ORG"),
        ("had", "AUX", 6, "aux", "O"),
        ("Limburg", "PROPN", 6, "obl", "B-LOC"),
        (",", "PUNCT", 1, "punct", "O"),
        ("Brabant", "PROPN", 1, "conj", "B-LOC"),
        ("alarm", "NOUN", 6, "obj", "O"),
        ("afgegeven", "VERB", 6, "ROOT", "O"),
        (".", "PUNCT", 6, "punct", "O"),
    ])  # fmt: skip
    doc[1].set_morph("Number=Sing|Tense=Past|VerbForm=Fin")
    assert event_facts(doc) == []


def test_a_nationality_before_a_name_the_ner_called_a_place_is_a_persons_title() -> None:
    doc = parsed([
        ("Feyenoord", "PROPN", 1, "nsubj", "B-ORG"),
        ("haalt", "VERB", 1, "ROOT", "O"),
        ("de", "DET", 3, "det", "O"),
        ("Noor", "PROPN", 1, "obj", "B-LOC"),
        ("Kjetil", "PROPN", 3, "flat", "I-LOC"),
        ("Haugen", "PROPN", 3, "flat", "I-LOC"),
        (".", "PUNCT", 1, "punct", "O"),
    ])  # fmt: skip
    assert trim_names(doc) == 1
    assert entities(doc)[1:] == [("Kjetil Haugen", "PER")]
    doc = parsed([
        ("Volgens", "ADP", 4, "case", "O"),
        ("het", "DET", 4, "det", "O"),
        ("Landelijk", "PROPN", 4, "amod", "B-LOC"),
        ("Aktie", "PROPN", 2, "flat", "I-LOC"),
        ("Komitee", "PROPN", 2, "flat", "I-LOC"),
        ("werkt", "VERB", 5, "ROOT", "O"),
    ])  # fmt: skip
    trim_names(doc)
    assert [e.label_ for e in doc.ents] == ["LOC"]


def test_a_first_name_with_a_particle_and_surname_is_one_name() -> None:
    doc = parsed([
        ("directeur", "NOUN", 4, "nsubj", "O"),
        ("Dennis", "PROPN", 0, "appos", "B-PER"),
        ("te", "ADP", 3, "case", "O"),
        ("Kloese", "ADJ", 1, "nmod", "B-MISC"),
        ("sprak", "VERB", 4, "ROOT", "O"),
    ])  # fmt: skip
    assert surnames_with_particles(doc) == 1
    assert entities(doc) == [("Dennis te Kloese", "PER")]
    # "van der", "van den" begin only names: "gedeputeerde Jan van der Meer dinsdag" (the
    # tagger: "Meer" a pronoun; a date after a surname is no noun it modifies).
    doc = parsed([
        ("gedeputeerde", "NOUN", 6, "nsubj", "O"), ("Jan", "PROPN", 0, "appos", "B-PER"),
        ("van", "PROPN", 1, "flat", "O"), ("der", "PROPN", 1, "flat", "O"),
        ("Meer", "PRON", 1, "flat", "O"), ("dinsdag", "PROPN", 6, "obl", "B-DATE"),
        ("sprak", "VERB", 6, "ROOT", "O"),
    ])  # fmt: skip
    assert surnames_with_particles(doc) == 1
    assert [e.text for e in doc.ents] == ["Jan van der Meer", "dinsdag"]


def test_a_portfolio_of_two_runs_on_over_en() -> None:
    """ "minister Sophie Hermans van Klimaat en Groene Groei": not "minister van Klimaat"."""
    (fact,) = titles_in([
        ("Gisteren", "ADV", 1, "advmod", "O"),
        ("sprak", "VERB", 1, "ROOT", "O"),
        ("minister", "NOUN", 1, "nsubj", "O"),
        ("Sophie", "PROPN", 2, "appos", "B-PER"),
        ("Hermans", "PROPN", 3, "flat", "I-PER"),
        ("van", "ADP", 6, "case", "O"),
        ("Klimaat", "PROPN", 3, "nmod", "B-MISC"),
        ("en", "CCONJ", 9, "cc", "O"),
        ("Groene", "ADJ", 9, "amod", "O"),
        ("Groei", "PROPN", 6, "conj", "O"),
        (".", "PUNCT", 1, "punct", "O"),
    ])  # fmt: skip
    domain = fact.role("domain")
    assert domain is not None and domain.text == "Klimaat en Groene Groei"


def test_a_relative_clause_whose_separable_verb_does_not_split_is_left_out() -> None:
    """ "een vrouw die … terugkeert naar Texel": asked verb-second the verb splits ("keert
    … terug"), which only the lemma can tell ("terug_keren"); without it the question was
    "Naar welk eiland terugkeert de vrouw …?"."""
    rows = [
        ("Het", "PRON", 1, "nsubj", "O"), ("gaat", "VERB", 1, "ROOT", "O"),
        ("over", "ADP", 4, "case", "O"), ("een", "DET", 4, "det", "O"),
        ("vrouw", "NOUN", 1, "obl", "O"), ("die", "PRON", 6, "nsubj", "O"),
        ("terugkeert", "VERB", 4, "acl:relcl", "O"), ("naar", "ADP", 9, "case", "O"),
        ("het", "DET", 9, "det", "O"), ("eiland", "NOUN", 6, "obl", "O"),
        ("Texel", "PROPN", 9, "appos", "B-LOC"), (".", "PUNCT", 1, "punct", "O"),
    ]  # fmt: skip
    found = {}
    for lemma in ("terugkeren", "terug_keren"):
        doc = parsed(rows)
        doc[4].set_morph("Gender=Com|Number=Sing")
        doc[6].set_morph("Number=Sing|Tense=Pres|VerbForm=Fin")
        doc[6].lemma_ = lemma
        found[lemma] = [f.finite for f in event_facts(doc)]
    assert found == {"terugkeren": [], "terug_keren": ["keert"]}


def test_a_subject_hung_on_a_noun_is_a_garbled_constituent() -> None:
    """ "In maart was [dat nog 3,1 procent]": the pronoun is the clause's subject, not the
    amount's; the clause gave "Dat nog 3,1 procent, was." as an event."""
    doc = parsed([
        ("In", "ADP", 1, "case", "B-DATE"), ("maart", "PROPN", 2, "obl", "I-DATE"),
        ("was", "VERB", 2, "ROOT", "O"), ("dat", "PRON", 6, "nsubj", "O"),
        ("nog", "ADV", 6, "amod", "O"), ("3,1", "NUM", 6, "nummod", "B-PERCENT"),
        ("procent", "NOUN", 2, "nsubj", "I-PERCENT"), (".", "PUNCT", 2, "punct", "O"),
    ])  # fmt: skip
    doc[2].set_morph("Number=Sing|Tense=Past|VerbForm=Fin")
    assert event_facts(doc) == []


def test_the_amount_of_a_measure_is_the_clauses_quantity() -> None:
    """ "veroordeelde Jan Smit [tot een celstraf van twee jaar]": the amount is asked."""
    doc = parsed([
        ("De", "DET", 1, "det", "O"), ("rechter", "NOUN", 2, "nsubj", "O"),
        ("veroordeelde", "VERB", 2, "ROOT", "O"), ("Jan", "PROPN", 2, "obj", "B-PER"),
        ("Smit", "PROPN", 3, "flat", "I-PER"), ("tot", "ADP", 7, "case", "O"),
        ("een", "DET", 7, "det", "O"), ("celstraf", "NOUN", 2, "obl", "O"),
        ("van", "ADP", 10, "case", "O"), ("twee", "NUM", 10, "nummod", "O"),
        ("jaar", "NOUN", 7, "nmod", "O"), (".", "PUNCT", 2, "punct", "O"),
    ])  # fmt: skip
    doc[2].set_morph("Tense=Past|VerbForm=Fin")
    [fact] = event_facts(doc)
    assert [(p.role, p.answer) for p in fact.parts if p.role == "quantity"] == [
        ("quantity", "twee jaar")
    ]


def test_a_bare_duration_is_asked_how_long_not_when() -> None:
    """ "leggen het werk [24 uur] neer": "Hoeveel uur …?", not "Wanneer …? — 24 uur"."""
    doc = parsed([
        ("De", "DET", 1, "det", "O"), ("bonden", "NOUN", 2, "nsubj", "O"),
        ("staken", "VERB", 2, "ROOT", "O"), ("24", "NUM", 4, "nummod", "B-TIME"),
        ("uur", "NOUN", 2, "obl", "I-TIME"), (".", "PUNCT", 2, "punct", "O"),
    ])  # fmt: skip
    doc[2].set_morph("Number=Plur|Tense=Pres|VerbForm=Fin")
    [fact] = event_facts(doc)
    assert [(p.role, p.text) for p in fact.parts if p.role not in {"subject", "verb"}] == [
        ("quantity", "24 uur")
    ]
    asked = nl.question(fact, next(i for i, p in enumerate(fact.parts) if p.role == "quantity"))
    assert asked is not None and asked.prompt == "Hoeveel uur staken de bonden?"


def test_a_clause_whose_parse_cuts_a_name_in_two_is_left_out() -> None:
    """ "kregen [Gerard 't Hooft en Martinus] [Veltman] de prijs": the parse cut "Martinus
    Veltman" between two constituents; it asked "Aan wie kregen Gerard 't Hooft en Martinus
    de prijs?"."""
    doc = parsed([
        ("Toen", "SCONJ", 1, "advmod", "O"), ("kregen", "VERB", 1, "ROOT", "O"),
        ("Gerard", "PROPN", 1, "nsubj", "B-PER"), ("'t", "PROPN", 2, "flat", "I-PER"),
        ("Hooft", "PROPN", 2, "flat", "I-PER"), ("en", "CCONJ", 6, "cc", "O"),
        ("Martinus", "PROPN", 2, "conj", "B-PER"), ("Veltman", "PROPN", 1, "iobj", "I-PER"),
        ("de", "DET", 9, "det", "O"), ("prijs", "NOUN", 1, "obj", "O"),
        (".", "PUNCT", 1, "punct", "O"),
    ])  # fmt: skip
    doc[1].set_morph("Number=Plur|Tense=Past|VerbForm=Fin")
    assert event_facts(doc) == []


def test_a_score_after_met_is_the_clauses_score() -> None:
    """ "heeft de derby [met 3-1] gewonnen": a score, asked "Met welke score …?"."""
    doc = parsed([
        ("Ajax", "PROPN", 6, "nsubj", "B-ORG"), ("heeft", "AUX", 6, "aux", "O"),
        ("de", "DET", 3, "det", "O"), ("derby", "NOUN", 6, "obj", "O"),
        ("met", "ADP", 5, "case", "O"), ("3-1", "SYM", 6, "obl", "O"),
        ("gewonnen", "VERB", 6, "ROOT", "O"), (".", "PUNCT", 6, "punct", "O"),
    ])  # fmt: skip
    doc[1].set_morph("Number=Sing|Tense=Pres|VerbForm=Fin")
    facts = event_facts(doc)
    assert [(p.role, p.answer, p.label) for f in facts for p in f.parts if p.role == "score"] == [
        ("score", "3-1", "SCORE")
    ]


def test_people_counted_with_met_after_the_object_are_the_objects() -> None:
    """ "stroomde [een woonwijk] [met 20.000 inwoners] in": the parser hung the count on the
    verb, which asked "Met hoeveel inwoners stroomde het water … in?"."""
    doc = parsed([
        ("Het", "DET", 1, "det", "O"), ("water", "NOUN", 2, "nsubj", "O"),
        ("stroomde", "VERB", 2, "ROOT", "O"), ("een", "DET", 4, "det", "O"),
        ("woonwijk", "ADJ", 2, "obj", "O"), ("met", "ADP", 7, "case", "O"),
        ("20.000", "NUM", 7, "nummod", "B-QUANTITY"), ("inwoners", "NOUN", 2, "obl", "I-QUANTITY"),
        ("in", "ADP", 2, "compound:prt", "O"), (".", "PUNCT", 2, "punct", "O"),
    ])  # fmt: skip
    doc[2].set_morph("Number=Sing|Tense=Past|VerbForm=Fin")
    [fact] = event_facts(doc)
    assert [p.role for p in fact.parts if "inwoners" in p.text] == ["other"]


def test_a_fronted_dat_clause_is_what_the_verb_is_about() -> None:
    """ "[Dat de tijd begint te dringen], vindt Goossens een streng oordeel": without the
    clause the question "Wie vindt een streng oordeel?" says nothing."""
    doc = parsed([
        ("Dat", "SCONJ", 3, "mark", "O"), ("de", "DET", 2, "det", "O"),
        ("tijd", "NOUN", 3, "nsubj", "O"), ("dringt", "VERB", 5, "advcl", "O"),
        (",", "PUNCT", 5, "punct", "O"), ("vindt", "VERB", 5, "ROOT", "O"),
        ("Goossens", "PROPN", 5, "nsubj", "B-PER"), ("een", "DET", 9, "det", "O"),
        ("streng", "ADJ", 9, "amod", "O"), ("oordeel", "NOUN", 5, "obj", "O"),
        (".", "PUNCT", 5, "punct", "O"),
    ])  # fmt: skip
    for i in (3, 5):
        doc[i].set_morph("Number=Sing|Tense=Pres|VerbForm=Fin")
    assert [f.predicate for f in event_facts(doc) if f.finite == "vindt"] == []


def test_a_reflexive_stays_with_its_clause_and_niets_is_no_answer() -> None:
    """ "Omwonenden maken [zich] zorgen over Lelystad": the reflexive is the subject's and
    lost the clause as an unresolved pronoun; "De regering trekt zich [niets van de
    dreigementen] aan" has nothing to ask for."""

    def facts(rows: list[tuple[str, str, int, str, str]]) -> list[Fact]:
        doc = parsed(rows)
        for t in doc:
            if t.pos_ == "VERB":
                t.set_morph("Number=Plur|Tense=Pres|VerbForm=Fin")
            if t.text == "zich":
                t.set_morph("Case=Acc|Person=3|PronType=Prs|Reflex=Yes")
        return event_facts(doc)

    (worried,) = facts([
        ("Omwonenden", "NOUN", 1, "nsubj", "O"), ("maken", "VERB", 1, "ROOT", "O"),
        ("zich", "PRON", 1, "expl:pv", "O"), ("zorgen", "NOUN", 1, "obj", "O"),
        ("over", "ADP", 5, "case", "O"), ("Lelystad", "PROPN", 1, "obl", "B-LOC"),
        (".", "PUNCT", 1, "punct", "O"),
    ])  # fmt: skip
    assert [(p.role, p.text) for p in worried.parts][:3] == [
        ("subject", "Omwonenden"),
        ("other", "zich"),
        ("object", "zorgen"),
    ]
    assert facts([
        ("De", "DET", 1, "det", "O"), ("regering", "NOUN", 2, "nsubj", "O"),
        ("trekt", "VERB", 2, "ROOT", "O"), ("zich", "PRON", 2, "expl:pv", "O"),
        ("niets", "PRON", 2, "obj", "O"), ("van", "ADP", 7, "case", "O"),
        ("de", "DET", 7, "det", "O"), ("dreigementen", "NOUN", 4, "nmod", "O"),
        ("aan", "ADP", 2, "compound:prt", "O"), (".", "PUNCT", 2, "punct", "O"),
    ]) == []  # fmt: skip


def test_a_capital_that_only_opens_the_sentence_is_no_name() -> None:
    """ "[Voorafgaand] aan de wedstrijd werden twee hooligans opgepakt" with the first word
    tagged a name: "Wanneer werden twee hooligans Voorafgaand aan de wedstrijd …?" kept
    the capital in the middle of the question."""
    doc = parsed([
        ("Voorafgaand", "PROPN", 7, "obl", "O"), ("aan", "ADP", 3, "case", "O"),
        ("de", "DET", 3, "det", "O"), ("wedstrijd", "NOUN", 0, "nmod", "O"),
        ("werden", "AUX", 7, "aux:pass", "O"), ("hooligans", "NOUN", 7, "nsubj:pass", "O"),
        ("gisteren", "ADV", 7, "advmod", "O"), ("opgepakt", "VERB", 7, "ROOT", "O"),
        (".", "PUNCT", 7, "punct", "O"),
    ])  # fmt: skip
    doc[4].set_morph("Number=Plur|Tense=Past|VerbForm=Fin")
    (fact,) = event_facts(doc)
    opener = next(p for p in fact.parts if p.text.startswith("Voorafgaand"))
    assert not opener.proper


def test_a_phrase_that_points_back_gives_no_question() -> None:
    """ "Hoeveel kost diezelfde kamer met twee personen?": which room? "diezelfde" and
    "datzelfde" point back as "die" and "dat" do."""
    for pointing, expected in (("diezelfde", 0), ("die", 0), ("een", 1)):
        doc = parsed([
            (pointing.capitalize(), "DET", 1, "det", "O"), ("kamer", "NOUN", 2, "nsubj", "O"),
            ("kost", "VERB", 2, "ROOT", "O"), ("80", "NUM", 4, "nummod", "B-MONEY"),
            ("euro", "NOUN", 2, "obj", "I-MONEY"), (".", "PUNCT", 2, "punct", "O"),
        ])  # fmt: skip
        doc[2].set_morph("Number=Sing|Tense=Pres|VerbForm=Fin")
        assert len(event_facts(doc)) == expected, pointing


@pytest.mark.parametrize(
    ("noun", "function"), [("ploegleider", "ploegleider"), ("gijzelnemer", None)]
)
def test_a_title_before_a_comma_and_the_persons_own_description_is_their_function(
    noun: str, function: str | None
) -> None:
    """ "Die ploegleider, de Deen Rasmus Holm, sprak …": the name has a description of its
    own after the comma, and the parser tore the apposition up; the title before the comma
    is still the person's — a title, not what the person did ("De gijzelnemer, …")."""
    doc = parsed([
        ("Die", "DET", 1, "det", "O"),
        (noun, "NOUN", 8, "nsubj", "O"),
        (",", "PUNCT", 4, "punct", "O"),
        ("de", "DET", 4, "det", "O"),
        ("Deen", "PROPN", 1, "appos", "O"),
        ("Rasmus", "PROPN", 4, "appos", "B-PER"),
        ("Holm", "PROPN", 1, "appos", "I-PER"),
        (",", "PUNCT", 8, "punct", "O"),
        ("sprak", "VERB", 8, "ROOT", "O"),
        ("van", "ADP", 10, "case", "O"),
        ("winst", "NOUN", 8, "obl", "O"),
        (".", "PUNCT", 8, "punct", "O"),
    ])  # fmt: skip
    assert functions_of(doc) == ([function] if function else [])


def test_a_sentence_that_names_who_told_the_one_before_gives_no_blank() -> None:
    """ "Dat meldt het _____." beside "Met hoeveel procent is de export volgens het Centraal
    Planbureau gedaald?": the speaker is asked as "Volgens wie …?" of the sentence before,
    whose every question shows it; the sentence alone says nothing but "Dat"."""
    rows = [
        ("De", "DET", 1, "det", "O"), ("export", "NOUN", 8, "nsubj", "O"),
        ("is", "AUX", 8, "aux", "O"), ("vorig", "ADJ", 4, "amod", "B-DATE"),
        ("jaar", "NOUN", 8, "obl", "I-DATE"), ("met", "ADP", 7, "case", "O"),
        ("4", "NUM", 7, "nummod", "B-PERCENT"), ("procent", "NOUN", 8, "obl", "I-PERCENT"),
        ("gedaald", "VERB", 8, "ROOT", "O"), (".", "PUNCT", 8, "punct", "O"),
        ("Dat", "PRON", 11, "obj", "O"), ("meldt", "VERB", 11, "ROOT", "O"),
        ("het", "DET", 13, "det", "O"), ("Centraal", "PROPN", 11, "nsubj", "B-ORG"),
        ("Planbureau", "PROPN", 13, "flat", "I-ORG"), ("in", "ADP", 17, "case", "O"),
        ("een", "DET", 17, "det", "O"), ("rapport", "NOUN", 11, "obl", "O"),
        (".", "PUNCT", 11, "punct", "O"),
    ]  # fmt: skip
    doc = parsed(rows)
    for i, morph, lemma in [(2, "Tense=Pres|VerbForm=Fin", "zijn"), (8, "VerbForm=Part", "dalen"),
                            (11, "Tense=Pres|VerbForm=Fin", "melden")]:  # fmt: skip
        doc[i].set_morph(morph)
        doc[i].lemma_ = lemma
    doc[10].set_morph("PronType=Dem")
    facts = FactExtractor(doc, "nl").run().facts
    (fell,) = [f for f in facts if f.kind == "event"]
    assert [p.text for p in fell.parts if p.role == "source"] == ["volgens het Centraal Planbureau"]
    assert not [f for f in facts if f.sentence.startswith("Dat meldt")]


def test_a_surname_said_alone_keeps_its_particle() -> None:
    """ "Femke de Boer" … "De Boer reed …": the surname alone is "De Boer" (not "Boer"), and
    a question keeps its capital ("Hoeveel seconden sneller reed De Boer …?")."""
    from quizgen.entities import surname

    assert surname(("Boer",), ("Femke", "de", "Boer")) == ("De", "Boer")
    assert surname(("Laan",), ("Erik", "van", "der", "Laan")) == ("Van", "der", "Laan")
    assert surname(("Trump",), ("Donald", "Trump")) == ("Trump",)
    doc = parsed([
        ("Femke", "PROPN", 3, "nsubj", "B-PER"), ("de", "DET", 2, "det", "I-PER"),
        ("Boer", "PROPN", 0, "flat", "I-PER"), ("won", "VERB", 3, "ROOT", "O"),
        ("de", "DET", 5, "det", "O"), ("titel", "NOUN", 3, "obj", "O"),
        (".", "PUNCT", 3, "punct", "O"),
        ("De", "DET", 8, "det", "O"), ("Boer", "PROPN", 9, "nsubj", "B-PER"),
        ("reed", "VERB", 9, "ROOT", "O"), ("de", "DET", 11, "det", "O"),
        ("race", "NOUN", 9, "obj", "O"), (".", "PUNCT", 9, "punct", "O"),
    ])  # fmt: skip
    for i in (3, 9):
        doc[i].set_morph("Tense=Past|VerbForm=Fin")
    rode = next(f for f in event_facts(doc) if f.sentence.startswith("De Boer"))
    rider = next(p for p in rode.parts if p.role == "subject")
    assert rider.proper and "De Boer" in rider.accepted and "Boer" not in rider.accepted


def test_a_person_after_a_preposition_article_and_adjectives_is_asked_with_wie() -> None:
    """ "Het brons ging naar de Japanse Miho Sato": "Naar wie ging het brons?"."""
    doc = parsed([
        ("Het", "DET", 1, "det", "O"), ("brons", "NOUN", 2, "nsubj", "O"),
        ("ging", "VERB", 2, "ROOT", "O"), ("naar", "ADP", 6, "case", "O"),
        ("de", "DET", 6, "det", "O"), ("Japanse", "ADJ", 6, "amod", "O"),
        ("Miho", "PROPN", 2, "obl", "B-PER"), ("Sato", "PROPN", 6, "flat", "I-PER"),
        (".", "PUNCT", 2, "punct", "O"),
    ])  # fmt: skip
    doc[2].set_morph("Tense=Past|VerbForm=Fin")
    (went,) = event_facts(doc)
    k = next(i for i, p in enumerate(went.parts) if p.role == "party")
    asked = nl.question(went, k)
    assert asked is not None and (asked.prompt, asked.answer) == (
        "Naar wie ging het brons?",
        "Miho Sato",
    )


def test_a_person_with_where_they_are_from_is_asked_with_wie_not_waarheen() -> None:
    """ "ging de overwinning naar Skadi uit Rotterdam" gave "Waarheen ging de overwinning? —
    naar Skadi": the phrase ends in a place, but goes to a crew; where it is from is the
    name's."""
    doc = parsed([
        ("De", "DET", 1, "det", "O"), ("overwinning", "NOUN", 2, "nsubj", "O"),
        ("ging", "VERB", 2, "ROOT", "O"), ("naar", "ADP", 4, "case", "O"),
        ("Skadi", "PROPN", 2, "obl", "B-PER"), ("uit", "ADP", 6, "case", "O"),
        ("Rotterdam", "PROPN", 4, "nmod", "B-LOC"), (".", "PUNCT", 2, "punct", "O"),
    ])  # fmt: skip
    doc[2].set_morph("Tense=Past|VerbForm=Fin")
    went = next(f for f in event_facts(doc) if f.finite == "ging")
    k = next(i for i, p in enumerate(went.parts) if p.role == "party")
    asked = nl.question(went, k)
    assert asked is not None and (asked.prompt, asked.answer) == (
        "Naar wie ging de overwinning?",
        "Skadi",
    )


def test_a_times_preposition_hung_inside_it_is_its_preposition() -> None:
    """ "duurde [tot ongeveer negen uur 's avonds]" with "tot" hung on "uur", under "'s":
    the time is asked "Tot hoe laat …?", not "Wanneer …? — tot ongeveer …"."""
    doc = parsed([
        ("De", "DET", 1, "det", "O"), ("bezetting", "NOUN", 2, "nsubj", "O"),
        ("duurde", "VERB", 2, "ROOT", "O"), ("tot", "ADP", 6, "case", "B-TIME"),
        ("ongeveer", "ADV", 5, "amod", "I-TIME"), ("negen", "NUM", 6, "nummod", "I-TIME"),
        ("uur", "NOUN", 7, "nmod", "I-TIME"), ("'s", "DET", 2, "obl", "I-TIME"),
        ("avonds", "NOUN", 7, "fixed", "I-TIME"), (".", "PUNCT", 2, "punct", "O"),
    ])  # fmt: skip
    doc[2].set_morph("Tense=Past|VerbForm=Fin")
    (lasted,) = event_facts(doc)
    k = next(i for i, p in enumerate(lasted.parts) if p.role == "time")
    assert lasted.parts[k].prep == "tot"
    asked = nl.question(lasted, k)
    assert asked is not None and asked.prompt == "Tot hoe laat duurde de bezetting?"


def test_a_relative_clause_remarking_on_a_person_ranks_below_the_news() -> None:
    """ "zegt Marieke Verhoeven, die aan de overkant een hoveniersbedrijf heeft" gave "Wie
    heeft aan de overkant een hoveniersbedrijf?" among twelve questions: the remark is the
    witness's background. One on an organisation tells what it does in the news ("Dongepoort
    Beheer, dat de loods verhuurt")."""
    from quizgen.extract import REMARK_PENALTY

    def facts(rows: list[tuple[str, str, int, str, str]], verbs: tuple[int, int]) -> list:
        doc = parsed(rows)
        for k in verbs:
            doc[k].set_morph("Tense=Pres|VerbForm=Fin")
        return event_facts(doc)

    (has,) = facts([
        ("Dat", "PRON", 1, "obj", "O"), ("zegt", "VERB", 1, "ROOT", "O"),
        ("Marieke", "PROPN", 1, "nsubj", "B-PER"), ("Verhoeven", "PROPN", 2, "flat", "I-PER"),
        (",", "PUNCT", 8, "punct", "O"), ("die", "PRON", 8, "nsubj", "O"),
        ("een", "DET", 7, "det", "O"), ("bedrijf", "NOUN", 8, "obj", "O"),
        ("heeft", "VERB", 2, "acl:relcl", "O"), (".", "PUNCT", 1, "punct", "O"),
    ], (1, 8))  # fmt: skip
    assert has.finite == "heeft" and has.salience == -REMARK_PENALTY
    (has,) = facts([
        ("Dat", "PRON", 1, "obj", "O"), ("meldt", "VERB", 1, "ROOT", "O"),
        ("Dongepoort", "PROPN", 1, "nsubj", "B-ORG"), ("Beheer", "PROPN", 2, "flat", "I-ORG"),
        (",", "PUNCT", 8, "punct", "O"), ("dat", "PRON", 8, "nsubj", "O"),
        ("een", "DET", 7, "det", "O"), ("loods", "NOUN", 8, "obj", "O"),
        ("verhuurt", "VERB", 2, "acl:relcl", "O"), (".", "PUNCT", 1, "punct", "O"),
    ], (1, 8))  # fmt: skip
    assert has.finite == "verhuurt" and has.salience == 0.0


def test_al_or_nog_before_a_span_of_time_stays_with_the_verb() -> None:
    """ "Vandenbroucke zoekt al dertig jaar naar fossielen" gave "Wie zoekt dertig jaar naar
    fossielen?" (a search that will last thirty years); "al" stays, and stays when the span
    is asked ("Hoeveel jaar zoekt Vandenbroucke al …?")."""
    doc = parsed([
        ("Vandenbroucke", "PROPN", 1, "nsubj", "B-PER"), ("zoekt", "VERB", 1, "ROOT", "O"),
        ("al", "ADV", 4, "amod", "O"), ("dertig", "NUM", 4, "nummod", "B-QUANTITY"),
        ("jaar", "NOUN", 1, "obl", "I-QUANTITY"), ("naar", "ADP", 6, "case", "O"),
        ("fossielen", "NOUN", 1, "obl", "O"), (".", "PUNCT", 1, "punct", "O"),
    ])  # fmt: skip
    doc[1].set_morph("Tense=Pres|VerbForm=Fin")
    (search,) = event_facts(doc)
    asked = [nl.question(search, i) for i, p in enumerate(search.parts)]
    prompts = {a.prompt for a in asked if a is not None}
    assert "Wie zoekt al dertig jaar naar fossielen?" in prompts
    assert "Hoeveel jaar zoekt Vandenbroucke al naar fossielen?" in prompts


def test_a_body_of_people_that_says_the_sentence_before_is_its_source() -> None:
    """ "De brug gaat maandag dicht. Dat meldt de Poolse brandweer.": who said it was only
    found for a name ("Dat meldt het CBS"); a body of people with an adjective or a "van"
    phrase says which, and is asked "Volgens wie …?" (the parser took "Dat" for the subject
    and the speaker for the object)."""
    doc = parsed([
        ("De", "DET", 1, "det", "O"), ("brug", "NOUN", 2, "nsubj", "O"),
        ("gaat", "VERB", 2, "ROOT", "O"), ("maandag", "NOUN", 2, "obl", "B-DATE"),
        ("dicht", "ADJ", 2, "compound:prt", "O"), (".", "PUNCT", 2, "punct", "O"),
        ("Dat", "PRON", 7, "nsubj", "O"), ("meldt", "VERB", 7, "ROOT", "O"),
        ("de", "DET", 10, "det", "O"), ("Poolse", "ADJ", 10, "amod", "O"),
        ("brandweer", "NOUN", 7, "obj", "O"), (".", "PUNCT", 7, "punct", "O"),
    ])  # fmt: skip
    doc[2].set_morph("Tense=Pres|VerbForm=Fin")
    doc[7].set_morph("Tense=Pres|VerbForm=Fin")
    doc[7].lemma_ = "melden"
    (goes,) = event_facts(doc)
    k = next(i for i, p in enumerate(goes.parts) if p.role == "source")
    asked = nl.question(goes, k)
    assert asked is not None
    assert (asked.prompt, asked.answer) == (
        "Volgens wie gaat de brug maandag dicht?",
        "de Poolse brandweer",
    )
    # (Two words with the article off are no thin answer for who says so.)
    from quizgen.generate import Candidate, askable

    said = Candidate(goes, asked, "", goes.parts[k], k, "source", 1.0)
    assert askable(said, nl)


def test_a_time_opened_by_tot_en_met_is_asked_tot_wanneer() -> None:
    """ "De expositie loopt tot en met 30 augustus" with "met" the case of "30" and "tot en"
    hung on it: the time's first word is its preposition ("Tot wanneer …?", not "Wanneer
    …? — tot en met 30 augustus")."""
    doc = parsed([
        ("De", "DET", 1, "det", "O"), ("expositie", "NOUN", 2, "nsubj", "O"),
        ("loopt", "VERB", 2, "ROOT", "O"), ("tot", "ADP", 6, "nmod", "B-DATE"),
        ("en", "CCONJ", 3, "fixed", "I-DATE"), ("met", "ADP", 6, "case", "I-DATE"),
        ("30", "NUM", 2, "obl", "I-DATE"), ("augustus", "NOUN", 6, "flat", "I-DATE"),
        (".", "PUNCT", 2, "punct", "O"),
    ])  # fmt: skip
    doc[2].set_morph("Tense=Pres|VerbForm=Fin")
    (runs,) = event_facts(doc)
    k = next(i for i, p in enumerate(runs.parts) if p.role == "time")
    asked = nl.question(runs, k)
    assert asked is not None and asked.prompt == "Tot wanneer loopt de expositie?"


def test_an_object_hung_in_the_subjects_apposition_is_the_verbs() -> None:
    """ "Na de race overhandigde Koen Maes, sportief directeur van de zwemfederatie, een
    recordpremie van 2.500 euro aan Vermeulen" with the object hung in the apposition gave
    "Wie overhandigde na de race?"; the comma that closes the apposition does not make the
    object a remark."""
    from quizgen.repair import objects_after_appositions

    doc = parsed([
        ("Toen", "ADV", 1, "advmod", "O"), ("overhandigde", "VERB", 1, "ROOT", "O"),
        ("Koen", "PROPN", 1, "nsubj", "B-PER"), ("Maes", "PROPN", 2, "flat", "I-PER"),
        (",", "PUNCT", 5, "punct", "O"), ("directeur", "NOUN", 2, "appos", "O"),
        ("van", "ADP", 8, "case", "O"), ("de", "DET", 8, "det", "O"),
        ("federatie", "NOUN", 5, "nmod", "O"), (",", "PUNCT", 11, "punct", "O"),
        ("een", "DET", 11, "det", "O"), ("premie", "NOUN", 8, "appos", "O"),
        ("aan", "ADP", 13, "case", "O"), ("Vermeulen", "PROPN", 11, "nmod", "B-PER"),
        (".", "PUNCT", 1, "punct", "O"),
    ])  # fmt: skip
    doc[1].set_morph("Tense=Past|VerbForm=Fin")
    assert objects_after_appositions(doc) == 1
    assert (doc[11].head.i, doc[11].dep_) == (1, "obj")
    (handed,) = event_facts(doc)
    k = next(i for i, p in enumerate(handed.parts) if p.role == "subject")
    asked = nl.question(handed, k)
    assert asked is not None
    assert asked.prompt == "Wie overhandigde toen een premie aan Vermeulen?"


def test_a_short_name_before_a_persons_full_name_is_someone_else() -> None:
    """ "de bierbrouwer Van Damme … De familie Van Damme … directeur Pieter Van Damme …
    Van Damme": before the full name is given, "Van Damme" is the firm or the family; after
    it, the person. (Other names merge both ways: the NER cuts "PEC [Zwolle]" short.)"""
    from spacy.tokens import Doc

    from quizgen.entities import EntityIndex

    words = "Van Damme brouwt . Pieter Van Damme blijft . Van Damme lacht . Zwolle won . PEC"
    words = [*words.split(), "Zwolle", "juicht", "."]
    tags = ["B-PER", "I-PER", "O", "O", "B-PER", "I-PER", "I-PER", "O", "O",
            "B-PER", "I-PER", "O", "O", "B-ORG", "O", "O", "B-ORG", "I-ORG", "O", "O"]  # fmt: skip
    index = EntityIndex(Doc(NL.vocab, words=words, ents=tags))
    firm, person, later, town, club = (index.referent(m) for m in index.mentions)
    assert firm is not None and person is not None and firm.name == "Van Damme"
    assert person.name == "Pieter Van Damme" and later == person
    assert town == club and club is not None and club.name == "PEC Zwolle"


def test_a_surname_alone_with_a_title_is_no_persons_function() -> None:
    """ "de Belgische bierbrouwer Van Damme": one name word after its particle is a surname
    or a firm, not a person introduced by name; "Welke functie heeft …?" is not asked."""
    doc = parsed([
        ("Hertog", "PROPN", 1, "nsubj", "B-ORG"), ("neemt", "VERB", 1, "ROOT", "O"),
        ("de", "DET", 4, "det", "O"), ("Belgische", "ADJ", 4, "amod", "O"),
        ("bierbrouwer", "NOUN", 1, "obj", "O"), ("Van", "PROPN", 4, "appos", "B-PER"),
        ("Damme", "PROPN", 5, "flat", "I-PER"), ("over", "ADP", 1, "compound:prt", "O"),
        (".", "PUNCT", 1, "punct", "O"),
    ])  # fmt: skip
    assert title_facts(doc) == []


def test_a_surnames_particle_is_no_preposition() -> None:
    """ "[Van] Damme, gevestigd in Oudenaarde, brouwt …": "Van" opening the subject is the
    name's, not the preposition of a phrase ("[richting] Noord-Korea")."""
    doc = parsed([
        ("Van", "PROPN", 7, "nsubj", "B-ORG"), ("Damme", "PROPN", 0, "flat", "I-ORG"),
        (",", "PUNCT", 3, "punct", "O"), ("gevestigd", "VERB", 0, "acl", "O"),
        ("in", "ADP", 5, "case", "O"), ("Oudenaarde", "PROPN", 3, "obl", "B-LOC"),
        (",", "PUNCT", 3, "punct", "O"), ("brouwt", "VERB", 7, "ROOT", "O"),
        ("bier", "NOUN", 7, "obj", "O"), (".", "PUNCT", 7, "punct", "O"),
    ])  # fmt: skip
    doc[7].set_morph("Tense=Pres|VerbForm=Fin")
    (brews,) = event_facts(doc)
    assert [p.role for p in brews.parts if p.role in {"subject", "object"}] == ["subject", "object"]


def test_a_relative_clause_after_the_verbs_leaves_its_noun_phrase_whole() -> None:
    """ "De politie heeft woensdagavond drie mannen aangehouden [die verdacht worden]": the
    extraposed relative clause split the object; the clause is still read, its object the
    piece before the verbs ("Wanneer heeft de politie drie mannen aangehouden?")."""
    doc = parsed([
        ("De", "DET", 1, "det", "O"), ("politie", "NOUN", 6, "nsubj", "O"),
        ("heeft", "AUX", 6, "aux", "O"), ("woensdagavond", "NOUN", 6, "obl", "B-DATE"),
        ("drie", "NUM", 5, "nummod", "O"), ("mannen", "NOUN", 6, "obj", "O"),
        ("aangehouden", "VERB", 6, "ROOT", "O"), ("die", "PRON", 9, "nsubj:pass", "O"),
        ("worden", "AUX", 9, "aux:pass", "O"), ("verdacht", "VERB", 5, "acl:relcl", "O"),
        (".", "PUNCT", 6, "punct", "O"),
    ])  # fmt: skip
    doc[2].set_morph("Tense=Pres|VerbForm=Fin")
    doc[6].set_morph("VerbForm=Part")
    (held,) = event_facts(doc)
    assert [(p.role, p.text) for p in held.parts if p.role in {"subject", "object", "time"}] == [
        ("subject", "De politie"), ("time", "woensdagavond"), ("object", "drie mannen"),
    ]  # fmt: skip


def test_a_place_phrase_ending_in_a_name_accepts_the_name() -> None:
    """ "Waar …? — in de bodem van een vuilnisbelt bij Alkmaar": "bij Alkmaar" and "Alkmaar"
    are good answers too."""
    doc = parsed([
        ("Zij", "PRON", 1, "nsubj", "O"), ("vonden", "VERB", 1, "ROOT", "O"),
        ("bacteriën", "NOUN", 1, "obj", "O"), ("in", "ADP", 5, "case", "O"),
        ("de", "DET", 5, "det", "O"), ("bodem", "NOUN", 1, "obl", "O"),
        ("van", "ADP", 8, "case", "O"), ("een", "DET", 8, "det", "O"),
        ("vuilnisbelt", "NOUN", 5, "nmod", "O"), ("bij", "ADP", 10, "case", "O"),
        ("Alkmaar", "PROPN", 8, "nmod", "B-LOC"), (".", "PUNCT", 1, "punct", "O"),
    ])  # fmt: skip
    from quizgen.extract import FactExtractor

    extractor = FactExtractor(doc, "nl")
    part = extractor.make_part("place", "LOC", "in", list(doc[3:11]))
    assert part is not None
    assert part.accepted == (
        "in de bodem van een vuilnisbelt bij Alkmaar",
        "bij Alkmaar",
        "Alkmaar",
        # (and what it says without the name: no other question may show it)
        "in de bodem van een vuilnisbelt",
    )


def test_a_span_of_time_counted_from_today_is_no_object() -> None:
    """ "werkte [de afgelopen vier seizoenen] bij Molde FK": "Wat werkte Haugen bij Molde FK?
    — de afgelopen vier seizoenen" was asked."""
    doc = parsed([
        ("Haugen", "PROPN", 1, "nsubj", "B-PER"), ("werkte", "VERB", 1, "ROOT", "O"),
        ("de", "DET", 5, "det", "O"), ("afgelopen", "ADJ", 5, "amod", "O"),
        ("vier", "NUM", 5, "nummod", "O"), ("seizoenen", "NOUN", 1, "obj", "O"),
        ("bij", "ADP", 7, "case", "O"), ("Molde", "PROPN", 1, "obl", "B-ORG"),
        (".", "PUNCT", 1, "punct", "O"),
    ])  # fmt: skip
    doc[1].set_morph("Tense=Past|VerbForm=Fin")
    (worked,) = event_facts(doc)
    assert not [p for p in worked.parts if p.role == "object"]


def test_a_first_clause_read_as_the_subject_of_the_second_is_no_subject() -> None:
    """ "De groenen van Groen verloren fors en kwamen uit op 7 procent" with "verloren fors"
    inside the subject of "kwamen": "Op hoeveel procent kwamen de groenen van Groen verloren
    fors uit?" was asked."""
    doc = parsed([
        ("De", "DET", 1, "det", "O"), ("groenen", "NOUN", 7, "nsubj", "O"),
        ("van", "ADP", 3, "case", "O"), ("Groen", "PROPN", 1, "nmod", "B-ORG"),
        ("verloren", "VERB", 5, "amod", "O"), ("fors", "ADJ", 1, "nmod", "O"),
        ("en", "CCONJ", 7, "cc", "O"), ("kwamen", "VERB", 7, "ROOT", "O"),
        ("uit", "ADP", 7, "compound:prt", "O"), ("op", "ADP", 11, "case", "O"),
        ("7", "NUM", 11, "nummod", "B-PERCENT"), ("procent", "NOUN", 7, "obl", "I-PERCENT"),
        (".", "PUNCT", 7, "punct", "O"),
    ])  # fmt: skip
    doc[7].set_morph("Tense=Past|VerbForm=Fin")
    assert event_facts(doc) == []


def test_a_surname_keeps_a_capitalised_particle_too() -> None:
    """ "Bart De Wever": the surname alone is "De Wever", not "Wever"."""
    from quizgen.entities import surname

    assert surname(("Wever",), ("Bart", "De", "Wever")) == ("De", "Wever")
    assert surname(("Pen",), ("Marine", "Le", "Pen")) == ("Le", "Pen")


def test_a_sentence_opening_with_wie_gives_no_blank() -> None:
    """ "Wie _____ nog niet heeft meegedaan, kan …": a blank in a sentence that opens with
    "wie" reads as a question."""
    from quizgen.extract import FactExtractor

    doc = parsed([
        ("Wie", "PRON", 4, "nsubj", "O"), ("na", "ADP", 2, "case", "O"),
        ("2028", "NUM", 4, "obl", "B-DATE"), ("niet", "ADV", 4, "advmod", "O"),
        ("meedoet", "VERB", 6, "csubj", "O"), ("kan", "AUX", 6, "aux", "O"),
        ("betalen", "VERB", 6, "ROOT", "O"), ("voor", "ADP", 8, "case", "O"),
        ("boeren", "NOUN", 6, "obl", "O"), (".", "PUNCT", 6, "punct", "O"),
    ])  # fmt: skip
    assert FactExtractor(doc, "nl").sentence_facts() == []


def test_a_dat_after_het_feit_with_a_full_clause_is_no_relative_pronoun() -> None:
    """ "het feit [dat] er enkele medewerkers werden aangetrokken": "dat" opens what the fact
    is; "Wat werden er enkele medewerkers aangetrokken? — het feit" was asked."""
    doc = parsed([
        ("Het", "DET", 1, "det", "O"), ("feit", "NOUN", 9, "nsubj", "O"),
        ("dat", "SCONJ", 6, "mark", "O"), ("er", "ADV", 6, "expl", "O"),
        ("medewerkers", "NOUN", 6, "nsubj:pass", "O"), ("werden", "AUX", 6, "aux:pass", "O"),
        ("aangetrokken", "VERB", 1, "acl:relcl", "O"), (",", "PUNCT", 9, "punct", "O"),
        ("is", "AUX", 9, "cop", "O"), ("goed", "ADJ", 9, "ROOT", "O"),
        (".", "PUNCT", 9, "punct", "O"),
    ])  # fmt: skip
    doc[1].set_morph("Gender=Neut|Number=Sing")
    doc[5].set_morph("Tense=Past|VerbForm=Fin")
    doc[6].set_morph("VerbForm=Part")
    from quizgen.extract import FactExtractor

    assert FactExtractor(doc, "nl").relative_clause(doc[6]) is None


def test_a_conjunction_hung_on_a_relative_clauses_noun_is_no_part_of_it() -> None:
    """ "omdat de sociale druk die het gedrag tegengaat, wegvalt" with "omdat" hung on "druk":
    "Wat gaat omdat de sociale druk tegen?" was asked."""
    doc = parsed([
        ("omdat", "SCONJ", 2, "mark", "O"), ("de", "DET", 2, "det", "O"),
        ("druk", "NOUN", 8, "nsubj", "O"), ("die", "PRON", 6, "nsubj", "O"),
        ("het", "DET", 5, "det", "O"), ("gedrag", "NOUN", 6, "obj", "O"),
        ("tegengaat", "VERB", 2, "acl:relcl", "O"), (",", "PUNCT", 8, "punct", "O"),
        ("wegvalt", "VERB", 8, "ROOT", "O"), (".", "PUNCT", 8, "punct", "O"),
    ])  # fmt: skip
    doc[2].set_morph("Gender=Com|Number=Sing")
    doc[3].set_morph("PronType=Rel")
    doc[6].set_morph("Number=Sing|Tense=Pres|VerbForm=Fin")
    from quizgen.extract import FactExtractor

    relative = FactExtractor(doc, "nl").relative_clause(doc[6])
    assert relative is not None and [t.text for t in relative.antecedent] == ["de", "druk"]


def test_a_date_between_commas_after_the_verb_is_another_clauses() -> None:
    """ "Op 13 augustus bedraagt de prijs 300 frank, op 16 augustus, … is dat 500 frank": the
    parser hung the second clause's date on the first ("Wanneer bedraagt de prijs op 13
    augustus 300 frank? — op 16 augustus" was asked)."""
    doc = parsed([
        ("Op", "ADP", 1, "case", "O"), ("13", "NUM", 2, "obl", "B-DATE"),
        ("bedraagt", "VERB", 2, "ROOT", "O"), ("de", "DET", 4, "det", "O"),
        ("prijs", "NOUN", 2, "nsubj", "O"), ("300", "NUM", 6, "nummod", "B-MONEY"),
        ("frank", "NOUN", 2, "obj", "I-MONEY"), (",", "PUNCT", 2, "punct", "O"),
        ("op", "ADP", 9, "case", "O"), ("16", "NUM", 2, "obl", "B-DATE"),
        (",", "PUNCT", 2, "punct", "O"), ("dan", "ADV", 2, "advmod", "O"),
        ("meer", "ADV", 2, "advmod", "O"), (".", "PUNCT", 2, "punct", "O"),
    ])  # fmt: skip
    doc[2].set_morph("Number=Sing|Tense=Pres|VerbForm=Fin")
    assert event_facts(doc) == []


def test_a_name_inside_an_apposition_leaves_the_person_the_answer() -> None:
    """ "geleid door Sanne Verhoeven, hoogleraar aan het Radboudumc" with the university
    tagged as a second name: it is part of her description, so "Door wie …?" is answered
    with her name, not with the name and the description."""
    rows = [
        ("Het", "DET", 1, "det", "O"), ("onderzoek", "NOUN", 3, "nsubj:pass", "O"),
        ("werd", "AUX", 3, "aux:pass", "O"), ("geleid", "VERB", 3, "ROOT", "O"),
        ("door", "ADP", 5, "case", "O"), ("Sanne", "PROPN", 3, "obl", "B-PER"),
        ("Verhoeven", "PROPN", 5, "flat", "I-PER"), (",", "PUNCT", 8, "punct", "O"),
        ("hoogleraar", "NOUN", 5, "appos", "O"), ("aan", "ADP", 11, "case", "O"),
        ("het", "DET", 11, "det", "O"), ("Radboudumc", "PROPN", 8, "nmod", "B-PER"),
        (".", "PUNCT", 3, "punct", "O"),
    ]  # fmt: skip
    doc = parsed(rows)
    doc[2].set_morph("Number=Sing|Tense=Past|VerbForm=Fin")
    doc[3].set_morph("VerbForm=Part")
    (fact,) = event_facts(doc)
    agent = next(p for p in fact.parts if p.role == "agent")
    assert (agent.answer, agent.label) == ("Sanne Verhoeven", "PER")


def test_a_sentence_a_quote_runs_into_gives_no_blank() -> None:
    """ "'Vorig seizoen verloor hij. Nu blijft hij scherp', zegt Vermeulen.": the second
    sentence holds the end of a quote in single quotes that began in the first; a blank of
    it ("…scherp', zegt _____.") would show half a quote. Neither sentence gives one."""
    from spacy.tokens import Doc

    rows = [
        ("'", "PUNCT", 3, "punct", "O"), ("Vorig", "ADJ", 2, "amod", "O"),
        ("seizoen", "NOUN", 3, "obl", "O"), ("verloor", "VERB", 3, "ROOT", "O"),
        ("hij", "PRON", 3, "nsubj", "O"), (".", "PUNCT", 3, "punct", "O"),
        ("Nu", "ADV", 7, "advmod", "O"), ("blijft", "VERB", 11, "ccomp", "O"),
        ("hij", "PRON", 7, "nsubj", "O"), ("scherp", "ADJ", 7, "xcomp", "O"),
        ("'", "PUNCT", 7, "punct", "O"), ("zegt", "VERB", 11, "ROOT", "O"),
        ("Vermeulen", "PROPN", 11, "nsubj", "B-PER"), (".", "PUNCT", 11, "punct", "O"),
    ]  # fmt: skip
    words, pos, heads, deps, ents = (list(col) for col in zip(*rows, strict=True))
    # The quotes cling to the words they enclose.
    spaces = [w not in {"'", "scherp", "hij", "seizoen"} for w in words]
    spaces[4] = False
    doc = Doc(NL.vocab, words=words, spaces=spaces, pos=pos, heads=heads, deps=deps, ents=ents)
    extractor = FactExtractor(doc, "nl")
    first, second = doc.sents
    assert extractor.quote_runs_over(first) and extractor.quote_runs_over(second)
    assert extractor.sentence_facts() == []


def test_an_adverb_before_a_span_of_time_stays_in_the_question() -> None:
    """ "Marktplein kampt [al] jaren met dalende winsten": "al" belongs to "jaren" ("Wie
    kampt al jaren met …?"); elsewhere it is left out as a word of the telling."""
    rows = [
        ("Marktplein", "PROPN", 1, "nsubj", "B-ORG"), ("kampt", "VERB", 1, "ROOT", "O"),
        ("al", "ADV", 1, "advmod", "O"), ("jaren", "NOUN", 1, "obl", "O"),
        ("met", "ADP", 6, "case", "O"), ("dalende", "ADJ", 6, "amod", "O"),
        ("winsten", "NOUN", 3, "nmod", "O"), (".", "PUNCT", 1, "punct", "O"),
    ]  # fmt: skip
    doc = parsed(rows)
    doc[1].set_morph("Number=Sing|Tense=Pres|VerbForm=Fin")
    (fact,) = event_facts(doc)
    asked = nl.question(fact, 0)
    assert asked is not None and asked.prompt == "Wie kampt al jaren met dalende winsten?"
    rows[3] = ("nu", "ADV", 1, "advmod", "O")
    doc = parsed(rows)
    doc[1].set_morph("Number=Sing|Tense=Pres|VerbForm=Fin")
    (fact,) = event_facts(doc)
    assert "al" not in [p.text for p in fact.parts]


def test_the_cause_of_an_adjective_with_a_copula_is_asked() -> None:
    """ "Volgens Dekker is de maatregel nodig omdat de inkomsten dalen" has no verb of its
    own: its "omdat" clause is asked all the same ("Waarom is de maatregel volgens Dekker
    nodig?"); an adjective with a copula and no cause makes no fact ("De schade is groot")."""
    rows = [
        ("Volgens", "ADP", 1, "case", "O"), ("Dekker", "PROPN", 5, "obl", "B-PER"),
        ("is", "AUX", 5, "cop", "O"), ("de", "DET", 4, "det", "O"),
        ("maatregel", "NOUN", 5, "nsubj", "O"), ("nodig", "ADJ", 5, "ROOT", "O"),
        ("omdat", "SCONJ", 9, "mark", "O"), ("de", "DET", 8, "det", "O"),
        ("inkomsten", "NOUN", 9, "nsubj", "O"), ("dalen", "VERB", 5, "advcl", "O"),
        (".", "PUNCT", 5, "punct", "O"),
    ]  # fmt: skip
    doc = parsed(rows)
    doc[2].set_morph("Number=Sing|Tense=Pres|VerbForm=Fin")
    doc[9].set_morph("Number=Plur|Tense=Pres|VerbForm=Fin")
    (fact,) = event_facts(doc)
    cause = next(i for i, p in enumerate(fact.parts) if p.role == "cause")
    asked = nl.question(fact, cause)
    assert asked is not None and asked.prompt == "Waarom is de maatregel volgens Dekker nodig?"
    assert asked.answer == "omdat de inkomsten dalen"
    plain = parsed([
        ("De", "DET", 1, "det", "O"), ("schade", "NOUN", 3, "nsubj", "O"),
        ("is", "AUX", 3, "cop", "O"), ("groot", "ADJ", 3, "ROOT", "O"),
        (".", "PUNCT", 3, "punct", "O"),
    ])  # fmt: skip
    plain[2].set_morph("Number=Sing|Tense=Pres|VerbForm=Fin")
    assert event_facts(plain) == []


def test_when_something_was_said_is_a_blank_of_last_resort() -> None:
    """ "…, zei de trainer [dinsdag] op een persconferentie": when it was said is not the
    news, but a fair blank where the text has nothing better; it ranks far below the
    sentence's other blanks."""
    from quizgen.extract import SAID_WHEN_PENALTY

    rows = [
        ("Vijf", "NUM", 1, "nummod", "B-QUANTITY"), ("spelers", "NOUN", 2, "nsubj", "I-QUANTITY"),
        ("vertrekken", "VERB", 2, "ROOT", "O"), (",", "PUNCT", 4, "punct", "O"),
        ("zei", "VERB", 2, "parataxis", "O"), ("de", "DET", 6, "det", "O"),
        ("trainer", "NOUN", 4, "nsubj", "O"), ("dinsdag", "NOUN", 4, "obl", "B-DATE"),
        ("op", "ADP", 10, "case", "O"), ("een", "DET", 10, "det", "O"),
        ("persconferentie", "NOUN", 4, "obl", "O"), (".", "PUNCT", 2, "punct", "O"),
    ]  # fmt: skip
    doc = parsed(rows)
    doc[4].lemma_ = "zeggen"
    doc[2].set_morph("Number=Plur|Tense=Pres|VerbForm=Fin")
    doc[4].set_morph("Number=Sing|Tense=Past|VerbForm=Fin")
    facts = {f.parts[0].answer: f for f in FactExtractor(doc, "nl").sentence_facts()}
    assert facts["dinsdag"].salience <= facts["Vijf spelers"].salience - SAID_WHEN_PENALTY
    assert facts["dinsdag"].background and not facts["Vijf spelers"].background


def test_a_number_before_a_list_of_nouns_is_blanked_alone() -> None:
    """ "ongeveer 350 brandweerlieden, militairen en vrijwilligers": the number counts them
    all, so the blank takes the number alone ("ongeveer _____ brandweerlieden, …"), not
    "350 brandweerlieden" as if the others were not counted."""
    rows = [
        ("Er", "ADV", 9, "expl", "O"), ("zijn", "AUX", 9, "aux:pass", "O"),
        ("ongeveer", "ADV", 3, "advmod", "O"), ("350", "NUM", 4, "nummod", "O"),
        ("brandweerlieden", "NOUN", 9, "nsubj:pass", "O"), (",", "PUNCT", 6, "punct", "O"),
        ("militairen", "NOUN", 4, "conj", "O"), ("en", "CCONJ", 8, "cc", "O"),
        ("vrijwilligers", "NOUN", 4, "conj", "O"), ("ingezet", "VERB", 9, "ROOT", "O"),
        (".", "PUNCT", 9, "punct", "O"),
    ]  # fmt: skip
    doc = parsed(rows)
    for noun in (4, 6, 8):
        doc[noun].set_morph("Number=Plur")
    answers = [f.parts[0].answer for f in FactExtractor(doc, "nl").sentence_facts()]
    assert answers == ["350"]
    # Also where the entity rules made the number and its noun one amount.
    amount = list(rows)
    amount[3] = ("350", "NUM", 4, "nummod", "B-QUANTITY")
    amount[4] = ("brandweerlieden", "NOUN", 9, "nsubj:pass", "I-QUANTITY")
    doc = parsed(amount)
    for noun in (4, 6, 8):
        doc[noun].set_morph("Number=Plur")
    answers = [f.parts[0].answer for f in FactExtractor(doc, "nl").sentence_facts()]
    assert answers == ["350"]
    # A second noun with words of its own is counted apart ("twee woningen en
    # [verschillende] vakantiereizen"): the blank keeps its noun.
    rows[6] = ("verschillende", "ADJ", 8, "amod", "O")
    rows[7] = ("andere", "ADJ", 8, "amod", "O")
    doc = parsed(rows)
    for noun in (4, 8):
        doc[noun].set_morph("Number=Plur")
    answers = [f.parts[0].answer for f in FactExtractor(doc, "nl").sentence_facts()]
    assert answers == ["350 brandweerlieden"]


def test_one_end_of_a_range_is_no_blank() -> None:
    """ "binnen drie tot [vijf jaar]": one end of a range is not what the sentence tells;
    "van 58 miljoen naar 41 miljoen euro" holds two amounts, each a blank."""
    rows = [
        ("Patiënten", "NOUN", 1, "nsubj", "O"), ("overlijden", "VERB", 1, "ROOT", "O"),
        ("binnen", "ADP", 6, "case", "O"), ("drie", "NUM", 6, "nummod", "O"),
        ("tot", "ADP", 6, "case", "O"), ("vijf", "NUM", 6, "nummod", "B-QUANTITY"),
        ("jaar", "NOUN", 1, "obl", "I-QUANTITY"), ("na", "ADP", 9, "case", "O"),
        ("de", "DET", 9, "det", "O"), ("diagnose", "NOUN", 1, "obl", "O"),
        (".", "PUNCT", 1, "punct", "O"),
    ]  # fmt: skip
    doc = parsed(rows)
    assert FactExtractor(doc, "nl").sentence_facts() == []
    rows[4] = ("en", "CCONJ", 6, "cc", "O")
    rows[2] = ("tussen", "ADP", 6, "case", "O")
    assert FactExtractor(parsed(rows), "nl").sentence_facts() == []
    doc = parsed([
        ("De", "DET", 1, "det", "O"), ("omzet", "NOUN", 2, "nsubj", "O"),
        ("daalde", "VERB", 2, "ROOT", "O"), ("van", "ADP", 5, "case", "O"),
        ("58", "NUM", 5, "nummod", "B-MONEY"), ("miljoen", "NUM", 2, "obl", "I-MONEY"),
        ("naar", "ADP", 9, "case", "O"), ("41", "NUM", 8, "nummod", "B-MONEY"),
        ("miljoen", "NUM", 9, "nummod", "I-MONEY"), ("euro", "NOUN", 2, "obl", "I-MONEY"),
        (".", "PUNCT", 2, "punct", "O"),
    ])  # fmt: skip
    answers = [f.parts[0].answer for f in FactExtractor(doc, "nl").sentence_facts()]
    assert answers == ["58 miljoen", "41 miljoen euro"]


def test_a_bare_noun_for_an_organisation_is_the_name_the_sentence_before_has_as_subject() -> None:
    """ "Marktplein kampt met dalende winsten. [Het bedrijf] leed een verlies.": the question
    names the company ("Hoeveel verlies leed Marktplein?"); without a name as the subject
    before, "het bedrijf" stays as it is."""
    rows = [
        ("Marktplein", "PROPN", 1, "nsubj", "B-ORG"), ("kampt", "VERB", 1, "ROOT", "O"),
        ("met", "ADP", 4, "case", "O"), ("dalende", "ADJ", 4, "amod", "O"),
        ("winsten", "NOUN", 1, "obl", "O"), (".", "PUNCT", 1, "punct", "O"),
        ("Het", "DET", 7, "det", "O"), ("bedrijf", "NOUN", 8, "nsubj", "O"),
        ("leed", "VERB", 8, "ROOT", "O"), ("een", "DET", 10, "det", "O"),
        ("verlies", "NOUN", 8, "obj", "O"), (".", "PUNCT", 8, "punct", "O"),
    ]  # fmt: skip
    doc = parsed(rows)
    doc[1].set_morph("Number=Sing|Tense=Pres|VerbForm=Fin")
    doc[8].set_morph("Number=Sing|Tense=Past|VerbForm=Fin")
    lost = next(f for f in event_facts(doc) if f.finite == "leed")
    subject = next(p for p in lost.parts if p.role == "subject")
    assert (subject.text, subject.answer, subject.label) == ("Marktplein", "Marktplein", "ORG")
    rows[0] = ("Men", "PRON", 1, "nsubj", "O")
    doc = parsed(rows)
    doc[1].set_morph("Number=Sing|Tense=Pres|VerbForm=Fin")
    doc[8].set_morph("Number=Sing|Tense=Past|VerbForm=Fin")
    lost = next(f for f in event_facts(doc) if f.finite == "leed")
    subject = next(p for p in lost.parts if p.role == "subject")
    assert subject.text == "Het bedrijf"


def test_a_name_the_text_calls_a_thing_is_asked_which_thing() -> None:
    """ "de satelliet Meridian-2 … [Meridian-2] gaat rond de aarde draaien" with the name
    tagged a person: "Welke satelliet gaat …?", not "Wie gaat …?"."""
    rows = [
        ("de", "DET", 1, "det", "O"), ("satelliet", "NOUN", 3, "nsubj", "O"),
        ("Meridian-2", "PROPN", 1, "appos", "B-PER"), ("vertrok", "VERB", 3, "ROOT", "O"),
        (".", "PUNCT", 3, "punct", "O"),
        ("Meridian-2", "PROPN", 6, "nsubj", "B-PER"), ("weegt", "VERB", 6, "ROOT", "O"),
        ("380", "NUM", 8, "nummod", "B-QUANTITY"), ("kilo", "NOUN", 6, "obj", "I-QUANTITY"),
        (".", "PUNCT", 6, "punct", "O"),
    ]  # fmt: skip
    doc = parsed(rows)
    doc[3].set_morph("Number=Sing|Tense=Past|VerbForm=Fin")
    doc[6].set_morph("Number=Sing|Tense=Pres|VerbForm=Fin")
    weighs = next(f for f in event_facts(doc) if f.finite == "weegt")
    asked = nl.question(weighs, 0)
    assert asked is not None and asked.prompt == "Welke satelliet weegt 380 kilo?"


def test_a_compound_of_a_title_opening_a_sentence_is_no_part_of_the_name() -> None:
    """ "[Juryvoorzitter Tomás Vieira], een Portugese regisseur, …": the compound title is
    cut off the name, as "Meteoroloog" is."""
    from quizgen.repair import trim_openers

    doc = parsed([
        ("Juryvoorzitter", "PROPN", 3, "nsubj", "B-PER"), ("Tomás", "PROPN", 0, "flat", "I-PER"),
        ("Vieira", "PROPN", 0, "flat", "I-PER"), ("was", "AUX", 3, "ROOT", "O"),
    ])  # fmt: skip
    assert trim_openers(doc) == 1
    assert entities(doc) == [("Tomás Vieira", "PER")]


def test_a_subject_with_a_possessive_tagged_a_determiner_is_unresolved() -> None:
    """ "landde [zijn] capsule in de oceaan" with "zijn" tagged a determiner: whose capsule?
    No question ("Hoe laat landde zijn capsule …?"), as with a possessive tagged a pronoun;
    "de capsule" is asked."""
    rows = [
        ("Toen", "ADV", 1, "advmod", "O"), ("landde", "VERB", 1, "ROOT", "O"),
        ("zijn", "DET", 3, "det", "O"), ("capsule", "NOUN", 1, "nsubj", "O"),
        ("in", "ADP", 6, "case", "O"), ("de", "DET", 6, "det", "O"),
        ("Noordzee", "PROPN", 1, "obl", "B-LOC"), (".", "PUNCT", 1, "punct", "O"),
    ]  # fmt: skip
    doc = parsed(rows)
    doc[1].set_morph("Number=Sing|Tense=Past|VerbForm=Fin")
    assert event_facts(doc) == []
    rows[2] = ("de", "DET", 3, "det", "O")
    doc = parsed(rows)
    doc[1].set_morph("Number=Sing|Tense=Past|VerbForm=Fin")
    assert len(event_facts(doc)) == 1


def test_a_rank_with_a_copula_is_a_clause_to_ask() -> None:
    """ "Vlaams Belang werd [tweede] met 22 procent": who came second, and with how much
    ("Wie werd tweede met 22 procent?", "Met hoeveel procent werd Vlaams Belang tweede?")."""
    rows = [
        ("Vlaams", "PROPN", 3, "nsubj", "B-ORG"), ("Belang", "PROPN", 0, "flat", "I-ORG"),
        ("werd", "AUX", 3, "cop", "O"), ("tweede", "NUM", 3, "ROOT", "O"),
        ("met", "ADP", 6, "case", "O"), ("22", "NUM", 6, "nummod", "B-PERCENT"),
        ("procent", "NOUN", 3, "obl", "I-PERCENT"), (".", "PUNCT", 3, "punct", "O"),
    ]  # fmt: skip
    doc = parsed(rows)
    doc[2].set_morph("Number=Sing|Tense=Past|VerbForm=Fin")
    (fact,) = event_facts(doc)
    prompts = [a.prompt for i in range(len(fact.parts)) if (a := nl.question(fact, i))]
    assert prompts == [
        "Wie werd tweede met 22 procent?",
        "Met hoeveel procent werd Vlaams Belang tweede?",
    ]


def test_to_whom_a_prize_went_is_asked_past_the_persons_title() -> None:
    """ "De prijs ging naar de Belgische regisseur Lukas Dhont": "Naar wie ging de prijs? —
    Lukas Dhont", the title between the article and the name as an adjective is."""
    doc = parsed([
        ("De", "DET", 1, "det", "O"), ("prijs", "NOUN", 2, "nsubj", "O"),
        ("ging", "VERB", 2, "ROOT", "O"), ("naar", "ADP", 6, "case", "O"),
        ("de", "DET", 6, "det", "O"), ("Belgische", "ADJ", 6, "amod", "B-MISC"),
        ("regisseur", "NOUN", 2, "obl", "O"), ("Lukas", "PROPN", 6, "appos", "B-PER"),
        ("Dhont", "PROPN", 7, "flat", "I-PER"), (".", "PUNCT", 2, "punct", "O"),
    ])  # fmt: skip
    doc[2].set_morph("Number=Sing|Tense=Past|VerbForm=Fin")
    (fact,) = event_facts(doc)
    party = next(i for i, p in enumerate(fact.parts) if p.role == "party")
    asked = nl.question(fact, party)
    assert asked is not None
    assert (asked.prompt, asked.answer) == ("Naar wie ging de prijs?", "Lukas Dhont")


def test_a_title_opening_the_sentence_takes_no_capital_in_the_source() -> None:
    """ "Gedeputeerde Jan-Nico Appelman zei dat de regio wacht", the title tagged a place of
    its own: asked "… volgens gedeputeerde Jan-Nico Appelman …?", the title lowercase
    inside the question."""
    doc = parsed([
        ("Gedeputeerde", "PROPN", 3, "nsubj", "B-LOC"), ("Jan-Nico", "PROPN", 2, "nmod", "B-PER"),
        ("Appelman", "PROPN", 0, "flat", "I-PER"), ("zei", "VERB", 3, "ROOT", "O"),
        ("dat", "SCONJ", 7, "mark", "O"), ("de", "DET", 6, "det", "O"),
        ("regio", "NOUN", 7, "nsubj", "O"), ("wacht", "VERB", 3, "ccomp", "O"),
        (".", "PUNCT", 3, "punct", "O"),
    ])  # fmt: skip
    doc[3].lemma_ = "zeggen"
    doc[3].set_morph("Number=Sing|Tense=Past|VerbForm=Fin")
    doc[7].set_morph("Number=Sing|Tense=Pres|VerbForm=Fin")
    sources = [p.text for f in event_facts(doc) for p in f.parts if p.role == "source"]
    assert sources == ["volgens gedeputeerde Jan-Nico Appelman"]


def test_a_participle_tagged_a_noun_between_a_number_and_its_noun_is_counted_along() -> None:
    """ "uit 212 ingezonden albums", "ingezonden" tagged a noun: the amount is "212
    ingezonden albums", not "212 ingezonden"."""
    doc = parsed([
        ("Kustlicht", "PROPN", 1, "nsubj", "O"), ("won", "VERB", 1, "ROOT", "O"),
        ("uit", "ADP", 5, "case", "O"), ("212", "NUM", 5, "nummod", "O"),
        ("ingezonden", "NOUN", 5, "amod", "O"), ("albums", "NOUN", 1, "obl", "O"),
        (".", "PUNCT", 1, "punct", "O"),
    ])  # fmt: skip
    doc[1].set_morph("Tense=Past|VerbForm=Fin")
    [won] = event_facts(doc)
    [amount] = [p for p in won.parts if p.prep == "uit"]
    assert (amount.answer, amount.label) == ("212 ingezonden albums", "QUANTITY")


def test_a_conjunct_verb_without_a_coordinator_or_comma_is_no_clause() -> None:
    """ "De aanleg loopt ongeveer vier maanden vertraging op" with "vertraging" tagged a verb
    conjoined to "loopt": no clause ("Hoeveel maanden vertraging op?" was asked); with
    "en" before it, it may be one."""
    rows = [
        ("De", "DET", 1, "det", "O"), ("aanleg", "NOUN", 2, "nsubj", "O"),
        ("loopt", "VERB", 2, "ROOT", "O"), ("vier", "NUM", 4, "nummod", "O"),
        ("maanden", "NOUN", 5, "obj", "O"), ("vertraging", "VERB", 2, "conj", "O"),
        ("op", "ADP", 5, "compound:prt", "O"), (".", "PUNCT", 2, "punct", "O"),
    ]  # fmt: skip

    from quizgen.extract import loosely_joined

    doc = parsed(rows)
    for t in doc:
        if t.pos_ == "VERB":
            t.set_morph("Number=Sing|Tense=Pres|VerbForm=Fin")
    assert not loosely_joined(doc[5])
    assert "vertraging" not in [f.finite for f in event_facts(doc)]
    joined = [(w, pos, head + (head >= 3), dep, ent) for w, pos, head, dep, ent in rows]
    joined.insert(3, ("en", "CCONJ", 6, "cc", "O"))
    assert loosely_joined(parsed(joined)[6])


def test_a_participle_after_a_comma_is_no_finite_verb_of_the_first_phrase() -> None:
    """ "Het gebouw aan het plein, ontworpen door bureau MVRDV, telt zes verdiepingen": the
    participle after the comma opens a phrase set off, no clause ("Waardoor ontworpen het
    gebouw …?"); after a comma that closes a remark of the first phrase a verb is second:
    "In overleg met Jan, een acteur, herordende Steen het boek"."""
    doc = parsed([
        ("Het", "DET", 1, "det", "O"), ("gebouw", "NOUN", 4, "nsubj", "O"),
        (",", "PUNCT", 1, "punct", "O"), ("toen", "ADV", 4, "advmod", "O"),
        ("ontworpen", "VERB", 4, "ROOT", "O"), ("door", "ADP", 6, "case", "O"),
        ("MVRDV", "PROPN", 4, "obl", "B-ORG"), (".", "PUNCT", 4, "punct", "O"),
    ])  # fmt: skip
    doc[4].set_morph("VerbForm=Part")
    doc[3].head = doc[1]
    assert event_facts(doc) == []
    doc = parsed([
        ("Met", "ADP", 1, "case", "O"), ("Jan", "PROPN", 6, "obl", "B-PER"),
        (",", "PUNCT", 4, "punct", "O"), ("een", "DET", 4, "det", "O"),
        ("acteur", "NOUN", 1, "appos", "O"), (",", "PUNCT", 4, "punct", "O"),
        ("herordende", "VERB", 6, "ROOT", "O"), ("Steen", "PROPN", 6, "nsubj", "B-PER"),
        ("het", "DET", 9, "det", "O"), ("boek", "NOUN", 6, "obj", "O"),
        (".", "PUNCT", 6, "punct", "O"),
    ])  # fmt: skip
    doc[6].set_morph("VerbForm=Part")
    assert [f.finite for f in event_facts(doc)] == ["herordende"]


def test_counted_people_as_an_object_are_asked_how_many() -> None:
    """ "De voorstelling trok 38.000 bezoekers": people counted are asked "Hoeveel bezoekers
    trok de voorstelling?" (uncounted, "trok de bezoekers uit Deventer" stays unasked: no
    clean "who" for an active object); a number written with a space ("8 259 winnaars")
    is asked of no part of it."""
    from quizgen.lang import nl

    def asked(count: list[str]) -> list[str]:
        rows = [
            ("De", "DET", 1, "det", "O"), ("voorstelling", "NOUN", 2, "nsubj", "O"),
            ("trok", "VERB", 2, "ROOT", "O"),
            *[(w, "NUM", 3 + len(count), "nummod", "O") for w in count],
            ("bezoekers", "NOUN", 2, "obj", "O"), (".", "PUNCT", 2, "punct", "O"),
        ]  # fmt: skip
        doc = parsed(rows)
        doc[2].set_morph("Number=Sing|Tense=Past|VerbForm=Fin")
        (fact,) = event_facts(doc)
        found = [nl.question(fact, i) for i, p in enumerate(fact.parts) if p.role == "object"]
        return [a.prompt for a in found if a is not None]

    assert asked(["38.000"]) == ["Hoeveel bezoekers trok de voorstelling?"]
    assert asked([]) == []
    assert asked(["8", "259"]) == []
