using Sitrep.Storage;

namespace Sitrep.Web;

/// <summary>
/// Opens the store for one request. A SQLite connection serves one thread at a time, so each request
/// gets its own (WAL lets them read side by side); PostgreSQL connections come from Npgsql's pool.
/// </summary>
public sealed class StoreFactory
{
    private readonly string _target;

    public StoreFactory(string target)
    {
        _target = target;
        using var first = EventStores.Open(target); // creates the schema once, up front
    }

    public IEventStore Open() => EventStores.Open(_target, perRequest: true);
}
