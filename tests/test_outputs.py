"""All-or-nothing writing of one article's output files."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_fakes import unwritable_dir

from quizgen import outputs
from quizgen.errors import OutputError
from quizgen.export import Artifact
from quizgen.outputs import TEMP_PREFIX, write_artifacts

ARTIFACTS = [
    Artifact(".md", b"# Quiz\n"),
    Artifact(".key.md", b"# Key\n"),
    Artifact(".pdf", b"%PDF"),
]


def temp_files(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.startswith(TEMP_PREFIX)]


def test_writes_every_artifact(tmp_path: Path) -> None:
    out = tmp_path / "a" / "b"
    paths = write_artifacts(out, "quiz", ARTIFACTS)
    assert paths == [out / "quiz.md", out / "quiz.key.md", out / "quiz.pdf"]
    assert [p.read_bytes() for p in paths] == [a.data for a in ARTIFACTS]
    assert temp_files(out) == []
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(paths[0].stat().st_mode) == 0o666 & ~umask


def test_every_file_is_fsynced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    synced: list[int] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        synced.append(fd)
        real_fsync(fd)

    monkeypatch.setattr(outputs.os, "fsync", fsync)
    write_artifacts(tmp_path, "quiz", ARTIFACTS)
    assert len(synced) >= len(ARTIFACTS)


def test_replaces_older_files(tmp_path: Path) -> None:
    (tmp_path / "quiz.md").write_bytes(b"old")
    write_artifacts(tmp_path, "quiz", ARTIFACTS[:1])
    assert (tmp_path / "quiz.md").read_bytes() == b"# Quiz\n"


@pytest.mark.parametrize("failure", [RuntimeError("exporter bug"), KeyboardInterrupt()])
def test_a_failure_midway_keeps_old_files_and_leaves_no_temp_files(
    tmp_path: Path, failure: BaseException
) -> None:
    (tmp_path / "quiz.md").write_bytes(b"old quiz")

    def produce() -> Iterator[Artifact]:
        yield Artifact(".md", b"new quiz")
        yield Artifact(".key.md", b"new key")
        raise failure

    with pytest.raises(type(failure)):
        write_artifacts(tmp_path, "quiz", produce())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["quiz.md"]
    assert (tmp_path / "quiz.md").read_bytes() == b"old quiz"


def test_a_failing_rename_cleans_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def replace(src: str, dst: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(outputs.os, "replace", replace)
    with pytest.raises(OutputError, match=r"cannot write .*quiz\.md: No space left on device"):
        write_artifacts(tmp_path, "quiz", ARTIFACTS)
    assert list(tmp_path.iterdir()) == []


def test_a_failing_write_cleans_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_fsync = os.fsync
    count = 0

    def fsync(fd: int) -> None:
        nonlocal count
        count += 1
        if count == 2:
            raise OSError(5, "Input/output error")
        real_fsync(fd)

    (tmp_path / "quiz.md").write_bytes(b"old")
    monkeypatch.setattr(outputs.os, "fsync", fsync)
    with pytest.raises(OutputError, match=r"quiz\.key\.md: Input/output error"):
        write_artifacts(tmp_path, "quiz", ARTIFACTS)
    assert [p.name for p in tmp_path.iterdir()] == ["quiz.md"]
    assert (tmp_path / "quiz.md").read_bytes() == b"old"


def test_output_folder_is_a_file(tmp_path: Path) -> None:
    target = tmp_path / "taken"
    target.write_text("x")
    with pytest.raises(OutputError, match="it is a file"):
        write_artifacts(target, "quiz", ARTIFACTS)
    with pytest.raises(OutputError, match="cannot create output folder"):
        write_artifacts(target / "sub", "quiz", ARTIFACTS)
    assert target.read_text() == "x"


def test_output_folder_not_writable(tmp_path: Path) -> None:
    folder = unwritable_dir(tmp_path)
    with pytest.raises(OutputError, match=f"cannot write to {folder}: Permission denied"):
        write_artifacts(folder, "quiz", ARTIFACTS)


@pytest.mark.parametrize("stem", ["", "a/b", "..", "."])
def test_stem_must_be_a_plain_name(tmp_path: Path, stem: str) -> None:
    with pytest.raises(ValueError, match="plain file name"):
        write_artifacts(tmp_path, stem, ARTIFACTS)


def test_repeated_or_escaping_suffix_is_a_bug(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="repeated artifact suffix"):
        write_artifacts(tmp_path, "quiz", [ARTIFACTS[0], ARTIFACTS[0]])
    with pytest.raises(ValueError, match="bad or repeated"):
        write_artifacts(tmp_path, "quiz", [Artifact("/../../evil", b"x")])
    assert list(tmp_path.iterdir()) == []
