#!/usr/bin/env bash
# Set up quizgen in .venv and make the quiz for the bundled example article into build/.
set -euo pipefail
cd "$(dirname "$0")"
python3 -m venv .venv
.venv/bin/pip install -q --upgrade pip
.venv/bin/pip install -q -e '.[pdf]'
# An editable install leaves quizgen's own modules uncompiled: compiled once here, a run
# does not compile them again (nor every run where PYTHONDONTWRITEBYTECODE is set).
.venv/bin/python -m compileall -q quizgen
.venv/bin/quizgen make examples/voorbeeld-nl.txt -o build --format md,pdf,json --seed 0
