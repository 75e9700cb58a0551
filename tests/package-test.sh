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
