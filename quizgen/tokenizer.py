"""spaCy's default tokenizer for a language, with its exceptions added only when a text needs them.

Building spaCy's Dutch tokenizer adds some 4,700 special cases (abbreviations such as
"bijv." and "o.a.", emoticons) one by one, and that alone took a second of every cold
start. A special case can only apply where its exact string occurs in the text, so a
tokenizer that adds, before each text, just the special cases whose strings occur in it
splits every text exactly as the full one does. The candidates are found by looking up the
substrings of each whitespace-separated chunk (special cases never span whitespace, except
whitespace cases themselves, which are always added). Two rules are added to the default
ones: a full stop after a name that ends in a capital ("SpaceX.") is split off, and a
name that opens with an elided article ("'s-Hertogenbosch", "'s-Gravenhage", with either
apostrophe) is one token. The special cases of words that are rarely abbreviations in the
news (the lexicon's ``plain_words``: "hand.", "vol.") are left out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

NAME = "quizgen.LazyExceptionsTokenizer.v1"

Exceptions = Mapping[str, Iterable[Mapping[Any, str]]]


class LazyExceptionsTokenizer(Tokenizer):  # type: ignore[misc]  # spaCy's class is untyped
    """A spaCy Tokenizer that holds its exceptions back until a text contains them."""

    def __init__(self, vocab: Any, exceptions: Exceptions, **settings: Any) -> None:
        super().__init__(vocab, rules={}, **settings)
        self._settings = settings
        self._all = dict(exceptions)
        self._pending = {k: v for k, v in self._all.items() if not _has_space(k)}
        self._longest = max(map(len, self._pending), default=0)
        # Exceptions that are letters and digits only can only be found in chunks of them;
        # all others hold a character that the chunk must hold too.
        self._alnum_longest = max((len(k) for k in self._pending if k.isalnum()), default=0)
        self._names: set[str] = set()
        for string in sorted(set(self._all) - set(self._pending)):
            self.add_special_case(string, self._all[string])

    def __call__(self, text: str) -> Doc:
        if self._pending:
            for string in sorted(self._needed(text)):
                self.add_special_case(string, self._pending.pop(string))
        for name in sorted(set(ELIDED_NAME.findall(text)) - self._names):
            # (The default rules split the apostrophe off as a prefix.)
            self.add_special_case(name, [{ORTH: name}])
            self._names.add(name)
        doc: Doc = super().__call__(text)
        return doc

    def _needed(self, text: str) -> set[str]:
        """The pending exceptions whose strings occur in ``text``."""
        found: set[str] = set()
        pending = self._pending
        for chunk in set(text.split()):
            longest = self._alnum_longest if chunk.isalnum() else self._longest
            size = len(chunk)
            for start in range(size):
                for end in range(start + 1, min(size, start + longest) + 1):
                    if chunk[start:end] in pending:
                        found.add(chunk[start:end])
        return found

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.vocab, self._all, self._settings))


def _rebuild(vocab: Any, exceptions: Exceptions, settings: dict[str, Any]) -> Tokenizer:
    return LazyExceptionsTokenizer(vocab, exceptions, **settings)


def _has_space(string: str) -> bool:
    return string.split() != [string]


# "'s-Hertogenbosch", "'s-Gravenhage": a place name with the old genitive article (with
# either apostrophe).
ELIDED_NAME = re.compile(r"['’]s-[A-Z][\w-]*\w")

# "SpaceX.", "FedEx." at a sentence's end: the default rules keep a full stop after a
# capital as an initial's ("J."), and the sentence runs on into the next one.
NAME_END_STOP = r"(?<=[a-z][A-Z])\."


def plain_words(lang: str) -> list[str]:
    """The words the language's lexicon (``plain_words``) says are words, not the
    abbreviations spaCy's exceptions take them for when a full stop follows."""
    from quizgen.lang.base import data_file

    return list(data_file(lang, "lexicon").get("plain_words", []))


def create_tokenizer() -> Callable[[Language], Tokenizer]:
    """The language's default tokenizer (as ``spacy.Tokenizer.v1``), exceptions held back;
    a full stop after a name that ends in a capital ("SpaceX.") is split off."""

    def make(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        suffixes = [*(defaults.suffixes or ()), NAME_END_STOP]
        # "Hij brak zijn [hand.]", "De zaal zat [vol.]": a word that is also an abbreviation
        # rarely is one in the news, and ends a sentence there.
        plain = {f"{w}." for w in plain_words(nlp.lang or "")}
        exceptions = {k: v for k, v in defaults.tokenizer_exceptions.items() if k not in plain}
        return LazyExceptionsTokenizer(
            nlp.vocab,
            exceptions,
            prefix_search=compile_prefix_regex(defaults.prefixes).search
            if defaults.prefixes
            else None,
            suffix_search=compile_suffix_regex(suffixes).search,
            infix_finditer=compile_infix_regex(defaults.infixes).finditer
            if defaults.infixes
            else None,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )

    return make


registry.tokenizers.register(NAME, func=create_tokenizer)
