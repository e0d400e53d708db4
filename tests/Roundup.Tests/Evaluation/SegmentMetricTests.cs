using Roundup.Evaluation;
using Roundup.Evaluation.Datasets;

namespace Roundup.Tests.Evaluation;

/// <summary>trafilatura's must / must-not segment metric, on pages invented for the test.</summary>
public class SegmentMetricTests
{
    [Fact]
    public void Segments_found_count_for_the_content_and_against_the_furniture()
    {
        SegmentTruth[] truth =
        [
            new("a.html", ["The council voted to close the  pool.", "Repairs would cost 2 million."], ["Share on Facebook"]),
            new("b.html", ["Opening hours change in May."], ["Cookie settings"]),
        ];
        var predicted = new Dictionary<string, string>
        {
            // a: one wanted segment (whitespace differs), the other missed, and the furniture leaked.
            ["a.html"] = "The council voted\nto close the pool.\nShare on Facebook",
            // b: missing from the prediction: its wanted segment counts as missed.
        };

        var scores = ExtractionMetrics.ScoreSegments(truth, predicted);

        Assert.Equal(0.5, scores.Precision, 9); // 1 found / (1 found + 1 leaked)
        Assert.Equal(1 / 3.0, scores.Recall, 9); // 1 found of 3 wanted
        Assert.Equal(0.4, scores.F1, 9);
        Assert.Equal(["a.html", "b.html"], scores.Pages.Select(p => p.Page));
    }
}
