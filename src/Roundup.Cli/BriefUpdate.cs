using System.Globalization;
using System.Text.Json;
using Roundup.Briefing;
using Roundup.Model;
using Roundup.Output;

namespace Roundup.Cli;

/// <summary>
/// What an update brief (<c>roundup brief --since DATE|PREVIOUS.json</c>) starts from: the articles to brief and the
/// sentences the reader has already seen. Since a date: the articles published on or after it, and everything the
/// earlier articles said counts as seen. Since a previous brief (its <c>--format json</c> output): every article, and
/// every sentence that brief showed (its summary, timeline and exclusives) counts as seen.
/// </summary>
internal sealed record BriefUpdate(IReadOnlyList<Article> Articles, SeenSentences Seen, IReadOnlySet<string> PreviousArticles, string Description)
{
    public static BriefUpdate From(string since, List<Article> articles, TextWriter stderr)
    {
        if (DateOnly.TryParseExact(since, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            int undated = articles.Count(a => a.Published is null);
            if (undated > 0)
            {
                stderr.WriteLine($"warning: {Plural.Of(undated, "article")} without a publication date left out of the update (whether they are new cannot be told).");
            }
            var earlier = articles.Where(a => a.Published < date).ToList();
            var seen = SeenSentences.Of(earlier.SelectMany(a => a.Paragraphs));
            return new BriefUpdate(articles.Where(a => a.Published >= date).ToList(), seen, earlier.Select(a => a.Id).ToHashSet(StringComparer.Ordinal),
                $"since {since}");
        }
        if (!File.Exists(since))
        {
            throw new RoundupException($"--since takes a date written YYYY-MM-DD or a brief written with --format json; '{since}' is neither (no such file).");
        }
        var (texts, ids) = ReadPrevious(since);
        return new BriefUpdate(articles, SeenSentences.Of(texts), ids, $"since the brief in {Path.GetFileName(since)}");
    }

    /// <summary>The sentences a brief's JSON showed and the ids of the articles it briefed; one brief or an array of them.</summary>
    private static (List<string> Texts, HashSet<string> Ids) ReadPrevious(string path)
    {
        var texts = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            var briefs = doc.RootElement.ValueKind == JsonValueKind.Array ? doc.RootElement.EnumerateArray().ToList() : [doc.RootElement];
            foreach (var brief in briefs)
            {
                if (brief.ValueKind != JsonValueKind.Object || !brief.TryGetProperty("summary", out var summary) || summary.ValueKind != JsonValueKind.Array)
                {
                    throw new RoundupException($"{path} is not a brief written with --format json (no \"summary\" array).");
                }
                foreach (var part in new[] { "summary", "timeline", "exclusives" })
                {
                    if (brief.TryGetProperty(part, out var items) && items.ValueKind == JsonValueKind.Array)
                    {
                        texts.AddRange(items.EnumerateArray().Select(i => i.TryGetProperty("text", out var t) ? t.GetString() : null).OfType<string>());
                    }
                }
                if (brief.TryGetProperty("articles", out var articles) && articles.ValueKind == JsonValueKind.Array)
                {
                    ids.UnionWith(articles.EnumerateArray().Select(a => a.TryGetProperty("id", out var id) ? id.GetString() : null).OfType<string>());
                }
            }
        }
        catch (JsonException e)
        {
            throw new RoundupException($"{path} is not a brief written with --format json ({e.Message}).", e);
        }
        catch (InvalidOperationException e)
        {
            throw new RoundupException($"{path} is not a brief written with --format json (a sentence or id is not a string).", e);
        }
        catch (IOException e)
        {
            throw new RoundupException($"cannot read the previous brief {path}: {e.Message}", e);
        }
        return (texts, ids);
    }
}
