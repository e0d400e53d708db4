using Npgsql;
using Roundup.Model;

namespace Roundup.Storage.Postgres;

/// <summary>A <c>postgresql://</c> URL (as libpq and psql take it) as an Npgsql connection string, and as shown to the user.</summary>
internal static class PostgresUrl
{
    /// <summary>libpq's names of the query options that Npgsql names otherwise.</summary>
    private static readonly Dictionary<string, string> LibpqNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sslmode"] = "SSL Mode",
        ["user"] = "Username",
        ["dbname"] = "Database",
        ["connect_timeout"] = "Timeout",
        ["application_name"] = "Application Name",
    };

    /// <summary>The connection string, and the URL without its password (for messages).</summary>
    public static (string ConnectionString, string Location) Parse(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !PostgresStore.IsUrl(url))
        {
            throw new RoundupException($"Cannot read the store URL {Redact(url)}: write it as postgresql://user:password@host:port/database.");
        }
        var builder = new NpgsqlConnectionStringBuilder();
        if (uri.Host.Length > 0)
        {
            builder.Host = uri.Host;
        }
        if (uri.Port > 0)
        {
            builder.Port = uri.Port;
        }
        var userInfo = uri.UserInfo.Split(':', 2);
        if (userInfo[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(userInfo[0]);
        }
        if (userInfo.Length == 2)
        {
            builder.Password = Uri.UnescapeDataString(userInfo[1]);
        }
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(parts[0]);
            var value = parts.Length == 2 ? Uri.UnescapeDataString(parts[1]) : "";
            try
            {
                builder[LibpqNames.GetValueOrDefault(key, key)] = value;
            }
            catch (Exception e) when (e is ArgumentException or FormatException)
            {
                throw new RoundupException($"Cannot read the store URL {Redact(url)}: the option {key}={value} is not one PostgreSQL connections take.");
            }
        }
        builder.Host ??= "localhost";
        return (builder.ConnectionString, Redact(url));
    }

    /// <summary>The URL with any password replaced by stars.</summary>
    public static string Redact(string url)
    {
        int scheme = url.IndexOf("://", StringComparison.Ordinal);
        int at = url.IndexOf('@', StringComparison.Ordinal);
        if (scheme < 0 || at < 0)
        {
            return url;
        }
        int colon = url.IndexOf(':', scheme + 3);
        return colon > 0 && colon < at ? url[..(colon + 1)] + "***" + url[at..] : url;
    }
}
