#!/usr/bin/env bash
# Runs every test of the repository: the .NET solution (unit, conformance, robustness, CLI
# end-to-end) and, once it exists, the VS Code extension. The README and .ci/run call this.
set -euo pipefail
cd "$(dirname "$0")"

dotnet build FactLint.sln -c Release -nologo -clp:ErrorsOnly
dotnet test FactLint.sln -c Release --no-build -nologo --logger "console;verbosity=normal" 2>&1 | tee /tmp/factlint-test.log
# Fail if no test ran at all (a filter or discovery problem must not pass silently).
grep -Eq "Passed!|Total tests" /tmp/factlint-test.log
count() { { grep -Eo "$1: +[0-9]+" /tmp/factlint-test.log || true; } | awk '{s+=$2} END {print s+0}'; }
passed=$(count Passed); failed=$(count Failed); skipped=$(count Skipped)

# Lint the bundled examples: they must stay free of errors (warnings are there to show off the rules).
dotnet run --project src/FactLint.Cli -c Release --no-build -- lint examples --fail-on error

# The dotnet tool as users install it: pack, install from the local package, run.
bash tests/package-test.sh

# The CI formats checked by tools nobody on the project wrote: Microsoft's SARIF multitool with
# GitHub's rules, a JUnit parser, and @actions/core's workflow-command escaping (all from npm).
(cd tests/ci-formats && npm ci --no-audit --no-fund && npm test)

# The language server end to end: the built server driven over stdio by an independent LSP
# client (vscode-languageserver-protocol on node), including hostile input.
(cd tests/FactLint.LanguageServer.E2E && npm ci --no-audit --no-fund && npm test)

# The standalone command (compiled ahead of time) against the build tested above: the same output
# in every format, the same fixes, and the language server's end-to-end suite run on it.
bash tests/native-check.sh

if [ -f vscode-extension/package.json ]; then
  (cd vscode-extension && npm ci && npm test)
fi

echo "dotnet: ${passed} passed, ${failed} failed, ${skipped} skipped"
