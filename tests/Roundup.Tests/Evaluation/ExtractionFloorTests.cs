using Roundup.Evaluation;

namespace Roundup.Tests.Evaluation;

/// <summary>
/// Quality gates on extraction, run as `roundup eval extraction --html DIR --truth FILE` runs (ExtractionEvaluation
/// reading the pages with CorpusReader), on data checked against its hashes. Tuned on: both sets below. Held-out
/// figures (the other half of trafilatura's evaluation set) are in docs/benchmarks.md, not here.
/// </summary>
public class ExtractionFloorTests
{
    /// <summary>The pages scored against the truth, both checked against the hashes they had when the floor was set.</summary>
    private static ExtractionResult Score(string truth, string truthHash, string pages, string pagesHash)
    {
        SharedData.Check(SharedData.Require(truth), truthHash);
        SharedData.Check(SharedData.Require(pages), pagesHash);
        return ExtractionEvaluation.Run(SharedData.Require(pages), SharedData.Require(truth), _ => { });
    }

    [Fact]
    public void The_article_extraction_benchmark_stays_at_or_above_0_97()
    {
        var result = Score(
            "article-extraction/ground-truth.json", "512e9a9498912047a966e22f47302e849dfa45dca1f555d97588317dac7e5a3d",
            "article-extraction/html", "4d1a998f7d6d4d4bb0d1e93b4e302d66b4ca08f7dd81023a233816fb74f8ef83");

        Assert.Equal(181, result.Pages);
        Assert.True(result.Scores.F1 >= 0.97, $"shingle F1 {result.Scores.F1:0.0000} < 0.97 on the 181 pages (tuned on them; 0.975 when the floor was set)");
    }

    [Fact]
    public void The_development_half_of_trafilaturas_evaluation_set_stays_at_or_above_its_floor()
    {
        var result = Score(
            "trafilatura-dev/evaldata.json", "97abf3f400477fe767869c42b38214103df95a0af360493ebc48385f4f3214b9",
            "trafilatura-dev/pages", "7bbbe078d882c9dc14d38cd62b0d4e3115e5b0eaf35d048e01b1f457c499f21a");

        // The set's own metric (must / must-not segments), as scripts/extraction-score.py computes it: F1 0.932
        // (P 0.937, R 0.928) when the floor was last raised (0.925 at 0.928, 0.920 at 0.925, 0.912 at 0.917, 0.900 at
        // 0.905, 0.890 at 0.898 before); raise it as extraction improves.
        Assert.Equal(474, result.Pages);
        Assert.True(result.Scores.F1 >= 0.930, $"segment F1 {result.Scores.F1:0.0000} < 0.930 on the development half (tuned on it)");
    }
}
