#!/usr/bin/env bash
# Publishes the factlint command as the benchmarks time it, into OUT: one native executable,
# compiled ahead of time (NativeAOT) with the parts of .NET it uses. Nothing is JIT-compiled or
# loaded at start, so one small file lints in ~20 ms. Needs a C toolchain to link (clang, or gcc:
# Debian's build-essential). Takes 1-3 minutes; the command is ~16 MB.
#   bash tests/FactLint.Benchmarks/publish.sh OUT
set -euo pipefail
out=$(realpath -m "${1:?usage: publish.sh OUT}") # as given, before the cd below
cd "$(dirname "$0")/../.."
# Build folders of its own, fresh each time and removed after: obj/ of another linux-x64 publish
# (framework-dependent, ReadyToRun) holds files a native one would mix with its own (seen with
# ReadyToRun images: the published command aborted at start).
build=$(mktemp -d "${TMPDIR:-/tmp}/factlint-publish.XXXXXX")
trap 'rm -rf "$build"' EXIT
linker=()
command -v clang >/dev/null 2>&1 || linker=(-p:CppCompilerAndLinker=gcc)
dotnet publish src/FactLint.Cli -c Release -r linux-x64 -p:FactLintNativeAot=true "${linker[@]}" \
  --artifacts-path "$build" -o "$out" -nologo -clp:ErrorsOnly >/dev/null
