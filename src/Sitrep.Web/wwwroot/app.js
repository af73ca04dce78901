"use strict";
(async function () {
  const state = { type: "", country: "", actor: "", from: "", to: "", q: "" };
  const map = L.map("map", { worldCopyJump: true, minZoom: 2, maxZoom: 12 }).setView([12, 20], 3);
  // Offline country outlines (world-atlas), no tile server.
  const world = await Sitrep.json("lib/countries-50m.json");
  L.geoJSON(topojson.feature(world, world.objects.countries), {
    style: { color: "#999", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1 },
    interactive: false,
  }).addTo(map);
  const clusters = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40, animate: false });
  map.addLayer(clusters);

  const legend = document.getElementById("legend");
  for (const [type, colour] of Object.entries(Sitrep.colours)) {
    legend.append(Sitrep.el("span", { class: "key" }, [Sitrep.el("i", { style: `background:${colour}` }), type]));
  }

  function params(extra) {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(state)) if (v) p.set(k, v);
    for (const [k, v] of Object.entries(extra || {})) p.set(k, v);
    return p.toString();
  }

  async function fillSelects() {
    const stats = await Sitrep.json("api/stats");
    const type = document.getElementById("f-type");
    for (const t of Object.keys(Sitrep.colours)) type.append(Sitrep.el("option", { value: t, text: t }));
    const country = document.getElementById("f-country");
    for (const c of stats.by_country) if (c.name) country.append(Sitrep.el("option", { value: c.name, text: `${c.name} (${c.count})` }));
    drawTimeline(stats.by_day);
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
      .append("title").text(d => `${d3.utcFormat("%Y-%m-%d")(d.day)}: ${d.count}`);
    svg.append("g").attr("transform", `translate(0,${h - m.b})`).call(d3.axisBottom(x).ticks(5));
    svg.append("g").attr("transform", `translate(${m.l},0)`).call(d3.axisLeft(y).ticks(3));
    // Brushing a span of days filters everything to it.
    const brush = d3.brushX().extent([[m.l, m.t], [w - m.r, h - m.b]]).on("end", ({ selection }) => {
      if (!selection) return;
      const [a, b] = selection.map(x.invert);
      state.from = d3.utcFormat("%Y-%m-%d")(d3.utcDay.floor(a));
      state.to = d3.utcFormat("%Y-%m-%d")(d3.utcDay.floor(b));
      document.getElementById("f-from").value = state.from;
      document.getElementById("f-to").value = state.to;
      load();
    });
    svg.append("g").attr("class", "brush").call(brush);
  }

  async function load() {
    const page = await Sitrep.json("api/events?" + params({ limit: 5000 }));
    clusters.clearLayers();
    const body = document.querySelector("#events tbody");
    body.textContent = "";
    const bounds = [];
    for (const e of page.events) {
      const colour = Sitrep.colours[e.event_type] || "#555";
      if (e.latitude != null && e.longitude != null) {
        const marker = L.circleMarker([e.latitude, e.longitude], {
          radius: 5 + Math.sqrt(e.fatalities || 0) * 2, color: "#333", weight: 1, fillColor: colour, fillOpacity: 0.85,
        });
        const popup = Sitrep.el("div", {}, [
          Sitrep.el("strong", { text: `${e.sub_event_type}` }), Sitrep.el("br"),
          `${e.event_date || "date unknown"} · ${e.location || e.country} · ${e.fatalities} dead`, Sitrep.el("br"),
          Sitrep.el("a", { href: `event.html?id=${encodeURIComponent(e.event_id)}`, text: "evidence" }),
        ]);
        marker.bindPopup(popup);
        marker.options.eventId = e.event_id;
        clusters.addLayer(marker);
        bounds.push([e.latitude, e.longitude]);
      }
      const link = Sitrep.el("a", { href: `event.html?id=${encodeURIComponent(e.event_id)}`, text: e.event_date || "?" });
      body.append(Sitrep.el("tr", { "data-event": e.event_id }, [
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
    document.getElementById("summary").textContent = `${page.total} events${page.total > page.events.length ? ` (showing ${page.events.length})` : ""}`;
    document.body.dataset.markers = String(bounds.length);
    document.body.dataset.loaded = "true";
    if (bounds.length) map.fitBounds(bounds, { padding: [30, 30], maxZoom: 7 });
  }

  document.getElementById("filters").addEventListener("submit", ev => {
    ev.preventDefault();
    for (const k of Object.keys(state)) state[k] = document.getElementById("f-" + k).value.trim();
    load();
  });
  document.getElementById("f-reset").addEventListener("click", () => {
    for (const k of Object.keys(state)) { state[k] = ""; document.getElementById("f-" + k).value = ""; }
    load();
  });
  try {
    await fillSelects();
    await load();
  } catch (err) {
    document.getElementById("summary").textContent = "Could not load events: " + err.message;
  }
})();
