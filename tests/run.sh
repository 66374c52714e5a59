#!/usr/bin/env bash
# Runs every test of the project on a fresh Debian machine with the .NET SDK:
# installs what the tests need when it is missing (Chromium, CJK fonts, poppler, zbar, systemd-analyze, axe-core), then `dotnet test`.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || missing+=(fonts-noto-cjk)
command -v npm >/dev/null || missing+=(npm)
command -v pdftoppm >/dev/null || missing+=(poppler-utils)   # poster PDFs: pdfinfo, pdftotext, pdftoppm
command -v zbarimg >/dev/null || missing+=(zbar-tools)        # decodes QR codes from rendered posters
command -v systemd-analyze >/dev/null || missing+=(systemd)     # verifies the units portal kiosk install writes
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi

# axe-core is injected into pages by the accessibility tests; decap-server is the CMS test's local backend
# (both pinned in tests/package.json).
if [ ! -f tests/node_modules/axe-core/axe.min.js ] || [ ! -f tests/node_modules/decap-server/dist/index.js ]; then
  npm install --prefix tests --no-audit --no-fund --loglevel=error
fi

# Playwright must use the system Chromium; it may never download a browser here.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export PORTAL_CHROMIUM="${PORTAL_CHROMIUM:-/usr/bin/chromium}"

results=tests/artifacts/results
rm -rf "$results"
set +e
dotnet test Portal.sln -c Release --logger "console;verbosity=normal" --logger "trx;LogFilePrefix=results" --results-directory "$results" "$@"
status=$?
set -e

# One plain closing line for CI: "N passed, N failed, N skipped", summed over the TRX files' counters.
count() ( set +o pipefail; cat "$results"/*.trx 2>/dev/null | grep -o "<Counters [^>]*" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' | awk '{ s += $1 } END { print s + 0 }' )
passed=$(count passed)
failed=$(count failed)
skipped=$(count notExecuted)
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$status" -eq 0 ] && [ "$passed" -eq 0 ]; then
  echo "No test ran." >&2
  exit 1
fi
exit "$status"
