"""Doc → facts, from the dependency parse and the entities.

Two kinds of fact:
- events: a main clause (verb-second in Dutch) cut into its constituents (whole subtrees of
  the verb's dependents), each with a role from its relation, case marker and entity type;
- titles: a person with a function, from an apposition ("Chung Eui-yong, hoofd van de
  delegatie") or a title before the name ("de Noord-Koreaanse leider Kim Jong-un").

A clause whose parse does not cut cleanly into contiguous constituents is skipped and
counted, not guessed at. No string surgery on the raw text: only spans of the parse.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from typing import Any

from spacy.tokens import Doc, Span, Token

from quizgen.entities import EntityIndex, Referent, label_of
from quizgen.lang.base import word_lists
from quizgen.records import Fact, Part, Role

# Dependents that belong to the verbal cluster, not to a constituent.
VERBAL_DEPS = {"aux", "aux:pass", "cop", "compound:prt"}
# Dependents left out of a question: they are clauses of their own, or punctuation.
DROP_DEPS = {
    "punct", "advcl", "parataxis", "conj", "cc", "discourse", "vocative", "dep", "mark",
    "reparandum", "list", "orphan", "ccomp", "csubj",
}  # fmt: skip
SUBJECT_DEPS = {"nsubj", "nsubj:pass", "nsubj:outer"}
CLAUSE_DEPS = {"ROOT", "conj", "parataxis"}
VALUE_ANSWER_LABELS = {"MONEY", "PERCENT", "QUANTITY", "CARDINAL"}


@dataclass(frozen=True)
class Lexicon:
    """Per-language word lists the extractor needs, from ``quizgen/data/<lang>/lexicon.json``."""

    speech_verbs: frozenset[str]
    source_markers: frozenset[str]
    time_prepositions: frozenset[str]
    place_prepositions: dict[str, str]
    cause_prepositions: frozenset[str]
    drop_adverbs: frozenset[str]
    person_pronouns: frozenset[str]
    raw: dict[str, Any] = field(default_factory=dict)


@cache
def lexicon(lang: str) -> Lexicon:
    path = resources.files("quizgen") / "data" / lang / "lexicon.json"
    data = json.loads(path.read_text("utf-8"))
    return Lexicon(
        speech_verbs=frozenset(data["speech_verbs"]),
        source_markers=frozenset(data["source_markers"]),
        time_prepositions=frozenset(data["time_prepositions"]),
        place_prepositions=dict(data["place_prepositions"]),
        cause_prepositions=frozenset(data["cause_prepositions"]),
        drop_adverbs=frozenset(data["drop_adverbs"]),
        person_pronouns=frozenset(data["person_pronouns"]),
        raw=data,
    )


@dataclass
class Extraction:
    """What one document gave: facts, the entity index, and counts of skipped clauses by reason."""

    facts: list[Fact]
    entities: EntityIndex
    skipped: Counter[str]


def is_finite(t: Token) -> bool:
    return "Fin" in t.morph.get("VerbForm") or (
        t.pos_ in {"VERB", "AUX"} and bool(t.morph.get("Tense")) and not t.morph.get("VerbForm")
    )


def contiguous(tokens: list[Token]) -> bool:
    idx = sorted(t.i for t in tokens)
    return idx == list(range(idx[0], idx[-1] + 1))


def span_text(doc: Doc, start: int, end: int) -> str:
    return doc[start:end].text


def strip_quotes(text: str) -> str:
    return text.strip().strip("'\"‘’“”„").strip()


class FactExtractor:
    def __init__(self, doc: Doc, lang: str) -> None:
        self.doc = doc
        self.lang = lang
        self.lex = lexicon(lang)
        self.ents = EntityIndex(doc)
        self.skipped: Counter[str] = Counter()

    # -- constituents -------------------------------------------------------------------

    def resolve_pronoun(self, tok: Token) -> Referent | None:
        if tok.lower_ in self.lex.person_pronouns and tok.pos_ == "PRON":
            return self.ents.last_person_before(tok)
        return None

    def person_name(self, tokens: list[Token]) -> tuple[Span, Referent] | None:
        """The name when a constituent is a person NP: "de Amerikaanse president Donald Trump".

        Only determiners, adjectives and one title noun may stand before the name, and
        nothing after it: then the name alone means the same person.
        """
        mentions = self.ents.mentions_in(tokens)
        names = [m for m in mentions if label_of(m) in {"PER", "MISC", "ORG", "LOC"}]
        if len(names) != 1:
            return None
        m = names[0]
        ref = self.ents.referent(m)
        if ref is None or m.end != tokens[-1].i + 1:
            return None
        before = [t for t in tokens if t.i < m.start]
        if any(t.pos_ not in {"DET", "ADJ", "NOUN", "PROPN", "NUM"} for t in before):
            return None
        if sum(t.pos_ == "NOUN" for t in before) > 1:
            return None
        return m, ref

    def constituent(self, dep: Token, tokens: list[Token]) -> tuple[str, str, str, str] | None:
        """(role, label, case preposition, answer text) of a dependent's subtree."""
        d = dep.dep_
        case = next((c for c in dep.children if c.dep_ in {"case", "fixed"} and c.i < dep.i), None)
        prep = case.lower_ if case is not None else ""
        mentions = self.ents.mentions_in(tokens)
        values = [m for m in mentions if label_of(m) in {"DATE", "TIME"}]
        if d in SUBJECT_DEPS:
            return "subject", "", "", ""
        if d == "obj":
            return "object", "", "", ""
        if d == "iobj":
            return "recipient", "", "", ""
        if d == "expl" or d.startswith("expl"):
            return "other", "", "", ""
        if d.startswith("obl") or d == "advmod" or d == "nmod":
            if d == "obl:agent" or (prep == "door" and self._passive_head(dep.head)):
                return "agent", "", prep, ""
            if prep in self.lex.source_markers:
                return "source", "", prep, ""
            if values and values[0].start <= tokens[0].i + 1 and values[0].end >= tokens[-1].i + 1:
                return "time", label_of(values[0]), prep, ""
            locs = [m for m in mentions if (r := self.ents.referent(m)) and r.label == "LOC"]
            if prep in self.lex.place_prepositions and locs and locs[0].end == tokens[-1].i + 1:
                return "place", "LOC", prep, ""
            if prep in self.lex.cause_prepositions and prep != "door":
                return "cause", "", prep, ""
            return "other", "", prep, ""
        return "other", "", prep, ""

    def _passive_head(self, head: Token) -> bool:
        return any(c.dep_ == "aux:pass" for c in head.children)

    # -- clauses ------------------------------------------------------------------------

    def clause(self, head: Token) -> Fact | None:
        children = list(head.children)
        verbal = [head] if head.pos_ in {"VERB", "AUX"} else []
        if not verbal:
            return None
        finite_tok = head if is_finite(head) else None
        for c in children:
            if c.dep_ in VERBAL_DEPS and c.dep_ != "compound:prt" and is_finite(c):
                finite_tok = c
        if finite_tok is None:
            self.skipped["no finite verb"] += 1
            return None
        if head.lower_ in self.lex.speech_verbs or head.lemma_ in self.lex.speech_verbs:
            # What was said stands elsewhere (a quote, a parataxis): "Wie zei …?" is incomplete.
            self.skipped["speech verb"] += 1
            return None
        if any(c.dep_ in {"ccomp", "csubj"} for c in children):
            # The verb's complement is a clause of its own: without it the question is incomplete.
            self.skipped["complement clause"] += 1
            return None
        if any(c.dep_ == "mark" and c.i < head.i for c in children):
            # A subordinate clause (verb-final): not a main clause to question.
            return None
        parts: list[tuple[int, Part, list[Token], Token]] = []
        source_parts: list[Part] = []
        for c in children:
            if c.dep_ in VERBAL_DEPS:
                if c.i != finite_tok.i:
                    parts.append((c.i, Part("verb", c.text, c.idx), [c], c))
                continue
            sub = list(c.subtree)
            if c.dep_ in DROP_DEPS:
                src = self.speech_source(c)
                if src is not None:
                    source_parts.append(src)
                continue
            if c.dep_ == "advmod" and c.lower_ in self.lex.drop_adverbs and len(sub) == 1:
                continue
            if not contiguous(sub):
                self.skipped["constituent not contiguous"] += 1
                return None
            if c.dep_ not in {"xcomp"} and self.holds_clause(sub, c):
                self.skipped["clause inside a constituent"] += 1
                return None
            info = self.constituent(c, sub)
            if info is None:
                return None
            role, label, prep, _ = info
            part = self.make_part(role, label, prep, sub)
            if part is None:
                self.skipped["unresolved pronoun"] += 1
                return None
            parts.append((sub[0].i, part, sub, c))
        if head.i != finite_tok.i:
            parts.append((head.i, Part("verb", head.text, head.idx), [head], head))
        parts.sort(key=lambda x: x[0])
        before = [p for p in parts if p[0] < finite_tok.i]
        if len(before) > 1:
            self.skipped["not verb-second"] += 1
            return None
        if before and before[0][1].role == "verb":
            self.skipped["not verb-second"] += 1
            return None
        ordered = [_with_first(p, pos < finite_tok.i) for pos, p, _, _ in parts]
        ordered = self.one_subject(ordered, children)
        ordered += source_parts
        roles = self.roles(ordered, head)
        if not roles:
            return None
        sent = head.sent
        tense = self.tense(finite_tok, head, children)
        passive = any(c.dep_ == "aux:pass" for c in children)
        return Fact(
            kind="event",
            predicate=head.lemma_.replace("_", ""),
            roles=tuple(roles),
            sentence=sent.text.strip(),
            sentence_start=sent.start_char,
            finite=finite_tok.text,
            tense=tense,
            passive=passive,
            parts=tuple(ordered),
        )

    def one_subject(self, parts: list[Part], children: list[Token]) -> list[Part]:
        """An active clause has one subject: when the parser found two (it labels the object
        of a perfect tense "nsubj:pass" at times), the later one is the object."""
        subjects = [i for i, p in enumerate(parts) if p.role == "subject"]
        if len(subjects) < 2 or any(c.dep_ == "aux:pass" for c in children):
            return parts
        return [replace(p, role="object") if i in subjects[1:] else p for i, p in enumerate(parts)]

    def holds_clause(self, tokens: list[Token], top: Token) -> bool:
        """A finite verb inside a constituent that is not a relative clause means the parse
        glued two clauses together: asking about it would make a garbled question."""
        for t in tokens:
            if t.i != top.i and is_finite(t) and t.pos_ in {"VERB", "AUX"}:
                path = t
                while path.i != top.i and path.dep_ not in {"acl:relcl", "acl"}:
                    if path.head.i == path.i:
                        break
                    path = path.head
                if path.i == top.i:
                    return True
        return False

    def speech_source(self, dep: Token) -> Part | None:
        """ "…, meldt het Witte Huis" / "…, aldus Chung": the source of the reported clause."""
        if dep.dep_ != "parataxis":
            return None
        sub = list(dep.subtree)
        if dep.lower_ in self.lex.speech_verbs or dep.lemma_ in self.lex.speech_verbs:
            subj = [c for c in dep.children if c.dep_ in SUBJECT_DEPS]
            if len(subj) == 1 and contiguous(list(subj[0].subtree)):
                return self.reported_source(list(subj[0].subtree))
        if sub and sub[0].lower_ == "aldus":
            rest = [t for t in sub[1:] if not t.is_punct]
            if rest and contiguous(rest):
                return self.reported_source(rest)
        return None

    def reported_source(self, tokens: list[Token]) -> Part | None:
        """The speaker of "…, meldt X" as the part "volgens X", which a question keeps."""
        part = self.make_part("source", "", "", tokens)
        if part is None:
            return None
        marker = self.lex.raw["source_phrase"]
        return Part(
            "source",
            f"{marker} {part.text}",
            part.start,
            part.label,
            proper=False,
            prep=marker,
            answer=part.answer,
            accepted=part.accepted,
        )

    def make_part(self, role: str, label: str, prep: str, tokens: list[Token]) -> Part | None:
        """A constituent as a Part, with its answer; None for a person pronoun not resolved."""
        doc = self.doc
        while tokens and tokens[-1].is_punct and tokens[-1].text not in {")", "'", "’", '"'}:
            tokens = tokens[:-1]
        if not tokens:
            return None
        text = span_text(doc, tokens[0].i, tokens[-1].i + 1)
        start = tokens[0].idx
        proper = tokens[0].pos_ == "PROPN" or self.ents.mention_at(tokens[0]) is not None
        pron = [t for t in tokens if t.pos_ == "PRON" and t.lower_ in self.lex.person_pronouns]
        if len(tokens) == 1 and pron:
            ref = self.resolve_pronoun(tokens[0])
            if ref is None:
                return None
            # The name replaces the pronoun in questions; there is nothing to blank out.
            return Part(
                role,
                ref.name,
                start,
                ref.label,
                proper=True,
                prep=prep,
                answer=ref.name,
                accepted=(ref.name, *ref.aliases),
            )
        if pron:
            return None
        body = [t for t in tokens if not (prep and t.i == tokens[0].i and t.lower_ == prep)]
        values = [m for m in self.ents.mentions_in(tokens) if label_of(m) in VALUE_ANSWER_LABELS]
        if values and role not in {"time"}:
            v = values[0]
            return Part(
                role,
                text,
                start,
                label_of(v),
                proper=proper,
                prep=prep,
                answer=v.text,
                accepted=(v.text,),
                surface=v.text,
                surface_start=v.start_char,
            )
        if role == "time":
            v = next(iter(self.ents.mentions_in(tokens)), None)
            surface = v.text if v is not None else text
            accepted = tuple(
                dict.fromkeys([text, surface, span_text(doc, body[0].i, body[-1].i + 1)])
            )
            return Part(
                role,
                text,
                start,
                label or "DATE",
                proper=proper,
                prep=prep,
                answer=text,
                accepted=accepted,
                surface=surface,
                surface_start=v.start_char if v is not None else start,
            )
        named = self.person_name(body) if body else None
        if named is not None:
            mention, ref = named
            shown = f"{prep} {mention.text}" if prep else mention.text
            answer = shown if role == "place" else ref.name
            accepted = tuple(dict.fromkeys([answer, ref.name, mention.text, *ref.aliases]))
            return Part(
                role,
                shown if role != "place" else text,
                start,
                ref.label,
                proper=True,
                prep=prep,
                answer=answer,
                accepted=accepted,
                surface=mention.text,
                surface_start=mention.start_char,
            )
        if any(label_of(m) in {"DATE", "TIME"} for m in self.ents.mentions_in(tokens)):
            label = label or "DATE"
        return Part(
            role,
            text,
            start,
            label,
            proper=proper,
            prep=prep,
            answer=text,
            accepted=(text,),
            surface=text,
            surface_start=start,
        )

    def tense(self, finite: Token, head: Token, children: list[Token]) -> str:
        past = "Past" in finite.morph.get("Tense")
        participle = head.i != finite.i and "Part" in head.morph.get("VerbForm")
        if participle and any(c.dep_ == "aux" and c.i == finite.i for c in children):
            return "pluperf" if past else "perf"
        return "past" if past else "pres"

    def roles(self, parts: list[Part], head: Token) -> list[tuple[str, Role]]:
        out: list[tuple[str, Role]] = []
        passive = any(c.dep_ == "aux:pass" for c in head.children)
        for p in parts:
            if p.role == "verb" or p.role == "other":
                continue
            name = p.role
            if p.role == "subject":
                name = "patient" if passive else "agent"
            elif p.role == "object":
                name = "patient"
            out.append((name, Role(p.text, p.answer, p.label, p.start, p.start + len(p.text))))
        return out

    # -- titles -------------------------------------------------------------------------

    def titles(self) -> list[Fact]:
        facts: list[Fact] = []
        for m in self.ents.mentions:
            ref = self.ents.referent(m)
            if ref is None or ref.label != "PER" or ref.name in place_names(self.lang):
                continue
            for role_tokens in self.title_spans(m):
                facts.append(self.title_fact(m, ref, role_tokens))
        return facts

    def title_fact(self, m: Span, ref: Referent, toks: list[Token]) -> Fact:
        """Person + function. The function keeps its article ("het hoofd van de delegatie"):
        the one it had, else the one its head noun's gender takes."""
        inside = set(toks)
        head = next(t for t in toks if t.head not in inside or t.head.i == t.i)
        body = [t for t in toks if not (t.pos_ == "DET" and t.i < head.i)]
        phrase = span_text(self.doc, body[0].i, body[-1].i + 1)
        det = next((t.lower_ for t in toks if t.pos_ == "DET" and t.i < head.i), "")
        if det not in {"de", "het"}:
            neuter = "Neut" in head.morph.get("Gender") and "Plur" not in head.morph.get("Number")
            det = self.lex.raw["articles"]["neuter" if neuter else "common"]
        sent = m.sent
        root = sent.root
        fin = next(
            (c for c in [root, *root.children] if is_finite(c)),
            root,
        )
        function = Role(
            f"{det} {phrase}", phrase, "ROLE", body[0].idx, body[-1].idx + len(body[-1])
        )
        noun = Role(head.text, head.text, "ROLE", head.idx, head.idx + len(head))
        person = Role(ref.name, ref.name, "PER", m.start_char, m.end_char)
        return Fact(
            kind="title",
            predicate=head.lemma_.replace("_", "") or head.lower_,
            roles=(("agent", person), ("attribute", function), ("function", noun)),
            sentence=sent.text.strip(),
            sentence_start=sent.start_char,
            tense=self.tense(fin, root, list(root.children)),
        )

    def title_spans(self, m: Span) -> list[list[Token]]:
        """Role phrases of a person mention: before the name, or as an apposition after it."""
        doc = self.doc
        found: list[list[Token]] = []
        # Title before the name: [det] [adj…] NOUN Name — the noun directly before the name,
        # linked to it by an arc, with only adjectives before it.
        i = m.start - 1
        linked = i >= 0 and (
            doc[i].head.i in range(m.start, m.end) or doc[i] in {t.head for t in m}
        )
        if linked and doc[i].pos_ == "NOUN":
            j = i
            while j - 1 >= m.sent.start and doc[j - 1].pos_ == "ADJ":
                j -= 1
            if j - 1 >= m.sent.start and doc[j - 1].pos_ == "DET":
                j -= 1
            if not any(
                self.ents.mention_at(doc[k]) for k in range(j, i + 1) if doc[k].pos_ != "ADJ"
            ):
                found.append([doc[k] for k in range(j, i + 1)])
        # Apposition: Name , NP , — an NP headed by a noun with no verb in it, set off by commas.
        k = m.end
        if k < len(doc) - 1 and doc[k].text == "," and doc[k + 1].pos_ in {"NOUN", "DET", "ADJ"}:
            end = k + 1
            while end < m.sent.end and doc[end].text not in {",", ".", ";", ":"}:
                end += 1
            toks = [doc[t] for t in range(k + 1, end)]
            if (
                end < m.sent.end
                and doc[end].text == ","
                and 1 <= len(toks) <= 8
                and any(t.pos_ == "NOUN" for t in toks)
                and not any(t.pos_ in {"VERB", "AUX", "PRON"} for t in toks)
                and not self.ents.mentions_in(toks[:1])
            ):
                found.append(toks)
        return found

    # -- document -----------------------------------------------------------------------

    def run(self) -> Extraction:
        facts: list[Fact] = []
        for sent in self.doc.sents:
            for tok in sent:
                if tok.dep_ in CLAUSE_DEPS and tok.pos_ in {"VERB", "AUX"}:
                    fact = self.clause(tok)
                    if fact is not None:
                        facts.append(fact)
        facts.extend(self.titles())
        return Extraction(facts, self.ents, self.skipped)


@cache
def place_names(lang: str) -> frozenset[str]:
    """Countries and cities: a person-tagged place must not get a "function"."""
    lists = word_lists(lang)
    return frozenset(lists["countries"]) | frozenset(lists.get("cities", []))


def _with_first(p: Part, first: bool) -> Part:
    return replace(p, first=first)


def extract(doc: Doc, lang: str) -> Extraction:
    """All facts of a parsed document, in text order."""
    return FactExtractor(doc, lang).run()
