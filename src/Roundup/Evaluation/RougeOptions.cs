namespace Roundup.Evaluation;

/// <summary>How scores against several reference (model) summaries are combined, as ROUGE-1.5.5's -f.</summary>
public enum RougeAveraging
{
    /// <summary>-f A: hits and counts summed over the models (the model average).</summary>
    ModelAverage,

    /// <summary>-f B: the model that gives the highest recall.</summary>
    Best,
}

/// <summary>The ROUGE-1.5.5 flags Roundup reproduces.</summary>
public sealed record RougeOptions
{
    /// <summary>-m: Porter stemming (after the WordNet irregular-form table) of tokens longer than 3 characters.</summary>
    public bool Stem { get; init; }

    /// <summary>-s: remove the SMART stopwords before counting.</summary>
    public bool RemoveStopwords { get; init; }

    /// <summary>-l N: keep only the first N words of each summary.</summary>
    public int? WordLimit { get; init; }

    /// <summary>-b N: keep only the first N bytes of each summary.</summary>
    public int? ByteLimit { get; init; }

    /// <summary>-p: weight of precision in F (0.5 gives the harmonic mean).</summary>
    public double Alpha { get; init; } = 0.5;

    /// <summary>-2: largest gap between the words of a skip bigram (4 for ROUGE-SU4).</summary>
    public int MaxSkip { get; init; } = 4;

    /// <summary>-u: count unigrams along with skip bigrams (the "U" of SU4).</summary>
    public bool SkipBigramUnigrams { get; init; } = true;

    /// <summary>-n: the largest n of ROUGE-N computed.</summary>
    public int MaxN { get; init; } = 2;

    /// <summary>-f: model averaging or best model.</summary>
    public RougeAveraging Averaging { get; init; } = RougeAveraging.ModelAverage;

    /// <summary>The usual DUC setting: stemmed, no stopword removal, first 100 words.</summary>
    public static RougeOptions Duc2004(int words = 100) => new() { Stem = true, WordLimit = words, MaxN = 4 };
}
