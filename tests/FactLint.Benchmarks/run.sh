#!/usr/bin/env bash
# Whole-process benchmark of `factlint lint` on a generated corpus (default 1,000 files / 50,000
# claims): publishes the CLI as publish.sh does, generates the corpus once, then times N runs with
# wall time and peak memory (GNU time). Not part of the test run: speed is measured, not asserted.
#   bash tests/FactLint.Benchmarks/run.sh [FILES] [CLAIMS_PER_FILE] [RUNS] [ARCHIVES]
# The quote-checking benchmark of docs/benchmarks.md: run.sh 2000 50 3 2000
set -euo pipefail
cd "$(dirname "$0")/../.."
files=${1:-1000}; claims=${2:-50}; runs=${3:-5}; archives=${4:-0}
out=${TMPDIR:-/tmp}/factlint-bench
corpus=$out/corpus-$files-$claims-$archives
if [ ! -d "$corpus" ]; then
  dotnet run --project tests/FactLint.Benchmarks -c Release -- "$corpus" "$files" "$claims" "$archives"
fi
bash tests/FactLint.Benchmarks/publish.sh "$out/factlint"
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (apt-get install time)" >&2; exit 1; }
echo "corpus: $corpus ($(du -sh "$corpus" | cut -f1))"
for i in $(seq 1 "$runs"); do
  /usr/bin/time -f "run $i: %e s wall, %M KB peak RSS, %U s user" "$out/factlint/factlint" lint "$corpus" --format json > /dev/null 2> "$out/time.txt" || true
  tail -n 1 "$out/time.txt"
done
