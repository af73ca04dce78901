#!/usr/bin/env bash
# Puts the dashboard's third-party assets (Leaflet, its marker clusters, d3, world-atlas country outlines,
# topojson-client) into src/Sitrep.Web/wwwroot/lib from the npm registry, once. Nothing is fetched at run
# time: the dashboard works offline.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lib="$root/src/Sitrep.Web/wwwroot/lib"
[ -f "$lib/.complete" ] && exit 0
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm init -y >/dev/null 2>&1
npm install --no-audit --no-fund --loglevel=error leaflet@1.9.4 leaflet.markercluster@1.5.3 d3@7.9.0 world-atlas@2.0.2 topojson-client@3.1.0 >&2
mkdir -p "$lib/images"
cp node_modules/leaflet/dist/leaflet.js node_modules/leaflet/dist/leaflet.css "$lib/"
cp node_modules/leaflet/dist/images/* "$lib/images/"
cp node_modules/leaflet.markercluster/dist/leaflet.markercluster.js node_modules/leaflet.markercluster/dist/MarkerCluster.css node_modules/leaflet.markercluster/dist/MarkerCluster.Default.css "$lib/"
cp node_modules/d3/dist/d3.min.js "$lib/"
cp node_modules/topojson-client/dist/topojson-client.min.js "$lib/"
cp node_modules/world-atlas/countries-110m.json node_modules/world-atlas/countries-50m.json "$lib/"
cp node_modules/world-atlas/LICENSE "$lib/world-atlas-LICENSE" 2>/dev/null || true
cp node_modules/leaflet/LICENSE "$lib/leaflet-LICENSE" 2>/dev/null || true
touch "$lib/.complete"
echo "web-assets: installed into $lib" >&2
