#!/usr/bin/env bash
# Refreshes the Decap CMS bundle committed in theme/admin/ from the version pinned in tools/cms/package.json.
# The bundle is committed (about 6 MB) so that sites built by the single-file release, with no npm, get admin/.
set -euo pipefail
cd "$(dirname "$0")"
npm install --no-audit --no-fund --loglevel=error
dist=node_modules/decap-cms/dist
admin=../../theme/admin
rm -f "$admin"/*.decap-cms.js "$admin"/*.wasm
cp "$dist"/decap-cms.js "$dist"/[0-9]*.decap-cms.js "$dist"/*.wasm "$dist"/decap-cms.js.LICENSE.txt "$admin"/
echo "theme/admin: decap-cms $(node -p "require('./$dist/../package.json').version"); update AdminSite.DecapVersion and LICENSE-decap-cms.txt if it changed."
