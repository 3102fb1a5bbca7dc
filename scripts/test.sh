#!/usr/bin/env bash
# Runs every test. On a fresh Debian machine with only the .NET SDK it first installs what the
# tests need: Debian's chromium for the browser tests (Playwright drives it; its own browser
# download does not work here) and, with npm, Redocly CLI for the OpenAPI lint test.
# Prints a last line "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  echo "== Installing chromium for the browser tests"
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi
# The OpenAPI linter the API document test runs (Redocly CLI, recommended rules), into a git-ignored folder.
redocly_version=2.77.0
if [ "$(tools/redocly/node_modules/.bin/redocly --version 2>/dev/null | head -n 1)" != "$redocly_version" ]; then
  echo "== Installing @redocly/cli $redocly_version for the OpenAPI lint test"
  if ! command -v npm >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq nodejs npm >/dev/null
  fi
  npm install --prefix tools/redocly "@redocly/cli@$redocly_version" --no-audit --no-fund --loglevel=error >/dev/null
fi
export PLAYWRIGHT_CHROMIUM_EXECUTABLE="${PLAYWRIGHT_CHROMIUM_EXECUTABLE:-$(command -v chromium)}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "== Restore and build (warnings are errors)"
dotnet tool restore >/dev/null
dotnet build CoopAlliance.sln -nologo -v quiet -clp:NoSummary

echo "== Formatting (.editorconfig is the law)"
dotnet format CoopAlliance.sln --verify-no-changes --no-restore --exclude migrations/*/Migrations tests/CoopAlliance.Web.Tests/Api/Client

echo "== Tests"
log=$(mktemp)
set +e
dotnet test CoopAlliance.sln --no-build -nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One plain closing line for CI, summed over the test projects.
awk '/(Passed|Failed)! +- Failed:/ {
       for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1) }
     }
     END { gsub(",", "", p); printf "%d passed, %d failed\n", p, f }' "$log"
rm -f "$log"
exit "$status"
