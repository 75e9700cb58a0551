#!/usr/bin/env bash
# Compares FactLint's JSON-RPC layer with StreamJsonRpc 2.26 on LSP-shaped requests over in-memory
# pipes (see Program.cs). Not part of CI: StreamJsonRpc is restored only here.
#   bash tests/FactLint.Benchmarks.Rpc/rpc-compare.sh [REQUESTS]
set -euo pipefail
cd "$(dirname "$0")"
dotnet run -c Release -- "${1:-20000}"
