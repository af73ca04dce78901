#!/usr/bin/env python3
"""Derives the dashboard's offline place labels (src/Sitrep.Web/wwwroot/places.json) from Natural Earth's
populated places (ne_10m_populated_places.json, public domain): each place's name, position, the first zoom
at which Natural Earth suggests labelling it, its first-level division, and whether it is a capital.
Usage: scripts/place-labels.py [GAZETTEER_DIR]   (default ../shared/gazetteer)"""
import json, os, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src = os.path.join(sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared", "gazetteer"), "ne_10m_populated_places.json")
features = json.load(open(src, encoding="utf-8"))["features"]
places = []
for f in features:
    p = f["properties"]
    kind = "capital" if p.get("ADM0CAP") else "admin1" if "Admin-1 capital" in (p.get("FEATURECLA") or "") else ""
    zoom = p.get("min_zoom") or 8
    places.append([p["NAMEASCII"] or p["NAME"], round(p["LATITUDE"], 3), round(p["LONGITUDE"], 3), round(zoom, 1), p.get("ADM1NAME") or "", kind])
places.sort(key=lambda x: (x[3], x[0]))
out = {
    "attribution": "Place names and positions: Natural Earth populated places (public domain), naturalearthdata.com",
    "columns": ["name", "latitude", "longitude", "min_zoom", "admin1", "kind"],
    "places": places,
}
target = os.path.join(root, "src", "Sitrep.Web", "wwwroot", "places.json")
with open(target, "w", encoding="utf-8") as w:
    json.dump(out, w, ensure_ascii=False, separators=(",", ":"))
print(f"{target}: {len(places)} places", file=sys.stderr)
