"""Format ``md``: the quiz as CommonMark for an e-learning platform or a teacher to edit.

Artifacts: ``.md`` (or ``-A.md``, ``-B.md``… per version) and ``.key.md`` with the answer key
of every version. All article text is escaped by :func:`quizgen.render.md_escape`.
"""

from __future__ import annotations

from quizgen.export import Artifact, ExportOptions
from quizgen.export.common import quiz_versions, version_suffix
from quizgen.records import Quiz
from quizgen.render import make_environment, make_sheets, render_key_md, render_quiz_md


def export_markdown(quiz: Quiz, options: ExportOptions) -> list[Artifact]:
    env = make_environment(options.template_dir)
    sheets = make_sheets(quiz_versions(quiz, options.versions))
    artifacts = [
        Artifact(version_suffix(sheet.version, ".md"), render_quiz_md(env, sheet).encode("utf-8"))
        for sheet in sheets
    ]
    artifacts.append(Artifact(".key.md", render_key_md(env, quiz, sheets).encode("utf-8")))
    return artifacts
