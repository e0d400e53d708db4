using Npgsql;
using Roundup.Model;
using Roundup.Storage.Relational;

namespace Roundup.Storage.Postgres;

/// <summary>Brings a PostgreSQL store to the newest schema, one step per transaction; a store written by a newer Roundup is refused.</summary>
internal static class PostgresMigrator
{
    /// <summary>Held (per transaction) while a step is applied, so two processes opening one new store apply each step once.</summary>
    private const long MigrationLock = 0x526F_756E_6475_7001;

    /// <summary>Applies the steps of <paramref name="migrations"/> the store lacks; returns the schema version reached.</summary>
    public static int Apply(NpgsqlConnection connection, IReadOnlyList<Migration> migrations, string location)
    {
        using (var create = connection.BeginTransaction())
        {
            Db.Execute(connection, $"SELECT pg_advisory_xact_lock({MigrationLock})", create);
            Db.Execute(connection, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)", create);
            create.Commit();
        }
        int known = migrations.Count == 0 ? 0 : migrations[^1].Version;
        int version = Current(connection, null);
        if (version > known)
        {
            throw new RoundupException(
                $"The store {location} was written by a newer Roundup (schema version {version}; this one knows up to {known}): update Roundup or use another store.");
        }
        foreach (var step in migrations.Where(m => m.Version > version))
        {
            using var transaction = connection.BeginTransaction();
            Db.Execute(connection, $"SELECT pg_advisory_xact_lock({MigrationLock})", transaction);
            if (Current(connection, transaction) >= step.Version)
            {
                continue;
            }
            Db.Execute(connection, step.Sql, transaction);
            using var record = Db.Command(connection, "INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, now())", transaction);
            record.Set("version", step.Version).Set("name", step.Name).ExecuteNonQuery();
            transaction.Commit();
        }
        return Current(connection, null);
    }

    private static int Current(NpgsqlConnection connection, NpgsqlTransaction? transaction) =>
        Convert.ToInt32(Db.Scalar(connection, "SELECT COALESCE(MAX(version), 0) FROM schema_version", transaction), System.Globalization.CultureInfo.InvariantCulture);
}
