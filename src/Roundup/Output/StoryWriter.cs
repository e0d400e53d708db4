using System.Text.Json;
using Roundup.Analysis;
using Roundup.Analysis.Figures;
using Roundup.Model;

namespace Roundup.Output;

/// <summary>The output formats of <c>roundup cluster</c>.</summary>
public enum StoryFormat
{
    /// <summary>A few lines a story, for a terminal.</summary>
    Text,

    /// <summary>One JSON document holding every story, written when the stream ends.</summary>
    Json,

    /// <summary>One JSON object a line, a story as soon as it closes.</summary>
    Jsonl,
}

/// <summary>
/// Writes stories as they close (text and JSON Lines at once, so memory stays bounded on long streams; JSON at the
/// end). JSON fields: <c>id, title, articles, independent, reprints [{id, of}], outlets, first, last, brief</c>.
/// </summary>
/// <param name="format">The format to write.</param>
/// <param name="output">Where to write.</param>
public sealed class StoryWriter(StoryFormat format, TextWriter output)
{
    private readonly JsonRecords _json = new(output, lines: format == StoryFormat.Jsonl);

    /// <summary>Stories written so far.</summary>
    public int Count { get; private set; }

    /// <summary>Writes one story, with its brief when one was made.</summary>
    public void Write(Story story, Brief? brief) => Write(story, brief, null);

    /// <summary>Writes one story with its brief and the comparison of its sources.</summary>
    public void Write(Story story, StoryReport report) => Write(story, report.Brief, report.Comparison);

    private void Write(Story story, Brief? brief, SourceComparison? comparison)
    {
        Count++;
        if (format == StoryFormat.Text)
        {
            WriteText(story, brief, comparison);
            return;
        }
        _json.Add(ToJson(story, brief, comparison));
    }

    /// <summary>Ends the output: the JSON document, with the number of articles clustered.</summary>
    public void Complete(int articles)
    {
        if (format == StoryFormat.Json)
        {
            output.WriteLine(JsonSerializer.Serialize(new { articles, stories = _json.Collected }, JsonText.Indented));
        }
    }

    private void WriteText(Story s, Brief? brief, SourceComparison? comparison)
    {
        var dates = s.First is null ? "" : s.First == s.Last ? $", {JsonText.Iso(s.First)}" : $", {JsonText.Iso(s.First)} – {JsonText.Iso(s.Last)}";
        output.WriteLine($"#{s.Id} {s.Title} ({s.ArticleIds.Count} article{(s.ArticleIds.Count == 1 ? "" : "s")}{dates})");
        output.WriteLine($"    outlets: {string.Join(", ", s.Outlets)}");
        output.WriteLine($"    articles: {string.Join(", ", s.ArticleIds.Select(id => s.Reprints.TryGetValue(id, out var of) ? $"{id} (reprint of {of})" : id))}");
        if (brief is not null)
        {
            foreach (var sentence in brief.Summary)
            {
                // Readers know outlets, not article ids: each sentence is marked by the outlets that carry it.
                var outlets = sentence.Sources.Select(id => brief.Articles.FirstOrDefault(a => a.Id == id) is { } a ? BriefWriter.OutletOrFile(a) : id).Distinct();
                output.WriteLine($"    {sentence.Text} [{string.Join(", ", outlets)}]");
            }
        }
        if (brief is not null && comparison is not null)
        {
            foreach (var f in comparison.Figures.Where(f => f.Conflict))
            {
                var values = f.Values.Select(v => $"{Comparison.Value(v)} ({string.Join("; ", Comparison.Outlets(brief, v.Sources))})");
                output.WriteLine($"    differ: {f.About}: {string.Join(" vs ", values)}");
            }
        }
    }

    private static object ToJson(Story story, Brief? brief, SourceComparison? comparison) => new
    {
        id = story.Id,
        title = story.Title,
        articles = story.ArticleIds,
        independent = story.Independent,
        reprints = story.ArticleIds.Where(story.Reprints.ContainsKey).Select(id => new { id, of = story.Reprints[id] }),
        outlets = story.Outlets,
        first = JsonText.Iso(story.First),
        last = JsonText.Iso(story.Last),
        brief = brief is null ? null : new
        {
            title = brief.Title,
            words = brief.Words,
            summary = brief.Summary.Select(s => new { text = s.Text, sources = s.Sources, support = s.Support, independent = s.Independent }),
            entities = comparison?.Entities.Select(e => new { name = e.Name, kind = e.Kind.ToString().ToLowerInvariant(), aliases = e.Aliases, mentions = e.Mentions, sources = e.Sources }),
            figures = comparison?.Figures.Select(f => new
            {
                about = f.About,
                values = f.Values.Select(v => new { value = v.Value, text = v.Text, hedge = v.Hedge == Hedge.None ? null : Hedges.Words(v.Hedge), sources = v.Sources }),
                conflict = f.Conflict,
            }),
            exclusives = comparison?.Exclusives.Select(x => new { source = x.Source, text = x.Text, sources = x.Sources }),
            timeline = comparison?.Timeline.Select(t => new { date = t.Label, granularity = t.Granularity.ToString().ToLowerInvariant(), text = t.Text, sources = t.Sources }),
        },
    };
}
