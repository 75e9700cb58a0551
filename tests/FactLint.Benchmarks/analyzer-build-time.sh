#!/usr/bin/env bash
# What FactLint.Analyzers adds to `dotnet build`: packs the analyzer, makes a throw-away C# project
# with a corpus (the bundled examples by default, or a generated one), and rebuilds it RUNS times
# with -p:ReportAnalyzer=true, printing the compiler's own figure for the FactLint analyzer and the
# build's wall time; then the same project without the package, for the difference in wall time.
# Not part of the test run: speed is measured, not asserted.
#   bash tests/FactLint.Benchmarks/analyzer-build-time.sh [RUNS] [FILES CLAIMS_PER_FILE]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}; files=${2:-}; claims=${3:-50}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export NUGET_PACKAGES="$work/nuget" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build src/FactLint.Analyzers -c Release -nologo -clp:ErrorsOnly >/dev/null
dotnet pack src/FactLint.Analyzers -c Release --no-build -nologo -o "$work/packages" >/dev/null
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props)

make_project() { # dir, with-package
  mkdir -p "$1"
  if [ -n "$files" ]; then
    dotnet run --project tests/FactLint.Benchmarks -c Release -- "$1/facts" "$files" "$claims" 0 >/dev/null
  else
    cp -r examples "$1/facts"
  fi
  printf '<configuration><packageSources><clear /><add key="local" value="%s" /></packageSources></configuration>\n' "$work/packages" > "$1/nuget.config"
  local ref=""
  [ "$2" = yes ] && ref="<PackageReference Include=\"FactLint.Analyzers\" Version=\"$version\" PrivateAssets=\"all\" /><AdditionalFiles Include=\"facts/archive/**/*.txt\" />"
  printf '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup><ItemGroup>%s</ItemGroup></Project>\n' "$ref" > "$1/Probe.csproj"
  printf 'namespace Probe;\npublic static class Marker { }\n' > "$1/Probe.cs"
  (cd "$1" && dotnet restore -nologo >/dev/null)
}

make_project "$work/with" yes
make_project "$work/without" no
echo "corpus: $(find "$work/with/facts" -name '*.facts.yaml' | wc -l) fact files, $(du -sh "$work/with/facts" | cut -f1)"

# The build server is kept between runs, as on a developer's machine; the first run warms it.
for variant in with without; do
  (cd "$work/$variant" && dotnet build --no-restore -nologo >/dev/null 2>&1 || true)
  for i in $(seq 1 "$runs"); do
    start=$(date +%s.%N)
    (cd "$work/$variant" && dotnet build --no-restore -nologo -t:Rebuild -p:ReportAnalyzer=true -v:d > "$work/build.log" 2>&1 || true)
    end=$(date +%s.%N)
    factlint=$(grep -m1 -E '^\s+[0-9.<]+\s+[0-9<]+\s+FactLint\.Analyzers,' "$work/build.log" | awk '{print $1}' || true)
    findings=$({ grep -oE '[^ ]+\([0-9]+,[0-9]+\): (warning|error) FL[0-9]{4}' "$work/build.log" || true; } | sort -u | wc -l)
    printf '%s run %d: build %.2f s wall, FactLint analyzer %s s (compiler report), %s FL lines\n' "$variant" "$i" "$(echo "$end - $start" | bc)" "${factlint:-n/a}" "$findings"
  done
done
dotnet build-server shutdown >/dev/null 2>&1 || true
