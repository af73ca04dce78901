namespace Sitrep.Monitor;

/// <summary>
/// The monitor's own tables, beside the event store's: watched sources (health, lease, conditional-GET
/// validators), the items seen of each, and fired alerts with their delivery. Times are Unix milliseconds,
/// so leases compare the same way on both databases.
/// </summary>
internal static class MonitorSchema
{
    private static string Tables(string serialKey) => $"""
        CREATE TABLE IF NOT EXISTS watch_sources (
            name TEXT PRIMARY KEY, url TEXT NOT NULL, every_ms BIGINT NOT NULL,
            lease_owner TEXT, lease_until BIGINT NOT NULL DEFAULT 0,
            next_poll BIGINT NOT NULL DEFAULT 0, last_polled BIGINT NOT NULL DEFAULT 0, polls BIGINT NOT NULL DEFAULT 0,
            etag TEXT, last_modified TEXT,
            last_success BIGINT, last_error TEXT, last_error_at BIGINT, failures BIGINT NOT NULL DEFAULT 0,
            items_seen BIGINT NOT NULL DEFAULT 0, events_found BIGINT NOT NULL DEFAULT 0);
        CREATE TABLE IF NOT EXISTS watch_items (
            source TEXT NOT NULL, item_key TEXT NOT NULL, doc_id TEXT, events BIGINT NOT NULL, seen_at BIGINT NOT NULL,
            PRIMARY KEY (source, item_key));
        CREATE TABLE IF NOT EXISTS alerts (
            id {serialKey}, rule TEXT NOT NULL, event_id TEXT NOT NULL, fired_at BIGINT NOT NULL, target TEXT, payload TEXT NOT NULL,
            status TEXT NOT NULL, attempts BIGINT NOT NULL DEFAULT 0, last_error TEXT, delivered_at BIGINT,
            claimed_by TEXT, claimed_until BIGINT NOT NULL DEFAULT 0,
            UNIQUE (rule, event_id));
        CREATE INDEX IF NOT EXISTS alerts_fired ON alerts (fired_at);
        CREATE INDEX IF NOT EXISTS alerts_pending ON alerts (status, claimed_until);
        """;

    public static string Sqlite => Tables("INTEGER PRIMARY KEY");

    public static string Postgres => Tables("BIGSERIAL PRIMARY KEY");
}
