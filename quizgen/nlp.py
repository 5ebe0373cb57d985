"""Which spaCy pipeline quizgen uses, loaded once per process.

Order: a pipeline the user names (installed package or folder), else an installed official
pipeline for the language (largest first), else the pipeline bundled with quizgen.
Nothing is ever downloaded.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import sys
import types
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quizgen.errors import ModelError, UsageError

if TYPE_CHECKING:
    from spacy.language import Language

LANGUAGES = ("nl", "en")
OFFICIAL: dict[str, tuple[str, ...]] = {
    "nl": ("nl_core_news_lg", "nl_core_news_md", "nl_core_news_sm"),
    "en": ("en_core_web_lg", "en_core_web_md", "en_core_web_sm"),
}
BUNDLED: dict[str, str] = {"nl": "nl_quizgen"}


class _DeferredCli(types.ModuleType):
    """Stands in for ``spacy.cli`` until something asks for one of its names: then the real
    package is imported and answers."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            # The import system asks for "__path__" and the like: not a use of spacy.cli.
            raise AttributeError(name)
        return getattr(_real_cli(), name)


def _real_cli() -> types.ModuleType:
    for name in ("spacy.cli", "spacy.cli.info"):
        if isinstance(sys.modules.get(name), _DeferredCli):
            del sys.modules[name]
    return importlib.import_module("spacy.cli")


def _cli_info(*args: Any, **kwargs: Any) -> Any:
    return _real_cli().info(*args, **kwargs)


def defer_spacy_cli() -> None:
    """``import spacy`` imports its command-line tools (``spacy.cli``: weasel, typer, httpx,
    the project and training commands) for the one name ``spacy.info``; quizgen uses none of
    them, and they cost a cold start some 0.4 s. Before spaCy is first imported, its ``cli``
    package is put in place unexecuted (its modules can still be imported one by one), and
    is imported in full the moment any of its names is used."""
    if "spacy" in sys.modules or "spacy.cli" in sys.modules:
        return
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        return
    cli = _DeferredCli("spacy.cli")
    cli.__path__ = [str(Path(p) / "cli") for p in spec.submodule_search_locations]
    info = _DeferredCli("spacy.cli.info")
    info.info = _cli_info  # type: ignore[attr-defined]
    sys.modules["spacy.cli"] = cli
    sys.modules["spacy.cli.info"] = info


def index_entry_points() -> None:
    """spaCy's registries ask ``catalogue`` for the installed packages' entry points some
    two hundred times while a pipeline loads, and each time it filters every entry point of
    the environment by group (some 0.07 s of a cold start). Grouped once, the same entry
    points are found by a dictionary lookup, the other form ``catalogue`` accepts."""
    import catalogue

    found = catalogue.AVAILABLE_ENTRY_POINTS
    if hasattr(found, "select") and hasattr(found, "groups"):
        catalogue.AVAILABLE_ENTRY_POINTS = {g: list(found.select(group=g)) for g in found.groups}


def bundled_path(lang: str) -> Path | None:
    name = BUNDLED.get(lang)
    if name is None:
        return None
    path = Path(str(resources.files("quizgen") / "models" / name))
    return path if (path / "config.cfg").is_file() else None


def resolve_model(lang: str, model: str | None = None) -> str | Path:
    """The package name or folder of the pipeline to load, or a ModelError saying why none."""
    import spacy.util

    if lang not in LANGUAGES:
        raise UsageError(f"unsupported language {lang!r}; choose from: {', '.join(LANGUAGES)}")
    if model:
        path = Path(model).expanduser()
        if (path / "config.cfg").is_file():
            return path
        if spacy.util.is_package(model):
            return model
        raise ModelError(
            f"unknown model {model!r}: neither an installed spaCy pipeline nor a pipeline folder"
        )
    for name in OFFICIAL[lang]:
        if spacy.util.is_package(name):
            return name
    bundled = bundled_path(lang)
    if bundled is not None:
        return bundled
    raise ModelError(
        f"no spaCy pipeline for {lang!r} is installed: install one "
        f"(for example {OFFICIAL[lang][-1]}) or name one with --model"
    )


def load_pipeline(lang: str, model: str | None = None) -> Language:
    """Load (once per process, however it is called) the pipeline for ``lang``."""
    return _load_pipeline(lang, model)


@functools.cache
def _load_pipeline(lang: str, model: str | None) -> Language:
    """Load (once per process) the pipeline for ``lang`` with quizgen's entity rules and
    parse repairs added (see quizgen.rules and quizgen.repair)."""
    import spacy

    from quizgen import numerals, repair, rules, sentences, tokenizer

    index_entry_points()

    target = resolve_model(lang, model)
    # The bundled pipeline's tokenizer is spaCy's Dutch default: it is built, not read from
    # disk, and holds its exceptions back until a text needs them (see quizgen.tokenizer).
    lazy = {"nlp": {"tokenizer": {"@tokenizers": tokenizer.NAME}}}
    bundled = target == bundled_path(lang)
    try:
        nlp = spacy.load(
            target, exclude=["tokenizer"] if bundled else [], config=lazy if bundled else {}
        )
    except (OSError, ValueError, KeyError) as err:
        raise ModelError(f"cannot load spaCy pipeline {str(target)!r}: {err}") from err
    if nlp.lang != lang:
        raise UsageError(f"model {str(target)!r} is for language {nlp.lang!r}, not {lang!r}")
    if "parser" in nlp.pipe_names and not {"sentencizer", "senter"} & set(nlp.pipe_names):
        # Sentences end at . ! ? and nowhere else: the parser keeps to these boundaries, and
        # a small parser's own splits ("Volgens Chung wil | Trump in mei …") are its worst.
        nlp.add_pipe("sentencizer", first=True)
    if "sentencizer" in nlp.pipe_names and sentences.FACTORY not in nlp.pipe_names:
        nlp.add_pipe(sentences.FACTORY, after="sentencizer")
    if rules.FACTORY not in nlp.pipe_names:
        nlp.add_pipe(rules.FACTORY, after="ner" if "ner" in nlp.pipe_names else None)
    if repair.FACTORY not in nlp.pipe_names:
        nlp.add_pipe(repair.FACTORY, after=rules.FACTORY)
    numerals.read_number_words(nlp)
    return nlp
