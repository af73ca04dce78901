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
