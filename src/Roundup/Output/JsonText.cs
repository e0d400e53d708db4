using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Roundup.Output;

/// <summary>Settings and value formats every writer shares, so that all commands write JSON and dates alike.</summary>
internal static class JsonText
{
    /// <summary>One JSON value per line (JSON Lines), non-ASCII text written as is.</summary>
    public static JsonSerializerOptions Line { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Indented JSON documents, non-ASCII text written as is.</summary>
    public static JsonSerializerOptions Indented { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };

    /// <summary>ISO 8601 date (yyyy-MM-dd) whatever the machine's culture, or null.</summary>
    public static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
