#!/usr/bin/env bash
# Benchmarks, one subcommand each (the console project tests/CoopAlliance.Benchmarks, not part of the test run):
#   scripts/bench.sh dues [--coops 15000] [--batch 1000]
#       seeds N member co-ops into a fresh SQLite database; times the invoice run for one period and the same number
#       of rows by raw prepared INSERTs in one transaction; prints both rates and their ratio.
# Add a subcommand by adding a class to tests/CoopAlliance.Benchmarks and one line to its Program.cs.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
[ $# -ge 1 ] || { echo "usage: scripts/bench.sh <dues> [options]" >&2; exit 2; }
project=tests/CoopAlliance.Benchmarks
dotnet build "$project" -c Release -nologo -v quiet -clp:NoSummary >/dev/null
exec dotnet "$project/bin/Release/net10.0/CoopAlliance.Benchmarks.dll" "$@"
