"""The worksheet's typeface, cut once to what a worksheet prints.

WeasyPrint embeds in every PDF the glyphs it uses, cut from the font file with fontTools
(when HarfBuzz's subsetter is missing, as on Debian without ``libharfbuzz-subset0``). Cutting
DejaVu Sans, a font of 6,000 glyphs with large layout tables, is two thirds of a worksheet's
PDF time, and a worksheet has two faces (regular and bold). So quizgen cuts the system's
DejaVu Sans once to the Latin letters, digits and punctuation of Dutch and English text
(:data:`UNICODES`, with kerning), keeps the result in the user's cache folder, and offers it
to WeasyPrint as the family "Quizgen Sans" before "DejaVu Sans": per document WeasyPrint then
cuts from a font of a few hundred glyphs. A character outside the cut (Greek, Cyrillic, …)
falls back to the next family, the full system font.

Nothing is downloaded and no font is shipped: without DejaVu Sans on the system, or without
a writable cache folder, the worksheet uses the system's fonts as before. The cache holds one
file per face, named by the source file's content hash and :data:`VERSION`.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

FAMILY = "Quizgen Sans"
# fontconfig patterns of the faces the worksheet uses, by CSS font-weight.
FACES = {"normal": "DejaVu Sans:style=Book", "bold": "DejaVu Sans:style=Bold"}
SOURCE_FAMILY = "DejaVu Sans"
# Where fonts are, when fontconfig's fc-match is not there to say.
FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", "~/.local/share/fonts", "~/.fonts")
FILE_NAMES = {"normal": "DejaVuSans.ttf", "bold": "DejaVuSans-Bold.ttf"}
# Latin-1 and Latin Extended-A (Dutch, English, and the names of most European news), the
# comma-below letters of Romanian, combining accents, general punctuation (dashes, quotes,
# ellipsis, bullet), euro, numero, trade mark, arrows, minus and relations, the ballot box.
UNICODES = (
    "U+0020-007E,U+00A0-017F,U+0192,U+0218-021B,U+02BC,U+02C6-02C7,U+02D8-02DD,"
    "U+0300-0308,U+1E9E,U+2010-2027,U+2030,U+2032-2033,U+2039-203A,U+2044,U+20AC,U+2116,"
    "U+2122,U+2190-2193,U+2212,U+2215,U+2264-2265,U+25A1,U+25CB,U+2610,U+2713"
)
# Raised when the cut changes (other characters, other options): old files are not reused.
VERSION = 1
CACHED_NAME = re.compile(r"QuizgenSans-(?:normal|bold)-[0-9a-f]{16}-v\d+\.ttf")


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "quizgen" / "fonts"


def cached_font(name: str) -> bytes | None:
    """The bytes of the cut font ``name`` (a bare file name), or None."""
    if not CACHED_NAME.fullmatch(name):
        return None
    path = cache_dir() / name
    return path.read_bytes() if path.is_file() else None


def system_font(weight: str) -> Path | None:
    """The system's file of DejaVu Sans in ``weight``: as fontconfig matches it, else found
    in the usual font folders."""
    fc_match = shutil.which("fc-match")
    if fc_match is not None:
        try:
            found = subprocess.run(
                [fc_match, "--format=%{family}\t%{file}", FACES[weight]],
                capture_output=True,
                text=True,
                timeout=10,
                check=True,
            ).stdout
        except (OSError, subprocess.SubprocessError):
            found = ""
        family, _, file = found.partition("\t")
        # fontconfig always answers: with another family when DejaVu Sans is not installed.
        if SOURCE_FAMILY in family.split(",") and file and Path(file).is_file():
            return Path(file)
    for folder in FONT_DIRS:
        root = Path(folder).expanduser()
        if root.is_dir():
            for path in sorted(root.rglob(FILE_NAMES[weight])):
                return path
    return None


def cut_font(source: Path, weight: str) -> str | None:
    """The cache file name of ``source`` cut to :data:`UNICODES`, made if missing; None when
    it cannot be made (no writable cache, a font fontTools cannot read)."""
    from fontTools import subset

    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    name = f"QuizgenSans-{weight}-{digest}-v{VERSION}.ttf"
    target = cache_dir() / name
    if target.is_file():
        return name
    options = subset.Options()
    options.layout_features = ["kern"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    # FontForge's timestamp table, which fontTools cannot cut (and says so on stderr).
    options.drop_tables = [*options.drop_tables, "FFTM"]
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        font = subset.load_font(str(source), options)
        cutter = subset.Subsetter(options)
        cutter.populate(unicodes=subset.parse_unicodes(UNICODES))
        cutter.subset(font)
        # The source's dates, not today's: the same source always gives the same file.
        font.recalcTimestamp = False
        # Written beside the target and renamed: a parallel job never reads half a file.
        handle, temp = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
        os.close(handle)
        try:
            subset.save_font(font, temp, options)
            os.replace(temp, target)
        finally:
            if os.path.exists(temp):
                os.remove(temp)
    except Exception:
        # Whatever went wrong (a full disk, a font fontTools cannot read): the worksheet
        # uses the system's fonts.
        return None
    return name


def font_faces(asset_url: str) -> str:
    """The ``@font-face`` rules of "Quizgen Sans" (``asset_url`` formats a file name as a
    URL the PDF's fetcher serves), or "" when the cut fonts cannot be had. Looked up once per
    process and cache folder."""
    return _font_faces(asset_url, cache_dir())


@functools.cache
def _font_faces(asset_url: str, folder: Path) -> str:
    rules = []
    for weight in FACES:
        source = system_font(weight)
        name = cut_font(source, weight) if source is not None else None
        if name is None:
            return ""
        url = asset_url.format(name=name)
        rules.append(
            f'@font-face {{ font-family: "{FAMILY}"; src: url("{url}"); font-weight: {weight}; }}'
        )
    return "\n".join(rules)
