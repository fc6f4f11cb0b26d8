#!/usr/bin/env bash
# Re-fetches the chart libraries the chat page renders with, and the Vega-Lite JSON schema
# the chart specs are validated against, from the npm registry (`npm pack`; the WebJars of
# these versions are not on the reachable Maven mirror). Nothing is fetched at run time: the
# page loads these files from the jar, never from a CDN.
#
#   scripts/vendor-vega.sh            # fetch the pinned versions below and copy them in place
#
# To move to newer versions, change the three pins, run this, run `mvn verify` (the chart
# tests validate every kind of spec against the new schema) and commit the changed files.
# The files are copied byte for byte; VENDORED.txt beside them records versions and SHA-256.
set -euo pipefail

VEGA=6.4.0
VEGA_LITE=6.5.0
VEGA_EMBED=7.3.0

root="$(cd "$(dirname "$0")/.." && pwd)"
assets="$root/web/src/main/resources/public/vendor"
schema="$root/tools/src/main/resources/com/shopsight/tools/chart/vega-lite-schema.json"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

cd "$scratch"
npm pack --silent "vega@$VEGA" "vega-lite@$VEGA_LITE" "vega-embed@$VEGA_EMBED" >/dev/null
for pkg in "vega-$VEGA" "vega-lite-$VEGA_LITE" "vega-embed-$VEGA_EMBED"; do
  mkdir "$pkg"
  tar -xzf "$pkg.tgz" -C "$pkg"
done

mkdir -p "$assets" "$(dirname "$schema")"
# The UMD builds: plain <script> tags define the globals vega, vegaLite and vegaEmbed.
cp "vega-$VEGA/package/build/vega.min.js" "$assets/vega.min.js"
cp "vega-lite-$VEGA_LITE/package/build/vega-lite.min.js" "$assets/vega-lite.min.js"
cp "vega-embed-$VEGA_EMBED/package/build/vega-embed.min.js" "$assets/vega-embed.min.js"
cp "vega-$VEGA/package/LICENSE" "$assets/LICENSE-vega.txt"
cp "vega-lite-$VEGA_LITE/package/LICENSE" "$assets/LICENSE-vega-lite.txt"
cp "vega-embed-$VEGA_EMBED/package/LICENSE" "$assets/LICENSE-vega-embed.txt"
cp "vega-lite-$VEGA_LITE/package/build/vega-lite-schema.json" "$schema"

{
  echo "Vendored by scripts/vendor-vega.sh from the npm registry (npm pack); do not edit by hand."
  echo "vega $VEGA, vega-lite $VEGA_LITE, vega-embed $VEGA_EMBED (BSD-3-Clause, see LICENSE-*.txt)."
  echo "The Vega-Lite JSON schema of the same version is at"
  echo "tools/src/main/resources/com/shopsight/tools/chart/vega-lite-schema.json."
  echo
  (cd "$assets" && sha256sum vega.min.js vega-lite.min.js vega-embed.min.js)
  (cd "$(dirname "$schema")" && sha256sum vega-lite-schema.json)
} > "$assets/VENDORED.txt"

echo "vendored vega $VEGA, vega-lite $VEGA_LITE, vega-embed $VEGA_EMBED into $assets and the schema into $schema"
