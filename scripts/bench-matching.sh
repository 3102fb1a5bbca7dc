#!/usr/bin/env bash
# Times the mentoring match assignment on a synthetic cohort: the exact method and greedy, in one run,
# printing both times and both total scores. Target: exact ≤ 2 s with a total ≥ greedy's.
#   scripts/bench-matching.sh [mentors=2000] [coops=2000] [seed=2026]
# (scripts/bench.sh matching runs this.)
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet run -c Release --project tests/CoopAlliance.Benchmarks.Matching -- "$@"
