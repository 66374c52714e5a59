#!/usr/bin/env bash
# Re-vendors lean-qr (MIT, pinned below) as one classic script for the poster: pages opened from
# file:// cannot load ES modules, so the package's CommonJS files are wrapped to define window.LeanQr.
# Run from the repository root; commit theme/assets/vendor/ afterwards.
set -euo pipefail
version=2.7.4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack "lean-qr@$version" --silent >/dev/null && tar xzf "lean-qr-$version.tgz")
out=theme/assets/vendor
mkdir -p "$out"
{
  echo "/*! lean-qr $version | MIT License | https://github.com/davidje13/lean-qr (see lean-qr.LICENSE.txt) */"
  echo "(function () {"
  echo "var exports = {};"
  cat "$work/package/index.js"; echo
  echo "var svg = (function () { var exports = {};"
  cat "$work/package/extras/svg.js"; echo
  echo "return exports; })();"
  echo "window.LeanQr = { generate: exports.generate, correction: exports.correction, toSvgSource: svg.toSvgSource };"
  echo "})();"
} > "$out/lean-qr.js"
cp "$work/package/LICENSE" "$out/lean-qr.LICENSE.txt"
echo "wrote $out/lean-qr.js ($(wc -c < "$out/lean-qr.js") bytes)"
