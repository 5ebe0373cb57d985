"""The lazy-exceptions tokenizer splits every text as spaCy's default tokenizer does, but for
a full stop after a name that ends in a capital."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from quizgen import tokenizer

EVAL_TEXTS = sorted((Path(__file__).parent.parent / "eval" / "texts").glob("*.txt"))
TRICKY = (
    "Hij kwam o.a. (bijv. gisteren) en zei: 'Dat is m.i. prima :-)'.\n\n"
    "Zie www.example.nl/pad?x=1 of mail info@example.nl; z.s.m. a.u.b.!\t"
    '\'s Avonds om 20.00 u. sprak prof. dr. De Vries (CDA) in Den Haag... XD 8D "t.a.v."'
    " Mr. Smith's car, the U.S. Army's can't-won't list; e.g. U.K. ain't it? :) (i.e. Dr.)"
)


def tokens(nlp: Language, text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.whitespace_, t.norm_) for t in nlp.make_doc(text)]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_same_tokens_as_the_default_tokenizer(lang: str) -> None:
    default = spacy.blank(lang)
    lazy = spacy.blank(lang, config={"nlp": {"tokenizer": {"@tokenizers": tokenizer.NAME}}})
    assert isinstance(lazy.tokenizer, tokenizer.LazyExceptionsTokenizer)
    assert len(lazy.tokenizer.rules) < len(default.tokenizer.rules)
    texts = [TRICKY, TRICKY.upper(), ""] + [p.read_text(encoding="utf-8") for p in EVAL_TEXTS]
    for text in texts:
        assert tokens(lazy, text) == tokens(default, text)
    # The exceptions a text needed are kept; nothing else was added.
    assert set(lazy.tokenizer.rules) <= set(default.tokenizer.rules)
    assert "o.a." in lazy.tokenizer.rules or lang == "en"


def test_survives_pickling() -> None:
    nlp = spacy.blank("nl", config={"nlp": {"tokenizer": {"@tokenizers": tokenizer.NAME}}})
    copy = pickle.loads(pickle.dumps(nlp.tokenizer))
    assert [t.text for t in copy(TRICKY)] == [t.text for t in nlp.tokenizer(TRICKY)]


def test_a_full_stop_after_a_name_ending_in_a_capital_ends_the_sentence() -> None:
    """ "het bedrijf SpaceX. Tijdens zijn missie …": the default rules keep "SpaceX." as one
    token, as for an initial, and the sentence ran on into the next one."""
    lazy = spacy.blank("nl", config={"nlp": {"tokenizer": {"@tokenizers": tokenizer.NAME}}})
    words = [t.text for t in lazy.make_doc("het bedrijf SpaceX. Tijdens J. de Vries, Kon. Willem")]
    assert words[2:4] == ["SpaceX", "."]
    assert "J." in words and "Kon." in words


def test_a_name_with_an_elided_article_is_one_token() -> None:
    """ "de rechtbank in 's-Hertogenbosch.": the default rules split the apostrophe off as a
    prefix, and the parser and NER got "'" and "s-Hertogenbosch"; "'s Avonds" stays two."""
    lazy = spacy.blank("nl", config={"nlp": {"tokenizer": {"@tokenizers": tokenizer.NAME}}})
    words = [
        t.text for t in lazy.make_doc("in 's-Hertogenbosch. Naar ’s-Gravenhage-Zuid, 's Avonds")
    ]
    assert words == [
        "in",
        "'s-Hertogenbosch",
        ".",
        "Naar",
        "’s-Gravenhage-Zuid",
        ",",
        "'s",
        "Avonds",
    ]


def test_a_word_that_is_also_an_abbreviation_ends_a_sentence() -> None:
    """ "Hij brak zijn hand.", "De zaal zat vol." with "hand." and "vol." read as
    abbreviations: the sentence ran on into the next one ("… voor de hand. De enquête …"),
    and its clause was not read. Real abbreviations keep their stop."""
    lazy = spacy.blank("nl", config={"nlp": {"tokenizer": {"@tokenizers": tokenizer.NAME}}})
    words = [
        t.text
        for t in lazy.make_doc("Dat lag voor de hand. De zaal zat vol. Zie bijv. prof. Smit.")
    ]
    assert words[4:6] == ["hand", "."] and words[9:11] == ["vol", "."]
    assert "bijv." in words and "prof." in words
