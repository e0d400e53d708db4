using System.Text.Json;
using Roundup.Model;

namespace Roundup.Evaluation.Datasets;

/// <summary>Segments a page's extracted text must hold and must not hold (trafilatura's evaluation set).</summary>
/// <param name="File">The page's file name.</param>
/// <param name="With">Text the main content holds.</param>
/// <param name="Without">Page furniture the extraction must leave out.</param>
internal sealed record SegmentTruth(string File, IReadOnlyList<string> With, IReadOnlyList<string> Without);

/// <summary>
/// The ground truth of an extraction benchmark: the article extraction benchmark's <c>{"&lt;key&gt;": {"articleBody":
/// "..."}}</c>, or trafilatura's evaluation set, <c>{"&lt;url&gt;": {"file", "with": [...], "without": [...]}}</c>.
/// </summary>
public static class ExtractionTruth
{
    /// <summary>
    /// The must / must-not segments of each page when <paramref name="path"/> is in trafilatura's format (its entries
    /// name a "file"), else null.
    /// </summary>
    internal static List<SegmentTruth>? ReadSegments(string path)
    {
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            if (doc.RootElement.ValueKind != JsonValueKind.Object
                || !doc.RootElement.EnumerateObject().Any(p => p.Value.ValueKind == JsonValueKind.Object && p.Value.TryGetProperty("file", out _)))
            {
                return null;
            }
            static List<string> Strings(JsonElement entry, string name) =>
                entry.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
                    ? list.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList()
                    : [];
            return doc.RootElement.EnumerateObject()
                .Where(p => p.Value.ValueKind == JsonValueKind.Object && p.Value.TryGetProperty("file", out var f) && f.ValueKind == JsonValueKind.String)
                .Select(p => new SegmentTruth(p.Value.GetProperty("file").GetString()!, Strings(p.Value, "with"), Strings(p.Value, "without")))
                .ToList();
        }
        catch (JsonException e)
        {
            throw new RoundupException($"{Path.GetFullPath(path)} is not valid JSON ({e.Message}).");
        }
    }

    /// <summary>Page key → expected body (empty when the entry has none). Throws <see cref="RoundupException"/> on bad JSON.</summary>
    public static Dictionary<string, string> Read(string path)
    {
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new RoundupException($"{Path.GetFullPath(path)} is not a ground truth: it must be one JSON object of {{\"<page key>\": {{\"articleBody\": \"...\"}}}}.");
            }
            return doc.RootElement.EnumerateObject().ToDictionary(
                p => p.Name,
                p => p.Value.ValueKind == JsonValueKind.Object && p.Value.TryGetProperty("articleBody", out var b) && b.ValueKind == JsonValueKind.String
                    ? b.GetString()!
                    : "");
        }
        catch (JsonException e)
        {
            throw new RoundupException($"{Path.GetFullPath(path)} is not valid JSON ({e.Message}).");
        }
    }
}
