#!/bin/sh
# Makes a batch folder of N copies of the seed corpus (doc-0001 … doc-N), each with its
# glossary, for timing `mizan evaluate` on a large batch:
#   bench/make-batch.sh 1000 /tmp/batch-1000
#   time .build/release/mizan evaluate /tmp/batch-1000 --report /tmp/report-1000 -q
# Usage: bench/make-batch.sh N OUT
set -eu
if [ $# -ne 2 ]; then
  echo "usage: $0 N OUT" >&2
  exit 2
fi
count=$1
out=$2
root=$(cd "$(dirname "$0")/.." && pwd)
seed="$root/Corpora/asean-2025-07"
mkdir -p "$out"
i=1
while [ "$i" -le "$count" ]; do
  doc=$(printf '%s/doc-%04d' "$out" "$i")
  mkdir -p "$doc"
  cp "$seed/hypothesis.txt" "$seed/reference.txt" "$seed/glossary.tsv" "$doc/"
  i=$((i + 1))
done
echo "$count documents in $out"
