#!/usr/bin/env bash
# Compares FactLint's JSON-RPC connection (StreamJsonRpc over FactLint's framing, handlers in arrival
# order) with StreamJsonRpc as it comes, on LSP-shaped requests over in-memory pipes (see Program.cs).
#   bash tests/FactLint.Benchmarks.Rpc/rpc-compare.sh [REQUESTS]
set -euo pipefail
cd "$(dirname "$0")"
dotnet run -c Release -- "${1:-20000}"
