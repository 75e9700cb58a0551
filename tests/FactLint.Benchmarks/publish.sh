#!/usr/bin/env bash
# Publishes the factlint command as the benchmarks time it, into OUT: self-contained, with the tool
# and the .NET runtime compiled ahead of time into one composite ReadyToRun image. One image lets
# the compiler inline across the tool/runtime boundary and pre-compile the generic code the tool
# instantiates over its own types, so a run JIT-compiles ~160 methods instead of ~2,400 and runs
# with tiered compilation off (FactLint.Cli.csproj). Takes 2-5 minutes; the image is ~140 MB.
#   bash tests/FactLint.Benchmarks/publish.sh OUT
set -euo pipefail
out=$(realpath -m "${1:?usage: publish.sh OUT}") # as given, before the cd below
cd "$(dirname "$0")/../.."
# Build folders of its own, fresh each time and removed after: obj/ of a framework-dependent
# linux-x64 publish holds files that a self-contained composite one would mix with its own (seen:
# the published command aborted at start).
build=$(mktemp -d "${TMPDIR:-/tmp}/factlint-publish.XXXXXX")
trap 'rm -rf "$build"' EXIT
dotnet publish src/FactLint.Cli -c Release -r linux-x64 --self-contained true \
  -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true --artifacts-path "$build" \
  -o "$out" -nologo -clp:ErrorsOnly >/dev/null
