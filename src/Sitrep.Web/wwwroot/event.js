"use strict";
(async function () {
  const id = new URLSearchParams(location.search).get("id");
  const fields = ["event_date", "time_precision", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
    "inter2", "interaction", "civilian_targeting", "country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision",
    "fatalities", "fatalities_low", "fatalities_high", "confidence", "source", "notes"];
  try {
    const detail = await Sitrep.json("api/events/" + encodeURIComponent(id || ""));
    const e = detail.event;
    document.title = `Sitrep: ${e.sub_event_type}, ${e.location || e.country}, ${e.event_date}`;
    document.getElementById("event-title").textContent = `${e.sub_event_type} · ${e.location || e.country} · ${e.event_date || "date unknown"}`;
    const rows = document.getElementById("field-rows");
    const evidenced = new Set(e.evidence.map(x => x.field));
    for (const f of fields) {
      const value = e[f] == null ? "" : String(e[f]);
      rows.append(Sitrep.el("tr", { class: evidenced.has(f) ? "evidenced" : "" }, [Sitrep.el("th", { text: f }), Sitrep.el("td", { text: value })]));
    }
    if (e.merge_reasons && e.merge_reasons.length) {
      rows.append(Sitrep.el("tr", {}, [Sitrep.el("th", { text: "merged because" }), Sitrep.el("td", { text: e.merge_reasons.join(" | ") })]));
    }
    const host = document.getElementById("sources");
    for (const doc of detail.documents) {
      const spans = e.evidence.filter(x => (x.doc_id || e.doc_id) === doc.doc_id)
        .filter(x => x.start >= 0 && x.end <= doc.text.length && x.start < x.end)
        .sort((a, b) => a.start - b.start || b.end - a.end);
      const p = Sitrep.el("div", { class: "doc-text" });
      // Text between spans as text nodes, each evidence span as a <mark> holding a text node: escaped by construction.
      let at = 0;
      for (const s of spans) {
        if (s.start < at) continue; // nested or overlapping spans keep the first
        p.append(document.createTextNode(doc.text.slice(at, s.start)));
        p.append(Sitrep.el("mark", { title: s.field, "data-field": s.field, text: doc.text.slice(s.start, s.end) }));
        at = s.end;
      }
      p.append(document.createTextNode(doc.text.slice(at)));
      const head = Sitrep.el("h2", {}, [doc.title || doc.doc_id]);
      const meta = Sitrep.el("p", { class: "meta", text: [doc.outlet, doc.published, doc.url].filter(Boolean).join(" · ") });
      host.append(Sitrep.el("article", { class: "source", "data-doc": doc.doc_id }, [head, meta, p]));
    }
    document.body.dataset.loaded = "true";
  } catch (err) {
    document.getElementById("event-title").textContent = "Could not load the event: " + err.message;
  }
})();
