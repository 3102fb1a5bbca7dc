#!/usr/bin/env bash
# Regenerates the typed API client the web tests call (tests/CoopAlliance.Web.Tests/Api/Client) with Kiota:
# first the snapshot of the served OpenAPI document (Api/openapi-v1.json), then the client from it.
# Review the diff: a breaking change to the API shows up here and in the tests that use the client.
set -euo pipefail
cd "$(dirname "$0")/.."

tests=tests/CoopAlliance.Web.Tests
dotnet tool restore >/dev/null
dotnet build "$tests" -nologo -v quiet -clp:NoSummary
UPDATE_API_SNAPSHOT=1 dotnet test "$tests" --no-build --filter "FullyQualifiedName~ApiDocumentSnapshotTests"

# Only the operations the client tests use, to keep the generated code small.
dotnet kiota generate -l CSharp -c CoopAllianceApiClient -n CoopAlliance.Web.Tests.Api.Client \
  -d "$tests/Api/openapi-v1.json" -o "$tests/Api/Client" --clean-output --exclude-backward-compatible \
  --include-path '/api/v1/coops' --include-path '/api/v1/coops/{id}' --include-path '/api/v1/auth/login' \
  --log-level Warning
# Keep kiota-lock.json (it records these options); drop the generation log.
rm -f "$tests/Api/Client/.kiota.log"
