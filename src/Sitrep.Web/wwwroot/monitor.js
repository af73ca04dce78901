// The dashboard's monitoring panel: the latest alerts and the health of watched sources, refreshed
// every 30 seconds. Hidden while the store has neither. Everything is put in the page as text.
"use strict";
(() => {
  const panel = document.getElementById("watch");
  if (!panel) return;
  const ago = iso => {
    if (!iso) return "never";
    const s = Math.round((Date.now() - Date.parse(iso)) / 1000);
    const abs = Math.abs(s);
    const text = abs < 90 ? `${abs}s` : abs < 5400 ? `${Math.round(abs / 60)}m` : abs < 129600 ? `${Math.round(abs / 3600)}h` : `${Math.round(abs / 86400)}d`;
    return s >= 0 ? `${text} ago` : `in ${text}`;
  };
  const el = Sitrep.el;

  function alertItem(a) {
    const ev = a.payload && a.payload.event;
    const link = ev ? el("a", { href: `event.html?id=${encodeURIComponent(a.event_id)}`, text: a.summary || a.event_id }) : document.createTextNode(a.summary || a.event_id);
    const failed = a.status === "failed" || (a.status === "pending" && a.attempts > 0);
    return el("li", { class: failed ? "watch-bad" : "" }, [
      el("strong", { text: a.rule }), document.createTextNode(" "), link,
      el("div", { class: "meta", text: `${ago(a.fired_at)} · ${a.status}${a.target ? " → " + a.target : ""}${a.attempts > 1 ? ` · ${a.attempts} tries` : ""}${failed && a.last_error ? " · " + a.last_error : ""}` }),
    ]);
  }

  function sourceItem(s) {
    const failing = s.failures > 0;
    return el("li", { class: failing ? "watch-bad" : "" }, [
      el("strong", { text: s.name }), document.createTextNode(failing ? ` failing (${s.failures} in a row)` : s.last_success ? " ok" : " not polled yet"),
      el("div", { class: "meta", text: `last success ${ago(s.last_success)} · ${s.items_seen} items · ${s.events_found} events · next poll ${ago(s.next_poll)}` }),
      ...(failing && s.last_error ? [el("div", { class: "meta", text: s.last_error })] : []),
    ]);
  }

  async function refresh() {
    try {
      const [alerts, sources] = await Promise.all([Sitrep.json("/api/alerts?limit=8"), Sitrep.json("/api/sources")]);
      panel.hidden = alerts.length === 0 && sources.length === 0;
      document.getElementById("watch-alerts").replaceChildren(...(alerts.length ? alerts.map(alertItem) : [el("li", { class: "meta", text: "No alerts yet." })]));
      document.getElementById("watch-sources").replaceChildren(...sources.map(sourceItem));
    } catch (e) {
      panel.hidden = false;
      document.getElementById("watch-alerts").replaceChildren(el("li", { class: "watch-bad", text: "Alerts unavailable: " + e.message }));
    }
  }
  refresh();
  setInterval(refresh, 30000);
})();
