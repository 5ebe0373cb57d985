"""Shared fixtures: a hand-made quiz covering every question kind, and ../shared."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from quizgen.records import BLANK, FALSE, TRUE, Entity, MatchPair, Question, Quiz

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(autouse=True, scope="session")
def private_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The tests' own cache folder (the worksheet fonts, see quizgen.export.fonts), not the
    user's; subprocesses inherit it."""
    folder = tmp_path_factory.mktemp("cache")
    before = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(folder)
    yield folder
    if before is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = before


@pytest.fixture
def shared_dir() -> Path:
    if not (SHARED / "README.md").is_file():
        pytest.skip("../shared is absent (a user's fresh clone): needs the project's shared data")
    return SHARED


def make_quiz(lang: str = "nl") -> Quiz:
    """A quiz with every kind, and text that is hostile to every output format."""
    hostile = "<script>alert(1)</script> *ster* {a} = ~b #c :d [x](http://127.0.0.1:9/) & 'q'"
    questions = (
        Question(
            id="q1",
            kind="short_answer",
            prompt="Wie heeft Donald Trump per brief uitgenodigd voor een topontmoeting?",
            answer="Kim Jong-un",
            accepted_answers=("Kim Jong-un", "Kim"),
            source_sentence="De Noord-Koreaanse leider Kim Jong-un heeft de Amerikaanse "
            "president Donald Trump per brief uitgenodigd voor een topontmoeting.",
        ),
        Question(
            id="q2",
            kind="cloze",
            prompt=f"Volgens Chung wil Trump {BLANK} praten met Kim.",
            answer="in mei",
            accepted_answers=("in mei", "mei"),
            source_sentence="Volgens Chung wil Trump in mei praten met Kim.",
        ),
        Question(
            id="q3",
            kind="multiple_choice",
            prompt="Wie was het hoofd van de Zuid-Koreaanse delegatie?",
            answer="Chung Eui-yong",
            accepted_answers=("Chung Eui-yong",),
            options=("Kim Jong-un", "Chung Eui-yong", "Donald Trump", "Moon Jae-in"),
            source_sentence="Chung Eui-yong, hoofd van de delegatie, prees Trump.",
        ),
        Question(
            id="q4",
            kind="true_false",
            prompt="Trump stuurde oorlogsschepen richting Guam.",
            answer=FALSE,
            source_sentence="Trump stuurde oorlogsschepen richting Noord-Korea.",
        ),
        Question(
            id="q5",
            kind="matching",
            prompt="Verbind elke persoon met zijn functie.",
            answer="",
            pairs=(
                MatchPair("Kim Jong-un", "leider"),
                MatchPair("Donald Trump", "president"),
                MatchPair("Chung Eui-yong", "veiligheidsadviseur"),
            ),
            options=("president", "veiligheidsadviseur", "leider"),
        ),
        Question(
            id="q6",
            kind="short_answer",
            prompt=f"Wat stond er in de tekst {hostile}?",
            answer=hostile,
            accepted_answers=(hostile,),
            source_sentence=hostile,
        ),
        Question(
            id="q7",
            kind="true_false",
            prompt=f"De tekst bevat {hostile}.",
            answer=TRUE,
            source_sentence=hostile,
        ),
    )
    return Quiz(
        lang=lang,
        title="Topontmoeting Kim & Trump <b>",
        questions=questions,
        entities=(Entity("Kim Jong-un", "PER", 26, 37), Entity("in mei", "DATE", 100, 106)),
        date="2018-03",
        seed=1,
        source_name="voorbeeld.txt",
    )


@pytest.fixture
def sample_quiz() -> Quiz:
    return make_quiz()
