#!/usr/bin/env bash
# Set up quizgen in .venv and make the quiz for the bundled example article into build/.
set -euo pipefail
cd "$(dirname "$0")"
python3 -m venv .venv
.venv/bin/pip install -q --upgrade pip
.venv/bin/pip install -q -e '.[pdf]'
.venv/bin/quizgen make examples/voorbeeld-nl.txt -o build --format md,pdf,json --seed 0
