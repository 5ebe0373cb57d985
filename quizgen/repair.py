"""Repairs of parser and NER slips around names, made before facts are read.

A small statistical parser gets names with a title or an apposition wrong more often than
anything else, and those are exactly the phrases a quiz asks about. Each repair follows a
grammatical rule that holds whatever the words are, and changes the parse only where the
words leave no doubt:

- after a function, "First Last van Name" is a person and the organisation he is of
  ("meteoroloog Marco Verhoef van Weeronline"), whatever the NER made of it;
- a known place after "in" at the end of a name is a place of its own ("Museum de Fundatie
  in Zwolle");
- a name does not begin with a preposition, article or adverb that the NER took along
  because it was capitalised at the start of a sentence ("Onder Trump" is "Trump"), and
  does not end in a lowercase word or a score ("Hoekstra 3-1" is "Hoekstra") nor run on
  into the next phrase ("sprak [Trump] de Noord-Koreaanse leider … toe"); a common
  noun before a person's two-word name is a title, not a name ("Sloveen Luka Zupan");
- an organisation's name runs on over its "voor"/"van" phrase of capitalised words ("het
  Centraal Bureau voor de Statistiek");
- capitalised words right after a noun that says what they name are a name, though the
  NER missed it ("Landbouworganisatie [LTO Noord]");
- a name right after a noun that says what it names is of that kind: "het dorp
  Castelluccio" is a place, "de netbeheerders TenneT en Elia" are organisations;
- a number at the end of a date, right before a noun, counts that noun ("[maandag] 44
  graden");
- a bare date right after a noun is not that noun's: "[de bond] [donderdag]"; nor is one
  with a preposition right after a subject in the middle field ("dat [het kabinet] [in
  juni] met maatregelen komt");
- a date that is the verb's adverbial takes no phrase after it ("debatteert [op 21 maart]
  [over het voorstel]"), but its own "van";
- an entity is one phrase: when the parser hung its words on one head as separate
  siblings ("sluit [eind] [dit jaar]"), they are joined under the entity's last word;
- a separable particle that ends a main clause is its verb's ("gaan met 7 procent
  [omhoog]"), though the parser hung it on the noun before it;
- an auxiliary has no dependents of its own: a subject or adverbial the parser hung on
  "heeft" belongs to the verb "heeft" is the auxiliary of;
- a person's name runs on over the capitalised name parts the parser attached to it with
  ``flat`` ("Chung" + "Eui-yong"); a surname the NER missed is the person named in full
  (``tag_known_names``: it needs the whole article, so quizgen.api.parse runs it after joining
  the paragraphs, not this component); a "person" the article only has after "in" or "uit"
  is a place (``label_places``, on the whole article too);
- a person's name runs on over name particles and the capitalised word after them
  ("Marcelo Rebelo de Sousa"), but not over "van" (his organisation may follow);
- a title noun directly before a name is one phrase with it: when the parser hung both on
  the verb as siblings ("heeft [de president] [Donald Trump] uitgenodigd"), the name is
  made the title's apposition;
- a fixed adverbial phrase is no preposition: "kost [naar schatting] [12 miljard euro]";
- an active clause has one subject: when the parser gave a verb two (it labels the object
  of a perfect tense "nsubj:pass" at times), the later one is the object;
- a common first name (the lists' ``first_names``) right before a surname the NER found
  alone is part of the name ("[Ellen] Schouten, voorzitter van …");
- a name whose apposition is a noun for a person is a person ("Petra Hoogland, voorzitter
  van de bond,"), whatever the NER guessed;
- "Name, NP," — a comma-bounded noun phrase without a verb right after a person's name is
  that name's apposition ("Chung Eui-yong, hoofd van de delegatie,"), whatever the parser
  made of it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, MorphAnalysis, Span, Token

from quizgen.entities import AMOUNT_LABELS, INITIAL
from quizgen.lang.base import data_file, name_kinds, place_names, word_lists

FACTORY = "quizgen_repair"

NAME_ROOT_LABELS = {"PER", "PERSON", "ORG"}
PERSON_LABELS = {"PER", "PERSON"}
PLACE_ORG_LABELS = {"ORG", "LOC", "GPE", "FAC"}
MAX_KNOWN_NAME = 4
MEASURE_LABELS = {"QUANTITY", "MONEY"}
# The words that join an organisation's name to its field: "Planbureau voor de Leefomgeving".
ORG_LINKS = {"voor", "van"}
MAX_FIRST_NAMES = 2
MAX_PARTICLES = 3
# The endings of a present participle ("levend") and a past one ("gehaald", "gezet").
PRESENT_PARTICIPLE = "end"
PAST_PARTICIPLE = ("d", "t")
MAX_APPOSITION = 10
SCORE = re.compile(r"\d+-\d+")
YEAR = re.compile(r"1\d{3}|20\d{2}")
# The second, lower-case word of a species name: "[Streptomyces] zeelandicus", "Ideonella
# leidensis" (Latin endings of at least five letters).
EPITHET = re.compile(r"^[a-z]{2,}(?:us|is|um|ae|ii|ica|ensis|oides)$")
NOT_EPITHET_POS = {"AUX", "VERB", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "ADV", "NUM"}
RELATIVES = {"die", "dat", "wat", "waar", "waarin", "waarmee", "waarvan", "wie"}


def repair(doc: Doc) -> Counter[str]:
    """Repair ``doc`` in place; count the repairs made by kind."""
    done: Counter[str] = Counter()
    done["closing bracket hung with its opening one"] += closing_brackets(doc)
    done["noun with an article read as a verb"] += nouns_with_articles(doc)
    done["word of a name read as a verb"] += verbs_in_names(doc)
    done["root with a subject and an object read as a noun made the verb"] += verbs_read_as_nouns(
        doc
    )
    done["noun with an article hung on a verb as its adjective made its object"] += (
        objects_read_as_adjectives(doc)
    )
    done["name trimmed"] += trim_names(doc)
    done["plural read as a name dropped"] += plurals_read_as_names(doc)
    done["title of a work found"] += titles_of_works(doc)
    done["portfolio split off"] += split_portfolios(doc)
    done["verb under its subject made the root"] += verb_under_subject(doc)
    done["present participle read as the verb"] += present_participles_read_as_verbs(doc)
    done["passive participle under a modal made the verb"] += passives_under_modals(doc)
    done["noun read as a preposition"] += nouns_as_prepositions(doc)
    done["relative clause attached to its noun"] += relative_clauses(doc)
    done["date read as a verb made the verb's"] += dates_read_as_verbs(doc)
    done["auxiliary dependent moved"] += lift_from_auxiliaries(doc)
    done["adverbial clause read as a conjunct or complement"] += adverbial_clauses(doc)
    done["noun after its object read as a clause's verb"] += nouns_read_as_clause_verbs(doc)
    done["phrase after the subject in the first position given to it"] += first_position(doc)
    done["phrase of a clustered infinitive given to the verb before it"] += cluster_phrases(doc)
    done["copula of a verb's phrase made the verb's auxiliary"] += copulas_of_phrases(doc)
    done["participle after a copular noun made the verb"] += participles_of_copular_nouns(doc)
    done["auxiliary of a passive labelled one"] += passive_auxiliaries(doc)
    done["second half of a circumposition joined"] += circumpositions(doc)
    done["particle at the end given to the verb"] += particles_at_the_end(doc)
    done["name extended"] += extend_names(doc)
    done["surname with particles joined"] += surnames_with_particles(doc)
    done["person after a title labelled"] += persons_named_after_titles(doc)
    done["first names after a title joined"] += names_after_titles(doc)
    done["name after a title found"] += untagged_names_after_titles(doc)
    done["name after an honorific made a person"] += names_after_honorifics(doc)
    done["first name before a surname joined"] += first_names_before_surnames(doc)
    done["name by its first name found"] += names_by_first_names(doc)
    done["name with a first name made a person"] += persons_by_first_names(doc)
    done["person after a nationality found"] += persons_after_nationalities(doc)
    done["people of a place made no person"] += demonyms_as_persons(doc)
    done["place after a nationality found"] += places_after_nationalities(doc)
    done["name after its kind found"] += tag_names_after_kinds(doc)
    done["name labelled by its kind"] += label_by_kind(doc)
    done["name with an organisation's noun labelled one"] += organisations_by_their_noun(doc)
    done["person found by apposition"] += persons_by_apposition(doc)
    done["species name joined"] += join_binomials(doc)
    done["district labelled a place"] += label_districts(doc)
    done["seat split off a name"] += split_seats(doc)
    done["known place labelled a place"] += known_places(doc)
    done["name after an article made no person"] += articled_names(doc)
    done["organisation name extended"] += extend_organisations(doc)
    done["sentence opener cut off a name"] += trim_openers(doc)
    done["person of an organisation split"] += persons_of_organisations(doc)
    done["entity joined"] += join_entities(doc)
    done["preposition of a name given to its head"] += prepositions_of_names(doc)
    done["split name joined"] += join_split_names(doc)
    done["speech verb after a comma made the source"] += speech_after_comma(doc)
    done["count cut off a date"] += trim_dates(doc)
    done["day range joined"] += join_day_ranges(doc)
    done["night between two days joined"] += nights_between_days(doc)
    done["date made a phrase of the verb"] += dates_of_verbs(doc)
    done["date detached"] += detach_dates(doc)
    done["clause's phrase hung on a name given to the verb"] += phrases_of_names(doc)
    done["phrase detached from a date"] += detach_from_dates(doc)
    done["a title read as a participle or a name"] += titles_read_as_other_words(doc)
    done["title and name joined"] += join_title_names(doc)
    done["apposition attached"] += attach_appositions(doc)
    done["apposition given to the noun before it"] += appositions_of_nouns_before(doc)
    done["age in brackets given to its person"] += ages_in_brackets(doc)
    done["abbreviation or relative clause attached"] += attach_to_names(doc)
    done["measure joined to its noun"] += join_measures(doc)
    done["adverbial phrase detached"] += detach_adverbials(doc)
    done["phrase of an indefinite pronoun given to the verb"] += indefinite_phrases(doc)
    done["age given to the person before it"] += ages_of_persons(doc)
    done["object after a subject's apposition given to the verb"] += objects_after_appositions(doc)
    done["second subject made object"] += one_subject(doc)
    done["subject and object swapped by agreement"] += subjects_by_agreement(doc)
    done["subject after a verb-first conjunct made its object"] += verb_first_conjuncts(doc)
    done["subordinate clause's finite verb made its head"] += finite_verbs_of_subclauses(doc)
    done["noun read as a particle made the object"] += nouns_as_particles(doc)
    done["direction given to the noun before it"] += directions_of_nouns(doc)
    done["direction given to the verb of going"] += directions_of_verbs(doc)
    done["possessive read as a verb"] += possessives_read_as_verbs(doc)
    done["auxiliary read as a possessive"] += auxiliaries_read_as_possessives(doc)
    done["participle read as a noun"] += participles_read_as_nouns(doc)
    done["a title's field read as a participle"] += fields_read_as_participles(doc)
    done["particle adverb given to its verb"] += particle_adverbs_of_verbs(doc)
    done["place after the object made the verb's"] += places_of_verbs(doc)
    done["prepositional object given to its verb"] += prepositional_objects(doc)
    done["apposition read as a second object attached"] += appositions_read_as_objects(doc)
    done["first of two objects made the subject"] += first_object_the_subject(doc)
    done["object of a participle with zijn or worden made its subject"] += objects_of_passives(doc)
    return done


def closing_brackets(doc: Doc) -> int:
    """ "Staatssecretaris Anouk van Dorsten (Toeslagen[)] is … afgetreden" with the closing
    bracket hung on the verb: a bracket closes the phrase its opening bracket is in, and
    hangs where that one hangs."""
    changed = 0
    for sent in doc.sents:
        opened: list[Token] = []
        for t in sent:
            if t.text == "(":
                opened.append(t)
            elif t.text == ")" and opened:
                head = opened.pop().head
                if t.head.i != head.i and _reattach(t, head, "punct"):
                    changed += 1
    return changed


def all_articles(lang: str) -> set[str]:
    """The language's articles, definite and indefinite ("de", "het", "een")."""
    lexicon = data_file(lang, "lexicon")
    return {*lexicon["articles"].values(), lexicon["indefinite_article"]}


def nouns_with_articles(doc: Doc) -> int:
    """ "door de sterk gestegen [energieprijzen]" tagged a verb, "door" its conjunction: a
    "verb" with an article of its own before it, and no subject or auxiliary, is a noun (a
    verb takes no article; an infinitive that does is one), and a preposition before it
    its case."""
    articles = all_articles(doc.lang_)
    changed = 0
    for t in doc:
        if t.pos_ != "VERB":
            continue
        kids = list(t.children)
        if (
            # (A participle the parser gave an article belongs to another repair: "heeft
            # [dinsdagochtend] een bende opgerold" with the date read as the verb.)
            "Part" in t.morph.get("VerbForm", [])
            or not any(k.dep_ == "det" and k.lower_ in articles and k.i < t.i for k in kids)
            or any(k.dep_ in {"nsubj", "nsubj:pass", *AUXILIARY_DEPS} for k in kids)
        ):
            continue
        as_noun(t)
        for k in kids:
            if k.dep_ == "mark" and k.pos_ == "ADP" and k.i < t.i:
                k.dep_ = "case"
        changed += 1
    return changed


def verbs_in_names(doc: Doc) -> int:
    """ "Zorgverzekeraar Delta [Zorg]" with the last word tagged a verb, hung as a word of the
    name: a capitalised "verb" inside a sentence that the parser made part of a name is a
    name's word (a verb is never one); the clause was read as having a verb in its subject."""
    changed = 0
    for t in doc:
        if t.pos_ in {"VERB", "AUX"} and t.dep_ == "flat" and t.is_title and not t.is_sent_start:
            t.pos_ = "PROPN"
            t.morph = MorphAnalysis(doc.vocab, "")
            changed += 1
    return changed


def verbs_read_as_nouns(doc: Doc) -> int:
    """ "Italië en Spanje [zonden] elk twee blusvliegtuigen" with the verb tagged a noun
    ("zonden", sins) and made the root: a root with a subject before it and an object after
    it, and no article or copula of its own, is the clause's finite verb (its tense by its
    ending: "-de(n)", "-te(n)" the past)."""
    changed = 0
    for sent in doc.sents:
        root = sent.root
        kids = list(root.children)
        if (
            root.pos_ != "NOUN"
            or not any(k.dep_ == "nsubj" and k.i < root.i for k in kids)
            or not any(k.dep_ == "obj" and k.i > root.i for k in kids)
            or any(k.dep_ in {"det", "cop", "case", "amod"} for k in kids)
        ):
            continue
        past = root.lower_.endswith(("de", "te", "den", "ten"))
        number = "Plur" if root.lower_.endswith("en") else "Sing"
        root.pos_ = "VERB"
        root.morph = MorphAnalysis(
            doc.vocab, f"Number={number}|Tense={'Past' if past else 'Pres'}|VerbForm=Fin"
        )
        changed += 1
    return changed


def objects_read_as_adjectives(doc: Doc) -> int:
    """ "heeft dinsdagochtend [een bende] opgerold" with the noun an adjective of the
    participle: a noun with its own article hung on a verb as an adjective is the verb's
    object, if it has none."""
    articles = all_articles(doc.lang_)
    changed = 0
    for t in doc[1:]:
        verb, article = t.head, doc[t.i - 1]
        if (
            t.dep_ == "amod"
            and t.pos_ == "NOUN"
            and verb.pos_ == "VERB"
            and t.i < verb.i
            # (The article on the noun, or on the verb too: "[een] bende opgerold".)
            and article.dep_ == "det"
            and article.lower_ in articles
            and article.head.i in {t.i, verb.i}
            and not any(k.dep_ == "obj" for k in verb.children)
        ):
            t.dep_ = "obj"
            article.head = t
            changed += 1
    return changed


NAME_LABELS = {"PER", "PERSON", "ORG", "LOC", "GPE", "MISC", "NORP", "FAC"}
# Words between the two days of a range ("8 op 9 augustus", "10 tot en met 13 juli").
RANGE_WORDS = {"op", "tot", "en", "met", "-", "–", "t/m"}
MAX_DAY = 31
LEADING_POS = {"ADP", "DET", "ADV", "SCONJ", "CCONJ", "PRON"}
AUXILIARY_DEPS = {"aux", "aux:pass", "cop"}


def known_places(doc: Doc) -> int:
    """ "de rechtbank in ['s-Hertogenbosch]" tagged MISC, "Kapfenberg" tagged a person: a
    name that is a known country or city (the lists' ``countries`` and ``cities``) as a
    whole is a place, whatever other name the NER gave it (an organisation aside: "Utrecht"
    may be the city's council or its club)."""
    places = place_names(doc.lang_)

    def relabel(ent: Span) -> list[Span] | None:
        if ent.label_ in {"MISC", *PERSON_LABELS} and ent.text in places:
            return [Span(doc, ent.start, ent.end, label="LOC")]
        return None

    return rewrite_entities(doc, relabel)


def articled_names(doc: Doc) -> int:
    """ "De [Van Brienenoordbrug]", "de [Van Nellefabriek]" tagged a person or an
    organisation: a name that opens with a name particle right after an article is a place
    named after someone (no one is called "de Van …"; "het Van Gogh Museum" says it is an
    organisation), so no "Wie …?" asks for it; so is a compound of a place noun ("de
    parkeergarage [Sint-Jorisplein]", see :func:`place_compound`)."""
    lexicon = data_file(doc.lang_, "lexicon")
    articles = set(lexicon["articles"].values())
    particles = set(lexicon["name_particles"])
    places = tuple(lexicon["place_nouns"])
    nouns = organisation_nouns(doc.lang_)

    def relabel(ent: Span) -> list[Span] | None:
        before = doc[ent.start - 1] if ent.start else None
        last = ent[-1].lower_
        if (
            ent.label_ in PERSON_LABELS
            or (ent.label_ == "ORG" and not names_organisation(ent, nouns))
        ) and (
            (
                len(ent) > 1
                and ent[0].is_title
                and ent[0].lower_ in particles
                and before is not None
                and before.lower_ in articles
            )
            or place_compound(last, places, before is not None and before.lower_ in articles)
        ):
            return [Span(doc, ent.start, ent.end, label="LOC")]
        return None

    return rewrite_entities(doc, relabel)


# Shorter place nouns also end surnames ("Verkade", "Vanderlaan"): a compound of one names
# a place only after an article.
SURNAME_SAFE_PLACE_NOUN = 5


def place_compound(word: str, places: tuple[str, ...], articled: bool) -> bool:
    """Whether ``word`` (lower case) is a compound of a place noun ("sint-jorisplein",
    "stationsstraat"): a place, no person."""
    return any(
        word.endswith(n) and len(word) > len(n) and (articled or len(n) >= SURNAME_SAFE_PLACE_NOUN)
        for n in places
    )


def split_seats(doc: Doc) -> int:
    """ "[Museum de Fundatie in Zwolle]" as one name: a known city or country after "in"
    at the end of a name is where the named thing is (the lexicon's ``seat_preposition``),
    a place of its own."""
    seat = data_file(doc.lang_, "lexicon")["seat_preposition"]
    places = place_names(doc.lang_)

    def split(ent: Span) -> list[Span] | None:
        at = next((t.i for t in ent[1:-1] if t.text == seat), None)
        if ent.label_ not in NAME_LABELS or at is None or doc[at + 1 : ent.end].text not in places:
            return None
        return [Span(doc, ent.start, at, label=ent.label_), Span(doc, at + 1, ent.end, "LOC")]

    return rewrite_entities(doc, split)


def rewrite_entities(doc: Doc, rewrite: Callable[[Span], list[Span] | None]) -> int:
    """Each entity replaced by the spans ``rewrite`` makes of it (None: kept as it is); the
    number rewritten."""
    ents: list[Span] = []
    changed = 0
    for ent in doc.ents:
        new = rewrite(ent)
        ents += [ent] if new is None else new
        changed += new is not None
    if changed:
        doc.ents = ents
    return changed


def opens_sentence(first: Token, titles: set[str], kinds: dict[str, tuple[str, str]]) -> bool:
    """ "Meteoroloog Marco Verhoef", "Chipfabrikant NXP" at a sentence start: a function (or a
    compound of one) or a compound of a kind noun there is not part of the name after it,
    though the tagger took it for one (but "Universiteit Leiden": the kind noun alone may
    begin a name)."""
    doc = first.doc
    return bool(
        first.is_sent_start
        and first.i + 1 < len(doc)
        and doc[first.i + 1].text[:1].isupper()
        and (
            # (A compound of a title too: "Juryvoorzitter Tomás Vieira".)
            first.lower_.endswith(tuple(titles))
            or (kind_of_word(first.lower_, kinds) is not None and first.lower_ not in kinds)
        )
    )


def trim_openers(doc: Doc) -> int:
    """:func:`opens_sentence` again once names are joined and extended (the NER may tag the
    word alone, and the joins take it along)."""
    titles = set(data_file(doc.lang_, "lexicon").get("person_titles", []))
    kinds = name_kinds(doc.lang_)

    def trim(ent: Span) -> list[Span] | None:
        if ent.label_ in NAME_LABELS and len(ent) >= 2 and opens_sentence(ent[0], titles, kinds):
            return [Span(doc, ent.start + 1, ent.end, label=ent.label_)]
        return None

    return rewrite_entities(doc, trim)


def persons_of_organisations(doc: Doc) -> int:
    """ "meteoroloog [Marco Verhoef van Weeronline]" as one organisation: after a function
    ("meteoroloog", the lexicon's ``person_titles``), two or three capitalised words and
    "van" with a name are a person and the organisation he is of; so are a first name and
    name particles the NER left out before it ("directeur Eva de [Jong van de
    Museumnacht]": Eva de Jong of the Museumnacht)."""
    lexicon = data_file(doc.lang_, "lexicon")
    titles = set(lexicon.get("person_titles", []))
    particles = set(lexicon.get("name_particles", [])) - {lexicon["title_of"]}
    of = lexicon["title_of"]

    def split(ent: Span) -> list[Span] | None:
        at = next((t.i for t in ent if t.text == of), None)
        start = ent.start
        # Back over untagged first names and particles to the function.
        while (
            start > 0
            and ent.start - start < MAX_FIRST_NAMES + 1
            and not doc[start - 1].ent_type_
            and doc[start - 1].lower_ not in titles
            and (doc[start - 1].text in particles or doc[start - 1].is_title)
        ):
            start -= 1
        name = doc[start:at] if at is not None else doc[start:start]
        org = at + 1 + (at + 1 < ent.end and doc[at + 1].pos_ == "DET") if at is not None else 0
        if org + 1 < ent.end and doc[org].is_lower and doc[org + 1].is_title:
            # "van [onderzoeksbureau] Foodmonitor": what kind of organisation, before its name.
            org += 1
        if (
            ent.label_ in NAME_LABELS - PERSON_LABELS
            and start > 0
            # (A compound of a title is one too: "retailanalist".)
            and doc[start - 1].lower_.endswith(tuple(titles))
            and at is not None
            and 2 <= sum(t.is_title for t in name) <= MAX_FIRST_NAMES + 1
            and all((t.is_title and t.is_alpha) or t.text in particles for t in name)
            and name[0].is_title
            and org < ent.end
            and doc[org].text[:1].isupper()
        ):
            return [Span(doc, start, at, label="PER"), Span(doc, org, ent.end, "ORG")]
        return None

    return rewrite_entities(doc, split)


def label_districts(doc: Doc) -> int:
    """ "Amsterdam-Noord", "Den Haag-Centrum": a name ending in a compass point or "Centrum"
    after a hyphen is a part of a town, a place, whatever the NER guessed."""
    suffixes = tuple(f"-{w}" for w in data_file(doc.lang_, "lexicon").get("district_suffixes", []))
    ents = list(doc.ents)
    changed = 0
    for n, ent in enumerate(ents):
        if ent.label_ in NAME_LABELS and ent.label_ != "LOC" and ent.text.endswith(suffixes):
            ents[n] = Span(doc, ent.start, ent.end, label="LOC")
            changed += 1
    if changed:
        doc.ents = ents
    return changed


def join_binomials(doc: Doc) -> int:
    """ "[Streptomyces] zeelandicus": a one-word name followed by a Latin epithet is one
    species name (MISC), whatever the NER made of the genus."""
    ents = list(doc.ents)
    changed = 0
    for n, ent in enumerate(ents):
        after = doc[ent.end] if ent.end < len(doc) else None
        if (
            len(ent) == 1
            and ent.label_ in NAME_LABELS
            and ent[0].text[:1].isupper()
            and after is not None
            and after.ent_iob_ == "O"
            and EPITHET.match(after.text)
            and after.pos_ not in NOT_EPITHET_POS
        ):
            ents[n] = Span(doc, ent.start, ent.end + 1, label="MISC")
            changed += 1
    if changed:
        doc.ents = ents
    return changed


def trim_names(doc: Doc) -> int:
    with_article = {t.text for t in doc[1:] if doc[t.i - 1].pos_ == "DET"}
    titles = set(data_file(doc.lang_, "lexicon").get("person_titles", []))
    kinds = name_kinds(doc.lang_)
    ents = []
    changed = 0
    for ent in doc.ents:
        start, end = ent.start, ent.end
        if ent.label_ in NAME_LABELS:
            # Only a word capitalised for the sentence's sake, or in lower case: "De Morgen"
            # in mid-sentence is a newspaper's name, article and all.
            while (
                start < end - 1
                and doc[start].pos_ in LEADING_POS
                and (doc[start].is_sent_start or doc[start].is_lower)
            ):
                start += 1
            # "Zuivelbedrijf Noordmelk" at a sentence start: the noun is not part of the name.
            first = doc[start]
            if end - start >= 2 and (
                (first.is_sent_start and first.pos_ == "NOUN")
                or opens_sentence(first, titles, kinds)
            ):
                start += 1
            # "Sloveen Luka Zupan": a common noun before a two-word name is its title; the
            # text shows it is one when it also writes "de Sloveen". So is a function the
            # tagger took for part of the name ("[Rector] Tom Veldkamp").
            label = ent.label_
            if (
                label in NAME_LABELS
                and end - start >= 3
                and (
                    doc[start].pos_ == "NOUN"
                    or doc[start].text in with_article
                    or doc[start].lower_ in titles
                )
                and (label in PERSON_LABELS | {"MISC"} or titled_person(ent))
            ):
                # "de [Noor] Kjetil Haugen" (NER: one place): what the person is, then a
                # person's first and last name.
                start += 1
                label = "PER" if label == "LOC" else label
            # "[Trump de Noord-Koreaanse] leider": an article inside a name whose words after
            # it hang on a word after the name starts a new phrase ("Sanne de Vries" stays).
            for k in range(start + 1, end - 1):
                if (
                    doc[k].pos_ == "DET"
                    and doc[k].is_lower
                    and any(t.head.i >= end for t in doc[k + 1 : end])
                ):
                    end = k
                    break
            # "Hoekstra 3-1": a score or a lowercase word does not end a name ("Radio 1" does).
            while end - 1 > start and (doc[end - 1].is_lower or SCORE.fullmatch(doc[end - 1].text)):
                end -= 1
        if (start, end) != (ent.start, ent.end):
            ent = Span(doc, start, end, label=label if end - start >= 2 else ent.label_)
            changed += 1
        ents.append(ent)
    if changed:
        doc.ents = ents
    return changed


def titled_person(ent: Span) -> bool:
    """ "de [Noor Kjetil Haugen]" tagged a place: after "de" (people are of common gender,
    "het Landelijk Aktie Komitee" is not), a noun and a two-word name."""
    doc = ent.doc
    return (
        ent.label_ == "LOC"
        and len(ent) == 3
        and ent.start > 0
        and doc[ent.start - 1].lower_ == data_file(doc.lang_, "lexicon")["articles"]["common"]
        and all(t.pos_ == "PROPN" and t.is_title for t in ent[1:])
    )


def split_portfolios(doc: Doc) -> int:
    """ "minister van [Cultuur Eline Postma]", "schepen voor [Cultuur Nadia Bouzidi]",
    "wethouder [Onderwijs Marieke] van Dalen": the NER took the portfolio after a title (or
    its "van" or "voor") for the first word of a name.
    The portfolio's words are a closed class (the lexicon's ``portfolio_words``, joined by
    "en" or commas); what follows them, two or more
    capitalised words (with particles: "Sanne de Vries", even where the NER cut the name
    in two), is the person."""
    lexicon = data_file(doc.lang_, "lexicon")
    portfolio = set(lexicon.get("portfolio_words", []))
    # "minister van Defensie", "minister voor Klimaat", "schepen voor Cultuur".
    preps = set(lexicon.get("portfolio_prepositions", []))
    # Lowercase words inside a person's name: "Sanne de Vries", "Erik van der Laan".
    particles = set(lexicon.get("name_particles", []))
    titles = tuple(lexicon.get("person_titles", []))
    joins = {"en", ","}
    ents = list(doc.ents)
    people: list[Span] = []
    for ent in ents:
        if ent.label_ not in NAME_LABELS:
            continue
        name = ent.start
        while name < ent.end and (
            doc[name].text in portfolio or (name > ent.start and doc[name].lower_ in joins)
        ):
            name += 1
        before = ent.start - 1
        while before > 0 and (doc[before].text in portfolio or doc[before].lower_ in joins):
            before -= 1
        if before > 1 and doc[before].pos_ == "DET" and name > ent.start:
            # "Commissaris van de [Koning Andries Heidema]".
            before -= 1
        # ("Wethouder [Onderwijs Marieke] van Dalen": the portfolio right after the title.)
        titled = before >= 0 and before == ent.start - 1 and doc[before].lower_.endswith(titles)
        if (
            name == ent.start
            or name == ent.end
            or not doc[name].text[:1].isupper()
            or (before < 1 and not titled)
            or not (
                titled
                or (doc[before].lower_ in preps and doc[before - 1].pos_ in {"NOUN", "PROPN"})
            )
        ):
            continue
        end = name
        while (
            end < len(doc)
            and not doc[end].is_sent_start
            and doc[end].is_alpha
            and (doc[end].text[:1].isupper() or doc[end].lower_ in particles)
        ):
            end += 1
        while end > name and doc[end - 1].lower_ in particles:
            end -= 1
        if end - name >= 2:
            label = ent.label_ if ent.label_ in PERSON_LABELS else "PER"
            people.append(Span(doc, name, end, label=label))
    named = {t.i for e in ents for t in e}
    for ent in ents:
        # "minister van Infrastructuur Karin [Dekker]" with the first name outside the
        # entity: capitalised words between the portfolio and the name are first names.
        if ent.label_ not in NAME_LABELS or any(p.start <= ent.start < p.end for p in people):
            continue
        first = ent.start
        while (
            first - 1 > 0
            and ent.start - first < MAX_FIRST_NAMES
            and doc[first - 1].is_title
            and doc[first - 1].is_alpha
            and doc[first - 1].text not in portfolio
            and first - 1 not in named
        ):
            first -= 1
        before = first - 1
        while before > 0 and (doc[before].text in portfolio or doc[before].lower_ in joins):
            before -= 1
        if (
            first < ent.start
            and before < first - 1
            and before >= 1
            and doc[before].lower_ in preps
            and doc[before - 1].pos_ in {"NOUN", "PROPN"}
        ):
            people.append(Span(doc, first, ent.end, label="PER"))
    for ent in ents:
        # "wethouder [Lisa van Dam van Wonen]": a portfolio after the name, cut off.
        if ent.label_ not in PERSON_LABELS or any(p.start <= ent.start < p.end for p in people):
            continue
        end = ent.end
        while end - 1 > ent.start and (
            doc[end - 1].text in portfolio or doc[end - 1].lower_ in joins
        ):
            end -= 1
        if end < ent.end and doc[end - 1].lower_ in preps and end - 1 > ent.start:
            people.append(Span(doc, ent.start, end - 1, label=ent.label))
    if people:
        # The person replaces every entity it overlaps, the portfolio's included.
        taken = {(p.start, p.end) for p in people}
        kept = [
            e
            for e in ents
            if not any(e.start < p.end and p.start < e.end for p in people)
            and (e.start, e.end) not in taken
        ]
        doc.ents = sorted(kept + people, key=lambda e: e.start)
    return len(people)


def verb_under_subject(doc: Doc) -> int:
    """ "[Luxemburg], dat zelf geen kust heeft, betaalt 800 miljoen euro mee", "Vakbond [FNV
    Havens] wil …" with the noun phrase the root and the finite verb its conjunct (or
    apposition: "Henk Wolters, fractievoorzitter van …, [sprak] van …"): a noun
    phrase that takes the whole first position of a main clause, right before a finite verb
    (or a participle's auxiliary, "Het examen, dat …, [is] ongeldig verklaard") without a
    subject, is that verb's subject. So is the subject the parser gave a phrase set off
    after it: "De beving, [met een kracht van 5,9 …], vond …" (the phrase is the noun's)."""
    changed = 0
    for sent in doc.sents:
        root = sent.root
        subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubj:pass"}]
        aside = (
            len(subjects) == 1
            and subjects[0].i < root.i
            and any(c.dep_ == "case" and c.i < root.i for c in root.children)
        )
        if root.pos_ not in {"NOUN", "PROPN"} or any(
            c.dep_ in {"cop", "cc"} for c in root.children
        ):
            continue
        if subjects and not aside:
            continue
        verb = next(
            (
                c
                for c in root.children
                if c.dep_ in {"conj", "parataxis", "appos"}
                and c.pos_ in {"VERB", "AUX"}
                and c.i > root.i
            ),
            None,
        )
        finite = verb if verb is None else finite_of(verb)
        if (
            verb is None
            or finite is None
            or any(c.dep_ in {"nsubj", "nsubj:pass", "expl"} for c in verb.children)
        ):
            continue
        first = [t for t in sent if t.i < finite.i and not t.is_punct]
        if not first or any(
            not (root.is_ancestor(t) or t.i == root.i) or verb.is_ancestor(t) for t in first
        ):
            continue
        promote(verb, [c for c in root.children if c.i > verb.i])
        if finite.dep_ == "cop":
            # ("is" of a participle is its auxiliary, not a copula.)
            finite.dep_ = "aux"
        if aside:
            subject = subjects[0]
            subject.head = verb
            root.head = subject
            root.dep_ = "nmod"
        else:
            root.head = verb
            root.dep_ = "nsubj"
        changed += 1
    return changed


def finite_of(verb: Token) -> Token | None:
    """The finite form of ``verb``'s clause: the verb itself, or the auxiliary before a
    participle ("[is] ongeldig verklaard")."""
    if "Fin" in verb.morph.get("VerbForm", []):
        return verb
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in AUXILIARY_DEPS and c.i < verb.i and "Fin" in c.morph.get("VerbForm", [])
        ),
        None,
    )


def present_participles_read_as_verbs(doc: Doc) -> int:
    """ "Een 34-jarige technicus werd na ruim acht uur [levend] onder een ingestorte muur
    vandaan [gehaald]" with "levend" made the root and "gehaald" hung on it: a present
    participle ("-end") that roots a clause with an auxiliary and a past participle under it
    says how it was done; the past participle is the clause's verb."""
    changed = 0
    for sent in doc.sents:
        root = sent.root
        if not (
            root.lower_.endswith(PRESENT_PARTICIPLE)
            and "Part" in root.morph.get("VerbForm", [])
            and any(c.dep_.startswith("aux") for c in root.children)
        ):
            continue
        past = [
            c
            for c in root.children
            if c.i > root.i
            and c.pos_ == "VERB"
            and "Part" in c.morph.get("VerbForm", [])
            and c.lower_.endswith(PAST_PARTICIPLE)
        ]
        if len(past) != 1:
            continue
        put_under(root, past[0], "advmod")
        changed += 1
    return changed


def passives_under_modals(doc: Doc) -> int:
    """ "Twee andere dieren [moesten] door een dierenarts worden [afgemaakt]" with the modal
    the root and the participle its complement: the participle, with "worden" before it and
    no subject or conjunction of its own, is the clause's verb, and the modal its
    auxiliary."""
    modals = set(data_file(doc.lang_, "lexicon")["modal_verbs"])
    changed = 0
    for sent in doc.sents:
        modal = sent.root
        if modal.lemma_ not in modals or "Fin" not in modal.morph.get("VerbForm", []):
            continue
        verbs = [
            c
            for c in modal.children
            if c.dep_ in {"ccomp", "xcomp"}
            and c.i > modal.i
            and "Part" in c.morph.get("VerbForm", [])
            and any(
                a.dep_ == "aux:pass" and "Inf" in a.morph.get("VerbForm", []) for a in c.children
            )
            and not any(k.dep_ in {"mark", "nsubj", "nsubj:pass", "expl"} for k in c.children)
        ]
        if len(verbs) != 1:
            continue
        put_under(modal, verbs[0], "aux")
        changed += 1
    return changed


def adverbial_clauses(doc: Doc) -> int:
    """ "Het museum blijft voorlopig gesloten, [omdat de beveiliging … moet worden
    verbeterd]" hung on the main verb as a conjunct, or "[omdat ze zwaar gewond waren
    geraakt]" as its complement: a clause that opens with its own subordinating conjunction
    is no conjunct ("en omdat …" opens with "en"), and one that opens with a conjunction of
    cause (the lexicon's ``cause_conjunctions``) is no complement ("dat …" is) — both are
    adverbial clauses."""
    causes = set(data_file(doc.lang_, "lexicon")["cause_conjunctions"])
    changed = 0
    for verb in doc:
        if verb.dep_ not in {"conj", "ccomp"}:
            continue
        first = next((t for t in verb.subtree if not t.is_punct), None)
        if (
            first is not None
            and first.dep_ == "mark"
            and first.pos_ == "SCONJ"
            and (verb.dep_ == "conj" or first.lower_ in causes)
        ):
            # (The conjunction is the clause's verb's, wherever the parser hung it: "omdat
            # ze zwaar [gewond] waren geraakt".)
            _reattach(first, verb, "mark")
            verb.dep_ = "advcl"
            changed += 1
    return changed


def promote(verb: Token, moved: list[Token]) -> None:
    """Make ``verb`` its sentence's root, with ``moved`` (the old root's dependents) on it;
    the caller hangs the old root."""
    verb.head = verb
    verb.dep_ = "ROOT"
    for c in moved:
        c.head = verb


def put_under(old: Token, verb: Token, dep: str) -> None:
    """Make ``verb`` the root in ``old``'s place: ``old``'s other dependents hang on ``verb``,
    and ``old`` itself as ``dep``."""
    promote(verb, [c for c in old.children if c.i != verb.i])
    old.head = verb
    old.dep_ = dep


def plurals_read_as_names(doc: Doc) -> int:
    """ "[Aandeelhouders] krijgen een dividend": a capitalised word opening the sentence that
    the tagger reads as a plural of another word (its lemma, "aandeelhouder") is a common
    noun, not a name the NER may make of it; names are not inflected."""

    def drop(ent: Span) -> list[Span] | None:
        word = ent[0]
        plural = (
            len(ent) == 1
            and ent.label_ in NAME_LABELS
            and word.is_sent_start
            # (Not an abbreviation's plural: "DAC'ers".)
            and word.text[1:].islower()
            and "Plur" in word.morph.get("Number", [])
            and word.lemma_.lower() != word.lower_
            and word.lower_.startswith(word.lemma_.lower()[:-1])
        )
        return [] if plural else None

    return rewrite_entities(doc, drop)


def nouns_as_prepositions(doc: Doc) -> int:
    """ "[Vakbond] FNV Havens" with the noun read as the name's preposition: a noun before
    its head is a word of the noun phrase ("compound"), unless the lexicon knows it as a
    preposition ("richting Noord-Korea")."""
    prepositions = set(data_file(doc.lang_, "lexicon")["place_prepositions"])
    changed = 0
    for t in doc:
        if (
            t.dep_ == "case"
            and t.pos_ == "NOUN"
            and t.i < t.head.i
            and t.lower_ not in prepositions
        ):
            t.dep_ = "compound"
            changed += 1
    return changed


def relative_clauses(doc: Doc) -> int:
    """ "de raketproeven van Noord-Korea, [dat] dit jaar al negen keer een raket heeft
    afgevuurd" with the clause hung on the main verb and the relative pronoun its "mark": a
    clause opened by a relative pronoun right after a comma and a noun, without a subject of
    its own, is that noun's relative clause, and the pronoun its subject."""
    changed = 0
    for t in doc:
        verb = t.head
        if (
            t.dep_ != "mark"
            or "Rel" not in t.morph.get("PronType", [])
            or t.i < 2
            or doc[t.i - 1].text != ","
            or doc[t.i - 2].pos_ not in {"NOUN", "PROPN"}
            or verb.pos_ not in {"VERB", "AUX"}
            or verb.dep_ not in {"advcl", "ccomp", "conj", "parataxis"}
            or any(c.dep_ in {"nsubj", "nsubj:pass"} for c in verb.children)
        ):
            continue
        noun = doc[t.i - 2]
        while noun.dep_ in {"flat", "fixed"} and noun.head.i < noun.i:
            noun = noun.head
        if _reattach(verb, noun, "acl:relcl"):
            t.dep_ = "nsubj"
            changed += 1
    # "heeft een bende opgerold [die … plunderde]": a relative clause right after the verb
    # at the end of its clause is its object's, though the parser hung it on the verb.
    for verb in doc:
        main = verb.head
        if (
            verb.dep_ not in {"advcl", "dep", "ccomp", "parataxis"}
            or verb.pos_ not in {"VERB", "AUX"}
            or main.pos_ != "VERB"
        ):
            continue
        first = next((t for t in verb.subtree if not t.is_punct), verb)
        obj = next((c for c in main.children if c.dep_ == "obj" and c.i < main.i), None)
        if (
            obj is not None
            and first.i == main.i + 1
            and first.lower_ in RELATIVES
            and not any(c.dep_ == "mark" for c in verb.children)
            and _reattach(verb, obj, "acl:relcl")
        ):
            if first.head.i != verb.i and not any(
                c.dep_ in {"nsubj", "nsubj:pass"} for c in verb.children
            ):
                _reattach(first, verb, "nsubj")
            changed += 1
    # "Het [complex], dat de naam De Kruidenhof heeft gekregen, is gebouwd door …" with the
    # clause (its pronoun the subject already) hung on the main verb as an unknown "dep":
    # it is the noun's, and the main clause is whole again.
    for verb in doc:
        if verb.dep_ != "dep" or verb.pos_ not in {"VERB", "AUX"}:
            continue
        pronoun = next(t for t in verb.subtree if not t.is_punct)
        if pronoun.i < 2 or doc[pronoun.i - 1].text != ",":
            continue
        owner = doc[pronoun.i - 2]
        if (
            "Rel" in pronoun.morph.get("PronType", [])
            and pronoun.dep_ in {"nsubj", "nsubj:pass", "obj"}
            and pronoun.head.i == verb.i
            and owner.pos_ in {"NOUN", "PROPN"}
            and owner.head.i == verb.head.i
            and _reattach(verb, owner, "acl:relcl")
        ):
            changed += 1
    return changed


def circumpositions(doc: Doc) -> int:
    """ "tot nu [toe] 3,5 procent", "naar het centrum [toe]": the second half of a
    circumposition (the lexicon's ``circumpositions``) right after its phrase closes that
    phrase, not the next one ("Toe hoeveel procent heeft de RET tot nu geboden?")."""
    pairs = data_file(doc.lang_, "lexicon")["circumpositions"]
    changed = 0
    for t in doc[1:]:
        phrase = doc[t.i - 1]
        if t.pos_ != "ADP" or t.dep_ != "case" or phrase.i == t.head.i:
            continue
        # (The phrase's head, or the last word of the phrase that ends right before.)
        head = phrase if phrase.dep_ != "case" else phrase.head
        opening = [c.lower_ for c in head.children if c.dep_ == "case" and c.i < head.i]
        if opening and t.lower_ in pairs.get(opening[0], ()) and head.right_edge.i == t.i - 1:
            changed += _reattach(t, head, "case")
    return changed


def copulas_of_phrases(doc: Doc) -> int:
    """ "Venstre [is] dinsdag … uit de bus gekomen", "is" hung as a copula on "dinsdag": a
    finite copula on a phrase of a participle that has no finite auxiliary is that
    participle's auxiliary (the clause had no finite verb), and the phrase's subject the
    participle's."""
    changed = 0
    for cop in list(doc):
        phrase = cop.head
        verb = phrase.head
        if (
            cop.dep_ != "cop"
            or "Fin" not in cop.morph.get("VerbForm", [])
            or phrase.dep_ not in {"obl", "advmod", "obj"}
            or verb.pos_ != "VERB"
            or "Part" not in verb.morph.get("VerbForm", [])
            or any(c.dep_ in {"aux", "aux:pass"} for c in verb.children)
            or not cop.i < phrase.i < verb.i
        ):
            continue
        subjects = [c for c in phrase.children if c.dep_ in {"nsubj", "nsubj:pass"}]
        if _reattach(cop, verb, "aux"):
            for subject in subjects:
                _reattach(subject, verb, subject.dep_)
            changed += 1
    return changed


def first_position(doc: Doc) -> int:
    """ "Het Lingeziekenhuis [in Gorinchem] sluit …" with the place hung on the verb: before
    a main clause's finite verb stands one phrase, so a prepositional phrase between the
    subject that opens the sentence and the finite verb is the subject's."""
    changed = 0
    for sent in doc.sents:
        verb = sent.root
        if verb.pos_ not in {"VERB", "AUX"} or "Fin" not in verb.morph.get("VerbForm", []):
            continue
        before = [c for c in verb.children if c.i < verb.i and not c.is_punct]
        if len(before) != 2:
            continue
        subject, phrase = before
        if (
            subject.dep_ not in {"nsubj", "nsubj:pass"}
            or subject.pos_ not in {"NOUN", "PROPN"}
            or subject.left_edge.i != sent.start
            or not phrase.dep_.startswith("obl")
            or phrase.left_edge.i != subject.right_edge.i + 1
            or phrase.right_edge.i != verb.i - 1
            or not any(c.dep_ == "case" and c.i == phrase.left_edge.i for c in phrase.children)
            # (Not a phrase with a date or a quote in it: a headline run into the sentence,
            # "Bange dagen voor 'Afrikaanse Pinochet' Op 15 juni buigt …".)
            or any(t.ent_type_ in {"DATE", "TIME"} or t.is_quote for t in phrase.subtree)
        ):
            continue
        changed += _reattach(phrase, subject, "nmod")
    return changed


def nouns_read_as_clause_verbs(doc: Doc) -> int:
    """ "sluit per 1 april zijn afdeling [verloskunde]" with the last word tagged a finite
    verb of a clause of its own and "afdeling" its object: a second clause opens with a
    conjunction or after a comma, so a "verb" with neither, right after the noun it is
    given as its object, is a noun that names the noun before it."""
    changed = 0
    for verb in doc:
        kids = list(verb.children)
        noun = doc[verb.i - 1] if verb.i > 0 else None
        if (
            verb.dep_ != "advcl"
            or verb.pos_ != "VERB"
            or noun is None
            or noun.head.i != verb.i
            or noun.dep_ != "obj"
            or noun.pos_ != "NOUN"
            or any(
                c.dep_ in {"mark", "nsubj", "nsubj:pass", "aux", "aux:pass", "cop"} for c in kids
            )
            or any(c.i > verb.i and not c.is_punct for c in kids)
        ):
            continue
        for c in kids:
            if c.i != noun.i:
                c.head = noun
        _reattach(noun, verb.head, "obj")
        _reattach(verb, noun, "flat")
        as_noun(verb)
        changed += 1
    return changed


def participles_of_copular_nouns(doc: Doc) -> int:
    """ "Bij Mechelen [is] dinsdagavond een [intercitytrein] van de NMBS [ontspoord]" with the
    noun the root, "is" its copula and the participle a loose dependent: the participle is
    the clause's verb, "is" its auxiliary and the noun its subject; the phrases hung on the
    noun before it are the verb's."""
    changed = 0
    for sent in doc.sents:
        noun = sent.root
        kids = list(noun.children)
        cops = [c for c in kids if c.dep_ == "cop" and "Fin" in c.morph.get("VerbForm", [])]
        verbs = [
            c
            for c in kids
            if c.pos_ == "VERB"
            and c.i > noun.i
            and c.dep_ in {"dep", "acl", "xcomp", "parataxis"}
            and "Part" in c.morph.get("VerbForm", [])
            and not any(
                k.dep_ in {"nsubj", "nsubj:pass", "mark", "aux", "aux:pass"} for k in c.children
            )
        ]
        if noun.pos_ not in {"NOUN", "PROPN"} or len(cops) != 1 or len(verbs) != 1:
            continue
        cop, verb = cops[0], verbs[0]
        if not cop.i < noun.i:
            continue
        promote(
            verb,
            [
                c
                for c in kids
                if c.i != verb.i
                and ((c.i < noun.i and c.dep_ not in NOUN_OWN_DEPS) or c.dep_ == "punct")
            ],
        )
        cop.dep_ = "aux"
        noun.head = verb
        noun.dep_ = "nsubj"
        changed += 1
    return changed


def passive_auxiliaries(doc: Doc) -> int:
    """ "Van Dijk Interieur (nsubj:pass) [is] (aux) … failliet verklaard door de rechtbank": a
    participle whose subject the parser took for a passive's has its "zijn" or "worden" as
    the passive's auxiliary, so "door de rechtbank" is who did it, not why."""
    passives = set(data_file(doc.lang_, "lexicon")["passive_auxiliaries"])
    changed = 0
    for verb in doc:
        kids = list(verb.children)
        if (
            "Part" not in verb.morph.get("VerbForm", [])
            or not any(c.dep_ == "nsubj:pass" for c in kids)
            or any(c.dep_ == "aux:pass" for c in kids)
        ):
            continue
        auxiliaries = [c for c in kids if c.dep_ == "aux" and c.lemma_ in passives]
        if len(auxiliaries) == 1:
            auxiliaries[0].dep_ = "aux:pass"
            changed += 1
    return changed


# A noun's own words, which stay with it when what the parser hung on it moves to a verb.
NOUN_OWN_DEPS = {"det", "amod", "nummod", "case", "flat", "fixed", "compound", "nmod"}


def dates_read_as_verbs(doc: Doc) -> int:
    """ "Op de E17 zijn [dinsdagochtend] 23 voertuigen op elkaar ingereden" with the date
    tagged a participle and made the root, "De gemeenteraad heeft [donderdagavond] …
    aangenomen" with the subject and auxiliary hung on the date: a word the NER knows for a
    date is the verb's adverbial, and what the parser hung on it as on a verb (its subject,
    auxiliaries, phrases) is the verb's — the verb it heads or hangs on."""
    verbal = {"nsubj", "nsubj:pass", "aux", "aux:pass", "expl"}
    changed = 0
    for date in doc:
        kids = list(date.children)
        if date.ent_type_ != "DATE" or not date.is_alpha:
            continue
        if date.pos_ in {"VERB", "AUX"}:
            verbs = [c for c in kids if c.pos_ == "VERB" and c.dep_ in {"ccomp", "xcomp", "conj"}]
            if len(verbs) != 1 or date.dep_ != "ROOT":
                continue
            put_under(date, verbs[0], "obl")
        elif any(c.dep_ in verbal for c in kids) and date.head.pos_ == "VERB":
            for c in kids:
                # (Its own words stay: "[de] [volgende] dag".)
                if c.dep_ not in NOUN_OWN_DEPS:
                    c.head = date.head
            date.dep_ = "obl"
        else:
            continue
        as_noun(date)
        changed += 1
    return changed


def lift_from_auxiliaries(doc: Doc) -> int:
    changed = 0
    for tok in doc:
        aux = tok.head
        if (
            aux.i != tok.i
            and aux.dep_ in {"aux", "aux:pass", "cop"}
            and aux.head.i != aux.i
            and tok.dep_ not in {"punct", "fixed", "conj", "cc"}
        ):
            changed += _reattach(tok, aux.head, tok.dep_)
    return changed


def cluster_phrases(doc: Doc) -> int:
    """A bare infinitive that follows its verb in the verb cluster ("mogen vijftien jaar
    [blijven] [staan]") takes no phrase of the middle field: what the parser hung on it
    before the verb it follows is that verb's ("vijftien jaar" is how long they may stay),
    or the phrase would be cut in two by the verb."""
    changed = 0
    for inf in doc:
        verb = inf.head
        if (
            inf.dep_ != "xcomp"
            or inf.pos_ != "VERB"
            or verb.pos_ != "VERB"
            or inf.i != verb.i + 1
            or "Inf" not in inf.morph.get("VerbForm", [])
        ):
            continue
        for child in list(inf.children):
            if child.i < verb.i and child.dep_ not in {"mark", "punct", "cc", "conj"}:
                changed += _reattach(child, verb, child.dep_)
    return changed


def particles_at_the_end(doc: Doc) -> int:
    """ "gaan per 1 juli met 7 procent [omhoog]": a separable particle (the lexicon's) that
    ends a main clause is its verb's, though the parser hung it on the noun before it; so
    is the word that ends it and is the particle of the verb's own lemma ("vond … om 3.24
    uur [plaats]", lemma "plaats_vinden"), whatever the parser made of it."""
    particles = set(data_file(doc.lang_, "lexicon")["separable_particles"])
    changed = 0
    for sent in doc.sents:
        words = [t for t in sent if not t.is_punct]
        root = sent.root
        if not words or root.pos_ != "VERB":
            continue
        last = words[-1]
        if any(c.dep_ == "compound:prt" for c in root.children) or root.i > last.i:
            continue
        own = "_" in root.lemma_ and root.lemma_.split("_", 1)[0] == last.lower_
        if own and last.dep_ != "case":
            for c in [c for c in last.children if c.i < last.i]:
                # What the parser hung on it stays in the clause.
                _reattach(c, root, c.dep_)
            changed += _reattach(last, root, "compound:prt")
        elif (
            last.lower_ in particles
            and last.pos_ in {"ADV", "ADP"}
            and last.dep_ not in {"case", "compound:prt"}
            and last.head.pos_ in {"NOUN", "PROPN", "NUM"}
            and root.i < last.head.i < last.i
        ):
            changed += _reattach(last, root, "compound:prt")
    return changed


def whole_known_names(doc: Doc) -> int:
    """ "[PEC] Zwolle heeft zondag …" with only "Zwolle" tagged (a place), where the text
    names "PEC Zwolle" in full elsewhere: the words of a name of two or more words, wherever
    they stand again, are that name (what the NER took of them is part of it)."""
    ents = list(doc.ents)
    names = {
        tuple(t.text for t in e): e.label_ for e in ents if len(e) >= 2 and e.label_ in NAME_LABELS
    }
    # Where each word stands: a name is looked for only where its first word is.
    at: dict[str, list[int]] = {}
    for t in doc:
        at.setdefault(t.text, []).append(t.i)
    found: list[Span] = []
    for words, label in names.items():
        n = len(words)
        for i in at.get(words[0], []):
            if tuple(t.text for t in doc[i : i + n]) != words:
                continue
            inside = [e for e in ents if e.start < i + n and i < e.end]
            if not inside or any(e.start < i or e.end > i + n for e in inside):
                continue
            if any((e.start, e.end) == (i, i + n) for e in inside):
                continue
            found.append(Span(doc, i, i + n, label=label))
    if found:
        kept = [e for e in ents if not any(e.start < f.end and f.start < e.end for f in found)]
        doc.ents = sorted([*kept, *found], key=lambda e: e.start)
    return len(found)


def extend_names(doc: Doc) -> int:
    """A person's name runs on over the name words the parser hangs on it ("Kim [Soo-ah]"),
    or beside it on the title both hang on ("Gedeputeerde Sietske [Poepjes]"), also over a
    one-word MISC name the NER made of one of them."""
    ents = list(doc.ents)
    taken = {t.i for e in ents for t in e}
    loose = {e.start: e for e in ents if e.label_ == "MISC" and len(e) == 1}
    changed = 0
    for n, ent in enumerate(ents):
        if ent.label_ not in PERSON_LABELS:
            continue
        end = ent.end
        while (
            end < len(doc)
            and (end not in taken or end in loose)
            and not doc[end].is_sent_start
            and doc[end].text[:1].isupper()
            and doc[end].pos_ == "PROPN"
            and doc[end].dep_.startswith("flat")
            and (
                ent.start <= doc[end].head.i < end
                or (ent.root.dep_.startswith("flat") and doc[end].head.i == ent.root.head.i)
            )
        ):
            end += 1
        if end != ent.end:
            ents[n] = Span(doc, ent.start, end, label=ent.label)
            changed += 1
    if changed:
        doc.ents = [
            e for e in ents if not any(n.start <= e.start < n.end and n is not e for n in ents)
        ]
    return changed


def surnames_with_particles(doc: Doc) -> int:
    """ "[Marcelo Rebelo] de [Sousa]", "[Dennis] te Kloese": after a person's name, one or two
    name particles ("de", "von der"; the lexicon's ``name_particles``, but not "van", which
    may name the person's organisation: "Kurt Sievers van NXP", unless "der" or "den"
    follows it, "Jan van der Meer", or it follows a first name alone as a word of the name)
    and a capitalised name word
    are the rest of the name (a surname the tagger took for a common word, "de Groot", too,
    unless a noun follows it)."""
    lexicon = data_file(doc.lang_, "lexicon")
    of = lexicon["title_of"]
    particles = set(lexicon.get("name_particles", [])) - {of}
    portfolio = set(lexicon.get("portfolio_words", []))
    ents = list(doc.ents)
    starts = {e.start: e for e in ents}
    joined: set[int] = set()
    changed = 0
    for n, ent in enumerate(ents):
        if ent.label_ not in PERSON_LABELS or ent.start in joined:
            continue
        if len(ent) < 2 and not (ent[0].is_title and ent[0].pos_ == "PROPN"):
            continue
        k = ent.end
        if k + 1 < len(doc) and doc[k].text == of and doc[k + 1].text in {"der", "den"}:
            # "van der", "van den" begin only names ("Jan van der Meer").
            k += 1
        elif (
            k + 1 < len(doc)
            and doc[k].text == of
            and len(ent) == 1
            and flat_name_word(doc[k])
            and doc[k + 1].text not in portfolio
        ):
            # Nor does "van" after a first name alone that the parser reads as a word of
            # the name ("Joost van Doesburg"; "Kurt Sievers van NXP" has a preposition, and
            # "minister [Paul] van Onderwijs" a portfolio).
            k += 1

        while k < len(doc) and k - ent.end < 3 and doc[k].text in particles:
            k += 1
        if k == ent.end or k >= len(doc) or doc[k].is_sent_start:
            continue
        word = doc[k]
        other = starts.get(k)
        # (A surname the NER tagged apart, whatever its part of speech: "te [Kloese]".)
        if not word.is_title or (other is not None and len(other) > 1):
            continue
        after = doc[k + 1] if k + 1 < len(doc) else None
        nominal = after is not None and (
            after.pos_ in {"NOUN", "ADJ", "NUM"} or (after.pos_ == "PROPN" and not after.ent_type_)
        )
        if word.pos_ != "PROPN" and other is None and nominal:
            # "Trump de Amerikaanse [ambassadeur]": a capitalised adjective before its noun
            # is no surname; "Marleen de Groot is …", tagged an adjective, is.
            continue
        ents[n] = Span(doc, ent.start, k + 1, label=ent.label)
        joined.add(k)
        changed += 1
    if changed:
        doc.ents = [e for e in ents if e.start not in joined]
    return changed


def flat_name_word(token: Token) -> bool:
    """Whether the parser reads ``token`` as a word of the name before it."""
    return token.pos_ == "PROPN" and token.dep_ == "flat" and token.head.i < token.i


def persons_named_after_titles(doc: Doc) -> int:
    """ "Tennisser [Daan Verbeek]" tagged an organisation, "regisseur [Lukas Dhont]" a place:
    two or three capitalised words right after a noun for a person (the lexicon's
    ``person_titles``) that the NER took for a place, or that open with a common first name
    (the lists' ``first_names``), are a person (not "supermarktketen [Albert Heijn]": no
    title before it)."""
    titles = tuple(data_file(doc.lang_, "lexicon").get("person_titles", []))
    first_names = set(word_lists(doc.lang_).get("first_names", []))

    def relabel(ent: Span) -> list[Span] | None:
        if (
            ent.label_ in PERSON_LABELS
            or ent.label_ not in NAME_LABELS
            or not 2 <= len(ent) <= MAX_FIRST_NAMES + 1
            or ent.start == 0
            # (A place never stands right after a title: "regisseur [Lukas Dhont]" tagged
            # LOC is a person too, whatever the first name.)
            or (ent[0].text not in first_names and ent.label_ != "LOC")
            or not all(t.is_title and t.is_alpha for t in ent)
            or not doc[ent.start - 1].lower_.endswith(titles)
        ):
            return None
        return [Span(doc, ent.start, ent.end, label="PER")]

    return rewrite_entities(doc, relabel)


def names_after_titles(doc: Doc) -> int:
    """ "Topvrouw Saskia [Dekker]", "Directeur Sjoerd [Wiersma]": capitalised words between a
    noun for a person (the lexicon's ``person_titles``) and a name the NER found are the
    person's first names, and the whole is a person, whatever the NER or tagger said."""
    lexicon = data_file(doc.lang_, "lexicon")
    titles = tuple(lexicon.get("person_titles", []))
    # ("Wethouder Onderwijs Marieke van Dalen": a portfolio is no first name.)
    portfolio = set(lexicon.get("portfolio_words", []))
    ents = list(doc.ents)
    taken = {t.i for e in ents for t in e}
    changed = 0
    for n, ent in enumerate(ents):
        # (A surname the NER took for a place, "Festivaldirecteur Vanja [Kaludjercic]", when
        # a first name stands between it and the title.)
        if ent.label_ not in NAME_ROOT_LABELS and not (ent.label_ == "LOC" and len(ent) == 1):
            continue
        start = ent.start
        while (
            start - 1 > 0
            and ent.start - start < MAX_FIRST_NAMES
            and not doc[start - 1].lower_.endswith(titles)
            and start - 1 not in taken
            and doc[start - 1].is_title
            and doc[start - 1].is_alpha
            and not doc[start - 1].is_sent_start
            and doc[start - 1].text not in portfolio
        ):
            start -= 1
        if start == ent.start or not doc[start - 1].lower_.endswith(titles):
            continue
        if ent.label_ == "LOC" and ent.start - start != 1:
            continue
        ents[n] = Span(doc, start, ent.end, label="PER")
        changed += 1
    if changed:
        doc.ents = ents
    return changed


def first_names_before_surnames(doc: Doc) -> int:
    """ "[Ellen] Schouten, voorzitter van …" with only the surname found by the NER (the
    tagger read the first name as a noun): a common first name (the lists'
    ``first_names``) right before a one-word person name, or before the name particles
    that open it ("[Joost van der] Molen"; so is a place's name after them: "[Ellen van]
    Rijswijk"), is part of it, unless an article or adjective comes before it ("de Jan
    Schouten" is not said)."""
    first_names = set(word_lists(doc.lang_).get("first_names", []))
    particles = set(data_file(doc.lang_, "lexicon")["name_particles"])
    ents = list(doc.ents)
    # ("commissaris [Ilse] Vandamme" with the first name alone tagged MISC: a word of the
    # name all the same.)
    misc = {e.start for e in ents if e.label_ == "MISC" and len(e) == 1}
    taken = {t.i for e in ents for t in e} - misc
    joined: set[int] = set()
    for n, ent in enumerate(ents):
        if ent.label_ not in {*PERSON_LABELS, "LOC", "GPE"} or len(ent) != 1 or ent.start == 0:
            continue
        at = ent.start - 1
        while at > ent.sent.start and doc[at].text in particles and ent.start - at <= MAX_PARTICLES:
            at -= 1
        first = doc[at]
        before = doc[first.i - 1] if first.i > first.sent.start else None
        if (
            first.i not in taken
            and first.text in first_names
            and (before is None or before.pos_ not in {"DET", "ADJ", "NUM"})
            # ("[Ellen van] Rijswijk" with the surname taken for the place: a place
            # after a first name and a particle is a surname.)
            and (ent.label_ in PERSON_LABELS or at < ent.start - 1)
        ):
            ents[n] = Span(doc, first.i, ent.end, label="PER")
            joined.add(first.i)
    if joined:
        doc.ents = [e for e in ents if not (e.start in joined and e.start in misc and len(e) == 1)]
    return len(joined)


def names_by_first_names(doc: Doc) -> int:
    """ "[Thijs de Wit] heeft zaterdag de achtste etappe …" with no name found (the tagger
    read "Thijs" as an adverb): a common first name (the lists' ``first_names``) before a
    capitalised word, name particles between them, no entity holding any of them, is a
    person's name."""
    first_names = set(word_lists(doc.lang_).get("first_names", []))
    particles = set(data_file(doc.lang_, "lexicon")["name_particles"])
    taken = {t.i for e in doc.ents for t in e}
    found: list[Span] = []
    for t in doc:
        if t.text not in first_names or t.i in taken:
            continue
        end = t.i + 1
        while end < len(doc) and doc[end].text in particles and end - t.i <= MAX_PARTICLES:
            end += 1
        last = doc[end] if end < len(doc) else None
        if (
            last is None
            or last.i in taken
            or not last.is_title
            or not last.is_alpha
            or last.is_sent_start
            or last.pos_ in {"VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ"}
            or any(doc[k].i in taken for k in range(t.i, end))
        ):
            continue
        found.append(Span(doc, t.i, end + 1, label="PER"))
        taken.update(range(t.i, end + 1))
    if found:
        doc.ents = sorted([*doc.ents, *found], key=lambda e: e.start)
    return len(found)


def persons_by_first_names(doc: Doc) -> int:
    """ "[Marieke Verhoeven]" tagged an organisation: a name of a common first name (the
    lists' ``first_names``) and one capitalised surname, with name particles between them
    ("Ellen van Dijk"), is a person's, whatever the NER guessed; but not an organisation
    the lists know by name ("Albert Heijn"), nor one with a noun for an organisation in it."""
    lists = word_lists(doc.lang_)
    first_names = set(lists.get("first_names", []))
    known = set(lists.get("organisations", []))
    particles = set(data_file(doc.lang_, "lexicon")["name_particles"])
    nouns = organisation_nouns(doc.lang_)

    def relabel(ent: Span) -> list[Span] | None:
        if (
            ent.label_ in PERSON_LABELS
            or len(ent) < 2
            or ent[0].text not in first_names
            or ent.text in known
            or names_organisation(ent, nouns)
            or not ent[-1].is_title
            or not all(t.text in particles for t in ent[1:-1])
        ):
            return None
        return [Span(doc, ent.start, ent.end, label="PER")]

    return rewrite_entities(doc, relabel)


def places_after_nationalities(doc: Doc) -> int:
    """ "in het Noorse [Hamar]", "bij het Franse [Lyon]": capitalised names after a place
    preposition, an article and an adjective of a country are a place, whatever the NER
    made of them (it took "Noorse Hamar" for one MISC name)."""
    places = data_file(doc.lang_, "lexicon")["place_prepositions"]
    ents = list(doc.ents)
    found: list[Span] = []
    for t in doc[3:]:
        adj, det, prep = doc[t.i - 1], doc[t.i - 2], doc[t.i - 3]
        if not (
            t.pos_ == "PROPN"
            and t.is_title
            and adj.pos_ == "ADJ"
            and adj.is_title
            and det.pos_ == "DET"
            and prep.lower_ in places
            and not any(f.start <= t.i < f.end for f in found)
        ):
            continue
        end = t.i + 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
            end += 1
        inside = [e for e in ents if e.start < end and t.i - 1 < e.end]
        if any(e.label_ in {"LOC", "PER", "ORG"} for e in inside):
            continue
        found.append(Span(doc, t.i, end, label="LOC"))
    if found:
        kept = [e for e in ents if not any(e.start < f.end and f.start - 1 < e.end for f in found)]
        doc.ents = sorted([*kept, *found], key=lambda e: e.start)
    return len(found)


def persons_after_nationalities(doc: Doc) -> int:
    """ "de Noor [Sander Eriksen]" (MISC): a name of two or three capitalised words that the
    NER could not place, right after an article and one capitalised noun of no name ("de
    Noor", "de Belg", "de Deen"), is a person described by where they are from."""
    articles = data_file(doc.lang_, "lexicon")["articles"]
    nationalities = set(word_lists(doc.lang_).get("nationality_nouns", []))
    ents = list(doc.ents)
    taken = {t.i for e in ents for t in e}
    changed = 0
    for n, ent in enumerate(ents):
        if not 2 <= len(ent) <= 3 or ent.start < 2:
            continue
        noun, article = doc[ent.start - 1], doc[ent.start - 2]
        # A noun the lists know for where people are from ("de [Duitser] Lukas Brandt")
        # makes a person of a name the NER took for a place, the noun tagged or not.
        known = noun.text in nationalities
        if ent.label_ not in ({"MISC", "LOC"} if known else {"MISC"}):
            continue
        if (
            all(t.pos_ == "PROPN" and t.is_title for t in ent)
            and noun.is_title
            and noun.is_alpha
            and noun.pos_ in {"PROPN", "NOUN"}
            and (noun.i not in taken or known)
            and not noun.is_sent_start
            # (A person takes "de": "het Netherlands [Space Office]" is no one.)
            and article.lower_ == articles["common"]
        ):
            ents[n] = Span(doc, ent.start, ent.end, label="PER")
            changed += 1
    if changed:
        doc.ents = ents
    return changed


def untagged_names_after_titles(doc: Doc) -> int:
    """ "Wethouder [Chantal Zeegers] van Wonen" with no name found by the NER: two or three
    capitalised words right after a noun for a person (the lexicon's ``person_titles``)
    that no entity holds are the person; so is one with name particles and a capitalised
    word after it ("Topman [Marit van Egmond]": one word is no full name, so its "van" is
    the surname's, not an organisation's)."""
    lexicon = data_file(doc.lang_, "lexicon")
    titles = tuple(lexicon.get("person_titles", []))
    particles = set(lexicon.get("name_particles", []))
    ents = list(doc.ents)
    # ("verdediger [Thijs] Meulenbelt" with the first name alone tagged MISC: a word of
    # the name all the same.)
    misc = {t.i for e in ents if e.label_ == "MISC" and len(e) == 1 for t in e}
    taken = {t.i for e in ents for t in e} - misc
    found: list[Span] = []
    for t in doc:
        # ("[Brandweercommandant] Tomasz Wierzbicki": a compound ends in the title.)
        if not t.lower_.endswith(titles) or t.i in taken:
            continue
        end = t.i + 1
        while (
            end < len(doc)
            and end - t.i <= MAX_FIRST_NAMES + 1
            and end not in taken
            and doc[end].is_title
            and doc[end].is_alpha
            and not doc[end].is_sent_start
        ):
            end += 1
        if end - t.i - 1 == 1:
            k = end
            while k < len(doc) and k - end < 3 and doc[k].text in particles and k not in taken:
                k += 1
            if k > end and k < len(doc) and k not in taken and doc[k].is_title and doc[k].is_alpha:
                end = k + 1
        if end - t.i - 1 >= 2 and (end == len(doc) or not doc[end].is_title):
            found.append(Span(doc, t.i + 1, end, label="PER"))
            taken.update(range(t.i + 1, end))
    if found:
        kept = [e for e in ents if not any(f.start <= e.start < f.end for f in found)]
        doc.ents = sorted([*kept, *found], key=lambda e: e.start)
    return len(found)


def names_after_honorifics(doc: Doc) -> int:
    """ "aldus mr. [Petra] van Dalen" with the first name alone tagged a place: the
    capitalised words (or initials) after an honorific ("mr.", "dr."; the lexicon's
    ``honorifics``), with the name particles and the capitalised word after them, are a
    person's name, whatever the NER made of its words (unless an entity runs on past it)."""
    lexicon = data_file(doc.lang_, "lexicon")
    honorifics = set(lexicon.get("honorifics", []))
    particles = set(lexicon.get("name_particles", []))
    ents = list(doc.ents)
    found: list[Span] = []

    def name_word(k: int) -> bool:
        word = doc[k]
        return not word.is_sent_start and (
            (word.is_title and word.is_alpha) or INITIAL.fullmatch(word.text) is not None
        )

    for t in doc:
        if t.lower_ not in honorifics:
            continue
        end = t.i + 1
        while end < len(doc) and end - t.i <= MAX_FIRST_NAMES + 1 and name_word(end):
            end += 1
        k = end
        while k < len(doc) and k - end < MAX_PARTICLES and doc[k].lower_ in particles:
            k += 1
        if k > end > t.i + 1 and k < len(doc) and name_word(k):
            end = k + 1
        if end == t.i + 1:
            continue
        span = Span(doc, t.i + 1, end, label="PER")
        inside = [e for e in ents if e.start < span.end and span.start < e.end]
        if any(e.start < span.start or e.end > span.end for e in inside):
            continue
        if [(e.start, e.end, e.label_) for e in inside] != [(span.start, span.end, "PER")]:
            found.append(span)
    if found:
        kept = [e for e in ents if not any(e.start < f.end and f.start < e.end for f in found)]
        doc.ents = sorted([*kept, *found], key=lambda e: e.start)
    return len(found)


def ages_in_brackets(doc: Doc) -> int:
    """ "Samira el H. (29)": a number in brackets right after a person's name is their age,
    an apposition of the name, though the parser hung it on the verb."""
    changed = 0
    for ent in doc.ents:
        k = ent.end
        if (
            ent.label_ not in PERSON_LABELS
            or k + 2 >= len(doc)
            or (doc[k].text, doc[k + 2].text) != ("(", ")")
            or not doc[k + 1].like_num
            or doc[k + 1].head.i == ent.root.i
        ):
            continue
        age = doc[k + 1]
        if _reattach(age, ent.root, "appos"):
            changed += 1
            for bracket in (doc[k], doc[k + 2]):
                _reattach(bracket, age, "punct")
    return changed


def extend_organisations(doc: Doc) -> int:
    """ "het [Centraal Bureau] voor de Statistiek": an organisation's name runs on over a
    "voor"/"van" phrase of capitalised words joined by "en" or commas, which no other entity
    holds but a one-word name the NER made of one of them ("Planbureau voor de
    Leefomgeving", "Rijksinstituut voor Volksgezondheid en [Milieu]"), and back over a
    capitalised adjective ("de Nederlandse Organisatie voor Wetenschappelijk Onderzoek")."""
    ents = list(doc.ents)
    taken = {t.i for e in ents for t in e}
    changed = 0
    # One-word names the NER made of a name's word: "Nederlandse" (MISC), "Milieu".
    single = {e.start: e for e in ents if len(e) == 1 and e.label_ in NAME_LABELS}
    starts = {e.start: e for e in ents}
    absorbed: set[int] = set()
    whole: set[int] = set()
    for n, ent in enumerate(ents):
        before = doc[ent.start - 1] if ent.start > 0 else None
        if (
            ent.label_ == "ORG"
            and before is not None
            and before.pos_ == "ADJ"
            and before.is_title
            and not before.is_sent_start
            and (before.i not in taken or single.get(before.i, ent).label_ == "MISC")
            and doc[ent.start].pos_ == "NOUN"
        ):
            # "de [Nederlandse] Organisatie voor …": a capitalised adjective before a
            # capitalised common noun is the name's first word.
            absorbed.add(before.i)
            ent = ents[n] = Span(doc, ent.start - 1, ent.end, label=ent.label)
            changed += 1
        i = ent.end
        if ent.label_ != "ORG" or i + 1 >= len(doc):
            continue
        # The name holds its "voor"/"van" phrase already, and may run on after "en".
        inner = any(t.lower_ in ORG_LINKS for t in ent[1:])
        if doc[i].lower_ in ORG_LINKS:
            i += 1 + (doc[i + 1].pos_ == "DET")
        elif not inner:
            continue
        end = i
        while end < len(doc) and not doc[end].is_sent_start:
            word = doc[end]
            place = starts.get(end) if end == i and doc[end - 1].lower_ in ORG_LINKS else None
            if place is not None and place.label_ == "LOC" and all(t.is_title for t in place):
                # "[Hart] voor [Den Haag]", "Universiteit van Amsterdam": a place the name
                # is for or of is part of it (not another name after "voor de").
                whole.add(place.start)
                end = place.end
            elif (
                word.is_alpha
                and word.is_title
                and (end not in taken or (end in single and word.pos_ in {"NOUN", "ADJ"}))
            ):
                # A capitalised word; a common one the NER took for a name ("Milieu").
                absorbed.add(end)
                end += 1
            elif (
                (end > i or inner)
                and word.lower_ in {"en", ","}
                and end + 1 < len(doc)
                and doc[end + 1].is_title
                and doc[end + 1].pos_ in {"NOUN", "ADJ"}
                and (end + 1 not in taken or end + 1 in single)
            ):
                # "voor Volksgezondheid en Milieu", "van Volksgezondheid, Welzijn en Sport";
                # not "… en Greenpeace", a name of its own.
                end += 1
            else:
                break
        if end > i:
            ents[n] = Span(doc, ent.start, end, label=ent.label)
            changed += 1
    if changed:
        doc.ents = [
            e
            for e in ents
            if not any(e is single.get(i) for i in absorbed)
            and not (e.start in whole and e is starts.get(e.start))
        ]
    return changed


def kind_of(noun: Token, kinds: dict[str, tuple[str, str]]) -> tuple[str, str, bool] | None:
    """The entity label and article of the kind a common noun names ("dorp", "netbeheerder":
    a compound takes its last part's, "beheerder"), and whether the noun is plural (its
    lemma, not its form, is the kind's); or None."""
    start = noun.is_sent_start and noun.is_title
    if not (
        (noun.pos_ == "NOUN" and (noun.is_lower or start))
        # ("Zuivelbedrijf Noordmelk", "Netbeheerder Liander" at the start of a sentence,
        # the second tagged a name.)
        or (noun.pos_ == "PROPN" and start and not noun.ent_type_)
    ):
        return None
    for plural, word in enumerate((noun.lower_, noun.lemma_.lower())):
        found = kind_of_word(word, kinds)
        if found is not None:
            return found[0], found[1], bool(plural)
    return None


def kind_of_word(word: str, kinds: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """The label and article of the kind ``word`` (lowercase) is, or of which it is a
    compound ("netbeheerder" of "beheerder")."""
    for kind, found in kinds.items():
        if word == kind or (word.endswith(kind) and len(word) > len(kind) + 2):
            return found
    return None


MAX_KIND_NAME = 3


def tag_names_after_kinds(doc: Doc) -> int:
    """ "Landbouworganisatie [LTO Noord] reageerde fel": capitalised words right after a
    noun that says what kind of thing they name (the lexicon's ``name_kinds``) are a name of
    that kind, though the NER missed it; an organisation's name may run on over "voor"/"van"
    (``extend_organisations`` takes that on: "Oppositiepartij [Hart] voor Den Haag"), no
    name is made when it may run on over another lowercase word ("Artsen zonder Grenzen")."""
    kinds = name_kinds(doc.lang_)
    taken = {t.i for e in doc.ents for t in e}
    found: list[Span] = []
    for tok in doc:
        kind = kind_of(tok, kinds)
        if kind is None:
            continue
        end = tok.i + 1
        while (
            end < len(doc)
            and end - tok.i <= MAX_KIND_NAME
            and end not in taken
            and not doc[end].is_sent_start
            and doc[end].text[:1].isupper()
            and any(c.isalpha() for c in doc[end].text)
            # (Not a preposition, conjunction or pronoun opening a sentence the text ran on
            # into: "Britse inlichtingendiensten In het …"; a name may open with "De".)
            and doc[end].pos_ not in {"ADP", "SCONJ", "CCONJ", "PRON"}
        ):
            end += 1
        runs_on = end + 1 < len(doc) and doc[end].is_lower and doc[end + 1].text[:1].isupper()
        linked = end < len(doc) and kind[0] == "ORG" and doc[end].lower_ in ORG_LINKS
        if end == tok.i + 1 or (runs_on and not linked) or (end < len(doc) and end in taken):
            continue
        found.append(Span(doc, tok.i + 1, end, label=kind[0]))
        taken.update(range(tok.i + 1, end))
    if found:
        doc.ents = sorted([*doc.ents, *found], key=lambda e: e.start)
    return len(found)


def label_by_kind(doc: Doc) -> int:
    """ "het dorp [Castelluccio]", "de netbeheerders [TenneT] en [Elia]": a name right after
    a noun that says what kind of thing it names (the lexicon's ``name_kinds``) is a place
    or an organisation, whatever the NER guessed; after a plural noun, so is each name
    joined to it by "en" or a comma."""
    kinds = name_kinds(doc.lang_)
    ents = list(doc.ents)
    at = {e.start: n for n, e in enumerate(ents) if e.label_ in NAME_LABELS}
    changed = 0
    for tok in doc:
        kind = kind_of(tok, kinds)
        label = kind[0] if kind else None
        n = at.get(tok.i + 1)
        while label is not None and n is not None:
            ent = ents[n]
            if ent.label_ != label:
                ents[n] = Span(doc, ent.start, ent.end, label=label)
                changed += 1
            joined = ent.end + 1 < len(doc) and doc[ent.end].lower_ in {"en", ","}
            n = at.get(ent.end + 1) if joined and kind and kind[2] else None
    if changed:
        doc.ents = ents
    return changed


def organisations_by_their_noun(doc: Doc) -> int:
    """ "[Het Koninklijk Museum voor Schone Kunsten Antwerpen]" tagged a place, "[Technische
    Universiteit Graz]" a person: a name of two words or more with a noun for an
    organisation as one of its words (the ``name_kinds`` of organisations: "Museum",
    "Universiteit", "Ziekenhuis"; the ``organisation_words``: "Bank", "Stichting") is an
    organisation; so is a name after such a noun, capitalised and with no name of its own,
    which is the name's first word ("het [Fonds] Wetenschappelijk Onderzoek Vlaanderen")."""
    nouns = organisation_nouns(doc.lang_)

    def relabel(ent: Span) -> list[Span] | None:
        before = doc[ent.start - 1] if ent.start else None
        if (
            ent.label_ not in PERSON_LABELS
            and before is not None
            and before.is_title
            and not before.is_sent_start
            and not before.ent_type_
            and before.lower_ in nouns
        ):
            # "het [Fonds] Wetenschappelijk Onderzoek Vlaanderen": the capitalised noun
            # before the name is its first word.
            return [Span(doc, ent.start - 1, ent.end, label="ORG")]
        if (
            ent.label_ in {"LOC", "GPE", "MISC", *PERSON_LABELS}
            and len(ent) > 1
            and names_organisation(ent, nouns)
        ):
            return [Span(doc, ent.start, ent.end, label="ORG")]
        return None

    return rewrite_entities(doc, relabel)


def organisation_nouns(lang: str) -> set[str]:
    """The nouns for organisations: the ``name_kinds`` of organisations ("museum",
    "universiteit") and the ``organisation_words`` ("bank", "stichting")."""
    nouns = {w for w, (label, _) in name_kinds(lang).items() if label == "ORG"}
    return nouns | set(data_file(lang, "lexicon")["organisation_words"])


def names_organisation(ent: Span, nouns: set[str]) -> bool:
    """Whether a capitalised word of the name is a noun for an organisation ("Museum")."""
    return any(t.text[:1].isupper() and t.lower_ in nouns for t in ent)


def split_known_organisations(doc: Doc) -> int:
    """ "directeur [Jasper de Groot van Pararius]": a person's name does not run on over
    "van" into a name the article gives an organisation or place of its own ("verhuurplatform
    Pararius"); the person ends before "van". Run on the whole article (quizgen.api.parse)."""
    ents = list(doc.ents)
    # Any entity of those words (never the person's own, which is longer): the NER may have
    # taken the organisation for a person too ("verhuurplatform [Pararius]").
    others = {e.text for e in ents if e.label_ in NAME_LABELS}
    changed = 0
    for n, ent in enumerate(ents):
        if ent.label_ not in PERSON_LABELS:
            continue
        for k in range(ent.start + 2, ent.end - 1):
            if doc[k].lower_ == "van" and doc[k + 1 : ent.end].text in others:
                ents[n] = Span(doc, ent.start, k, label=ent.label_)
                changed += 1
                break
    if changed:
        doc.ents = ents
    return changed


def label_places(doc: Doc) -> int:
    """ "een tijdrit in [Sankt Gallen]", "de lanceerbasis in [Kourou]": a name tagged a
    person that the article only ever has after "in" or "uit" (the lexicon's
    ``place_only_prepositions``; a person's name hardly follows them) is a place. Run on the
    whole article (quizgen.api.parse), after ``tag_known_names``."""
    places = set(data_file(doc.lang_, "lexicon").get("place_only_prepositions", []))
    words: dict[str, set[bool]] = {}
    for ent in doc.ents:
        if ent.label_ in NAME_LABELS:
            placed = ent.start > 0 and doc[ent.start - 1].lower_ in places
            for w in ent.text.split():
                words.setdefault(w, set()).add(placed)

    def relabel(ent: Span) -> list[Span] | None:
        if ent.label_ in PERSON_LABELS and all(words[w] == {True} for w in ent.text.split()):
            return [Span(doc, ent.start, ent.end, label="LOC")]
        return None

    return rewrite_entities(doc, relabel)


def demonyms_as_persons(doc: Doc) -> int:
    """ "De [Londenaars] betalen 28 miljoen euro": one word tagged a person that is a known
    place with an ending for the people of a place (the lexicon's ``demonym_suffixes``:
    "Londen-aars", "Rotterdam-mers") names a team or a people, not a person ("Wie betalen
    …? — Londenaars" was asked); a noun for where someone is from (the lists'
    ``nationality_nouns``: "de Ier") is no place or name either."""
    suffixes = tuple(data_file(doc.lang_, "lexicon")["demonym_suffixes"])
    places = place_names(doc.lang_)
    nationalities = set(word_lists(doc.lang_).get("nationality_nouns", []))

    def relabel(ent: Span) -> list[Span] | None:
        word = ent.text
        if len(ent) == 1 and word in nationalities and ent.label_ in NAME_LABELS:
            # "De [Ier] schoot een voorzet binnen": where someone is from, no place or name.
            return [Span(doc, ent.start, ent.end, label="MISC")]
        if ent.label_ not in PERSON_LABELS or len(ent) != 1 or not word.endswith(suffixes):
            return None
        stems = (word[: -len(s)] for s in suffixes if word.endswith(s))
        if any(stem in places or f"{stem}e" in places for stem in stems):
            return [Span(doc, ent.start, ent.end, label="MISC")]
        return None

    return rewrite_entities(doc, relabel)


def tag_known_names(doc: Doc) -> int:
    """A name the NER tagged somewhere in the article is that name wherever the NER missed
    it: a person named in full is named by the surname alone later on ("Hoekstra kwam in
    2015 …"), an organisation or place by the same words ("Noordmelk sluit …", read as an
    adjective at the start of a sentence) — one name, one referent, in one article. Run on
    the whole article (quizgen.api.parse), once."""
    ents = list(doc.ents)
    label_of_name: dict[tuple[str, ...], Counter[str]] = {}
    # "Petra Molenaar" the NER called MISC is a person where it calls "Molenaar" one.
    alone = {e.text for e in ents if e.label_ in PERSON_LABELS and len(e) == 1}
    for ent in ents:
        last = ent[-1].text
        full = len(ent) >= 2 and all(t.is_title and t.is_alpha for t in ent)
        if ent.label_ in PERSON_LABELS or (ent.label_ == "MISC" and full and last in alone):
            if len(ent) >= 2 and len(last) > 1 and last[0].isupper():
                label_of_name.setdefault((last,), Counter())["PER"] += 1
        elif ent.label_ in PLACE_ORG_LABELS and len(ent) <= MAX_KNOWN_NAME and last[:1].isupper():
            label_of_name.setdefault(tuple(t.text for t in ent), Counter())[ent.label_] += 1
    starting: dict[str, list[tuple[str, ...]]] = {}
    for name in label_of_name:
        starting.setdefault(name[0], []).append(name)
    taken = {t.i for e in ents for t in e}
    added: list[Span] = []
    for tok in doc:
        for name in starting.get(tok.text, []):
            labels = label_of_name[name]
            end = tok.i + len(name)
            if end > len(doc) or tuple(t.text for t in doc[tok.i : end]) != name:
                continue
            if any(i in taken for i in range(tok.i, end)):
                continue
            before = doc[tok.i - 1] if tok.i > 0 else None
            after = doc[end] if end < len(doc) else None
            # Not part of a longer name ("Wim Hoekstra", "Hoekstra Bouw").
            if (before is not None and not tok.is_sent_start and before.text[:1].isupper()) or (
                after is not None and after.text[:1].isupper() and not after.is_sent_start
            ):
                continue
            added.append(Span(doc, tok.i, end, label=labels.most_common(1)[0][0]))
            taken.update(range(tok.i, end))
    if added:
        doc.ents = sorted(ents + added, key=lambda e: e.start)
    return len(added)


def detach_adverbials(doc: Doc) -> int:
    """ "kost [naar schatting] 12 miljard euro": a fixed adverbial phrase (the lexicon's
    ``drop_phrases``) the parser read as the preposition of the noun after it is the verb's
    adverbial; the noun is the verb's own phrase (an amount, not "naar …")."""
    phrases = {tuple(p.split()) for p in data_file(doc.lang_, "lexicon").get("drop_phrases", [])}
    changed = 0
    for t in doc:
        fixed = [c for c in t.children if c.dep_ == "fixed"]
        words = (t.lower_, *(c.lower_ for c in fixed))
        noun = t.head
        if (
            # (Or a name's modifier: "versloeg [onder anderen] Thomas van Vliet".)
            not (t.dep_ == "case" or (t.dep_ in {"nmod", "advmod"} and noun.pos_ == "PROPN"))
            or words not in phrases
            or any(c.i != t.i + k for k, c in enumerate(fixed, 1))
            or noun.head.pos_ not in {"VERB", "AUX"}
            or noun.dep_ != "obl"
        ):
            continue
        if _reattach(t, noun.head, "advmod"):
            if noun.ent_type_ in AMOUNT_LABELS and not any(
                c.dep_ == "obj" for c in noun.head.children
            ):
                # "kost [12 miljard euro]": the amount is what the verb takes.
                noun.dep_ = "obj"
            changed += 1
    return changed


# Pronouns that stand for no one thing: a phrase of one ("van niets", "over alles") says
# nothing of the noun before it.
INDEFINITE_PRONOUNS = {"niets", "niks", "iets", "alles", "niemand", "iemand", "iedereen"}


def indefinite_phrases(doc: Doc) -> int:
    """ "wisten [de werknemers] [van niets]" with "van niets" hung on the subject ("Wie
    wisten? — de werknemers van niets"): a phrase of an indefinite pronoun after a subject
    or object is the verb's."""
    changed = 0
    for t in doc:
        noun = t.head
        if (
            t.lower_ in INDEFINITE_PRONOUNS
            and t.dep_ == "nmod"
            and any(c.dep_ == "case" for c in t.children)
            and noun.dep_ in {"nsubj", "nsubj:pass", "obj"}
            and noun.head.pos_ in {"VERB", "AUX"}
            and _reattach(t, noun.head, "obl")
        ):
            changed += 1
    return changed


def ages_of_persons(doc: Doc) -> int:
    """ "werden [twee mannen] [van 41 en 56 jaar] uit Rotterdam aangehouden" with the ages
    hung on the verb ("Hoeveel mannen werden bij de actie van 41 en 56 jaar …?"): "van" and
    years right after a noun for people (the lexicon's ``person_nouns``) are its age, and a
    place with "uit" right after them where the people are from."""
    lex = data_file(doc.lang_, "lexicon")
    people, units = set(lex["person_nouns"]), set(lex["age_units"])
    changed = 0
    for t in doc:
        first = t.left_edge
        noun = doc[first.i - 1] if first.i else None
        if (
            t.lower_ in units
            and t.dep_ == "obl"
            and first.dep_ == "case"
            and first.lower_ == lex["title_of"]
            and any(c.pos_ == "NUM" for c in t.subtree)
            and noun is not None
            and noun.lower_ in people
            and noun.head.i == t.head.i
            and _reattach(t, noun, "nmod")
        ):
            changed += 1
            origin = doc[t.right_edge.i + 1] if t.right_edge.i + 1 < len(doc) else None
            place = origin.head if origin is not None else None
            if (
                origin is not None
                and place is not None
                and origin.lower_ == lex["origin_preposition"]
                and origin.dep_ == "case"
                and place.dep_ == "obl"
                and place.head.i == noun.head.i
                and place.ent_type_ == "LOC"
            ):
                # "twee mannen van 41 en 56 jaar [uit Rotterdam]": where they are from.
                changed += _reattach(place, noun, "nmod")
    return changed


def objects_after_appositions(doc: Doc) -> int:
    """ "overhandigde [Koen Maes], [sportief directeur van de zwemfederatie], [een
    recordpremie …] aan Vermeulen" with the object hung in the subject's apposition as one
    more apposition ("Wie overhandigde na de race?"): a noun phrase after the comma that
    closes the apposition of a verb's subject is the verb's object, when it has none."""

    def after_comma(t: Token) -> bool:
        first = t.left_edge
        return first.text == "," or (first.i > 0 and doc[first.i - 1].text == ",")

    changed = 0
    for verb in doc:
        if verb.pos_ != "VERB":
            continue
        kids = list(verb.children)
        if any(k.dep_ == "obj" for k in kids):
            continue
        for subject in (k for k in kids if k.dep_ == "nsubj" and k.i > verb.i):
            remark = next(
                (a for a in subject.children if a.dep_ == "appos" and a.i > subject.i), None
            )
            if remark is None or not after_comma(remark):
                continue
            inner = [
                t
                for t in remark.subtree
                if t.dep_ == "appos" and t.i > remark.i and t.pos_ == "NOUN" and after_comma(t)
            ]
            if len(inner) == 1 and _reattach(inner[0], verb, "obj"):
                changed += 1
    return changed


def join_measures(doc: Doc) -> int:
    """ "nam [40 kilo] [drugs] in beslag": an amount with its unit right before a noun the
    parser gave the same head and relation is that noun's measure ("40 kilo drugs", "3000
    liter chemicaliën"), not a second object."""
    changed = 0
    for ent in doc.ents:
        if ent.label_ not in MEASURE_LABELS or ent.end >= len(doc):
            continue
        unit, noun = ent.root, doc[ent.end]
        if (
            noun.pos_ == "NOUN"
            and unit.i == ent.end - 1
            and unit.head.i == noun.head.i != noun.i
            and unit.dep_ == noun.dep_
        ):
            changed += _reattach(unit, noun, "nmod")
    return changed


def join_entities(doc: Doc) -> int:
    changed = 0
    for ent in doc.ents:
        tops = [t for t in ent if not ent.start <= t.head.i < ent.end or t.head.i == t.i]
        heads = {t.head.i for t in tops}
        if (
            len(heads) > 1
            # (or hung loose: "de lokale partij Almelo [Vooruit]" as a "dep" of the verb)
            and all(t.dep_ in {"flat", "dep"} for t in tops[1:])
            and tops[0].head.i != tops[0].i
            and all(_reattach(t, tops[0], "flat") for t in tops[1:])
        ):
            # "van het International Film [Festival] Rotterdam" with the later words of the
            # name hung on the verb: a name's "flat" words go with its first.
            changed += 1
            continue
        if len(tops) < 2 or len(heads) != 1 or any(t.head.i == t.i for t in tops):
            continue
        root = tops[-1]
        for t in tops[:-1]:
            _reattach(t, root, "amod" if t.pos_ == "ADJ" else "nmod")
        changed += 1
    return changed


def prepositions_of_names(doc: Doc) -> int:
    """ "gefinancierd [door het] Fonds Wetenschappelijk Onderzoek …" with the preposition
    and article on the name's first word, not its head: they are the whole name's."""
    changed = 0
    for ent in doc.ents:
        tops = [t for t in ent if not ent.start <= t.head.i < ent.end or t.head.i == t.i]
        if len(tops) != 1:
            continue
        for t in ent:
            for c in list(t.children):
                if t.i != tops[0].i and c.i < ent.start and c.dep_ in {"case", "det"}:
                    changed += _reattach(c, tops[0], c.dep_)
    return changed


def join_split_names(doc: Doc) -> int:
    """ "De premier [Hiroshi] [Tanaka] heeft …" with "Hiroshi" the title's apposition and
    "Tanaka" an adverb of the verb: a person's name is one phrase, hung where its first word
    hangs on the title right before it."""
    changed = 0
    for ent in doc.ents:
        if ent.label_ not in PERSON_LABELS or ent.start == 0:
            continue
        tops = [t for t in ent if not ent.start <= t.head.i < ent.end or t.head.i == t.i]
        first = ent[0]
        if len(tops) < 2 or first not in tops or first.head.i != ent.start - 1:
            continue
        title = doc[ent.start - 1]
        if title.pos_ != "NOUN":
            continue
        outer = [t for t in tops[1:] if t.head.i != t.i]
        if ent.start <= title.head.i < ent.end and outer:
            # The parser hung the title on the name's last word: the title takes that
            # word's place in the clause.
            _reattach(title, outer[0].head, title.dep_)
        for t in tops[1:]:
            changed += _reattach(t, first, "flat")
    return changed


def speech_after_comma(doc: Doc) -> int:
    """ "Ruim zestig mensen raakten gewond, [meldt] de civiele bescherming.": a verb of saying
    right after a comma, with its subject after it, that ends the sentence, says who told
    the clause before it (``parataxis``), whatever conjunct the parser made of it."""
    speech = set(data_file(doc.lang_, "lexicon")["speech_verbs"])
    changed = 0
    for t in doc:
        if t.dep_ != "conj" or t.i == 0 or doc[t.i - 1].text != ",":
            continue
        if not ({t.lower_, t.lemma_} & speech) or t.head.i > t.i:
            continue
        kids = list(t.children)
        if any(c.dep_ in {"cc", "ccomp", "xcomp"} for c in kids):
            continue
        after = [c for c in kids if not c.is_punct]
        if after and all(c.i > t.i for c in after) and t.right_edge.i >= t.sent.end - 2:
            t.dep_ = "parataxis"
            objects = [c for c in after if c.dep_ == "obj"]
            if len(objects) == 1 and not any(c.dep_ in {"nsubj", "nsubj:pass"} for c in after):
                # "meldt [de politie]": who says it follows the verb.
                objects[0].dep_ = "nsubj"
            changed += 1
    return changed


def trim_dates(doc: Doc) -> int:
    """ "werd [maandag 44] graden gemeten": a number at the end of a date, right before the
    noun it counts, is that noun's, not the date's (a day of the month stands before its
    month, a year has four digits)."""
    months = set(word_lists(doc.lang_).get("months", []))

    def trim(ent: Span) -> list[Span] | None:
        last = ent[-1]
        after = doc[ent.end] if ent.end < len(doc) else None
        digits = last.text.replace(".", "")
        # (A count of any size: "zaterdag [18000] mensen", "zaterdag [18.000] mensen".)
        year = len(last.text) == 4 and last.text.isdigit()
        if (
            ent.label_ not in {"DATE", "TIME"}
            or len(ent) < 2
            or not (digits.isdigit() and not year)
            or after is None
            or after.pos_ != "NOUN"
            or after.lower_ in months
        ):
            return None
        return [Span(doc, ent.start, ent.end - 1, label=ent.label_)]

    return rewrite_entities(doc, trim)


def join_day_ranges(doc: Doc) -> int:
    """ "in de nacht van [zaterdag 8] [op zondag 9 augustus]": a date that ends in a day of
    the month without its month is the first half of a range whose second half, right
    after it (joined by "op", "tot", "en", a dash), names the month; one date, as a blank
    must take it whole ("van _____ op zondag 9 augustus — zaterdag 8" names no day)."""
    months = set(word_lists(doc.lang_).get("months", []))
    ents = list(doc.ents)
    out: list[Span] = []
    changed = 0
    for ent in ents:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label_ == ent.label_ == "DATE"
            and prev[-1].text.isdigit()
            and 1 <= int(prev[-1].text) <= MAX_DAY
            and not any(t.lower_ in months for t in prev)
            and any(t.lower_ in months for t in ent)
            and all(t.lower_ in RANGE_WORDS for t in doc[prev.end : ent.start])
            and (ent.start > prev.end or ent[0].lower_ in RANGE_WORDS)
        ):
            out[-1] = Span(doc, prev.start, ent.end, label="DATE")
            changed += 1
            continue
        out.append(ent)
    if changed:
        doc.ents = out
    return changed


def nights_between_days(doc: Doc) -> int:
    """ "in [de nacht van] [dinsdag] [op woensdag]": a part of the day between two named
    days is one date, from its article to the second day."""
    lexicon = data_file(doc.lang_, "lexicon")
    parts = set(lexicon["day_parts"])
    of = lexicon["title_of"]
    days = set(word_lists(doc.lang_).get("weekdays", []))
    found: list[Span] = []
    for noun in doc[1:-3]:
        first, link, second = doc[noun.i + 2], doc[noun.i + 3], doc[noun.i + 4 : noun.i + 5]
        if (
            noun.lower_ in parts
            and doc[noun.i - 1].pos_ == "DET"
            and doc[noun.i + 1].lower_ == of
            and first.lower_ in days
            and link.lower_ in RANGE_WORDS
            and len(second) == 1
            and second[0].lower_ in days
        ):
            found.append(Span(doc, noun.i - 1, noun.i + 5, label="DATE"))
    if found:
        kept = [e for e in doc.ents if not any(e.start < f.end and f.start < e.end for f in found)]
        doc.ents = sorted([*kept, *found], key=lambda e: e.start)
    return len(found)


def dates_of_verbs(doc: Doc) -> int:
    """ "De beving vond [maandagnacht] [om 3.24 uur] plaats" with the date a predicate
    ("xcomp") or object of the verb, and "om" the root of "om 3.24 uur", hung on the
    particle: a date or time whose head is a verb (or the verb's particle) is the verb's
    adverbial ("obl"), headed by its first word that is no preposition."""
    changed = 0
    for ent in doc.ents:
        if ent.label_ not in {"DATE", "TIME"}:
            continue
        words = [t for t in ent if t.pos_ != "ADP"]
        tops = [t for t in ent if not ent.start <= t.head.i < ent.end or t.head.i == t.i]
        if not words or len(tops) != 1 or tops[0].dep_ == "ROOT":
            continue
        top = tops[0]
        verb = top.head
        if verb.dep_ == "compound:prt":
            verb = verb.head
        if (
            verb.pos_ == "ADP"
            and top.i < verb.i
            and any(c.dep_ == "fixed" for c in verb.children)
            and verb.head.pos_ in {"VERB", "AUX"}
        ):
            # "hebben [zondag 17 mei] voor het eerst … gewonnen": a fixed adverbial takes no
            # date before it; the verb it belongs to does.
            changed += _reattach(top, verb.head, "obl")
            continue
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        if top.pos_ == "ADP":
            root = words[0]
            if not _reattach(root, verb, "obl"):
                continue
            for t in ent:
                if (t.i != root.i and ent.start <= t.head.i < ent.end) or t.i == top.i:
                    t.head = root
                    t.dep_ = "case" if t.pos_ == "ADP" else "nmod"
            changed += 1
        elif top.dep_ in {"xcomp", "obj"} and not any(t.pos_ == "ADP" for t in ent):
            top.dep_ = "obl"
            changed += 1
        elif (
            top.dep_ == "nsubj"
            and verb.pos_ == "VERB"
            and any(c.dep_ == "obj" for c in verb.children)
            and not any(t.pos_ == "ADP" for t in ent)
        ):
            # "[Zondag 17 mei] volgt de negende etappe": a date is no doer; the noun after
            # the verb is the subject (see first_object_the_subject).
            top.dep_ = "obl"
            changed += 1
    return changed


def detach_dates(doc: Doc) -> int:
    """ "dat [de bond donderdag] een gesprek heeft": a bare date hung on a noun is the
    clause's adverbial of time (a date that belongs to a noun takes a preposition); so is
    one with a preposition right after the subject in the middle field ("dat [het kabinet
    in juni] met maatregelen komt"), where the subject takes no phrase of time."""
    changed = 0
    for ent in doc.ents:
        if ent.label_ not in {"DATE", "TIME"}:
            continue
        root = ent.root
        noun = root.head
        if noun.i == root.i or noun.pos_ not in {"NOUN", "PROPN"} or root.dep_ == "obl":
            continue
        # (Right after the noun, or after the name it opens: "[Daan Verhoef] zaterdag".)
        if ent.start != noun.i + 1 and not any(
            e.start <= noun.i < e.end == ent.start for e in doc.ents
        ):
            continue
        if any(t.pos_ == "ADP" or t.dep_ == "case" for t in ent) and not in_middle_field(noun):
            continue
        verb = noun
        while verb.head.i != verb.i and verb.pos_ not in {"VERB", "AUX"}:
            verb = verb.head
        if verb.pos_ in {"VERB", "AUX"}:
            _reattach(root, verb, "obl")
            changed += 1
    return changed


# Relations a name takes no dependent by: a clause's phrases the parser hung on it.
CLAUSE_RELATIONS = {"nsubj", "obj", "obl", "advmod"}


def phrases_of_names(doc: Doc) -> int:
    """ "kon [Vermeulen] [vorig jaar] [maandenlang] niet volledig trainen" with the time and
    the adverb hung on the name, one of them as its subject: a person's name, the subject
    or object of a verb, has no subject, object, adverbial or adverb of its own after it;
    they are the verb's ("clause inside a constituent" dropped the clause)."""
    changed = 0
    for ent in doc.ents:
        if ent.label_ not in PERSON_LABELS:
            continue
        root = ent.root
        verb = root.head
        if root.dep_ not in {"nsubj", "nsubj:pass", "obj"} or verb.pos_ not in {"VERB", "AUX"}:
            continue
        for c in list(root.children):
            if c.i < ent.end or c.dep_ not in CLAUSE_RELATIONS:
                continue
            dep = "obl" if c.pos_ in {"NOUN", "PROPN", "NUM"} else "advmod"
            changed += _reattach(c, verb, dep)
    return changed


def in_middle_field(subject: Token) -> bool:
    """Whether ``subject`` stands between its clause's finite verb or conjunction and the
    verbs at the end: after the verb of a main clause, or in a subordinate clause."""
    verb = subject.head
    return (
        subject.dep_ in {"nsubj", "nsubj:pass"}
        and verb.pos_ in {"VERB", "AUX"}
        and (
            any(c.dep_ == "mark" and c.i < subject.i for c in verb.children)
            or any(c.i < subject.i and c.dep_ in {"aux", "aux:pass", "cop"} for c in verb.children)
            or verb.i < subject.i
        )
    )


def detach_from_dates(doc: Doc) -> int:
    """ "debatteert [op 21 maart over het voorstel]": a date that is the verb's adverbial
    takes no phrase after it but its own "van" ("in mei van dit jaar"); a prepositional
    phrase the parser hung on it is the verb's, and so is a "van" phrase of an amount
    ("daalde [vorig jaar] [van 58 miljoen] naar 41 miljoen euro")."""
    of = data_file(doc.lang_, "lexicon")["title_of"]
    changed = 0
    for ent in doc.ents:
        root = ent.root
        if ent.label_ not in {"DATE", "TIME"} or root.dep_ != "obl":
            continue
        if root.head.pos_ not in {"VERB", "AUX"}:
            continue
        for t in ent:
            for c in list(t.children):
                case = [k for k in c.children if k.dep_ == "case" and k.i < c.i]
                if (
                    c.i >= ent.end
                    and c.dep_ == "nmod"
                    and case
                    and (case[0].lower_ != of or amount_not_date(c))
                    and _reattach(c, root.head, "obl")
                ):
                    changed += 1
    return changed


def amount_not_date(noun: Token) -> bool:
    """Whether ``noun`` counts something with a number that is no year or date ("58
    miljoen", not "2018")."""
    numbers = [t for t in (noun, *noun.children) if t.like_num]
    return (
        bool(numbers)
        and noun.ent_type_ not in {"DATE", "TIME"}
        and not any(YEAR.fullmatch(t.text) for t in numbers)
    )


# Double quote marks; the ones among them that only close a quote.
QUOTES = {'"', "“", "”", "„", "«", "»"}
CLOSING_QUOTES = {"”", "»"}
MAX_TITLE_WORDS = 8


def titles_of_works(doc: Doc) -> int:
    """'De Chileense film "El viento del sur" heeft … gewonnen': a quoted title right
    after a noun for a work (the lexicon's ``name_kinds`` of label MISC: "film", "boek",
    "album") is the work's name, not a quote; it becomes a MISC entity hung on the noun,
    as the parser would hang a name (it made "El viento del sur" a loose phrase)."""
    kinds = name_kinds(doc.lang_)
    ents = list(doc.ents)
    found: list[Span] = []
    for q in doc[1:]:
        noun = doc[q.i - 1]
        kind = kind_of(noun, kinds)
        opens = q.text in QUOTES and q.text not in CLOSING_QUOTES
        if not opens or kind is None or kind[0] != "MISC":
            continue
        end = next(
            (t.i for t in doc[q.i + 1 : min(q.i + MAX_TITLE_WORDS + 2, q.sent.end)]
             if t.text in QUOTES),
            None,
        )  # fmt: skip
        if end is None or end == q.i + 1 or not doc[q.i + 1].text[:1].isupper():
            continue
        inside = range(q.i + 1, end)
        if any(doc[k].is_punct for k in inside) or any(
            t.head.i in inside for t in doc if not q.i <= t.i <= end
        ):
            # (A title's words are its own: no word outside may hang on them.)
            continue
        first = doc[q.i + 1]
        first.head, first.dep_ = noun, "appos"
        for k in range(q.i + 2, end):
            doc[k].head, doc[k].dep_ = first, "flat"
        for k in (q.i, end):
            doc[k].head, doc[k].dep_ = first, "punct"
        found.append(Span(doc, q.i + 1, end, label="MISC"))
    if found:
        kept = [e for e in ents if not any(e.start < f.end and f.start < e.end for f in found)]
        doc.ents = sorted([*kept, *found], key=lambda e: e.start)
    return len(found)


def finite_verbs_of_subclauses(doc: Doc) -> int:
    """ "KLM maakte … een winst van 118 miljoen euro, [terwijl] [zusterbedrijf] Air France
    ruim 800 miljoen euro [verdiende]" with the noun hung on "maakte" as the clause
    (advcl, with "terwijl") and the finite verb as a complement of "maakte" (xcomp): the
    finite verb after the comma heads the subordinate clause; the noun is its subject."""
    changed = 0
    for verb in doc:
        if verb.dep_ != "xcomp" or "Fin" not in verb.morph.get("VerbForm", []):
            continue
        main = verb.head
        comma = next((t for t in doc[main.i + 1 : verb.i] if t.text == ","), None)
        opener = next(
            (
                c
                for c in main.children
                if comma is not None
                and comma.i < c.i < verb.i
                and c.dep_ in {"advcl", "dep"}
                and c.pos_ in {"NOUN", "PROPN", "PRON"}
                and any(k.dep_ == "mark" for k in c.children)
            ),
            None,
        )
        if opener is None:
            continue
        marks = [k for k in opener.children if k.dep_ == "mark"]
        verb.head, verb.dep_ = main, "advcl"
        opener.head, opener.dep_ = verb, "nsubj"
        for k in marks:
            k.head = verb
        changed += 1
    return changed


def particle_adverbs_of_verbs(doc: Doc) -> int:
    """ "gaan … samen [verder] als één gemeente" with "verder" hung on "gemeente": an adverb
    that is also a separable particle (the lexicon's ``particle_adverbs``), hung on the
    phrase right after it that hangs on a verb, is the verb's ("verdergaan")."""
    particles = set(data_file(doc.lang_, "lexicon").get("particle_adverbs", []))
    changed = 0
    for t in doc:
        phrase = t.head
        verb = phrase.head
        if (
            t.lower_ in particles
            and t.dep_ == "advmod"
            and phrase.i > t.i
            and phrase.pos_ in {"NOUN", "PROPN", "NUM"}
            and verb.pos_ in {"VERB", "AUX"}
            and verb.i < t.i
            and _reattach(t, verb, "advmod")
        ):
            changed += 1
    return changed


def possessives_read_as_verbs(doc: Doc) -> int:
    """ "betuigde via sociale media [zijn] medeleven" with "zijn" read as a copula of the
    object: a "zijn" right before the noun (or its adjectives) of a verb's object or
    adverbial is the possessive."""
    changed = 0
    for t in doc:
        noun = t.head
        if (
            t.lower_ == "zijn"
            and t.dep_ == "cop"
            and noun.pos_ == "NOUN"
            and noun.dep_ in {"obj", "obl", "nmod", "iobj"}
            and t.i < noun.i
            and all(k.pos_ == "ADJ" for k in doc[t.i + 1 : noun.i])
        ):
            t.pos_, t.dep_ = "PRON", "nmod:poss"
            t.morph = MorphAnalysis(doc.vocab, "Poss=Yes|PronType=Prs")
            changed += 1
    return changed


def auxiliaries_read_as_possessives(doc: Doc) -> int:
    """ "Op het park [zijn] maandag 650 woningen in gebruik genomen" with "zijn" tagged a
    possessive but hung on the participle as its auxiliary: the parse's arc is right, the
    tag is not (the clause had no finite verb and gave no fact)."""
    changed = 0
    for t in doc:
        if (
            t.lower_ == "zijn"
            and t.pos_ in {"DET", "PRON"}
            and t.dep_ in {"aux", "aux:pass"}
            and t.head.pos_ == "VERB"
            and t.head.i > t.i
        ):
            t.pos_ = "AUX"
            t.morph = MorphAnalysis(doc.vocab, "Number=Plur|Tense=Pres|VerbForm=Fin")
            changed += 1
    return changed


def participles_read_as_nouns(doc: Doc) -> int:
    """ "Vier mensen worden nog [vermist]" with the participle tagged a noun, "worden" its
    copula: a "noun" with a passive subject and a form of "worden" is the participle of a
    passive."""
    changed = 0
    for t in doc:
        kids = list(t.children)
        aux = [k for k in kids if k.dep_ in {"cop", "aux", "aux:pass"} and k.lemma_ == "worden"]
        if t.pos_ == "NOUN" and not aux and participle_shaped(t):
            # ("Zeker twaalf dorpen zijn [ontruimd]": with "zijn", a noun without an article
            # shaped as a participle.)
            aux = [k for k in kids if k.dep_ == "cop" and k.lemma_ == "zijn"]
            subjects = [k for k in kids if k.dep_ == "nsubj"]
            if not aux or not subjects or any(k.dep_ == "det" for k in kids):
                continue
            for k in subjects:
                k.dep_ = "nsubj:pass"
        if t.pos_ != "NOUN" or not aux or not any(k.dep_ == "nsubj:pass" for k in kids):
            continue
        t.pos_ = "VERB"
        t.morph = MorphAnalysis(doc.vocab, "VerbForm=Part")
        for k in aux:
            k.dep_ = "aux:pass"
        changed += 1
    return changed


# The prefixes a past participle opens with: "ge-" ("gesloten"), or an unstressed prefix
# that takes none ("ontruimd", "verklaard", "bewezen").
PARTICIPLE_PREFIXES = ("ge", "be", "ver", "ont", "her", "er")
MIN_PARTICIPLE = 6


def participle_shaped(t: Token) -> bool:
    """Whether ``t`` looks like a past participle: a prefix and a final "-d", "-t" or
    "-en", lower case."""
    word = t.text
    return (
        word.islower()
        and len(word) >= MIN_PARTICIPLE
        and word.startswith(PARTICIPLE_PREFIXES)
        and word.endswith(("d", "t", "en"))
    )


def as_noun(t: Token) -> None:
    """Tag ``t`` a singular noun, its own lemma."""
    t.pos_, t.lemma_ = "NOUN", t.lower_
    t.morph = MorphAnalysis(t.doc.vocab, "Number=Sing")


def titles_read_as_other_words(doc: Doc) -> int:
    """ "[Gedeputeerde] Sietske Poepjes noemt …", "[Partijleider] Jelle Bakker": a title
    opening the sentence right before a person's name (the lexicon's ``person_titles``),
    tagged a participle or a name, is a noun (no function was found); so is one anywhere
    tagged an adjective or adverb ("volgens [wethouder] Sanne Bakker"), or after a person's
    name and a comma ("Ruben De Clercq, [huisarts] in Maasmechelen, …")."""
    titles = tuple(data_file(doc.lang_, "lexicon")["person_titles"])
    changed = 0
    # ("[Gedeputeerde] Anouk Veldkamp" with the title a one-word name of its own.)
    alone = {e.start: e for e in doc.ents if len(e) == 1 and e.label_ not in PERSON_LABELS}
    for t in doc:
        opening = t.is_sent_start and t.is_title
        if (
            (
                (t.pos_ == "VERB" and opening)
                or (t.pos_ == "PROPN" and (not t.ent_type_ or t.i in alone) and opening)
                # ("zegt [projectleider] Ellen Kuipers", "volgens [wethouder] Sanne Bakker"
                # tagged an adjective or adverb.)
                or (t.pos_ in {"ADJ", "ADV"} and (t.is_lower or opening))
            )
            and t.lower_.endswith(titles)
            and (
                (
                    t.i + 1 < len(doc)
                    and doc[t.i + 1].ent_type_ == "PER"
                    and doc[t.i + 1].ent_iob_ == "B"
                )
                # ("Ruben De Clercq, [huisarts] in Maasmechelen, reageert …")
                or (t.i > 1 and doc[t.i - 1].text == "," and doc[t.i - 2].ent_type_ == "PER")
            )
        ):
            as_noun(t)
            if t.i in alone:
                doc.ents = [e for e in doc.ents if e != alone[t.i]]
            changed += 1
    return changed


def fields_read_as_participles(doc: Doc) -> int:
    """ "hoogleraar [huisartsgeneeskunde] aan de Rijksuniversiteit" with the field tagged a
    participle: a lowercase word right after a noun for a person (the lexicon's
    ``person_titles``) that does not end as a participle does (-d, -t, -n) is the title's
    field, a noun; what the "participle" held hangs on the title (the person's title was
    lost: no "Welke functie heeft Pieter de Boer?")."""
    titles = tuple(data_file(doc.lang_, "lexicon")["person_titles"])
    changed = 0
    for t in doc:
        title = doc[t.i - 1] if t.i else None
        if (
            title is None
            or t.pos_ != "VERB"
            or "Part" not in t.morph.get("VerbForm", [])
            or t.head.i != title.i
            or title.pos_ != "NOUN"
            or not title.lower_.endswith(titles)
            or not (t.is_lower and t.is_alpha)
            or t.lower_.endswith(("d", "t", "n"))
        ):
            continue
        as_noun(t)
        t.dep_ = "appos"
        for k in list(t.children):
            _reattach(k, title, "nmod" if k.dep_ == "obl" else k.dep_)
        changed += 1
    return changed


def directions_of_nouns(doc: Doc) -> int:
    """ "zet extra metro's in op de [lijnen] [naar Rotterdam-Zuid]" with "naar …" hung on the
    verb: a "naar" phrase right after the common noun of another prepositional phrase of the
    verb belongs to that noun ("Waarheen zet de RET extra metro's in?" was asked); not after
    a verb of motion ("reed over de snelweg naar Utrecht"), nor after a place or a
    "van"/"uit" phrase ("van Vlissingen naar Goes")."""
    lexicon = data_file(doc.lang_, "lexicon")
    motion = set(lexicon["motion_verbs"])
    changed = 0
    for t in doc:
        case = [c for c in t.children if c.dep_ == "case" and c.i < t.i]
        verb = t.head
        if (
            t.dep_ != "obl"
            or not case
            or case[0].lower_ != "naar"
            or verb.pos_ not in {"VERB", "AUX"}
            or verb.lemma_ in motion
            or case[0].i == 0
        ):
            continue
        noun = doc[case[0].i - 1]
        pp = [c for c in noun.children if c.dep_ == "case" and c.i < noun.i]
        if (
            noun.pos_ == "NOUN"
            and noun.head.i == verb.i
            and noun.dep_ in {"obl", "obj"}
            and not noun.ent_type_
            and pp
            and pp[0].lower_ not in {"van", "uit", "vanuit", "per"}
            and noun.lower_ not in lexicon["time_nouns"]
            and _reattach(t, noun, "nmod")
        ):
            changed += 1
    return changed


def directions_of_verbs(doc: Doc) -> int:
    """ "Volgens Claes gaat 15 procent van het [bedrag] [naar KSV Oudenaarde]" with "naar …"
    hung on a noun of the subject or object: after a verb of going (the lexicon's
    ``motion_verbs`` and ``direction_verbs``) with no "naar" phrase of its own, it is the
    verb's ("Hoeveel procent van het bedrag naar KSV Oudenaarde gaat …?" was asked)."""
    lexicon = data_file(doc.lang_, "lexicon")
    going = {*lexicon["motion_verbs"], *lexicon["direction_verbs"]}
    changed = 0
    for t in doc:
        case = [c for c in t.children if c.dep_ == "case" and c.i < t.i]
        if t.dep_ != "nmod" or not case or case[0].lower_ != "naar":
            continue
        top = t.head
        while top.dep_ == "nmod" and top.head.i != top.i:
            top = top.head
        verb = top.head
        if (
            top.dep_ in {"nsubj", "nsubj:pass", "obj"}
            and verb.pos_ == "VERB"
            and verb.lemma_ in going
            and not any(
                c.dep_ == "obl" and any(k.dep_ == "case" and k.lower_ == "naar" for k in c.children)
                for c in verb.children
            )
            and _reattach(t, verb, "obl")
        ):
            changed += 1
    return changed


def nouns_as_particles(doc: Doc) -> int:
    """ "hebben met de telescoop [waterdamp] ontdekt" with the noun read as the verb's
    separable particle: a common noun before its verb, on a verb with no object, is the
    object (not a noun that is a particle, the lexicon's ``noun_particles``: "vond
    [plaats]"; nor the measure of an amount before it: "op 550 kilometer [hoogte]")."""
    particles = set(data_file(doc.lang_, "lexicon")["noun_particles"])
    changed = 0
    for t in doc:
        verb = t.head
        if (
            t.dep_ != "compound:prt"
            or t.pos_ != "NOUN"
            or not t.is_lower
            or t.lower_ in particles
            or t.i > verb.i
            or any(c.dep_ in {"obj", "iobj"} for c in verb.children)
            or any(c.dep_ not in {"det", "amod"} for c in t.children)
            or (t.i > 0 and (doc[t.i - 1].pos_ == "NUM" or doc[t.i - 1].ent_type_ in AMOUNT_LABELS))
        ):
            continue
        t.dep_ = "obj"
        changed += 1
    return changed


def places_of_verbs(doc: Doc) -> int:
    """ "opende vorige week een vaccinatielocatie [in Gorinchem]": a phrase of place that
    closes the object in the middle field may hang on the object or on the verb, and says
    where the verb's event happened either way ("Waar opende de GGD een
    vaccinatielocatie?"); it is made the verb's. So is one that closes a phrase of the
    occasion ("[bij overstromingen] in Stiermarken", "[tijdens een persconferentie] in
    Tiel": the lexicon's ``occasion_prepositions``), or the answer to "Waar …?" is the
    occasion ("bij overstromingen in de Oostenrijkse deelstaat Stiermarken"). Only "in",
    "bij", "op" and the like (the lexicon's place prepositions asked with "waar"), a named
    place ending the phrase, and a phrase of common nouns ("een man [uit Schiedam]" says
    where the man is from; "op het Domplein in Utrecht" is one place)."""
    lexicon = data_file(doc.lang_, "lexicon")
    places = lexicon["place_prepositions"]
    occasions = set(lexicon["occasion_prepositions"])
    where = {p for p, wh in places.items() if wh == places["in"]}
    changed = 0
    for ent in doc.ents:
        if ent.label_ != "LOC":
            continue
        pp = ent.root
        case = [c for c in pp.children if c.dep_ == "case" and c.i < pp.i]
        obj = pp.head
        verb = obj.head
        outer = [c.lower_ for c in obj.children if c.dep_ == "case" and c.i < obj.i]
        if (
            pp.dep_ != "nmod"
            or not case
            or case[0].lower_ not in where
            or not (
                obj.dep_ == "obj" or (obj.dep_ == "obl" and outer[:1] and outer[0] in occasions)
            )
            # (Before a main clause's verb, one phrase: "[Door een kapotte bovenleiding bij
            # Abcoude] reden er geen treinen".)
            or obj.left_edge.i
            < min([verb.i, *(c.i for c in verb.children if c.dep_ in AUXILIARY_DEPS)])
            or obj.pos_ != "NOUN"
            or verb.pos_ not in {"VERB", "AUX"}
            or obj.i > pp.i
            or ent.end != pp.right_edge.i + 1
            or pp.right_edge.i != obj.right_edge.i
            # No comma from the verb on: "hield … gevangen in het kinderdagverblijf in
            # Wasserbillig, [een plaatsje in het Groothertogdom]" is an apposition's.
            or any(t.is_punct for t in doc[min(verb.i, obj.left_edge.i) : pp.right_edge.i + 1])
        ):
            continue
        if _reattach(pp, verb, "obl"):
            changed += 1
    return changed


def multiword(t: Token) -> bool:
    """Whether ``t`` opens a fixed phrase ("[op] basis van", "[in] gebruik"): no particle
    that makes a verb of saying another verb."""
    return any(c.dep_ == "fixed" for c in t.children)


def verb_forms(verb: Token) -> set[str]:
    """The forms a verb may have in the lexicon's lists: its word and lemma (with the
    lemmatizer's "_" or without: "deel_nemen", "deelnemen"), or with its particle ("maakte
    … bekend": "bekend_maken", "bekendmaken")."""
    # (A name or date the parser took for a particle is none: "schrijven [donderdag]";
    # nor the start of a phrase: "meldt … [op] basis van".)
    particle = next(
        (
            c.lower_
            for c in verb.children
            if c.dep_ == "compound:prt" and not c.ent_type_ and not multiword(c)
        ),
        "",
    )
    # The form with its particle, also where the lemmatizer missed the verb ("maakte");
    # with a particle the verb is another ("stelde … voor" is "voorstellen", not "stellen").
    if particle:
        return {f"{particle}_{verb.lemma_}", f"{particle}{verb.lemma_}", f"{particle}{verb.lower_}"}
    # ("stemde" left as its own lemma: "stemmen" among the guesses.)
    guessed = past_infinitives(verb.lower_) if verb.lemma_ == verb.lower_ else set()
    return {verb.lower_, verb.lemma_, verb.lemma_.replace("_", ""), *guessed}


# The endings of a weak verb's past tense: "stemde", "werkte", "stemden", "werkten".
WEAK_PAST = ("den", "ten", "de", "te")
# Long vowels written double in a closed syllable, single in an open one: "maakte", "maken".
LONG_VOWELS = "aeou"
# Consonants that a weak stem ends in unvoiced and its infinitive voiced: "leefde", "leven".
VOICED = {"f": "v", "s": "z"}


def past_infinitives(word: str) -> set[str]:
    """The infinitives a weak past form may be of ("stemde" → "stemmen", "maakte" →
    "maken", "leefde" → "leven", "reisde" → "reizen"): guesses for a lexicon lookup where
    the lemmatizer gave the form back; none for another form."""
    end = next((e for e in WEAK_PAST if word.endswith(e) and len(word) > len(e) + 2), "")
    if not end:
        return set()
    stem = word[: -len(end)]
    stems = {stem}
    if len(stem) >= 3 and stem[-2] == stem[-3] and stem[-2] in LONG_VOWELS:
        stems.add(stem[:-2] + stem[-1])
    stems |= {s[:-1] + VOICED[s[-1]] for s in stems if s[-1] in VOICED}
    return {s + "en" for s in stems} | {stem + stem[-1] + "en"}


def prepositional_objects(doc: Doc) -> int:
    """ "In Nederland lijden naar schatting 5.000 mensen [aan de aandoening]": a phrase with
    the preposition its verb takes ("lijden aan", "beschuldigen van"; the lexicon's
    prepositional verbs) that closes the verb's subject or object after the verb is the
    verb's, not the noun's. (Before a main clause's verb it is the noun's: only one phrase
    stands there.)"""
    governed = data_file(doc.lang_, "lexicon")["prepositional_verbs"]
    changed = 0
    for pp in doc:
        noun = pp.head
        verb = noun.head
        case = [c for c in pp.children if c.dep_ == "case" and c.i < pp.i]
        if pp.dep_ != "nmod" or not case or noun.dep_ not in {"nsubj", "obj"}:
            continue
        if (
            verb.pos_ != "VERB"
            or not any(case[0].lower_ in governed.get(form, ()) for form in verb_forms(verb))
            or not verb.i < noun.i < pp.i
            or pp.right_edge.i != noun.right_edge.i
        ):
            continue
        changed += _reattach(pp, verb, "obl:arg")
    return changed


def one_subject(doc: Doc) -> int:
    """Of two subjects of one verb, the later is its object; but one that opens with a
    preposition is an adverbial ("[Op het Utrecht Science Park] zijn 650 woningen in
    gebruik genomen"), also in a passive."""
    changed = 0
    for verb in doc:
        kids = list(verb.children)
        subjects = [c for c in kids if c.dep_ in {"nsubj", "nsubj:pass"}]
        if len(subjects) < 2:
            continue
        for s in list(subjects):
            first = doc[s.left_edge.i]
            if first.dep_ == "case" and first.pos_ == "ADP" and len(subjects) > 1:
                s.dep_ = "obl"
                subjects.remove(s)
                changed += 1
        if len(subjects) < 2 or any(c.dep_ == "aux:pass" for c in kids):
            continue
        for later in subjects[1:]:
            later.dep_ = "obj"
            changed += 1
    return changed


def subjects_by_agreement(doc: Doc) -> int:
    """ "[Leerlingen] (obj) … krijgen vanaf 1 oktober [geen les] (obj or nsubj) meer": a
    noun before the finite verb taken for its object, with a noun after the verb as its
    subject or second object, is the subject where the verb agrees with it in number and
    not with the other ("Dat boek lezen de kinderen" agrees with "de kinderen" and
    stays)."""
    changed = 0
    for verb in doc:
        kids = list(verb.children)
        finite = [t for t in (verb, *kids) if "Fin" in t.morph.get("VerbForm", [])]
        subjects = [c for c in kids if c.dep_ == "nsubj"]
        objects = [c for c in kids if c.dep_ == "obj"]
        if not subjects and len(objects) == 2:
            subjects, objects = objects[1:], objects[:1]
        if len(finite) != 1 or len(subjects) != 1 or len(objects) != 1:
            continue
        number = finite[0].morph.get("Number", [])
        subject, obj = subjects[0], objects[0]
        if (
            not number
            or not obj.i < finite[0].i < subject.i
            or obj.pos_ != "NOUN"
            or subject.pos_ != "NOUN"
            or obj.morph.get("Number", []) != number
            or subject.morph.get("Number", []) in ([], number)
        ):
            continue
        subject.dep_, obj.dep_ = "obj", "nsubj"
        changed += 1
    return changed


def verb_first_conjuncts(doc: Doc) -> int:
    """ "Van der Meulen reed 6.51,38 [en bleef] titelverdedigster Lotte Kramer ruim voor": a
    finite verb right after "en" or "maar", coordinated with a clause whose subject comes
    first, shares that subject; the noun after it is its object, however the parser
    labelled it (only a fronted phrase lets the second verb take a subject of its own: "Daar
    reed ze … en bleef ze …"). A copula keeps its predicate ("en werd kampioen"). A
    conjunct the parser hung on the first verb's object is made the verb's."""
    copulas = set(data_file(doc.lang_, "lexicon")["copulas"])
    changed = 0
    for verb in doc:
        first = verb.head
        if first.pos_ not in {"VERB", "AUX"} and first.dep_ in {"obj", "obl"}:
            first = first.head
        kids = list(verb.children)
        if (
            verb.dep_ != "conj"
            or verb.pos_ != "VERB"
            or "Fin" not in verb.morph.get("VerbForm", [])
            or verb.i == 0
            or doc[verb.i - 1].dep_ != "cc"
            or doc[verb.i - 1].head.i != verb.i
            or first.i > verb.i
            or (verb.lemma_ in copulas and not any(c.dep_ == "compound:prt" for c in kids))
            or any(c.dep_ == "aux:pass" for c in kids)
        ):
            continue
        leading = [c for c in first.children if c.dep_ in {"nsubj", "nsubj:pass"}]
        if len(leading) != 1 or doc[leading[0].left_edge.i].i != first.sent.start:
            continue
        subjects = [c for c in kids if c.dep_ == "nsubj"]
        if (
            len(subjects) != 1
            or subjects[0].i < verb.i
            or subjects[0].pos_ not in {"NOUN", "PROPN"}
            or first.pos_ not in {"VERB", "AUX"}
            or not _reattach(verb, first, "conj")
        ):
            continue
        subjects[0].dep_ = "obj"
        changed += 1
    return changed


def first_object_the_subject(doc: Doc) -> int:
    """ "Bij de mannen won [de Noor Sander Eriksen] (iobj) [de titel] (obj)": a finite verb
    with two bare objects and no subject lost its subject to the parser; in the middle
    field the subject comes first, so the first of the two is it."""
    changed = 0
    for verb in doc:
        kids = list(verb.children)
        objects = sorted((c for c in kids if c.dep_ in {"iobj", "obj"}), key=lambda c: c.i)
        if (
            verb.pos_ != "VERB"
            or "Fin" not in verb.morph.get("VerbForm", [])
            or len(objects) != 2
            or any(
                c.dep_.startswith(("nsubj", "csubj", "expl")) or c.dep_ == "aux:pass" for c in kids
            )
            or not all(c.i > verb.i and c.pos_ in {"NOUN", "PROPN"} for c in objects)
            or any(c.dep_ == "case" for o in objects for c in o.children)
        ):
            continue
        objects[0].dep_ = "nsubj"
        objects[1].dep_ = "obj"
        changed += 1
    return changed


def objects_of_passives(doc: Doc) -> int:
    """ "Op de E17 zijn dinsdagochtend [23 voertuigen] (obj) op elkaar ingereden": a
    participle with "zijn" or "worden" (the lexicon's ``passive_auxiliaries``) takes no
    object; with no subject, its one bare noun phrase is the subject."""
    passives = set(data_file(doc.lang_, "lexicon")["passive_auxiliaries"])
    changed = 0
    for verb in doc:
        kids = list(verb.children)
        objects = [c for c in kids if c.dep_ == "obj"]
        if (
            # (The participle the tagger may read as a past plural: "ingereden".)
            verb.pos_ != "VERB"
            or len(objects) != 1
            or objects[0].pos_ not in {"NOUN", "PROPN"}
            or any(c.dep_ == "case" for c in objects[0].children)
            or not any(
                c.dep_ in AUXILIARY_DEPS and c.lemma_ in passives and c.i < verb.i for c in kids
            )
            or any(c.dep_.startswith(("nsubj", "csubj", "expl")) for c in kids)
        ):
            continue
        objects[0].dep_ = "nsubj"
        changed += 1
    return changed


def appositions_read_as_objects(doc: Doc) -> int:
    """ "volgt de negende etappe[, een vlakke rit van 176 kilometer]": an object the parser
    gave the verb after its subject or object in the middle field, set off by a comma
    right after it, describes that noun phrase."""
    changed = 0
    for verb in doc:
        nominals = sorted(
            (c for c in verb.children if c.dep_ in {"nsubj", "obj"} and c.i > verb.i),
            key=lambda c: c.i,
        )
        if len(nominals) != 2 or nominals[1].dep_ != "obj":
            continue
        first, second = nominals
        comma = doc[second.left_edge.i - 1] if second.left_edge.i else None
        if comma is not None and comma.text == "," and comma.i == first.right_edge.i + 1:
            changed += _reattach(second, first, "appos")
    return changed


def _reattach(token: Token, head: Token, dep: str) -> bool:
    """Hang ``token`` on ``head``, unless that would leave its sentence without a root or
    make a cycle (``head`` inside ``token``'s subtree): a parse that cannot be read."""
    if token.dep_ == "ROOT" or head.i == token.i or token.is_ancestor(head):
        return False
    token.head = head
    token.dep_ = dep
    return True


def join_title_names(doc: Doc) -> int:
    changed = 0
    for ent in doc.ents:
        if ent.label_ not in NAME_ROOT_LABELS or ent.start == 0:
            continue
        title = doc[ent.start - 1]
        root = ent.root
        if title.pos_ != "NOUN" or title.ent_type_ or doc[ent.start].is_sent_start:
            continue
        siblings = title.head.i == root.head.i and root.head.i not in {title.i, root.i}
        if siblings and title.dep_ != "ROOT" and root.dep_ != "ROOT":
            changed += _reattach(root, title, "appos")
    return changed


def apposition_after(doc: Doc, ent: Span) -> list[Token]:
    """The tokens of "Name , NP ," between the commas (or the comma and the sentence's full
    stop), or [] when the words are not one."""
    k = ent.end
    indefinite = data_file(doc.lang_, "lexicon")["indefinite_article"]
    if (
        k >= len(doc) - 1
        or doc[k].text != ","
        or (doc[k + 1].pos_ not in {"NOUN", "DET", "ADJ"} and doc[k + 1].lower_ != indefinite)
    ):
        return []
    sent = ent.sent
    end = k + 1
    while end < sent.end and doc[end].text not in {",", ".", ";", ":"}:
        end += 1
    toks = [doc[i] for i in range(k + 1, end)]
    closed = end < sent.end and (
        doc[end].text == "," or (end == sent.end - 1 and doc[end].text in ".!?")
    )
    if (
        not closed
        or not 1 <= len(toks) <= MAX_APPOSITION
        or not any(t.pos_ == "NOUN" for t in toks)
        or any(t.pos_ in {"VERB", "AUX", "PRON", "CCONJ", "SCONJ"} for t in toks)
        or any(t.ent_type_ for t in toks[:1])
    ):
        return []
    return toks


def persons_by_apposition(doc: Doc) -> int:
    """ "[Petra Hoogland] (LOC), voorzitter van de Algemene Onderwijsbond, …": a name whose
    apposition is headed by a noun for a person (the lexicon's ``person_titles``) is a
    person, whatever the NER guessed; not with a function an organisation can have too
    (``organisation_roles``: "Ahold, eigenaar van Albert Heijn,")."""
    lexicon = data_file(doc.lang_, "lexicon")
    titles = tuple(lexicon.get("person_titles", []))
    shared = tuple(lexicon.get("organisation_roles", []))
    ents = list(doc.ents)
    changed = 0
    for n, ent in enumerate(ents):
        if ent.label_ not in NAME_LABELS or ent.label_ in PERSON_LABELS:
            continue
        head = next((t for t in apposition_after(doc, ent) if t.pos_ == "NOUN"), None)
        if head is None or not head.lower_.endswith(titles) or head.lower_.endswith(shared):
            continue
        ents[n] = Span(doc, ent.start, ent.end, label="PER")
        changed += 1
    if changed:
        doc.ents = ents
    return changed


def attach_appositions(doc: Doc) -> int:
    """ "Stokkers Rijwielen, [een van de bekendste fietsenfabrikanten], failliet verklaard"
    with the words between the commas hung elsewhere: the noun phrase set off by commas
    right after a name is its apposition."""
    changed = 0
    for ent in doc.ents:
        if ent.label_ not in {*PERSON_LABELS, "ORG", "MISC", "LOC", "GPE"}:
            continue
        toks = apposition_after(doc, ent)
        if not toks:
            continue
        inside = {t.i for t in toks}
        head = next(t for t in toks if t.pos_ == "NOUN")
        root = ent.root
        if (
            head.head.i == root.i
            and head.dep_ == "appos"
            and all(t.head.i in inside for t in toks if t.i != head.i)
        ):
            continue
        # (The head first: a word of the phrase may have held it, "[een] van de …".)
        _reattach(head, root, "appos")
        for t in toks:
            if t.i != head.i and t.head.i not in inside:
                _reattach(t, head, "nmod" if t.pos_ in {"NOUN", "PROPN"} else t.dep_)
        for comma in (doc[toks[0].i - 1], doc[toks[-1].i + 1]):
            if comma.text == ",":
                _reattach(comma, head, "punct")
        changed += 1
    return changed


def appositions_of_nouns_before(doc: Doc) -> int:
    """ "… voor het Vlietcollege, [de grootste school voor voortgezet onderwijs]" with the
    apposition hung on a word further back (the date): an apposition right after a noun and
    its comma describes that noun."""
    changed = 0
    for t in doc:
        left = t.left_edge.i
        if t.dep_ != "appos" or left < 2 or doc[left - 1].text != ",":
            continue
        noun = doc[left - 2]
        while noun.dep_ in {"flat", "fixed"} and noun.head.i < noun.i:
            noun = noun.head
        if (
            noun.pos_ in {"NOUN", "PROPN"}
            and t.head.i < noun.i
            and noun.right_edge.i == left - 2
            and _reattach(t, noun, "appos")
        ):
            # (Its comma with it.)
            _reattach(doc[left - 1], t, "punct")
            changed += 1
    return changed


def attach_to_names(doc: Doc) -> int:
    """ "de Dienst Uitvoering Onderwijs (DUO), die de aanvragen beoordeelt": the abbreviation
    in brackets right after a name is that name's, with the name's label; so is a relative
    clause that a comma sets off right after the name (or its abbreviation), whatever
    word the parser hung them on."""
    changed = 0
    ents = list(doc.ents)
    by_start = {e.start: n for n, e in enumerate(ents)}
    for ent in list(ents):
        if ent.label_ not in NAME_LABELS:
            continue
        end = ent.end
        if (
            end + 2 < len(doc)
            and doc[end].text == "("
            and doc[end + 2].text == ")"
            and _abbreviates(doc[end + 1], ent)
        ):
            abbr = doc[end + 1]
            if _reattach(abbr, ent.root, "appos"):
                _reattach(doc[end], abbr, "punct")
                _reattach(doc[end + 2], abbr, "punct")
                changed += 1
            n = by_start.get(abbr.i)
            if n is not None and ents[n].end == abbr.i + 1 and ents[n].label_ != ent.label_:
                ents[n] = Span(doc, abbr.i, abbr.i + 1, label=ent.label)
            end += 3
        if end + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in RELATIVES:
            continue
        clause = doc[end + 1].head
        if clause.dep_ != "acl:relcl":
            continue
        if not ent.start <= clause.head.i < end:
            changed += _reattach(clause, ent.root, "acl:relcl")
        if clause.head.i == ent.root.i:
            _reattach(doc[end], clause, "punct")
    doc.ents = ents
    return changed


def _abbreviates(abbr: Token, ent: Span) -> bool:
    """ "Dienst Uitvoering Onderwijs (DUO)": capitals that start as the name does, after the
    name of no person; not "Mark Rutte (VVD)", a party, nor "Ajax (NED)", a country."""
    return (
        ent.label_ not in PERSON_LABELS
        and abbr.is_alpha
        and abbr.text.isupper()
        and len(abbr.text) > 1
        and abbr.text[0] == next((t.text[0] for t in ent if t.text[:1].isupper()), "")
    )


@Language.factory(FACTORY)
def make_repair(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The repairs as a pipeline component, after the NER and the entity rules."""

    def component(doc: Doc) -> Doc:
        repair(doc)
        return doc

    return component
