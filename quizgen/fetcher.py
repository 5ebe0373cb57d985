"""The only way a worksheet may load anything while it becomes a PDF.

WeasyPrint would otherwise fetch every URL a document names: ``http://`` (a request leaving
the machine, or reaching a service on it), ``file://`` (any local file printed into the
PDF), ``data:``. A worksheet needs none of that: its CSS is inlined and fonts come from the
system. So this fetcher serves exactly one kind of URL, ``quizgen-asset:NAME``, a plain file
name looked up in the user's template folder, then in the built-in templates (for a school
logo, say), then among the worksheet fonts quizgen cut (see quizgen.export.fonts), and
refuses everything else.

WeasyPrint is imported only inside :func:`weasyprint_fetcher`, which the PDF exporter calls.
"""

from __future__ import annotations

import mimetypes
import re
from importlib.resources import files
from pathlib import Path
from typing import Any

ASSET_SCHEME = "quizgen-asset"
# A bare file name: no folder separators, no leading dot, so no way out of the folder.
_ASSET_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,120}")


class FetchRefused(ValueError):
    """A document asked for a URL that is not a bundled asset."""


def asset_url(name: str) -> str:
    return f"{ASSET_SCHEME}:{name}"


def load_asset(url: str, template_dir: Path | None = None) -> tuple[bytes, str]:
    """Bytes and MIME type of the asset ``url`` names; :class:`FetchRefused` for any other URL."""
    scheme, colon, name = url.partition(":")
    if not colon or scheme.lower() != ASSET_SCHEME or not _ASSET_NAME.fullmatch(name):
        raise FetchRefused(f"refused to load {url[:100]!r}: only {ASSET_SCHEME}:NAME is served")
    mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
    if template_dir is not None:
        candidate = template_dir / name
        # A symlink in the user's folder must not lead elsewhere on the disk.
        if candidate.is_file() and candidate.resolve().parent == template_dir.resolve():
            return candidate.read_bytes(), mime
    builtin = files("quizgen.templates").joinpath(name)
    if builtin.is_file() and not name.endswith(".py"):
        return builtin.read_bytes(), mime
    from quizgen.export.fonts import cached_font

    font = cached_font(name)
    if font is not None:
        return font, "font/ttf"
    raise FetchRefused(f"no asset named {name!r}")


def weasyprint_fetcher(template_dir: Path | None = None) -> Any:
    """A WeasyPrint URL fetcher (``weasyprint.urls.URLFetcher``) that only serves assets.

    Typed ``Any`` because WeasyPrint ships no type information.
    """
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class AssetFetcher(URLFetcher):  # type: ignore[misc]
        def fetch(self, url: str, headers: object = None) -> Any:
            data, mime = load_asset(url, template_dir)
            return URLFetcherResponse(url, data, {"Content-Type": mime})

    # allowed_protocols also guards the parent's own open() should WeasyPrint ever call it.
    return AssetFetcher(allowed_protocols=[ASSET_SCHEME], allow_redirects=False)
