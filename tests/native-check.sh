#!/usr/bin/env bash
# The standalone command (publish.sh: compiled ahead of time, NativeAOT) must say what the tested
# build says. It is compiled apart from the .NET build the other tests run, and ahead-of-time
# compilation drops code it cannot see used, so this checks the published command itself:
#   - every output format, on the examples and on a generated corpus with archived sources
#     (every rule fires there), and JSON on hostile files, byte for byte against the
#     framework-dependent build;
#   - `fix --unsafe-fixes --diff` on that corpus, and `fix` writing a copy of it, the same;
#   - the language server's end-to-end suite, with the native command as the server.
# test.sh runs it after the .NET build and the language server's npm install.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
if [ ! -f "$shared/bench/perf/gencorpus.py" ]; then
  echo "ERROR: $shared/bench/perf/gencorpus.py is missing: ../shared must sit beside the repository." >&2
  exit 1
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/factlint-native.XXXXXX")
trap 'rm -rf "$work"' EXIT
echo "== publishing the native command (publish.sh)"
start=$SECONDS
bash tests/FactLint.Benchmarks/publish.sh "$work/native"
echo "   built in $((SECONDS - start)) s"
native=$work/native/factlint
managed=(dotnet "$PWD/src/FactLint.Cli/bin/Release/net10.0/factlint.dll")

python3 "$shared/bench/perf/gencorpus.py" "$work/corpus" 40 30 20 >/dev/null
same() { # label, then the arguments both commands get; exit codes and output must match
  local label=$1; shift
  local a=0 b=0
  "${managed[@]}" "$@" >"$work/managed.out" 2>"$work/managed.err" || a=$?
  "$native" "$@" >"$work/native.out" 2>"$work/native.err" || b=$?
  if [ "$a" != "$b" ] || ! cmp -s "$work/managed.out" "$work/native.out"; then
    echo "FAIL: $label: the native command differs from the tested build (exit $b vs $a)" >&2
    diff "$work/managed.out" "$work/native.out" | head -20 >&2 || true
    exit 1
  fi
  echo "   same: $label (exit $a, $(wc -c <"$work/native.out") bytes)"
}
for format in text json sarif github junit; do
  same "lint examples --format $format" lint examples --format "$format" --no-cache
  same "lint corpus --format $format" lint "$work/corpus" --format "$format" --no-cache
done
# Hostile files: deep nesting (the native command's threads have stacks of their own), an alias
# bomb, invalid UTF-8, a NUL byte. Each must be a finding, the same as the tested build's.
mkdir -p "$work/hostile"
python3 - "$work/hostile" <<'PY'
import os, sys
d = sys.argv[1]
open(os.path.join(d, "deep.facts.yaml"), "w").write("factlint: 1\nclaims: " + "[" * 100000 + "]" * 100000 + "\n")
open(os.path.join(d, "indented.facts.yaml"), "w").write("factlint: 1\n" + "".join(" " * i + "k%d:\n" % i for i in range(3000)))
bomb = ["factlint: 1", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
bomb += ["a%d: &a%d [%s]" % (i, i, ", ".join(["*a%d" % (i - 1)] * 10)) for i in range(1, 12)]
open(os.path.join(d, "bomb.facts.yaml"), "w").write("\n".join(bomb) + "\n")
open(os.path.join(d, "utf8.facts.yaml"), "wb").write(b"factlint: 1\nsources:\n  - id: s\xff\xfe1\n    title: \"x\xc3\"\n")
open(os.path.join(d, "nul.facts.yaml"), "wb").write(b"factlint: 1\x00\x00\n")
PY
same "lint hostile files --format json" lint "$work/hostile" --format json --no-cache
python3 - "$work/native.out" <<'PY'
import json, sys
found = {d["file"] for d in json.load(open(sys.argv[1]))["diagnostics"] if d["id"] == "FL1001"}
missing = {"deep.facts.yaml", "indented.facts.yaml", "bomb.facts.yaml", "utf8.facts.yaml", "nul.facts.yaml"} - found
if missing:
    sys.exit("FAIL: no FL1001 finding for the hostile file(s) " + ", ".join(sorted(missing)))
print("   each hostile file has its FL1001 finding")
PY
same "fix --unsafe-fixes --diff" fix "$work/corpus" --unsafe-fixes --diff
cp -r "$work/corpus" "$work/fixed-managed" && cp -r "$work/corpus" "$work/fixed-native"
"${managed[@]}" fix "$work/fixed-managed" >/dev/null || true
"$native" fix "$work/fixed-native" >/dev/null || true
if ! diff -r "$work/fixed-managed" "$work/fixed-native" >/dev/null; then
  echo "FAIL: fix wrote different files with the native command" >&2
  diff -r "$work/fixed-managed" "$work/fixed-native" | head -20 >&2
  exit 1
fi
echo "   same: files written by fix"

echo "== the language server's end-to-end suite against the native command"
(cd tests/FactLint.LanguageServer.E2E && FACTLINT_SERVER="$native" npm test)
