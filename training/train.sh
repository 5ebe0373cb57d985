#!/usr/bin/env bash
# Retrain quizgen's Dutch pipeline from ../shared/data and write quizgen/models/nl_quizgen.
#
#   bash training/train.sh [SHARED_DIR]      # about 2 hours on 2 cores; run it under nohup
#
# Steps: convert the treebanks and NER data (training/corpus, not committed), train the
# syntax half and the NER half in parallel on one core each (training/output, not
# committed), assemble the shipped pipeline, then print its scores on the held-out test
# data (Alpino test, ned.testb), which no step above reads.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${1:-../shared}"
PY=.venv/bin/python
mkdir -p training/output

$PY training/prepare.py --shared "$SHARED" --out training/corpus --ner-dev-split
OMP_NUM_THREADS=1 $PY -m spacy train training/configs/syntax.cfg -o training/output/syntax \
    > training/output/syntax.log 2>&1 &
syntax=$!
OMP_NUM_THREADS=1 $PY -m spacy train training/configs/ner.cfg -o training/output/ner \
    > training/output/ner.log 2>&1 &
ner=$!
wait "$syntax" "$ner"
$PY training/assemble.py
$PY training/scores.py
