#!/usr/bin/env bash
# Packs the dotnet tool, installs it from the local package into a throw-away tool path, and runs
# it as a user would: `factlint --version`, then a lint of the bundled examples. Called by test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet pack src/FactLint.Cli -c Release -nologo -clp:ErrorsOnly -o "$work/packages" >/dev/null
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props)
test -f "$work/packages/FactLint.$version.nupkg" || { echo "package-test: FactLint.$version.nupkg was not produced" >&2; exit 1; }

# A fresh package cache: an older FactLint of the same version cached by a previous run must not be installed instead.
NUGET_PACKAGES="$work/nuget" dotnet tool install FactLint --version "$version" --add-source "$work/packages" --tool-path "$work/tools" >/dev/null
printed=$("$work/tools/factlint" --version)
if [ "$printed" != "$version" ]; then
  echo "package-test: 'factlint --version' printed '$printed', expected '$version'" >&2
  exit 1
fi

# The installed tool lints the examples: warnings are expected there, errors are not.
"$work/tools/factlint" lint examples --fail-on error --format json > "$work/examples.json"
grep -q '"version": 1' "$work/examples.json"
echo "package-test: FactLint $version installed as a dotnet tool and linted the examples"

# The analyzer package packs with one command from a fresh clone (nothing restored or built):
# the documented `dotnet pack src/FactLint.Analyzers`.
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  git clone -q . "$work/fresh"
  # Uncommitted changes of a working copy go along, so what is tested is what is here.
  git diff HEAD | (cd "$work/fresh" && git apply --allow-empty 2>/dev/null || true)
  (cd "$work/fresh" && dotnet pack src/FactLint.Analyzers -c Release -nologo -clp:ErrorsOnly -o "$work/analyzer-package" >/dev/null)
  test -f "$work/analyzer-package/FactLint.Analyzers.$version.nupkg" || { echo "package-test: FactLint.Analyzers.$version.nupkg was not produced from a fresh clone" >&2; exit 1; }
  echo "package-test: FactLint.Analyzers $version packed from a fresh clone with one command"
fi
