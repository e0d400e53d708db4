using System.Collections.Concurrent;
using Roundup.Storage;

namespace Roundup.Server;

/// <summary>
/// Open stores kept between requests: opening one checks its schema and sets its connection up, which cost more than
/// the lookup a request makes. A request rents a store (one connection: never shared by two requests at once) and
/// gives it back; at most <see cref="MaxIdle"/> wait idle.
/// </summary>
internal sealed class StorePool(ServerOptions options) : IDisposable
{
    /// <summary>Idle stores kept: enough for the requests two cores serve at once, few enough to hold few connections.</summary>
    private const int MaxIdle = 32;

    private readonly ConcurrentBag<IStore> _idle = [];

    public Lease Rent() => new(this, _idle.TryTake(out var store) ? store : Stores.Open(options.Db));

    private void Return(IStore store)
    {
        if (_idle.Count < MaxIdle)
        {
            _idle.Add(store);
        }
        else
        {
            store.Dispose();
        }
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var store))
        {
            store.Dispose();
        }
    }

    /// <summary>A rented store, given back when disposed.</summary>
    public sealed class Lease(StorePool pool, IStore store) : IDisposable
    {
        public IStore Store { get; } = store;

        public void Dispose() => pool.Return(Store);
    }
}
