using Roundup.Evaluation;

namespace Roundup.Tests.Evaluation;

public class RougeTests
{
    [Fact]
    public void Identical_summaries_score_one_everywhere()
    {
        var scores = new Rouge(new RougeOptions { Stem = true }).Score(["The army retook Palmyra."], [["The army retook Palmyra."]]);

        Assert.All(scores.Values, s => Assert.Equal(new RougeScore(1, 1, 1), s));
    }

    [Fact]
    public void Counts_clipped_ngram_overlap_by_hand()
    {
        // Model: the cat sat on the mat (6 unigrams, 5 bigrams). Peer: the cat the cat (4 unigrams, 3 bigrams).
        // Unigram hits: the → min(2,2) + cat → min(1,2) = 3. Bigram hits: "the cat" → min(1,2) = 1.
        var scores = new Rouge().Score(["the cat the cat"], [["the cat sat on the mat"]]);

        Assert.Equal(3 / 6.0, scores["ROUGE-1"].Recall, 10);
        Assert.Equal(3 / 4.0, scores["ROUGE-1"].Precision, 10);
        Assert.Equal(1 / 5.0, scores["ROUGE-2"].Recall, 10);
        Assert.Equal(1 / 3.0, scores["ROUGE-2"].Precision, 10);
    }

    [Fact]
    public void Truncates_to_the_first_words_and_splits_hyphens_and_apostrophes()
    {
        var rouge = new Rouge(new RougeOptions { WordLimit = 2 });

        var scores = rouge.Score(["Syria’s five-year war", "ended"], [["syria s"]]);

        Assert.Equal(1.0, scores["ROUGE-1"].Recall); // "Syria’s five-year" → syria s five year
        Assert.Equal(0.5, scores["ROUGE-1"].Precision);
    }

    [Fact]
    public void Stems_through_the_irregular_forms_before_porter()
    {
        var stemmed = new Rouge(new RougeOptions { Stem = true }).Score(["troops went home"], [["troops go home"]]);
        var plain = new Rouge().Score(["troops went home"], [["troops go home"]]);

        Assert.Equal(1.0, stemmed["ROUGE-1"].Recall);
        Assert.Equal(2 / 3.0, plain["ROUGE-1"].Recall, 10);
    }

    [Fact]
    public void Best_model_scoring_picks_the_reference_with_highest_recall()
    {
        var rouge = new Rouge(new RougeOptions { Averaging = RougeAveraging.Best });

        var scores = rouge.Score(["a b c"], [["x y z"], ["a b c"]]);

        Assert.Equal(1.0, scores["ROUGE-1"].Recall);
    }

    [Fact]
    public void Needs_a_reference() => Assert.Throws<ArgumentException>(() => new Rouge().Score(["a"], []));
}
