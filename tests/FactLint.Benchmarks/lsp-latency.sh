#!/usr/bin/env bash
# Editor latency benchmark (see lsp-latency.js): publishes the CLI as publish.sh does, generates the
# 1,000-file workspace with a 5,000-line first file once, and drives the real server over stdio.
#   bash tests/FactLint.Benchmarks/lsp-latency.sh [EDITS] [INTERVAL_MS]
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${TMPDIR:-/tmp}/factlint-bench
corpus=$out/corpus-lsp-1000-50-550
if [ ! -d "$corpus" ]; then
  dotnet run --project tests/FactLint.Benchmarks -c Release -- "$corpus" 1000 50 0 550
fi
bash tests/FactLint.Benchmarks/publish.sh "$out/factlint"
(cd tests/FactLint.LanguageServer.E2E && [ -d node_modules ] || npm ci --no-audit --no-fund >/dev/null)
FACTLINT_SERVER="$out/factlint/factlint" FACTLINT_BENCH_CORPUS="$corpus" node tests/FactLint.Benchmarks/lsp-latency.js "${1:-300}" "${2:-100}"
