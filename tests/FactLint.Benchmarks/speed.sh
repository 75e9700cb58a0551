#!/usr/bin/env bash
# The speed benchmark of docs/benchmarks.md: FactLint (all rules) against ajv-cli validating the same
# files against schemas/factfile.schema.json and against the YamlDotNet parse floor, in one run on
# the corpus of ../shared/bench/perf/gencorpus.py. Each measure is run ROUNDS times, interleaved
# (so that a busy moment of the machine hits all three alike); medians and ratios are printed.
#   bash tests/FactLint.Benchmarks/speed.sh [FILES=1000] [CLAIMS_PER_FILE=50] [ARCHIVES=0] [ROUNDS=5]
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD
files=${1:-1000}; per=${2:-50}; archives=${3:-0}; rounds=${4:-5}
gen=$repo/../shared/bench/perf/gencorpus.py
if [ ! -f "$gen" ]; then
  echo "ERROR: $gen is missing: the benchmark corpus comes from ../shared (beside the repository)." >&2
  exit 1
fi
out=${TMPDIR:-/tmp}/factlint-speed
corpus=$out/corpus-$files-$per-$archives
mkdir -p "$out"
if [ ! -d "$corpus" ]; then
  echo "== generating $corpus"
  python3 "$gen" "$corpus" "$files" "$per" "$archives" >/dev/null
fi

echo "== publishing FactLint (native, publish.sh) and the parse floor (ReadyToRun)"
bash tests/FactLint.Benchmarks/publish.sh "$out/factlint"
dotnet publish tests/FactLint.Benchmarks.ParseFloor -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/floor" -nologo -clp:ErrorsOnly >/dev/null

ajv=$out/ajv/node_modules/.bin/ajv
if [ ! -x "$ajv" ]; then
  echo "== installing ajv-cli 5 from npm"
  mkdir -p "$out/ajv"
  (cd "$out/ajv" && npm init -y >/dev/null && npm install --no-audit --no-fund ajv-cli@5 ajv-formats@2 >/dev/null)
fi

# wall seconds and peak RSS (MB) of one command, its output discarded; a failure to run is fatal,
# a non-zero exit is not (FactLint exits 1 when it finds problems; ajv when a file is invalid).
measure() {
  /usr/bin/time -o "$out/time.txt" -f '%e %M' "$@" >/dev/null 2>"$out/stderr.txt" || true
  local t
  t=$(tail -1 "$out/time.txt")
  case "$t" in
    [0-9]*) echo "$t" ;;
    *) echo "ERROR: could not run $*: $(tail -3 "$out/stderr.txt")" >&2; exit 1 ;;
  esac
}

declare -A wall rss
names=(factlint-cold factlint-warm ajv floor)
# Primes the caches for the warm runs: a checkout's first run writes the per-file cache, the second the whole-run cache.
for prime in 1 2; do "$out/factlint/factlint" lint "$corpus" --format json >/dev/null 2>&1 || true; done
for r in $(seq "$rounds"); do
  set -- $(measure "$out/factlint/factlint" lint "$corpus" --no-cache --format json); wall[factlint-cold]+="$1 "; rss[factlint-cold]+="$2 "
  set -- $(measure "$out/factlint/factlint" lint "$corpus" --format json);            wall[factlint-warm]+="$1 "; rss[factlint-warm]+="$2 "
  set -- $(measure "$ajv" validate --spec=draft2020 --strict=false -c ajv-formats -s schemas/factfile.schema.json -d "$corpus/*.facts.yaml"); wall[ajv]+="$1 "; rss[ajv]+="$2 "
  set -- $(measure "$out/floor/FactLint.Benchmarks.ParseFloor" "$corpus");        wall[floor]+="$1 "; rss[floor]+="$2 "
  echo "round $r: cold $(echo ${wall[factlint-cold]} | awk '{print $NF}') s, warm $(echo ${wall[factlint-warm]} | awk '{print $NF}') s, ajv $(echo ${wall[ajv]} | awk '{print $NF}') s, floor $(echo ${wall[floor]} | awk '{print $NF}') s"
done

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo
echo "corpus: $corpus ($files files x $per claims, $archives archives); $(nproc) cores; $rounds rounds, medians:"
for n in "${names[@]}"; do
  printf '  %-14s %6.2f s   peak %5.0f MB   (runs: %s)\n' "$n" "$(echo "${wall[$n]}" | median)" "$(awk -v k="$(echo "${rss[$n]}" | median)" 'BEGIN {print k / 1024}')" "${wall[$n]% }"
done
cold=$(echo "${wall[factlint-cold]}" | median); warm=$(echo "${wall[factlint-warm]}" | median)
a=$(echo "${wall[ajv]}" | median); f=$(echo "${wall[floor]}" | median)
awk -v c="$cold" -v w="$warm" -v a="$a" -v f="$f" 'BEGIN {
  printf "ratios: cold/ajv %.2f (goal < 1)   cold/floor %.2f (goal <= 2)   warm/cold %.2f (goal <= 0.5)\n", c / a, c / f, w / c }'
