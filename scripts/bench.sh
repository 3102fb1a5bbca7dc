#!/usr/bin/env bash
# Benchmarks, one subcommand each (the console project tests/CoopAlliance.Benchmarks, not part of the test run):
#   scripts/bench.sh dues [--coops 15000] [--batch 1000]
#       seeds N member co-ops into a fresh SQLite database; times the invoice run for one period, the same invoice rows
#       inserted into the same table by raw prepared INSERTs in one transaction (prints both rates and their ratio),
#       the monthly dues summary PDF, every statement of the period (one ZIP) and 500 single statement downloads.
#   scripts/bench.sh benefits [--fraction 1.0] [--batch 1000]
#       seeds 15,000 co-ops in a health plan and 1,250,000 workers (about half enrolled, most with dependents) times the
#       fraction; times the premium run for one month against raw prepared INSERTs of the same invoice rows (ratio); the
#       834 export timing goes in BenefitsBenchmark.Time834ExportAsync. Use --fraction 0.1 on a shared machine.
#   scripts/bench.sh directory [--coops 15000] [--listings 45000] [--connections 32] [--warmup 10] [--seconds 20]
#       seeds N active co-ops and M published listings into a fresh SQLite database, starts the Release build of the web
#       app on it (Kestrel, Production, its own process) and drives the connections at the bare /health/live, the public
#       search API (/api/v1/public/listings) and the search page (/directory) in turn, a mix of searches; prints req/s and
#       p50/p95/p99 of each and the ratios to the bare rate (targets: API >= 0.25 with p99 <= 25 ms; page >= 0.10).
#   scripts/bench.sh import [--coops 15000] [--workers 1250000]
#       writes a Brazil-scale coops.csv and roster.csv into a temporary folder; inserts the same rows into a fresh database
#       by raw prepared INSERTs in one transaction (baseline), then imports the files into another fresh database with the
#       app's RunImport (its checking pass included); prints rows/s of both, the ratio (target >= 0.25) and the peak
#       resident memory (target <= 300 MB: the files are streamed); then times the dry run and a second import of the same files.
#   scripts/bench.sh web [--database data/scale.db | --coops 15000 --workers 1250000] [--connections 32] [--warmup 5] [--seconds 15]
#       the web tier on a seed-scale database (a copy of --database, or built by seed-scale in a temporary folder): adds a staff
#       and a rep login with a random password, starts the Release build (cold start to /health/ready timed), then drives the
#       co-ops search/list/detail, invoices, assistance, matches and dashboard APIs and the staff home, co-ops search, co-op,
#       rep home and public directory pages in turn; prints req/s, p50/p99, the ratio to the bare /health/live of the same run
#       (targets: API >= 0.25 and p99 <= 25 ms; pages >= 0.10 and p99 <= 50 ms) and the app's resident memory (<= 300 MB).
#   scripts/bench.sh matching [mentors=2000] [coops=2000] [seed=2026]
#       times the exact mentor assignment and the greedy one on a synthetic cohort (scripts/bench-matching.sh).
# Add a subcommand by adding a class to tests/CoopAlliance.Benchmarks and one line to its Program.cs.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
[ $# -ge 1 ] || { echo "usage: scripts/bench.sh <dues|benefits|directory|import|web|matching> [options]" >&2; exit 2; }
if [ "$1" = matching ]; then
  shift
  exec scripts/bench-matching.sh "$@"
fi
project=tests/CoopAlliance.Benchmarks
if [ "$1" = directory ] || [ "$1" = web ]; then
  dotnet build src/CoopAlliance.Web -c Release -nologo -v quiet -clp:NoSummary >/dev/null
fi
dotnet build "$project" -c Release -nologo -v quiet -clp:NoSummary >/dev/null
exec dotnet "$project/bin/Release/net10.0/CoopAlliance.Benchmarks.dll" "$@"
