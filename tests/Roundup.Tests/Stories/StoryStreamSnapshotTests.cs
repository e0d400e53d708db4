using Roundup.Ingest.JsonLines;
using Roundup.Model;
using Roundup.Stories;

namespace Roundup.Tests.Stories;

/// <summary>
/// A stream saved and restored continues exactly: the same articles make the same stories, ids and reprints whether
/// they pass through one stream or through a chain of saves and restores.
/// </summary>
public class StoryStreamSnapshotTests
{
    /// <summary>
    /// Short windows so that stories close (and are released) inside the run, and revisions, splits and merges all
    /// happen across the save points.
    /// </summary>
    private static readonly StoryOptions Options = new() { WindowArticles = 300 };

    /// <summary>
    /// ECB+ (982 reports of 86 events) and then every report again under a new id, some cut to their first half: the
    /// second pass finds reprints of the first, and the first pass's stories close while the second runs.
    /// </summary>
    private static List<Article> Articles()
    {
        var path = Path.GetFullPath(Path.Combine(TestPaths.RepositoryRoot, "..", "shared", "eval", "ecbplus-events.jsonl"));
        Assert.True(File.Exists(path), $"This test needs {path} (../shared beside the repository).");
        var first = JsonLinesReader.Read(path, w => Assert.Fail(w.ToString())).ToList();
        var again = first.Select((a, i) => a with
        {
            Id = "again-" + a.Id,
            Paragraphs = i % 3 == 0 ? a.Paragraphs.Take(Math.Max(1, a.Paragraphs.Count / 2)).ToList() : a.Paragraphs,
        });
        return [.. first, .. again];
    }

    private static string Describe(Story s) =>
        $"{s.Id} {s.Title} [{string.Join(',', s.ArticleIds)}] {s.First} {s.Last} " +
        string.Join(',', s.Reprints.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key}>{r.Value}"));

    private static (List<string> Stories, List<int> Assigned, int Reprints) Run(List<Article> articles, int saveEvery)
    {
        var closed = new List<string>();
        void OnClosed(Story story, IReadOnlyList<Article> _) => closed.Add(Describe(story));
        var stream = new StoryStream(Options, OnClosed);
        var assigned = new List<int>();
        for (int i = 0; i < articles.Count; i++)
        {
            if (i > 0 && i % saveEvery == 0)
            {
                using var saved = new MemoryStream();
                stream.Save(saved);
                saved.Position = 0;
                stream = StoryStream.Restore(saved, Options, OnClosed);
            }
            assigned.Add(stream.Add(articles[i]));
        }
        int reprints = stream.ReprintCount;
        stream.Complete();
        return (closed, assigned, reprints);
    }

    [Fact]
    public void A_stream_saved_and_restored_makes_the_same_stories_as_one_that_never_stopped()
    {
        var articles = Articles();
        var whole = Run(articles, int.MaxValue);
        Assert.True(whole.Reprints > 500, $"the second pass should find reprints ({whole.Reprints})");
        Assert.True(whole.Stories.Count > 100);

        foreach (var every in new[] { 97, 700 })
        {
            var pieces = Run(articles, every);
            Assert.Equal(whole.Reprints, pieces.Reprints);
            Assert.Equal(whole.Assigned, pieces.Assigned);
            Assert.Equal(whole.Stories, pieces.Stories);
        }
    }

    [Fact]
    public void Changed_stories_are_handed_out_once_until_they_change_again()
    {
        var stream = new StoryStream();
        var body = new[] { "The river burst its banks at Ravensmoor on Monday, flooding forty homes and the old mill by the bridge." };
        stream.Add(new Article("a", "a", "One", "Flood at Ravensmoor", null, null, null, null, body));
        Assert.Single(stream.TakeChanged());
        Assert.Empty(stream.TakeChanged());
        stream.Add(new Article("b", "b", "Two", "Ravensmoor flooded", null, null, null, null, body));
        var changed = Assert.Single(stream.TakeChanged());
        Assert.Equal(["a", "b"], changed.ArticleIds);
    }

    [Fact]
    public void A_damaged_or_cut_state_is_refused_with_one_clear_error()
    {
        var articles = Articles().Take(400).ToList();
        var stream = new StoryStream(Options);
        foreach (var article in articles)
        {
            stream.Add(article);
        }
        using var saved = new MemoryStream();
        stream.Save(saved);
        var bytes = saved.ToArray();

        foreach (var length in new[] { 0, 5, bytes.Length / 3, bytes.Length - 1 })
        {
            var error = Assert.Throws<RoundupException>(() => StoryStream.Restore(new MemoryStream(bytes[..length]), Options));
            Assert.StartsWith("The saved story state cannot be continued", error.Message);
        }
        Assert.Contains("other story options",
            Assert.Throws<RoundupException>(() => StoryStream.Restore(new MemoryStream(bytes), Options with { JoinThreshold = 0.3 })).Message);

        // Flipped bytes anywhere give a refusal or a stream that still works: never a crash, a hang or a huge allocation.
        var random = new Random(7);
        for (int i = 0; i < 300; i++)
        {
            var damaged = (byte[])bytes.Clone();
            damaged[random.Next(damaged.Length)] ^= (byte)(1 << random.Next(8));
            try
            {
                var restored = StoryStream.Restore(new MemoryStream(damaged), Options);
                restored.Add(articles[i % articles.Count] with { Id = $"more{i}" });
            }
            catch (RoundupException)
            {
            }
        }
    }
}
