"""End to end with the bundled Dutch pipeline: the reference article and the bundled example."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from quizgen.api import build_quiz, build_quizzes
from quizgen.errors import InputError
from quizgen.generate.text import contains_words, norm
from quizgen.nlp import bundled_path, load_pipeline
from quizgen.records import QuizRequest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.model

if bundled_path("nl") is None:
    pytest.skip("the bundled Dutch pipeline is not in this checkout", allow_module_level=True)


@pytest.fixture
def reference(shared_dir: Path) -> str:
    return (shared_dir / "examples" / "reference-nl.txt").read_text("utf-8")


def test_bundled_pipeline_is_standard_and_complete() -> None:
    nlp = load_pipeline("nl")
    for pipe in ("tok2vec", "morphologizer", "parser", "trainable_lemmatizer", "ner"):
        assert pipe in nlp.pipe_names
    doc = nlp("Volgens Chung wil Trump in mei praten met Kim.")
    assert any(e.text == "in mei" and e.label_ == "DATE" for e in doc.ents)


def test_bundled_tokenizer_is_the_default_one(reference: str) -> None:
    """load_pipeline skips the bundled tokenizer on disk and builds the Dutch default with its
    exceptions held back: it must split texts as the one on disk does."""
    import spacy
    from test_tokenizer import TRICKY

    path = bundled_path("nl")
    assert path is not None
    on_disk = spacy.load(path, exclude=["ner", "parser", "morphologizer", "trainable_lemmatizer"])
    assert on_disk.tokenizer.rules == spacy.blank("nl").tokenizer.rules
    ours = load_pipeline("nl")
    for text in (TRICKY, reference):
        assert [t.text for t in ours.make_doc(text)] == [t.text for t in on_disk.make_doc(text)]


def test_reference_entities_and_invite_parse(reference: str) -> None:
    """Issue #2: names, places, the organisation and the date of the reference article, and
    the parse of its first clause (subject Kim Jong-un, object Donald Trump)."""
    from quizgen.api import headline, parse
    from quizgen.inputs import normalize_text, split_metadata

    _, body = headline(split_metadata(normalize_text(reference)).text)
    doc = parse(load_pipeline("nl"), body)
    found = {(e.text, e.label_) for e in doc.ents}
    for name in ("Kim Jong-un", "Donald Trump", "Chung Eui-yong"):
        assert (name, "PER") in found, name
    for place in ("Noord-Korea", "Zuid-Korea", "Washington D.C.", "Guam", "VS"):
        assert (place, "LOC") in found, place
    assert ("Witte Huis", "ORG") in found
    assert ("in mei", "DATE") in found
    verb = next(t for t in doc if t.text == "uitgenodigd")
    roles = {c.dep_: {t.text for t in c.subtree} for c in verb.children}
    assert {"Kim", "Jong-un"} <= roles["nsubj"]
    assert {"Donald", "Trump"} <= roles["obj"]


def test_reference_key_facts(reference: str) -> None:
    """Issue #3/#4: who invited whom, who led the delegation, when they meet — and the
    invitation asked once, not in both directions (each would give the other's answer)."""
    quiz = build_quiz(reference, seed=0)
    asked = {(q.answer, q.prompt) for q in quiz.questions}
    assert ("Kim Jong-un", "Wie heeft Donald Trump per brief uitgenodigd voor een "
            "topontmoeting tussen beide staatshoofden?") in asked  # fmt: skip
    assert not any("uitgenodigd" in p and a == "Donald Trump" for a, p in asked)
    pairs = {(p.left, p.right) for q in quiz.questions for p in q.pairs}
    assert ("Chung Eui-yong", "Wie is het hoofd van de delegatie?") in asked or (
        "Chung Eui-yong",
        "hoofd van de delegatie",
    ) in pairs
    assert any(a == "in mei" and p.startswith("Wanneer wil Trump") for a, p in asked)
    assert quiz.date == "2018-03"


def test_answers_grounded_and_not_given_away(reference: str) -> None:
    quiz = build_quiz(reference, seed=0, max_questions=20)
    for q in quiz.questions:
        if q.kind in {"true_false", "matching"}:
            continue
        assert contains_words(reference, q.answer), q
        if q.kind != "cloze":
            assert not contains_words(q.prompt, q.answer), q
    prompts = [norm(q.prompt) for q in quiz.questions]
    assert len(prompts) == len(set(prompts))


def test_same_seed_same_quiz(reference: str) -> None:
    assert build_quiz(reference, seed=3) == build_quiz(reference, seed=3)


def test_a_questions_options_do_not_depend_on_the_others(reference: str) -> None:
    """A question's draws come from the seed and the question alone: a shorter quiz, or one
    of other kinds, gives a question it shares with the full quiz the same options."""
    full = build_quiz(reference, seed=3)
    shared = [
        (q.options, o.options)
        for other in (build_quiz(reference, seed=3, max_questions=5),
                      build_quiz(reference, seed=3, kinds=["multiple_choice", "cloze"]),
                      build_quiz(reference, seed=3, kinds=["multiple_choice", "short_answer"]))
        for q in full.questions
        for o in other.questions
        if q.kind == o.kind == "multiple_choice" and q.prompt == o.prompt
    ]  # fmt: skip
    assert shared and all(a == b for a, b in shared)


def test_build_folder_is_fresh(tmp_path: Path) -> None:
    """build/ holds the outputs for the bundled example; regenerate with ./setup-and-run.sh."""
    cmd = [sys.executable, "-m", "quizgen", "make", str(ROOT / "examples" / "voorbeeld-nl.txt"),
           "-o", str(tmp_path), "--format", "md,json", "--seed", "0"]  # fmt: skip
    subprocess.run(cmd, check=True, capture_output=True)
    for name in ("voorbeeld-nl.md", "voorbeeld-nl.key.md", "voorbeeld-nl.json"):
        assert (tmp_path / name).read_bytes() == (ROOT / "build" / name).read_bytes(), name
    assert json.loads((tmp_path / "voorbeeld-nl.json").read_text("utf-8"))["questions"]


def test_candidate_coverage_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """eval/coverage.py: the share of gold facts with a candidate question, for one text."""
    import importlib.util
    import shutil
    import sys

    root = Path(__file__).resolve().parents[1]
    stem = "01-politiek-kleinere-klassen"
    for sub, ext in (("texts", "txt"), ("gold", "json")):
        (tmp_path / sub).mkdir()
        shutil.copy(root / "eval" / sub / f"{stem}.{ext}", tmp_path / sub)
    sys.path.insert(0, str(root / "eval"))
    try:
        spec = importlib.util.spec_from_file_location("coverage_eval", root / "eval/coverage.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        argv = ["--texts", str(tmp_path / "texts"), "--gold", str(tmp_path / "gold")]
        assert module.main(argv) == 0
    finally:
        sys.path.remove(str(root / "eval"))
    out = capsys.readouterr().out
    found = re.search(r"(\d+) gold facts: ([\d.]+) have a candidate question, ([\d.]+) one", out)
    assert found is not None, out
    assert int(found.group(1)) >= 11 and 0.5 <= float(found.group(3)) <= float(found.group(2))


def test_quizzes_built_together_are_those_built_one_by_one(reference: str) -> None:
    """Articles parsed in one pass (as ``quizgen make`` does for many) get the very quizzes
    they get alone, in order, and an unusable article among them costs the others nothing."""
    texts = [
        (ROOT / "examples" / "voorbeeld-nl.txt").read_text("utf-8"),
        "",
        reference,
        *(p.read_text("utf-8") for p in sorted((ROOT / "eval" / "readthrough").glob("*.txt"))[:3]),
    ]
    together = build_quizzes(
        [QuizRequest(t, seed=5, source_name=f"{i}") for i, t in enumerate(texts)]
    )
    assert isinstance(together[1], InputError)
    for i, text in enumerate(texts):
        if i != 1:
            assert together[i] == build_quiz(text, seed=5, source_name=f"{i}")


def test_no_question_asks_what_the_event_matching_shows() -> None:
    """One sentence may tell of two dated events ("vertrok op 3 mei … en kwam op 5 mei
    aan"): each pair of the matching question takes its date and its event off the sheet."""
    text = (
        "Nachttrein rijdt weer naar Wenen\n\n"
        "De nachttrein vertrok op 3 mei uit Utrecht en kwam op 5 mei aan in Wenen. "
        "De vervoerder rijdt sinds 2016 drie keer per week naar Oostenrijk. "
        "Op 1 juni begint de verbinding naar Praag. "
        "Een kaartje kost gemiddeld 89 euro."
    )
    quiz = build_quiz(text, seed=0)
    (match,) = [q for q in quiz.questions if q.kind == "matching"]
    dates = {norm(p.right) for p in match.pairs}
    assert {"op 3 mei", "op 5 mei"} <= dates
    for q in quiz.questions:
        if q.kind != "matching":
            assert norm(q.answer) not in dates, q
            assert not any(contains_words(q.prompt, p.left.rstrip(".")) for p in match.pairs), q


def test_a_dateline_is_parsed_apart_from_its_sentence() -> None:
    """ "AMERSFOORT - De hockeysters …": parsed with its sentence, the place became the
    subject ("Wanneer hebben AMERSFOORT - De hockeysters … gewonnen?")."""
    text = (
        "Hockeysters winnen beker\n\n"
        "AMERSFOORT - De hockeysters van HC Rijnoever hebben zondag 17 mei voor het eerst "
        "in de clubgeschiedenis de nationale beker gewonnen. In de finale versloegen zij "
        "titelverdediger MHC De Kempenaar met 3-2. Het duel werd bijgewoond door 4.750 "
        "toeschouwers."
    )
    quiz = build_quiz(text, seed=0)
    assert not any("AMERSFOORT" in q.prompt for q in quiz.questions)
    # Nor is it a name of the article: "OOSTERHOUT" was an organisation among the options
    # of "Wie heeft aan de overkant een hoveniersbedrijf?".
    from quizgen.api import parse

    lab = "OOSTERHOUT – De politie heeft een drugslab ontmanteld in een loods in Oosterhout."
    found = {e.text for e in parse(load_pipeline("nl"), lab).ents}
    assert "Oosterhout" in found and "OOSTERHOUT" not in found
    assert any(
        q.prompt.startswith("Wanneer hebben de hockeysters van HC Rijnoever")
        and q.answer == "zondag 17 mei"
        for q in quiz.questions
    ), [q.prompt for q in quiz.questions]
