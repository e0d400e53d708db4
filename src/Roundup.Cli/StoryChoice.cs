using System.Text.Json;
using Roundup.Model;
using Roundup.Output;
using Roundup.Stories;

namespace Roundup.Cli;

/// <summary>A story and its articles, as <c>roundup cluster</c> finds it.</summary>
internal sealed record StoryArticles(Story Story, IReadOnlyList<Article> Articles);

/// <summary>
/// Which articles <c>roundup brief</c> briefs: one brief of several events reads as none of them, so the articles are
/// grouped into stories the way <c>roundup cluster</c> groups them (same engine, same order, same story ids).
/// </summary>
internal static class StoryChoice
{
    /// <summary>The stories of <paramref name="articles"/>, by id, each with its articles in input order.</summary>
    public static List<StoryArticles> Group(IReadOnlyList<Article> articles)
    {
        var found = new List<StoryArticles>();
        var stream = new StoryStream(new StoryOptions { KeepArticleText = true }, (story, members) => found.Add(new StoryArticles(story, members)));
        stream.AddAll(articles);
        stream.Complete();
        return found.OrderBy(s => s.Story.Id).ToList();
    }

    /// <summary>The largest story (the first of equals); the reader is told on standard error what was left out.</summary>
    public static StoryArticles Largest(List<StoryArticles> stories, int articles, TextWriter stderr)
    {
        var largest = stories.OrderByDescending(s => s.Articles.Count).ThenBy(s => s.Story.Id).First();
        if (stories.Count > 1)
        {
            int left = articles - largest.Articles.Count;
            stderr.WriteLine(
                $"warning: these {articles} articles read as {stories.Count} stories; the brief covers the largest, #{largest.Story.Id} \"{largest.Story.Title}\" " +
                $"({Plural.Of(largest.Articles.Count, "article")}), and leaves out {Plural.Of(left, "article")} in {Plural.Of(stories.Count - 1, "other story", "other stories")}. " +
                "'--all-stories' briefs each, '--story ID' one of them ('roundup cluster' lists them).");
        }
        return largest;
    }

    /// <summary>Story <paramref name="id"/> of a fresh grouping of the input.</summary>
    public static IReadOnlyList<Article> ById(List<StoryArticles> stories, int id) =>
        stories.FirstOrDefault(s => s.Story.Id == id)?.Articles
        ?? throw new RoundupException(
            $"No story {id}: these articles make {Plural.Of(stories.Count, "story", "stories")}, numbered {stories[0].Story.Id} to {stories[^1].Story.Id} ('roundup cluster' lists them).");

    /// <summary>
    /// The articles that story <paramref name="id"/> of a <c>roundup cluster --format json|jsonl</c> output names, in
    /// input order; ids the input lacks are a warning (the input is not the one that was clustered).
    /// </summary>
    public static IReadOnlyList<Article> FromClusterFile(FileInfo file, int id, IReadOnlyList<Article> articles, TextWriter stderr)
    {
        var ids = StoryIds(file, id);
        var chosen = articles.Where(a => ids.Contains(a.Id)).ToList();
        int missing = ids.Count - chosen.Select(a => a.Id).Distinct().Count();
        if (chosen.Count == 0)
        {
            throw new RoundupException(
                $"None of the {Plural.Of(ids.Count, "article")} of story {id} in {file.Name} is among the input: give the same input that was clustered.");
        }
        if (missing > 0)
        {
            stderr.WriteLine($"warning: {file.Name}: {Plural.Of(missing, "article")} of story {id} {(missing == 1 ? "is" : "are")} not among the input; briefing the other {chosen.Count}.");
        }
        return chosen;
    }

    private static HashSet<string> StoryIds(FileInfo file, int id)
    {
        if (!file.Exists)
        {
            throw new RoundupException($"Cannot read {file.FullName}: no such file.");
        }
        try
        {
            foreach (var story in Stories(file))
            {
                if (story.TryGetProperty("id", out var sid) && sid.ValueKind == JsonValueKind.Number && sid.TryGetInt32(out var n) && n == id)
                {
                    if (!story.TryGetProperty("articles", out var list) || list.ValueKind != JsonValueKind.Array)
                    {
                        throw new RoundupException($"{file.Name}: story {id} has no \"articles\" list; give the output of 'roundup cluster --format json' or '--format jsonl'.");
                    }
                    return list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal);
                }
            }
        }
        catch (JsonException e)
        {
            throw new RoundupException($"{file.Name} is not the output of 'roundup cluster --format json' or '--format jsonl': {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RoundupException($"Cannot read {file.FullName}: {e.Message}");
        }
        throw new RoundupException($"{file.Name} has no story {id}.");
    }

    /// <summary>The story objects of a cluster output: one JSON document with a "stories" array, or one story a line.</summary>
    private static List<JsonElement> Stories(FileInfo file)
    {
        var text = File.ReadAllText(file.FullName);
        JsonElement? whole = null;
        try
        {
            whole = JsonDocument.Parse(text).RootElement;
        }
        catch (JsonException)
        {
            // Not one document: JSON Lines, parsed line by line below.
        }
        if (whole is { ValueKind: JsonValueKind.Object } root && root.TryGetProperty("stories", out var stories) && stories.ValueKind == JsonValueKind.Array)
        {
            return stories.EnumerateArray().ToList();
        }
        return text.Split('\n').Where(l => l.Trim().Length > 0).Select(l => JsonDocument.Parse(l).RootElement).ToList();
    }
}
