"use strict";
(async function () {
  // The view is its URL: every filter, the table's sort and page live in the query string, so a view can be
  // bookmarked and shared, and the back button steps through the views.
  const filterKeys = ["type", "sub_type", "country", "admin1", "actor", "actor_kind", "min_fatalities", "from", "to", "q"];
  const view = { sort: "event_date", dir: "desc", page: 1, rows: 50 };
  const state = {};
  const body = document.body;

  function readUrl() {
    const p = new URLSearchParams(location.search);
    for (const k of filterKeys) state[k] = p.get(k) || "";
    view.sort = p.get("sort") || "event_date";
    view.dir = p.get("dir") === "asc" ? "asc" : "desc";
    view.page = Math.max(1, parseInt(p.get("page") || "1", 10) || 1);
    view.rows = Math.min(500, Math.max(1, parseInt(p.get("rows") || "50", 10) || 50));
  }

  function filterParams(extra) {
    const p = new URLSearchParams();
    for (const k of filterKeys) if (state[k]) p.set(k, state[k]);
    for (const [k, v] of Object.entries(extra || {})) p.set(k, v);
    return p;
  }

  function writeUrl(push) {
    const p = filterParams();
    if (view.sort !== "event_date" || view.dir !== "desc") { p.set("sort", view.sort); p.set("dir", view.dir); }
    if (view.page > 1) p.set("page", String(view.page));
    if (view.rows !== 50) p.set("rows", String(view.rows));
    const url = location.pathname + (p.toString() ? "?" + p : "");
    if (url !== location.pathname + location.search) history[push ? "pushState" : "replaceState"](null, "", url);
  }

  function showFilters() {
    for (const k of filterKeys) {
      const input = document.getElementById("f-" + k);
      // A value the URL names that a select lacks (a country with no events yet) is added, so the form shows the view.
      if (input.tagName === "SELECT" && state[k] && ![...input.options].some(o => o.value === state[k]))
        input.append(Sitrep.el("option", { value: state[k], text: state[k] }));
      input.value = state[k];
    }
  }

  // The map: offline country outlines (world-atlas, from Natural Earth), no tile server.
  const map = L.map("map", { worldCopyJump: true, minZoom: 2, maxZoom: 12 }).setView([12, 20], 3);
  const world = await Sitrep.json("lib/countries-50m.json");
  L.geoJSON(Sitrep.unwrapAntimeridian(topojson.feature(world, world.objects.countries)), {
    style: { color: "#999", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1, className: "country" },
    interactive: false,
  }).addTo(map);
  const clusters = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40, animate: false });
  map.addLayer(clusters);
  const labels = L.layerGroup().addTo(map);
  let places = [];
  Sitrep.json("places.json").then(p => { places = p.places; drawLabels(); }).catch(() => { /* labels are a help, not a need */ });
  map.on("moveend zoomend", drawLabels);

  // Place names from Natural Earth when zoomed in: each from the zoom Natural Earth suggests for it, only in view.
  function drawLabels() {
    labels.clearLayers();
    const zoom = map.getZoom();
    if (zoom < 5 || !places.length) { body.dataset.labels = "0"; return; }
    const bounds = map.getBounds();
    let shown = 0;
    for (const [name, lat, lon, minZoom, admin1, kind] of places) {
      if (minZoom > zoom + 1 || !bounds.contains([lat, lon])) continue;
      labels.addLayer(L.marker([lat, lon], {
        interactive: false, keyboard: false,
        icon: L.divIcon({ className: "place-label" + (kind ? " " + kind : ""), html: "", iconSize: null }),
      }).on("add", ev => { ev.target.getElement().textContent = name; ev.target.getElement().title = admin1; }));
      if (++shown >= 300) break;
    }
    body.dataset.labels = String(shown);
  }

  // Outlines of first-level divisions when zoomed in (Natural Earth's admin-1, simplified: admin1.json, made by
  // scripts/admin1-outlines.py), on one canvas, only those in view; body's data-admin1 says how many are drawn.
  const outlines = L.layerGroup().addTo(map);
  // Their own pane, above the countries' filled shapes and below the markers.
  map.createPane("outlines").style.zIndex = 450;
  map.getPane("outlines").style.pointerEvents = "none";
  const outlineCanvas = L.canvas({ padding: 0.2, pane: "outlines" });
  let divisions = [];
  Sitrep.json("admin1.json").then(a => { divisions = Sitrep.divisions(a); drawOutlines(); }).catch(() => { /* outlines are a help, not a need */ });
  map.on("moveend zoomend", drawOutlines);

  function drawOutlines() {
    outlines.clearLayers();
    if (map.getZoom() < 5 || !divisions.length) { body.dataset.admin1 = "0"; return; }
    const view = map.getBounds();
    let shown = 0;
    for (const d of divisions) {
      if (!view.intersects(d.bounds)) continue;
      outlines.addLayer(L.polygon(d.rings, { renderer: outlineCanvas, interactive: false, fill: false, color: "#8c8579", weight: 0.8, dashArray: "4 3" }));
      shown++;
    }
    body.dataset.admin1 = String(shown);
  }
  const showZoom = () => { body.dataset.zoom = String(map.getZoom()); };
  showZoom();
  map.on("zoomend", showZoom);

  const legend = document.getElementById("legend");
  for (const [type, colour] of Object.entries(Sitrep.colours)) {
    legend.append(Sitrep.el("span", { class: "key" }, [Sitrep.el("i", { style: `background:${colour}` }), type]));
  }
  legend.append(Sitrep.el("span", { class: "key outline-key", title: "Natural Earth's admin-1 outlines, simplified to about 2 km: drawn from zoom 5, for orientation" },
    [Sitrep.el("i", { class: "outline" }), "first-level divisions (simplified)"]));

  async function fillSelects() {
    const [stats, taxonomy] = await Promise.all([Sitrep.json("api/stats"), Sitrep.json("api/taxonomy")]);
    const type = document.getElementById("f-type"), sub = document.getElementById("f-sub_type");
    for (const t of taxonomy.event_types) {
      type.append(Sitrep.el("option", { value: t.name, text: t.name }));
      const group = Sitrep.el("optgroup", { label: t.name });
      for (const s of t.sub_event_types) group.append(Sitrep.el("option", { value: s, text: s }));
      sub.append(group);
    }
    const kind = document.getElementById("f-actor_kind");
    for (const k of taxonomy.actor_kinds) kind.append(Sitrep.el("option", { value: String(k.code), text: k.label }));
    const country = document.getElementById("f-country");
    for (const c of stats.by_country) if (c.name) country.append(Sitrep.el("option", { value: c.name, text: `${c.name} (${c.count})` }));
    body.dataset.storeEvents = String(stats.events);
  }

  function drawTimeline(days) {
    const host = document.getElementById("timeline");
    host.textContent = "";
    if (!days.length) return;
    const w = host.clientWidth || 420, h = 120, m = { l: 28, r: 8, t: 8, b: 20 };
    const parse = d3.utcParse("%Y-%m-%d");
    const data = days.map(d => ({ day: parse(d.day), count: d.count }));
    const x = d3.scaleUtc().domain([d3.utcDay.offset(d3.min(data, d => d.day), -1), d3.utcDay.offset(d3.max(data, d => d.day), 1)]).range([m.l, w - m.r]);
    const y = d3.scaleLinear().domain([0, d3.max(data, d => d.count)]).nice().range([h - m.b, m.t]);
    const svg = d3.select(host).append("svg").attr("width", w).attr("height", h);
    const bw = Math.max(2, (w - m.l - m.r) / Math.max(1, d3.utcDay.count(x.domain()[0], x.domain()[1])) - 1);
    svg.append("g").selectAll("rect").data(data).join("rect")
      .attr("class", "bar").attr("x", d => x(d.day) - bw / 2).attr("width", bw)
      .attr("y", d => y(d.count)).attr("height", d => y(0) - y(d.count))
      .attr("data-day", d => d3.utcFormat("%Y-%m-%d")(d.day))
      .append("title").text(d => `${d3.utcFormat("%Y-%m-%d")(d.day)}: ${d.count}`);
    svg.append("g").attr("transform", `translate(0,${h - m.b})`).call(d3.axisBottom(x).ticks(Math.max(2, Math.floor(w / 90))));
    svg.append("g").attr("transform", `translate(${m.l},0)`).call(d3.axisLeft(y).ticks(3));
    // Brushing a span of days filters everything to it.
    const brush = d3.brushX().extent([[m.l, m.t], [w - m.r, h - m.b]]).on("end", ({ selection }) => {
      if (!selection) return;
      const [a, b] = selection.map(x.invert);
      state.from = d3.utcFormat("%Y-%m-%d")(d3.utcDay.floor(a));
      state.to = d3.utcFormat("%Y-%m-%d")(d3.utcDay.floor(b));
      view.page = 1;
      apply(true);
    });
    svg.append("g").attr("class", "brush").call(brush);
  }

  let events = [], total = 0;

  function sortValue(e, key) {
    if (key === "sources") return e.sources.length;
    if (key === "fatalities") return e.fatalities || 0;
    return (e[key] || "").toString().toLowerCase();
  }

  function drawTable() {
    const rows = events.slice().sort((a, b) => {
      const x = sortValue(a, view.sort), y = sortValue(b, view.sort);
      const c = x < y ? -1 : x > y ? 1 : 0;
      return view.dir === "asc" ? c : -c;
    });
    const pages = Math.max(1, Math.ceil(rows.length / view.rows));
    view.page = Math.min(view.page, pages);
    const tbody = document.querySelector("#events tbody");
    tbody.textContent = "";
    for (const e of rows.slice((view.page - 1) * view.rows, view.page * view.rows)) {
      const colour = Sitrep.colours[e.event_type] || "#555";
      const link = Sitrep.el("a", { href: `event.html?id=${encodeURIComponent(e.event_id)}`, text: e.event_date || "?" });
      tbody.append(Sitrep.el("tr", { "data-event": e.event_id }, [
        Sitrep.el("td", {}, [link]),
        Sitrep.el("td", {}, [Sitrep.el("i", { class: "dot", style: `background:${colour}` }), e.sub_event_type]),
        Sitrep.el("td", { text: e.actor1 }),
        Sitrep.el("td", { text: e.actor2 }),
        Sitrep.el("td", { text: e.location }),
        Sitrep.el("td", { text: e.country }),
        Sitrep.el("td", { class: "num", text: String(e.fatalities) }),
        Sitrep.el("td", { class: "num", text: String(e.sources.length) }),
      ]));
    }
    for (const th of document.querySelectorAll("#events th[data-sort]"))
      th.setAttribute("aria-sort", th.dataset.sort === view.sort ? (view.dir === "asc" ? "ascending" : "descending") : "none");
    document.getElementById("page-info").textContent = `page ${view.page} of ${pages}`;
    document.getElementById("page-prev").disabled = view.page <= 1;
    document.getElementById("page-next").disabled = view.page >= pages;
    document.getElementById("pager").hidden = pages <= 1;
  }

  function drawMap() {
    clusters.clearLayers();
    const bounds = [];
    for (const e of events) {
      if (e.latitude == null || e.longitude == null) continue;
      const marker = L.circleMarker([e.latitude, e.longitude], {
        radius: 5 + Math.sqrt(e.fatalities || 0) * 2, color: "#333", weight: 1, fillColor: Sitrep.colours[e.event_type] || "#555", fillOpacity: 0.85,
      });
      marker.bindPopup(Sitrep.el("div", {}, [
        Sitrep.el("strong", { text: `${e.sub_event_type}` }), Sitrep.el("br"),
        `${e.event_date || "date unknown"} · ${e.location || e.country} · ${e.fatalities} dead`, Sitrep.el("br"),
        Sitrep.el("a", { href: `event.html?id=${encodeURIComponent(e.event_id)}`, text: "evidence" }),
      ]));
      clusters.addLayer(marker);
      bounds.push([e.latitude, e.longitude]);
    }
    body.dataset.markers = String(bounds.length);
    if (bounds.length) map.fitBounds(bounds, { padding: [30, 30], maxZoom: 7 });
  }

  function drawEmpty() {
    const empty = document.getElementById("empty");
    const anyFilter = filterKeys.some(k => state[k]);
    empty.hidden = events.length > 0;
    document.getElementById("events").hidden = events.length === 0;
    empty.textContent = anyFilter
      ? "No events match these filters. Widen them, or Reset to see every event."
      : "No events are stored yet. Add some with: ./sitrep ingest ARTICLES --db STORE (or POST /api/documents), then reload.";
  }

  async function load() {
    const p = filterParams({ limit: 5000 });
    const [page, stats] = await Promise.all([Sitrep.json("api/events?" + p), Sitrep.json("api/stats?" + filterParams())]);
    events = page.events;
    total = page.total;
    drawMap();
    drawTable();
    drawTimeline(stats.by_day);
    drawEmpty();
    const exportQuery = filterParams().toString();
    document.getElementById("export-csv").href = "api/export.csv" + (exportQuery ? "?" + exportQuery : "");
    document.getElementById("export-geojson").href = "api/export.geojson" + (exportQuery ? "?" + exportQuery : "");
    document.getElementById("summary").textContent = `${total} events${total > events.length ? ` (showing the newest ${events.length})` : ""}`;
    body.dataset.loaded = "true";
  }

  async function apply(push) {
    showFilters();
    writeUrl(push);
    body.dataset.loaded = "false";
    try {
      await load();
    } catch (err) {
      document.getElementById("summary").textContent = "Could not load events: " + err.message;
      body.dataset.loaded = "error";
    }
  }

  document.getElementById("filters").addEventListener("submit", ev => {
    ev.preventDefault();
    for (const k of filterKeys) state[k] = document.getElementById("f-" + k).value.trim();
    view.page = 1;
    apply(true);
  });
  document.getElementById("f-reset").addEventListener("click", () => {
    for (const k of filterKeys) state[k] = "";
    view.page = 1;
    apply(true);
  });
  for (const th of document.querySelectorAll("#events th[data-sort]")) {
    th.tabIndex = 0;
    const sort = () => {
      if (view.sort === th.dataset.sort) view.dir = view.dir === "asc" ? "desc" : "asc";
      else { view.sort = th.dataset.sort; view.dir = th.dataset.sort === "event_date" || th.dataset.sort === "fatalities" ? "desc" : "asc"; }
      view.page = 1;
      writeUrl(false);
      drawTable();
    };
    th.addEventListener("click", sort);
    th.addEventListener("keydown", ev => { if (ev.key === "Enter") sort(); });
  }
  document.getElementById("page-prev").addEventListener("click", () => { view.page--; writeUrl(false); drawTable(); });
  document.getElementById("page-next").addEventListener("click", () => { view.page++; writeUrl(false); drawTable(); });
  window.addEventListener("popstate", () => { readUrl(); apply(false); });

  readUrl();
  try {
    await fillSelects();
  } catch (err) {
    document.getElementById("summary").textContent = "Could not load events: " + err.message;
  }
  await apply(false);
})();
