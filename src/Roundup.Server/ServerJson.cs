using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Roundup.Server;

/// <summary>How the API writes JSON: camelCase names, dates as YYYY-MM-DD, any script's letters as they are, and the characters HTML gives meaning to escaped.</summary>
internal static class ServerJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };
}
