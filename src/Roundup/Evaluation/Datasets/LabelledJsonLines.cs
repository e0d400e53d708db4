using System.Text.Json;
using Roundup.Ingest.JsonLines;
using Roundup.Model;

namespace Roundup.Evaluation.Datasets;

/// <summary>A JSON Lines file of articles that also carry a gold label (event, topic, story) per line.</summary>
public static class LabelledJsonLines
{
    /// <summary>
    /// Article id → label for every line that has both, ids as the reader gives them (string or number, else the
    /// file name and line number). Throws <see cref="RoundupException"/> when no line has the field.
    /// </summary>
    public static Dictionary<string, string> Labels(string path, string field)
    {
        var gold = new Dictionary<string, string>(StringComparer.Ordinal);
        int lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            try
            {
                using var doc = JsonDocument.Parse(line);
                var root = doc.RootElement;
                if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty(field, out var label) && label.ValueKind != JsonValueKind.Null)
                {
                    gold[JsonLinesReader.IdOf(root, path, lineNumber)] = label.ToString();
                }
            }
            catch (JsonException)
            {
                // Reported once already by the article reader; an unreadable line has no gold label.
            }
        }
        if (gold.Count == 0)
        {
            throw new RoundupException($"No line of {path} has the label field \"{field}\".");
        }
        return gold;
    }
}
