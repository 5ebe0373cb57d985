"""Markdown → HTML for the worksheet (the ``markdown`` package, with quizgen's extension).

The worksheet's HTML is made from the same Markdown question blocks as the ``md`` export;
this module turns them into HTML and is imported only when HTML is made.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor


class _MarkAnswers(Treeprocessor):  # type: ignore[misc]
    """Give ``class="correct"`` to a list item whose first child is ``<strong>``.

    Templates mark an answer in a list (teacher copy) with ``**…**`` at the start of the item;
    article text cannot produce ``<strong>`` because its ``*`` and ``_`` are escaped. The
    class lets CSS tick the option's box without any raw HTML in the Markdown.
    """

    def run(self, root: ET.Element) -> None:
        for li in root.iter("li"):
            first = next(iter(li), None)
            if first is not None and first.tag == "strong" and not (li.text or "").strip():
                li.set("class", "correct")


class _NoRawHtml(Extension):  # type: ignore[misc]
    """Drop every Markdown construct that could emit markup we did not write.

    Raw HTML blocks and inline tags, autolinks, links and images: the article text is escaped
    already, so this only guards against a user template slipping some in. With these gone,
    Python-Markdown escapes a stray ``<`` as text.
    """

    _INLINE = (
        "html",
        "autolink",
        "automail",
        "link",
        "reference",
        "short_reference",
        "image_link",
        "image_reference",
        "short_image_ref",
    )

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.preprocessors.deregister("html_block")
        for name in self._INLINE:
            md.inlinePatterns.deregister(name)
        md.treeprocessors.register(_MarkAnswers(md), "quizgen_mark_answers", 0)


def to_html(text: str) -> str:
    """Our Markdown as an HTML fragment in which no raw HTML construct survives."""
    return str(
        markdown.markdown(text, extensions=["sane_lists", _NoRawHtml()], output_format="html")
    )
