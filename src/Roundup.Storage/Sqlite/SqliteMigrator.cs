using Microsoft.Data.Sqlite;
using Roundup.Model;
using Roundup.Storage.Relational;

namespace Roundup.Storage.Sqlite;

/// <summary>Brings a SQLite store to the newest schema, one step per transaction; a store written by a newer Roundup is refused.</summary>
internal static class SqliteMigrator
{
    /// <summary>Applies the steps of <paramref name="migrations"/> the store lacks; returns the schema version reached.</summary>
    public static int Apply(SqliteConnection connection, IReadOnlyList<Migration> migrations, string path)
    {
        Db.Execute(connection, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        int known = migrations.Count == 0 ? 0 : migrations[^1].Version;
        int version = Current(connection, null);
        if (version > known)
        {
            throw new RoundupException(
                $"The store {path} was written by a newer Roundup (schema version {version}; this one knows up to {known}): update Roundup or use another store.");
        }
        foreach (var step in migrations.Where(m => m.Version > version))
        {
            // IMMEDIATE takes the write lock first, so two processes opening one new store apply each step once.
            using var transaction = connection.BeginTransaction(deferred: false);
            if (Current(connection, transaction) >= step.Version)
            {
                continue;
            }
            Db.Execute(connection, step.Sql, transaction);
            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_version (version, name, applied_at) VALUES ($version, $name, $at)";
            record.Parameters.AddWithValue("$version", step.Version);
            record.Parameters.AddWithValue("$name", step.Name);
            record.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O"));
            record.ExecuteNonQuery();
            transaction.Commit();
        }
        return Current(connection, null);
    }

    private static int Current(SqliteConnection connection, SqliteTransaction? transaction) =>
        Convert.ToInt32(Db.Scalar(connection, "SELECT COALESCE(MAX(version), 0) FROM schema_version", transaction), System.Globalization.CultureInfo.InvariantCulture);
}
