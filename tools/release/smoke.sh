#!/usr/bin/env bash
# Runs a published linux portal as a machine without .NET would: dotnet removed from PATH, DOTNET_ROOT and
# every other DOTNET_ variable unset. Prints the version, then builds the sample site (input/ and theme/
# copied to a scratch folder) and times it: tools/release/smoke.sh PATH/TO/portal
set -euo pipefail
exe="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
root="$(cd "$(dirname "$0")/../.." && pwd)"
path=""
IFS=: read -ra dirs <<< "$PATH"
for d in "${dirs[@]}"; do
  if [ -n "$d" ] && [ ! -e "$d/dotnet" ]; then path="${path:+$path:}$d"; fi
done
# A clean environment: no DOTNET_ROOT, no DOTNET_ variable at all, no dotnet on PATH.
bare() { env -i HOME="$HOME" LANG=C.UTF-8 PATH="$path" "$@"; }
if PATH="$path" command -v dotnet >/dev/null 2>&1; then
  echo "dotnet is still on PATH" >&2
  exit 1
fi
site="$(mktemp -d)"
trap 'rm -rf "$site"' EXIT
cp -r "$root/input" "$root/theme" "$site/"
bare "$exe" --version
cd "$site"
if [ -x /usr/bin/time ]; then
  /usr/bin/time -f "portal build: %e s wall, %M KB" env -i HOME="$HOME" LANG=C.UTF-8 PATH="$path" "$exe" build --output out --now 2026-11-23
else
  time bare "$exe" build --output out --now 2026-11-23
fi
test -f out/index.html
