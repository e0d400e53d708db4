using System.Data.Common;

namespace Roundup.Storage.Relational;

/// <summary>Commands in the SQL both stores speak (named parameters as <c>@name</c>), run for their effect or their value.</summary>
internal static class Db
{
    public static DbCommand Command(DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    /// <summary>Sets parameter <paramref name="name"/> (without its <c>@</c>), adding it on first use; null is SQL NULL.</summary>
    public static DbCommand Set(this DbCommand command, string name, object? value)
    {
        DbParameter parameter;
        int at = command.Parameters.IndexOf(name);
        if (at >= 0)
        {
            parameter = command.Parameters[at];
        }
        else
        {
            parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }
        parameter.Value = value ?? DBNull.Value;
        return command;
    }

    public static void Execute(DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        using var command = Command(connection, sql, transaction);
        command.ExecuteNonQuery();
    }

    public static object? Scalar(DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        using var command = Command(connection, sql, transaction);
        return command.ExecuteScalar();
    }

    public static long Long(object? value) => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
}
