"""The evaluation harness (eval/evaluate.py) and the evaluation corpus (eval/texts, eval/gold).

No model needed: quizzes are made by hand or by a fake build function.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

from quizgen.records import FALSE, TRUE, MatchPair, Question, Quiz

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / "eval"


def _load(name: str) -> ModuleType:
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, EVAL / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


ev = _load("evaluate")

TEXTS = sorted((EVAL / "texts").glob("*.txt"))
GOLDS = sorted((EVAL / "gold").glob("*.json"))


def q(
    id: str,
    prompt: str,
    answer: str,
    kind: str = "short_answer",
    sentence: str = "",
    pairs: tuple[MatchPair, ...] = (),
    accepted: tuple[str, ...] = (),
) -> Question:
    return Question(
        id=id,
        kind=kind,  # type: ignore[arg-type]
        prompt=prompt,
        answer=answer,
        accepted_answers=accepted,
        pairs=pairs,
        source_sentence=sentence,
    )


# --------------------------------------------------------------------------- normalisation


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Donald Trump", "donald trump"),
        ("In de herfst", "herfst"),
        ("op 1 augustus", "1 augustus"),
        ("ruim 9700 vacatures", "9700 vacatures"),
        ("150.000", "150000"),
        ("5,9", "59"),
        ("Dani Ramírez", "dani ramirez"),
        ("FNV-bestuurder", "fnv bestuurder"),
        ('"Veldhuis & De Wit"', "veldhuis de wit"),
        ("  De Vries. ", "vries"),
        ("in", "in"),  # only function words: kept
        ("the summit", "summit"),
        ("", ""),
    ],
)
def test_normalize_answer(raw: str, expected: str) -> None:
    assert ev.normalize_answer(raw) == expected


def test_normalize_text_keeps_function_words() -> None:
    assert ev.normalize_text("De top, in Bogotá!") == "de top in bogota"


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Trump", "Donald Trump", True),
        ("Donald Trump", "Trump", True),
        ("donald trump.", "Donald Trump", True),
        ("mei", "in mei", True),
        ("in de herfst", "herfst", True),
        ("De Jong", "Erik de Jong", True),
        ("9700", "ruim 9700", True),
        ("150.000", "150000", True),
        ("Sanne de Vries", "minister van Onderwijs Sanne de Vries", True),
        # a one-word answer inside a long answer is not a match
        ("Vries", "Sanne de Vries", False),
        ("Leiden", "Onderzoekers van de Universiteit Leiden", False),
        ("euro", "450 miljoen euro", False),
        # no partial words, different facts
        ("Jan", "Janssen", False),
        ("2015", "2016", False),
        ("Peeters", "Jan Peters", False),
        # empty and function-word-only answers match nothing
        ("", "Trump", False),
        ("in", "in mei", False),
        ("de", "de", False),
    ],
)
def test_answers_match(a: str, b: str, expected: bool) -> None:
    assert ev.answers_match(a, b) is expected
    assert ev.answers_match(b, a) is expected


def test_any_match_uses_accepted_answers() -> None:
    assert ev.any_match(["Dienst Uitvoering Onderwijs", "DUO"], ["DUO"])
    assert not ev.any_match(["Dienst Uitvoering Onderwijs"], ["DUO", ""])


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("Sanne de Vries", True),
        ("president Sanne de Vries", False),
        ("in maart", True),
        ("150.000", True),
        ("Vrie", False),  # word boundaries
        ("", False),
    ],
)
def test_is_grounded(answer: str, expected: bool) -> None:
    text = "Minister Sanne de Vries sprak in maart met 150.000 mensen."
    assert ev.is_grounded(answer, text) is expected


# --------------------------------------------------------------------------- questions


def test_candidate_and_grounding_units() -> None:
    tf = q("t", "Trump is president.", TRUE, kind="true_false")
    ma = q("m", "Verbind.", "", kind="matching", pairs=(MatchPair("Kim", "leider"),))
    sa = q("s", "Wie?", "Kim Jong-un", accepted=("Kim",))
    assert ev.candidate_answers(tf) == [] and ev.grounding_units(tf) == []
    assert ev.candidate_answers(ma) == ["Kim", "leider"]
    assert ev.grounding_units(ma) == ["leider"]
    assert ev.candidate_answers(sa) == ["Kim Jong-un", "Kim"]
    assert ev.grounding_units(sa) == ["Kim Jong-un"]


def test_duplicate_of() -> None:
    s1 = "Kim heeft Trump uitgenodigd."
    s2 = "Trump wil in mei met Kim praten."
    questions = [
        q("a", "Wie heeft Trump uitgenodigd?", "Kim", sentence=s1),
        q("b", "wie heeft trump uitgenodigd ?", "Kim Jong-un", sentence=s2),  # same prompt
        q("c", "Wie nodigde Trump uit?", "Kim", sentence=s1),  # same answer+sentence+kind
        q("d", "_____ heeft Trump uitgenodigd.", "Kim", kind="cloze", sentence=s1),  # other kind
        q("e", "Wie wil met Trump praten?", "Kim", sentence=s2),  # other sentence
        q("f", "Kim heeft Trump uitgenodigd.", TRUE, kind="true_false", sentence=s1),
        q("g", "Kim heeft Moon uitgenodigd.", TRUE, kind="true_false", sentence=s1),  # T/F: no
        q("h", "Wie?", "Trump", sentence=""),
        q("i", "Wie dan?", "Trump", sentence=""),  # no sentence: rule 2 does not apply
        q("j", "Kim heeft Trump uitgenodigd.", FALSE, kind="true_false", sentence=s2),  # = f
    ]
    assert ev.duplicate_of(questions) == [None, 0, 0, None, None, None, None, None, None, 5]


def test_duplicate_of_sample_quiz_has_none(sample_quiz: Quiz) -> None:
    assert ev.duplicate_of(sample_quiz.questions) == [None] * len(sample_quiz.questions)


# --------------------------------------------------------------------------- scoring

TEXT = """date 2024-03-12
Kabinet trekt geld uit

Minister van Onderwijs Sanne de Vries heeft dinsdag 450 miljoen euro uitgetrokken.
De regeling gaat op 1 augustus in.
"""

GOLD = [
    ev.GoldItem("Wie is de minister van Onderwijs?", "Sanne de Vries", ("De Vries",), "role"),
    ev.GoldItem("Hoeveel geld?", "450 miljoen euro", (), "quantity"),
    ev.GoldItem("Wanneer gaat de regeling in?", "1 augustus", ("op 1 augustus",), "time"),
    ev.GoldItem("Wanneer?", "dinsdag", (), "time"),
]


PAIRS = (MatchPair("Sanne de Vries", "premier"),)


def _quiz() -> Quiz:
    s1 = "Minister van Onderwijs Sanne de Vries heeft dinsdag 450 miljoen euro uitgetrokken."
    return Quiz(
        lang="nl",
        title="t",
        questions=(
            q("1", "Wie trok geld uit?", "De Vries", sentence=s1),
            q("2", "Wat trok De Vries uit?", "450 miljoen", sentence=s1),  # 2 of 3 words: ok
            q("3", "Wie trok het geld uit?", "De Vries", sentence=s1),  # duplicate of 1
            q("4", "Wanneer?", "woensdag", sentence=s1),  # not grounded, no gold hit
            q("5", "De Vries is minister.", TRUE, kind="true_false", sentence=s1),
            q("6", "Verbind.", "", kind="matching", pairs=PAIRS),
        ),
    )


def test_score_quiz() -> None:
    r = ev.score_quiz("t", TEXT, GOLD, _quiz())
    assert (r.found, r.n_gold) == (2, 4)
    assert r.missed == ["Wanneer gaat de regeling in? → 1 augustus", "Wanneer? → dinsdag"]
    assert r.gold_kinds_found == {"role": [1, 1], "quantity": [1, 1], "time": [0, 2]}
    # units: 4 answers + the matching right side; T/F excluded; "woensdag", "premier" ungrounded
    assert (r.grounded, r.ground_units) == (3, 5)
    assert r.ungrounded == ["[short_answer] woensdag", "[matching] premier"]
    assert (r.duplicates, r.n_questions) == (1, 6)
    assert r.duplicate_pairs == [("1", "3")]
    assert r.kinds == {"short_answer": 4, "true_false": 1, "matching": 1}
    assert r.recall == 0.5 and r.grounding == pytest.approx(3 / 5)


def test_date_line_is_not_grounding() -> None:
    quiz = Quiz(lang="nl", title="t", questions=(q("1", "Wanneer?", "2024"),))
    assert ev.score_quiz("t", TEXT, GOLD, quiz).grounded == 0


def _corpus(tmp_path: Path) -> tuple[Path, Path]:
    texts, gold = tmp_path / "texts", tmp_path / "gold"
    texts.mkdir()
    gold.mkdir()
    rows = [
        {"question": g.question, "answer": g.answer, "accepted_answers": list(g.all_answers)}
        | {"kind": g.kind}
        for g in GOLD
    ]
    for stem in ("a", "b"):
        (texts / f"{stem}.txt").write_text(TEXT, encoding="utf-8")
        (gold / f"{stem}.json").write_text(json.dumps(rows), encoding="utf-8")
    (texts / "no-gold.txt").write_text(TEXT, encoding="utf-8")
    return texts, gold


def _fake_build(text: str, source_name: str) -> Quiz:
    if source_name == "b.txt":
        raise RuntimeError("parser crashed")
    assert text.startswith("date ")
    return _quiz()


def test_evaluate_corpus_with_fake_build(tmp_path: Path) -> None:
    texts, gold = _corpus(tmp_path)
    reports = ev.evaluate_corpus(texts, gold, _fake_build)
    assert [r.name for r in reports] == ["a", "b"]
    assert reports[0].error is None and reports[0].found == 2
    assert reports[1].error == "RuntimeError: parser crashed"
    assert reports[1].found == 0 and len(reports[1].missed) == 4
    s = ev.summarize(reports)
    assert (s.found, s.n_gold, s.n_questions, s.errors) == (2, 8, 6, 1)
    assert list(s.kinds) == ["short_answer", "cloze", "multiple_choice", "true_false", "matching"]
    assert s.recall == 0.25
    assert "OVERALL: fact recall 25.0% (2/8)" in ev.summary_line(s)


def test_main_prints_table_and_writes_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    texts, gold = _corpus(tmp_path)
    out = tmp_path / "out.json"
    argv = ["--texts", str(texts), "--gold", str(gold), "--json", str(out), "-v"]
    assert ev.main(argv, build=_fake_build) == 0
    printed = capsys.readouterr().out
    assert "ERROR b: RuntimeError: parser crashed" in printed
    assert printed.rstrip().splitlines()[-1].startswith("OVERALL: fact recall")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["overall"]["found"] == 2 and len(data["texts"]) == 2


# --------------------------------------------------------------------------- gold files


@pytest.mark.parametrize(
    "bad",
    [
        [],
        {"question": "x?"},
        [{"question": "Wie?", "answer": "", "accepted_answers": [], "kind": "agent"}],
        [{"question": "Wie", "answer": "a", "accepted_answers": [], "kind": "agent"}],
        [{"question": "Wie?", "answer": "a", "accepted_answers": [], "kind": "who"}],
        [{"question": "Wie?", "answer": "a", "accepted_answers": "a", "kind": "agent"}],
        [{"question": "Wie?", "answer": "a", "kind": "agent"}],
    ],
)
def test_parse_gold_rejects(bad: object) -> None:
    with pytest.raises(ValueError):
        ev.parse_gold(bad)


def test_corpus_has_at_least_14_texts_each_with_gold() -> None:
    assert len(TEXTS) >= 14
    assert [p.stem for p in TEXTS] == [p.stem for p in GOLDS]


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_text_format(path: Path) -> None:
    raw = path.read_text(encoding="utf-8")
    assert re.fullmatch(r"\d{2}-[a-z]+-[a-z0-9-]+", path.stem)
    assert ev.DATE_LINE.match(raw), "first line must be 'date YYYY-MM[-DD]'"
    title, blank, *body = ev.article_body(raw).split("\n")
    assert title.strip() and not blank.strip() and body
    words = len(" ".join(body).split())
    assert 150 <= words <= 600


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.stem)
def test_gold_file_is_valid_and_answers_occur_verbatim(path: Path) -> None:
    items = ev.load_gold(path)
    assert 6 <= len(items) <= 12
    raw = (EVAL / "texts" / f"{path.stem}.txt").read_text(encoding="utf-8")
    assert ev.gold_problems(items, raw) == []
    for item in items:
        assert item.answer in item.accepted_answers
        assert ev.is_grounded(item.answer, ev.article_body(raw))
    assert len({ev.normalize_text(i.question) for i in items}) == len(items), "repeated question"


def test_article_body() -> None:
    assert ev.article_body("date 2024-03\nTitel\n\nTekst.") == "Titel\n\nTekst."
    assert ev.article_body("date 2024-03-12 \nTitel") == "Titel"
    assert ev.article_body("Titel\n\nTekst.") == "Titel\n\nTekst."


# --------------------------------------------------------------------------- review sample


def _numbered_quiz(name: str, n: int) -> tuple[str, Quiz]:
    qs = tuple(q(f"{name}{i}", f"Vraag {i} | {name}?", f"antw{i}") for i in range(n))
    return name, Quiz(lang="nl", title=name, questions=qs)


def test_review_sample_is_spread_and_deterministic() -> None:
    rv = _load("review")
    quizzes = [_numbered_quiz("a", 30), _numbered_quiz("b", 3), _numbered_quiz("c", 30)]
    rows = rv.sample_questions(quizzes, n=50, seed=0)
    assert len(rows) == 50
    assert [r.text for r in rows[:6]] == ["a", "b", "c"] * 2
    assert sum(r.text == "b" for r in rows) == 3
    assert len({r.question.id for r in rows}) == 50
    again = rv.sample_questions(quizzes, n=50, seed=0)
    assert [r.question.id for r in again] == [r.question.id for r in rows]
    other = rv.sample_questions(quizzes, n=50, seed=1)
    assert [r.question.id for r in other] != [r.question.id for r in rows]
    assert len(rv.sample_questions(quizzes[1:2], n=50)) == 3


def test_review_render(tmp_path: Path, sample_quiz: Quiz) -> None:
    rv = _load("review")
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "01-x.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "review.md"
    assert rv.main(["--texts", str(texts), "--out", str(out)], build=lambda t, s: sample_quiz) == 0
    md = out.read_text(encoding="utf-8")
    table = [line for line in md.splitlines() if line.startswith("| ")]
    assert table[0] == "| # | text | kind | question | answer | verdict | reason |"
    rows = table[1:]
    assert len(rows) == len(sample_quiz.questions)
    for row in rows:
        cells = re.split(r"(?<!\\)\|", row)[1:-1]  # unescaped pipes only
        assert len(cells) == 7, row
        assert cells[5].strip() == "" and cells[6].strip() == ""
    assert "Kim Jong-un → leider" in md
    assert "opties: Kim Jong-un / Chung Eui-yong" in md


def test_a_hanging_build_is_reported_not_waited_for(tmp_path: Path) -> None:
    texts, gold = _corpus(tmp_path)

    def hang(text: str, source_name: str) -> Quiz:
        if source_name == "a.txt":
            while True:
                pass
        return _quiz()

    reports = ev.evaluate_corpus(texts, gold, hang, timeout=0.2)
    assert reports[0].error is not None and reports[0].error.startswith("BuildTimeout")
    assert reports[1].error is None and reports[1].found == 2
