"""Built-in Jinja templates (shipped as the package ``quizgen.templates``).

Copy them with ``quizgen templates DIR`` and pass ``--template-dir DIR``: a file there with
the same name wins over the one here.
"""
