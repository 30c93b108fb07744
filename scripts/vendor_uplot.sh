#!/bin/bash
# Fetches the charting library the pages draw with (uPlot, MIT) from the npm registry into
# agent/static/vendor/, checks the tarball against the registry's integrity record and
# writes agent/static/vendor/uplot.json. The files are committed: pages never load a CDN,
# and a test checks the committed files against the hashes recorded here.
set -euo pipefail
VERSION=${1:-1.6.32}
INTEGRITY_EXPECTED=${2:-sha512-KIMVnG68zvu5XXUbC4LQEPnhwOxBuLyW1AHtpm6IKTXImkbLgkMy+jabjLgSLMasNuGGzQm/ep3tOkyTxpiQIw==}
cd "$(dirname "$0")/.."
out=agent/static/vendor
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "uplot@$VERSION" >/dev/null)
tarball="$work/uplot-$VERSION.tgz"
integrity="sha512-$(openssl dgst -sha512 -binary "$tarball" | base64 -w0)"
[ "$integrity" = "$INTEGRITY_EXPECTED" ] || { echo "uplot@$VERSION: integrity $integrity is not $INTEGRITY_EXPECTED" >&2; exit 1; }
tar -xzf "$tarball" -C "$work"
cp "$work/package/dist/uPlot.iife.min.js" "$work/package/dist/uPlot.min.css" "$out/"
cp "$work/package/LICENSE" "$out/uPlot.LICENSE"
{
  printf '{\n  "package": "uplot",\n  "version": "%s",\n  "npm_integrity": "%s",\n  "files": {\n' "$VERSION" "$integrity"
  sep=""
  for f in uPlot.iife.min.js uPlot.min.css uPlot.LICENSE; do
    printf '%s    "%s": "%s"' "$sep" "$f" "$(sha256sum "$out/$f" | cut -d' ' -f1)"
    sep=$',\n'
  done
  printf '\n  }\n}\n'
} > "$out/uplot.json"
echo "uplot $VERSION vendored into $out"
