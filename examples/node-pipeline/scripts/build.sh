#!/bin/sh
# The site's build step: snowpak writes the tracker and a Vite manifest into
# dist/assets, then render-page.js puts its name and integrity into the page.
#
#   SNOWPAK     the snowpak binary (default: snowpak on PATH)
#   COLLECTOR   your collector host (default: sp.example.com)
set -eu

"${SNOWPAK:-snowpak}" build \
  --collector "${COLLECTOR:-sp.example.com}" \
  --out dist/assets --public-path /assets/ \
  --manifest vite --manifest webpack --quiet

node scripts/render-page.js dist/assets/.vite/manifest.json \
  src/index.html dist/index.html
