#!/usr/bin/env bash
# Adds one migration, with the same name, to both providers' migration sets.
#   scripts/add-migration.sh AddDuesPolicies
set -euo pipefail
name="${1:?usage: scripts/add-migration.sh <MigrationName>}"
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite SqlServer; do
  project="migrations/CoopAlliance.Migrations.$provider"
  echo "== $provider"
  dotnet ef migrations add "$name" --project "$project" --startup-project "$project" \
    --context AppDbContext --output-dir Migrations
done
# Operators apply this script to SQL Server (README "Running on SQL Server"); SqlServerScriptTests checks it is current.
dotnet ef migrations script --idempotent --project migrations/CoopAlliance.Migrations.SqlServer \
  --startup-project migrations/CoopAlliance.Migrations.SqlServer --context AppDbContext \
  -o migrations/CoopAlliance.Migrations.SqlServer/idempotent.sql
echo "Added $name to both migration sets. Review them, then run scripts/test.sh (a test fails if either set lags the model)."
