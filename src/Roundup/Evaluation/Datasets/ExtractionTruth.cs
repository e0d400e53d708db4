using System.Text.Json;
using Roundup.Model;

namespace Roundup.Evaluation.Datasets;

/// <summary>The ground truth of the article extraction benchmark: <c>{"&lt;key&gt;": {"articleBody": "..."}}</c>.</summary>
public static class ExtractionTruth
{
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
