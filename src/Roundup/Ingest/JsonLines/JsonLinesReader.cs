using System.Globalization;
using System.Text;
using System.Text.Json;
using Roundup.Concurrency;
using Roundup.Ingest.Decoding;
using Roundup.Ingest.Metadata;
using Roundup.Ingest.PlainText;
using Roundup.Model;

namespace Roundup.Ingest.JsonLines;

/// <summary>
/// Streams articles from a JSON Lines file: one object a line with <c>text</c> (required) and optional
/// <c>id</c>, <c>url</c>, <c>title</c>, <c>published</c>, <c>outlet</c>. A bad line is reported with its
/// line number and skipped; the file is never loaded whole.
/// </summary>
internal static class JsonLinesReader
{
    /// <summary>Longest line read; a longer one is skipped (an article is never this large).</summary>
    public const int MaxLineChars = 10 * 1024 * 1024;

    /// <summary>
    /// The articles of the file in line order. Lines are parsed and cleaned on worker threads (several cores share
    /// the work on a big stream); warnings are reported in line order too. At most a few batches of lines (64 lines,
    /// or <see cref="MaxLineChars"/> chars) are held at once.
    /// </summary>
    public static IEnumerable<Article> Read(string path, Action<IngestWarning> warn) =>
        Read(() => new StreamReader(
            new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true),
            path, warn);

    /// <summary>The articles of JSON Lines read from <paramref name="open"/> (standard input, say), named <paramref name="path"/> in warnings.</summary>
    public static IEnumerable<Article> Read(Func<TextReader> open, string path, Action<IngestWarning> warn)
    {
        foreach (var (article, problem, lineNumber) in Prefetch.Map(Lines(open), line => Parse(line, path), weight: line => line.Text?.Length ?? 0, maxBatchWeight: MaxLineChars))
        {
            if (article is not null)
            {
                yield return article;
            }
            else if (problem is not null)
            {
                warn(new IngestWarning(path, lineNumber, problem));
            }
        }
    }

    private readonly record struct Line(int Number, string? Text);

    /// <summary>The lines of the file, numbered; a line too long to hold has no text.</summary>
    private static IEnumerable<Line> Lines(Func<TextReader> open)
    {
        using var reader = open();
        int lineNumber = 0;
        var line = new StringBuilder();
        while (true)
        {
            var status = ReadBoundedLine(reader, line);
            if (status == LineStatus.EndOfFile)
            {
                yield break;
            }
            lineNumber++;
            yield return new Line(lineNumber, status == LineStatus.TooLong ? null : line.ToString());
        }
    }

    private static (Article? Article, string? Problem, int LineNumber) Parse(Line line, string path)
    {
        if (line.Text is null)
        {
            return (null, $"line is longer than {MaxLineChars / (1024 * 1024)} MB; skipped.", line.Number);
        }
        if (string.IsNullOrWhiteSpace(line.Text))
        {
            return (null, null, line.Number);
        }
        // Half of a surrogate pair ("\ud83d" where scraping cut an emoji) is JSON the decoder refuses to turn into
        // text: the broken character becomes U+FFFD, as a browser shows it, and the line is kept.
        var json = JsonRepair.HasLoneSurrogate(line.Text) ? JsonRepair.ReplaceLoneSurrogates(line.Text) : line.Text;
        try
        {
            var article = ParseLine(json, path, line.Number, out var problem);
            return (article, problem, line.Number);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A defect met on one line must not lose the lines around it; it is reported so that it gets fixed.
            return (null, $"could not be read: unexpected {e.GetType().Name} ({e.Message}); line skipped. Please report it with this line.", line.Number);
        }
    }

    /// <summary>
    /// The id of the article on a line: its <c>id</c> (a non-empty string or a number), else the file name and line number, so
    /// ids stay unique and say where the article came from.
    /// </summary>
    internal static string IdOf(JsonElement line, string path, int lineNumber) =>
        line.TryGetProperty("id", out var id) && id.ValueKind is JsonValueKind.String or JsonValueKind.Number && id.ToString() is { Length: > 0 } text
            ? text
            : $"{System.IO.Path.GetFileNameWithoutExtension(path)}:{lineNumber}";

    private static Article? ParseLine(string json, string path, int lineNumber, out string? problem)
    {
        problem = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            problem = $"not valid JSON ({FirstSentence(e.Message)}); line skipped.";
            return null;
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problem = "expected a JSON object with a \"text\" field; line skipped.";
                return null;
            }
            if (FirstString(root, TextFields) is not { } found)
            {
                problem = "the object has no \"text\" string (nor \"body\", \"content\", \"maintext\" or \"article\"); line skipped.";
                return null;
            }
            var (textField, text) = found;
            var id = IdOf(root, path, lineNumber);
            var parsed = PlainTextParser.Parse(text, path, id);
            if (parsed.Paragraphs.Count == 0)
            {
                problem = $"\"{textField}\" holds no article text (only headlines, dates or page furniture); line skipped.";
                return null;
            }
            var url = FirstString(root, UrlFields)?.Value ?? parsed.Url;
            var published = DateText.Parse(FirstString(root, DateFields)?.Value) ?? DateText.FromUrl(url) ?? parsed.Published;
            var outlet = FirstString(root, OutletFields)?.Value ?? Outlets.FromUrl(url) ?? parsed.Outlet;
            return parsed with
            {
                Url = url,
                Title = FirstString(root, TitleFields)?.Value ?? parsed.Title,
                Published = published,
                Outlet = outlet,
            };
        }
    }

    // Each field under its Roundup name first, then the names other tools write (news-please, common scrapers).
    private static readonly string[] TextFields = ["text", "body", "content", "maintext", "article"];
    private static readonly string[] TitleFields = ["title", "headline"];
    private static readonly string[] DateFields = ["published", "date_publish", "published_at", "publish_date", "pubDate", "date", "time"];
    private static readonly string[] UrlFields = ["url", "link"];
    private static readonly string[] OutletFields = ["outlet", "source_domain", "source", "domain"];

    /// <summary>The first of <paramref name="names"/> that holds a non-empty string, with its name.</summary>
    private static (string Name, string Value)? FirstString(JsonElement root, string[] names)
    {
        foreach (var name in names)
        {
            if (root.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.String && e.GetString() is { Length: > 0 } s)
            {
                return (name, s);
            }
        }
        return null;
    }

    private static string FirstSentence(string message)
    {
        int dot = message.IndexOf(". ", StringComparison.Ordinal);
        return dot > 0 ? message[..dot] : message.TrimEnd('.');
    }

    private enum LineStatus { Line, TooLong, EndOfFile }

    /// <summary>Reads one line into <paramref name="line"/> without ever holding more than <see cref="MaxLineChars"/>.</summary>
    private static LineStatus ReadBoundedLine(TextReader reader, StringBuilder line)
    {
        line.Clear();
        bool tooLong = false;
        bool any = false;
        while (true)
        {
            int c = reader.Read();
            if (c < 0)
            {
                return !any ? LineStatus.EndOfFile : tooLong ? LineStatus.TooLong : LineStatus.Line;
            }
            any = true;
            if (c == '\n')
            {
                return tooLong ? LineStatus.TooLong : LineStatus.Line;
            }
            if (c == '\r')
            {
                // CR LF, or a bare CR (old Mac files, some exports): either ends the line.
                if (reader.Peek() == '\n')
                {
                    reader.Read();
                }
                return tooLong ? LineStatus.TooLong : LineStatus.Line;
            }
            if (line.Length < MaxLineChars)
            {
                line.Append((char)c);
            }
            else
            {
                tooLong = true;
            }
        }
    }
}
