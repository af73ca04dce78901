// Shared by the pages. Text from documents and events is only ever put in the page as text nodes
// (textContent), never as HTML, so nothing in an article can run here.
"use strict";
const Sitrep = {
  colours: {
    "Battles": "#c0392b",
    "Explosions/Remote violence": "#e67e22",
    "Violence against civilians": "#8e44ad",
    "Protests": "#2980b9",
    "Riots": "#16a085",
    "Strategic developments": "#7f8c8d",
  },
  // A ring that crosses the antimeridian (Russia's east, Fiji) jumps from +180 to -180; drawn as it is, that jump is a
  // line across the whole map. Each point is moved by 360 degrees where that keeps it next to the one before.
  unwrapAntimeridian(fc) {
    const fix = ring => {
      const out = [ring[0].slice()];
      for (let i = 1; i < ring.length; i++) {
        let [lon, lat] = ring[i];
        const prev = out[i - 1][0];
        while (lon - prev > 180) lon -= 360;
        while (prev - lon > 180) lon += 360;
        out.push([lon, lat]);
      }
      return out;
    };
    for (const f of fc.features) {
      const g = f.geometry;
      if (!g) continue;
      if (g.type === "Polygon") g.coordinates = g.coordinates.map(fix);
      else if (g.type === "MultiPolygon") g.coordinates = g.coordinates.map(poly => poly.map(fix));
    }
    return fc;
  },
  // admin1.json's divisions as Leaflet rings ([lat, lon] points) with their bounds. A ring is integers of 1/scale
  // degree, each point the step from the one before; a step of more than half the world crosses the antimeridian and
  // is taken the short way round, as unwrapAntimeridian does for the countries.
  divisions(file) {
    const half = 180 * file.scale;
    return file.divisions.map(([name, country, rings]) => {
      const out = rings.map(r => {
        let lon = r[0], lat = r[1];
        const ring = [[lat / file.scale, lon / file.scale]];
        for (let i = 2; i + 1 < r.length; i += 2) {
          let step = r[i];
          if (step > half) step -= 2 * half; else if (step < -half) step += 2 * half;
          lon += step; lat += r[i + 1];
          ring.push([lat / file.scale, lon / file.scale]);
        }
        return ring;
      });
      return { name, country, rings: out, bounds: L.latLngBounds(out.flat()) };
    });
  },
  el(tag, props, children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (k === "text") e.textContent = v;
      else if (k === "class") e.className = v;
      else e.setAttribute(k, v);
    }
    for (const c of children || []) e.append(c);
    return e;
  },
  async json(url) {
    const r = await fetch(url);
    if (!r.ok) {
      let detail = r.statusText;
      try { detail = (await r.json()).detail || detail; } catch { /* not JSON */ }
      throw new Error(detail);
    }
    return r.json();
  },
};
