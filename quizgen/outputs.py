"""Writing one article's output files all-or-nothing.

Exporters return bytes; this module is the only place that writes them. Every artifact
goes to a hidden temp file in the output folder first (same file system, so the final
``os.replace`` is an atomic rename) and is fsynced; only when all of them are on disk are
they renamed into place. A failure on the way removes the temp files and leaves whatever
was in the folder before untouched, so a reader never sees a half-written PDF or a
worksheet without its answer key.
"""

from __future__ import annotations

import contextlib
import functools
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from quizgen.errors import OutputError
from quizgen.export import Artifact

#: Temp files start with this, so a crash leftover is recognisable (and hidden).
TEMP_PREFIX = ".quizgen-"
TEMP_SUFFIX = ".tmp"


@functools.cache
def _file_mode() -> int:
    """The mode ``open()`` would give a new file: 0666 minus the umask (read by setting it)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _reason(err: OSError) -> str:
    return err.strerror or str(err)


def ensure_dir(outdir: Path) -> None:
    """Create ``outdir`` (with parents) or raise OutputError saying why it cannot be used."""
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputError(f"cannot use output folder {outdir}: it is a file") from None
    except OSError as err:
        raise OutputError(f"cannot create output folder {outdir}: {_reason(err)}") from None


def _fsync_dir(outdir: Path) -> None:
    # Makes the renames themselves durable; not possible on every platform or file system.
    with contextlib.suppress(OSError):
        fd = os.open(outdir, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_artifacts(outdir: Path, stem: str, artifacts: Iterable[Artifact]) -> list[Path]:
    """Write ``outdir/<stem><suffix>`` for every artifact, all or none; return the paths.

    Earlier files of the same names are replaced only when every new file was written.
    """
    if not stem or os.sep in stem or (os.altsep and os.altsep in stem) or stem in (".", ".."):
        raise ValueError(f"output stem must be a plain file name, not {stem!r}")
    ensure_dir(outdir)
    pending: list[tuple[str, Path]] = []  # (temp file, final path)
    try:
        for artifact in artifacts:
            final = outdir / f"{stem}{artifact.suffix}"
            if final.parent != outdir or any(final == p for _, p in pending):
                raise ValueError(f"bad or repeated artifact suffix {artifact.suffix!r}")
            try:
                fd, temp = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=outdir)
            except OSError as err:
                raise OutputError(f"cannot write to {outdir}: {_reason(err)}") from None
            pending.append((temp, final))
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(artifact.data)
                    f.flush()
                    os.fsync(f.fileno())
                # mkstemp makes 0600 files; outputs are ordinary documents.
                os.chmod(temp, _file_mode())
            except OSError as err:
                raise OutputError(f"cannot write {final}: {_reason(err)}") from None
        written: list[Path] = []
        for temp, final in pending:
            try:
                os.replace(temp, final)
            except OSError as err:
                raise OutputError(f"cannot write {final}: {_reason(err)}") from None
            written.append(final)
        pending.clear()
    finally:
        # Also on KeyboardInterrupt: no temp file may outlive a failed write.
        for temp, _ in pending:
            with contextlib.suppress(OSError):
                os.unlink(temp)
    _fsync_dir(outdir)
    return written
