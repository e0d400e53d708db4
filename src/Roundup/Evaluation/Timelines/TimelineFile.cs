using System.Globalization;
using System.Text.Json;
using Roundup.Model;

namespace Roundup.Evaluation.Timelines;

/// <summary>
/// Reads a timeline from a file: tilse's (and Timeline17's) text format — a yyyy-MM-dd line, one sentence a line, a
/// line of dashes after each date — or JSON: Roundup's <c>{"timeline": [{"date", "summary": [...]}]}</c>, a brief's
/// <c>"timeline": [{"date", "text"}]</c> (entries dated only to a month or year are left out: timeline scores compare
/// days), or tilse's <c>[[date, [sentence, ...]], ...]</c>.
/// </summary>
public static class TimelineFile
{
    /// <summary>The timeline in <paramref name="path"/>; an unreadable or malformed file raises <see cref="RoundupException"/> saying where.</summary>
    public static List<DatedSummary> Read(string path, Action<string>? warn = null)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RoundupException($"cannot read the timeline {path}: {e.Message}", e);
        }
        var trimmed = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return trimmed.StartsWith('{') || trimmed.StartsWith('[') ? ReadJson(path, trimmed, warn) : ReadText(path, text);
    }

    private static List<DatedSummary> ReadText(string path, string text)
    {
        var days = new List<DatedSummary>();
        DateOnly? date = null;
        var sentences = new List<string>();
        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length >= 3 && line.All(c => c == '-'))
            {
                if (date is not { } d)
                {
                    throw new RoundupException($"{path}:{i + 1}: a line of dashes ends a date, but no date line came before it.");
                }
                days.Add(new DatedSummary(d, sentences));
                (date, sentences) = (null, []);
            }
            else if (DateOnly.TryParseExact(line, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                if (date is not null)
                {
                    throw new RoundupException($"{path}:{i + 1}: a new date before the line of dashes that ends the previous one.");
                }
                date = parsed;
            }
            else if (line.Length > 0)
            {
                if (date is null)
                {
                    throw new RoundupException($"{path}:{i + 1}: a sentence outside any date (expected a yyyy-MM-dd line first).");
                }
                sentences.Add(line);
            }
        }
        if (date is { } last)
        {
            days.Add(new DatedSummary(last, sentences)); // a last date without its closing dashes
        }
        return days;
    }

    private static List<DatedSummary> ReadJson(string path, string text, Action<string>? warn)
    {
        try
        {
            using var doc = JsonDocument.Parse(text);
            var root = doc.RootElement;
            var entries = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("timeline", out var t) ? t : root;
            if (entries.ValueKind != JsonValueKind.Array)
            {
                throw new RoundupException($"{path}: expected a JSON array of dates or an object with a \"timeline\" array.");
            }
            var days = new List<DatedSummary>();
            int skipped = 0;
            foreach (var entry in entries.EnumerateArray())
            {
                var (dateText, sentences) = entry.ValueKind == JsonValueKind.Array && entry.GetArrayLength() == 2
                    ? (entry[0].GetString(), Strings(entry[1]))
                    : entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("date", out var d)
                        ? (d.GetString(), entry.TryGetProperty("summary", out var s) ? Strings(s) : entry.TryGetProperty("text", out var x) ? [x.GetString() ?? ""] : [])
                        : throw new RoundupException($"{path}: a timeline entry is neither [date, [sentences]] nor {{\"date\", \"summary\"|\"text\"}}.");
                if (DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    days.Add(new DatedSummary(date, sentences));
                }
                else if (dateText is not null && (DateOnly.TryParseExact(dateText, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                    || DateOnly.TryParseExact(dateText, "yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)))
                {
                    skipped++;
                }
                else
                {
                    throw new RoundupException($"{path}: \"{dateText}\" is not a yyyy-MM-dd date.");
                }
            }
            if (skipped > 0)
            {
                warn?.Invoke($"{path}: {skipped} entries dated only to a month or a year left out (timeline scores compare days).");
            }
            return days;
        }
        catch (JsonException e)
        {
            throw new RoundupException($"{path}: not valid JSON ({e.Message}).", e);
        }
        catch (InvalidOperationException e)
        {
            throw new RoundupException($"{path}: a timeline date or sentence is not a string ({e.Message}).", e);
        }
    }

    private static List<string> Strings(JsonElement array) =>
        array.ValueKind == JsonValueKind.Array ? array.EnumerateArray().Select(s => s.GetString() ?? "").ToList() : [array.GetString() ?? ""];

    /// <summary>Writes <paramref name="timeline"/> in tilse's text format.</summary>
    public static void WriteText(IEnumerable<DatedSummary> timeline, TextWriter output)
    {
        foreach (var day in timeline.OrderBy(d => d.Date))
        {
            output.WriteLine(day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            foreach (var sentence in day.Sentences)
            {
                output.WriteLine(sentence);
            }
            output.WriteLine("--------------------------------");
        }
    }
}
