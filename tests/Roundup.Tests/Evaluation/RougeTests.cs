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

public class RougeOptionTests
{
    [Fact]
    public void Byte_limit_keeps_only_the_first_bytes()
    {
        // "army retook" is 11 bytes: the rest of the peer is cut before scoring.
        var scores = new Rouge(new RougeOptions { ByteLimit = 11 }).Score(["army retook the ancient city"], [["army retook"]]);

        Assert.Equal(1.0, scores["ROUGE-1"].Precision);
        Assert.Equal(1.0, scores["ROUGE-1"].Recall);
    }

    [Fact]
    public void Higher_order_ngrams_and_skip_distance_are_options()
    {
        var rouge = new Rouge(new RougeOptions { MaxN = 4, MaxSkip = 1 });

        var scores = rouge.Score(["a b c d e"], [["a b c d e"]]);

        Assert.Equal(["ROUGE-1", "ROUGE-2", "ROUGE-3", "ROUGE-4", "ROUGE-L", "ROUGE-SU1"], rouge.Measures);
        Assert.Equal(1.0, scores["ROUGE-4"].Recall);
        Assert.Equal(1.0, scores["ROUGE-SU1"].F);
    }

    [Fact]
    public void Stopword_removal_drops_function_words_before_counting()
    {
        var scores = new Rouge(new RougeOptions { RemoveStopwords = true }).Score(["the army and the city"], [["army city"]]);

        Assert.Equal(1.0, scores["ROUGE-1"].Precision);
        Assert.Equal(1.0, scores["ROUGE-2"].Recall); // "army city" is a bigram once "and the" is gone
    }
}
