using System.Globalization;
using System.Text.Json;
using Roundup.Evaluation;
using Roundup.Evaluation.Timelines;

namespace Roundup.Tests.Evaluation;

/// <summary>
/// Every number of tilse-conformance.json (tilse's own timeline ROUGE and date F1 on 42 invented units) reproduced to
/// ±1e-6; where tilse raises (an empty prediction, a prediction with no countable token) Roundup reports 0 and says why.
/// </summary>
public class TimelineRougeConformanceTests
{
    private const double Tolerance = 1e-6;

    private static List<DatedSummary> Timeline(JsonElement days) =>
        days.EnumerateArray().Select(d => new DatedSummary(
            DateOnly.ParseExact(d[0].GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            d[1].EnumerateArray().Select(s => s.GetString()!).ToList())).ToList();

    [Fact]
    public void Reproduces_every_number_of_the_reference_implementation()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "tilse-conformance.json")));
        var evaluator = new TimelineRouge();
        var failures = new List<string>();
        int checkedNumbers = 0, undefined = 0;
        foreach (var unit in doc.RootElement.GetProperty("units").EnumerateArray())
        {
            var id = unit.GetProperty("id").GetString();
            var result = evaluator.Evaluate(Timeline(unit.GetProperty("pred")), unit.GetProperty("refs").EnumerateArray().Select(r => (IReadOnlyList<DatedSummary>)Timeline(r)).ToList());
            var scores = unit.GetProperty("scores");
            foreach (var metric in result.Scores)
            {
                var expected = scores.GetProperty(metric.Metric);
                if (expected.ValueKind == JsonValueKind.Null)
                {
                    undefined++;
                    Assert.NotNull(metric.Undefined);
                    Assert.Equal(RougeScore.Zero, metric.Rouge1);
                    continue;
                }
                Assert.Null(metric.Undefined);
                Compare($"{id} {metric.Metric} rouge_1", expected.GetProperty("rouge_1"), metric.Rouge1);
                Compare($"{id} {metric.Metric} rouge_2", expected.GetProperty("rouge_2"), metric.Rouge2);
            }
            var dates = scores.GetProperty("date_f1");
            if (dates.ValueKind == JsonValueKind.Null)
            {
                undefined++;
                Assert.NotNull(result.DatesUndefined);
            }
            else
            {
                Compare($"{id} date_f1", dates, result.Dates);
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        // 42 units × 11 scores (5 measures × ROUGE-1/2, date F1) × R/P/F, less the 11 scores tilse leaves undefined.
        Assert.Equal(6, undefined);
        Assert.Equal((42 * 11 - 11) * 3, checkedNumbers);

        void Compare(string what, JsonElement expected, RougeScore actual)
        {
            foreach (var (key, value) in new[] { ("r", actual.Recall), ("p", actual.Precision), ("f", actual.F) })
            {
                checkedNumbers++;
                double want = expected.GetProperty(key).GetDouble();
                if (Math.Abs(want - value) > Tolerance)
                {
                    failures.Add($"{what} {key}: expected {want:0.0000000000}, got {value:0.0000000000}");
                }
            }
        }
    }
}
