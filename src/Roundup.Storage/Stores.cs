using Roundup.Storage.Postgres;
using Roundup.Storage.Sqlite;

namespace Roundup.Storage;

/// <summary>Opens the store a user names: a PostgreSQL URL, or else the path of a SQLite file.</summary>
public static class Stores
{
    /// <summary>
    /// Opens (and creates, or brings up to date) the store <paramref name="db"/> names: <c>postgresql://…</c> is a
    /// PostgreSQL database, anything else a SQLite file.
    /// </summary>
    public static IStore Open(string db) => PostgresStore.IsUrl(db) ? PostgresStore.Open(db) : SqliteStore.Open(db);
}
