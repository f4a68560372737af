#!/usr/bin/env bash
# Prepares the training data of the shipped tagger, parser and lemmatiser (models/README.md)
# from ../shared/data into OUT (default scratch/data). Needs Debian's frog package for the
# silver tags (apt-get install frog); Frog is used here only, never at run time.
#
#   scripts/prepare-data.sh [DATA_DIR] [OUT]
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${1:-../shared/data}
OUT=${2:-scratch/data}
UD=$DATA/ud-dutch
LEGACY=$UD/nl_lassysmall-ud-train.legacy2017-filtered.conllu
TSX="node --import tsx"
mkdir -p "$OUT"

# The LassySmall dev file: odd documents for training, even ones for tuning and reporting.
$TSX scripts/split-treebank.ts "$UD/nl_lassysmall-ud-dev.conllu" --train "$OUT/lassysmall-dev-train.conllu" --tune "$OUT/lassysmall-dev-tune.conllu"

frog_tag() { # text file -> frog output, tokens kept as given
  frog -n --skip=tmnpca -t "$1" -o "$2" > "$2.log" 2>&1
}
$TSX scripts/sentences-for-frog.ts --format conllu "$LEGACY" > "$OUT/legacy.txt"
$TSX scripts/sentences-for-frog.ts --format conllu "$OUT/lassysmall-dev-train.conllu" > "$OUT/lassysmall-dev-train.txt"
$TSX scripts/sentences-for-frog.ts --format conll2012 "$DATA/meantime-nl/meantime.conll" > "$OUT/meantime.txt"
$TSX scripts/sentences-for-frog.ts --format conll2012 "$DATA"/openboek/coref/*.conll > "$OUT/openboek.txt"
for name in legacy lassysmall-dev-train meantime openboek; do frog_tag "$OUT/$name.txt" "$OUT/$name.frog"; done

# The 2017 training file in current conventions, with silver fine tags.
$TSX scripts/prepare-training-data.ts --legacy "$LEGACY" --legacy-frog "$OUT/legacy.frog" \
  --reference "$OUT/lassysmall-dev-train.conllu" --reference-frog "$OUT/lassysmall-dev-train.frog" --out "$OUT/legacy-silver.conllu"
# Part of speech without syntax: OpenBoek (hand-corrected) and MEANTIME (Frog, silver). The
# lemmatiser reads Frog's lemmas of MEANTIME and OpenBoek (meantime.frog, openboek.frog) itself.
$TSX scripts/prepare-tagged-text.ts --format openboek --reference "$OUT/lassysmall-dev-train.conllu" --out "$OUT/openboek-pos.conllu" "$DATA"/openboek/coref/*.conll
$TSX scripts/prepare-tagged-text.ts --format frog --reference "$OUT/lassysmall-dev-train.conllu" --out "$OUT/meantime-silver.conllu" "$OUT/meantime.frog"
echo "training data in $OUT"
