using System.Text.Json;
using Roundup.Evaluation;
using Roundup.Ingest.JsonLines;
using Roundup.Stories;
using Roundup.Tests.Evaluation;

namespace Roundup.Tests.Stories;

/// <summary>
/// Quality gates for story clustering, read as `roundup eval clusters FILE --label event` reads them
/// (<see cref="ClusterEvaluation.Run"/>), on data checked against its hash. Tuned on: ECB+ (../shared/eval, 982
/// documents in 86 events, each topic two events of the same kind), where the method was chosen at B-cubed F1 0.908 and
/// stands at 0.913 with the month window; the target is 0.90. Checked, not tuned, on the long-story proxy below
/// (bench/ecbplus-stream.py): 0.86 with the week window, 0.98 with the month.
/// </summary>
public sealed class StoryQualityFloorTests : IDisposable
{
    private const double MinEventF1 = 0.90;

    /// <summary>Stories whose thin coverage spreads over five weeks must not fall apart at every gap of a week or two.</summary>
    private const double MinLongStoryF1 = 0.95;

    private const string EventsHash = "cbc5b15211a7bf0763d07703aba03714a9fd3a460b6f9b9ddfba8e4254a07200";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string EcbPlus
    {
        get
        {
            var path = SharedData.Require("ecbplus-events.jsonl");
            SharedData.Check(path, EventsHash);
            return path;
        }
    }

    [Fact]
    public void Revisions_and_splits_give_the_same_stories_on_every_run()
    {
        static string Run()
        {
            var clusterer = new StoryClusterer();
            foreach (var article in JsonLinesReader.Read(EcbPlus, _ => { }))
            {
                clusterer.Add(article);
            }
            return string.Join('\n', clusterer.Stories.Select(s => $"{s.Id} {s.Title} {string.Join(',', s.ArticleIds)}"));
        }

        Assert.Equal(Run(), Run());
    }

    [Fact]
    public void Online_clustering_of_ecbplus_stays_above_the_target()
    {
        var scores = Assert.Single(ClusterEvaluation.Run(EcbPlus, ["event"], w => Assert.Fail(w.ToString()))).Scores;

        Assert.Equal(86, scores.GoldClusters);
        Assert.True(scores.F1 >= MinEventF1, $"event B-cubed F1 {scores.F1:0.000} (P {scores.Precision:0.000}, R {scores.Recall:0.000}) fell below {MinEventF1}");
    }

    [Fact]
    public void Stories_covered_thinly_over_five_weeks_stay_whole()
    {
        // As `python3 bench/ecbplus-stream.py a --spread 35` writes it: the first event of each topic, each starting on
        // one of 60 days with its documents spread over the next 35, in date order.
        var random = new Random(11);
        var start = new Dictionary<string, int>(StringComparer.Ordinal);
        var documents = new List<(string Published, string Line)>();
        foreach (var line in File.ReadLines(EcbPlus))
        {
            using var doc = JsonDocument.Parse(line);
            var ev = doc.RootElement.GetProperty("event").GetString()!;
            if (!ev.EndsWith('a'))
            {
                continue;
            }
            if (!start.TryGetValue(ev, out var day))
            {
                start[ev] = day = random.Next(60);
            }
            var published = new DateOnly(2000, 1, 1).AddDays(day + random.Next(35)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var fields = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(line)!;
            var dated = fields.ToDictionary(f => f.Key, f => (object)f.Value);
            dated["published"] = published;
            documents.Add((published, JsonSerializer.Serialize(dated)));
        }
        var file = _folder.File("long-stories.jsonl", string.Join('\n', documents.OrderBy(d => d.Published, StringComparer.Ordinal).Select(d => d.Line)) + "\n");

        var scores = Assert.Single(ClusterEvaluation.Run(file, ["event"], w => Assert.Fail(w.ToString()))).Scores;

        Assert.Equal(43, scores.GoldClusters);
        Assert.True(scores.F1 >= MinLongStoryF1, $"event B-cubed F1 {scores.F1:0.000} (P {scores.Precision:0.000}, R {scores.Recall:0.000}) fell below {MinLongStoryF1}");
    }
}
