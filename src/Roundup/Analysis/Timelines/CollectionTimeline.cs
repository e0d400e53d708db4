using Roundup.Briefing;
using Roundup.Model;
using Roundup.Text;
using Roundup.Text.Dates;
using Roundup.Text.Similarity;

namespace Roundup.Analysis.Timelines;

/// <summary>One sentence of a collection timeline, verbatim, with every article that carries it.</summary>
/// <param name="Text">The sentence as one of its sources has it.</param>
/// <param name="Sources">Ids of the articles that carry it or a near-identical copy.</param>
public sealed record TimelineSentence(string Text, IReadOnlyList<string> Sources);

/// <summary>One date of a collection timeline.</summary>
/// <param name="Date">The day.</param>
/// <param name="Summary">What happened that day, most central first.</param>
/// <param name="Mentions">How many articles refer to the day in their text.</param>
/// <param name="Published">How many articles were published that day.</param>
public sealed record TimelineDay(DateOnly Date, IReadOnlyList<TimelineSentence> Summary, int Mentions, int Published);

/// <summary>What a collection timeline holds and over which days.</summary>
/// <param name="Dates">How many days to keep (the most important).</param>
/// <param name="Sentences">How many sentences for each day.</param>
/// <param name="From">The first day a timeline may hold, or null.</param>
/// <param name="To">The last day a timeline may hold, or null.</param>
public sealed record TimelineOptions(int Dates = TimelineOptions.DefaultDates, int Sentences = TimelineOptions.DefaultSentences, DateOnly? From = null, DateOnly? To = null)
{
    /// <summary>
    /// When not empty, only sentences holding one of these words (compared stemmed, in any case) count: the topic of a
    /// collection that also covers other things ("oil, spill, BP").
    /// </summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>Ten days: a reader's overview of weeks or months of coverage.</summary>
    public const int DefaultDates = 10;

    /// <summary>Two sentences a day: what happened and one detail.</summary>
    public const int DefaultSentences = 2;
}

/// <summary>
/// The timeline of many articles about one long-running topic: the days the coverage refers to most, each summarised
/// by verbatim, attributed sentences. A day matters when many articles refer to it in their text ("on Monday", "April
/// 20") — what the coverage is about, not only when it was written; articles published that day add half as much,
/// since they often report the day before. A day's sentences are those whose text dates their event to it, and the
/// undated lead sentences of that day's articles (a lead reports the day's news); the most central of them (nearest
/// the TF-IDF centroid of the day) are chosen, none repeating another.
/// </summary>
public static class CollectionTimeline
{
    /// <summary>An article published on a day counts this much towards it, against 1 for an article that names the day.</summary>
    private const double PublicationWeight = 0.5;

    /// <summary>Shorter sentences are fragments (captions, bylines); longer ones are run-ons a reader skims past.</summary>
    private const int MinWords = 6, MaxWords = 60;

    /// <summary>A sentence this similar (cosine of TF-IDF) to one already chosen for the day repeats it.</summary>
    private const double RedundantCosine = 0.5;

    /// <summary>The timeline of <paramref name="articles"/>.</summary>
    public static List<TimelineDay> Build(IReadOnlyList<Article> articles, TimelineOptions? options = null)
    {
        options ??= new TimelineOptions();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Dates);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Sentences);
        var sentences = Corpus.Split(articles);
        var keywords = options.Keywords.SelectMany(k => Tokenizer.Words(k)).Select(PorterStemmer.Stem).ToHashSet(StringComparer.Ordinal);
        var read = DatedSentences.Read(articles, sentences, s => keywords.Count == 0 || s.Stems.Any(keywords.Contains));
        var idf = DocumentFrequencies(sentences, articles.Count);
        bool InRange(DateOnly d) => (options.From is not { } from || d >= from) && (options.To is not { } to || d <= to);
        var days = read.Mentions.Keys.Union(read.PublishedOn.Keys).Where(InRange)
            .Select(d => (Date: d, Mentions: read.Mentions.GetValueOrDefault(d), Published: read.PublishedOn.GetValueOrDefault(d)))
            .OrderByDescending(d => d.Mentions + PublicationWeight * d.Published).ThenBy(d => d.Date).ToList();
        var timeline = new List<TimelineDay>();
        foreach (var day in days)
        {
            if (timeline.Count == options.Dates)
            {
                break;
            }
            var summary = Summarise(articles, sentences, read.Candidates(day.Date), idf, options.Sentences);
            if (summary.Count > 0)
            {
                timeline.Add(new TimelineDay(day.Date, summary, day.Mentions, day.Published));
            }
        }
        timeline.Sort((a, b) => a.Date.CompareTo(b.Date));
        return timeline;
    }

    private static Dictionary<string, double> DocumentFrequencies(List<Sentence> sentences, int articles)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var article in sentences.GroupBy(s => s.Article))
        {
            foreach (var stem in article.SelectMany(s => s.Stems).Distinct())
            {
                df[stem] = df.GetValueOrDefault(stem) + 1;
            }
        }
        return df.ToDictionary(kv => kv.Key, kv => Math.Log((articles + 1.0) / kv.Value), StringComparer.Ordinal);
    }

    private static Dictionary<string, double> Vector(Sentence sentence, Dictionary<string, double> idf)
    {
        var v = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var stem in RankedSelection.ContentStems(sentence))
        {
            v[stem] = v.GetValueOrDefault(stem) + idf.GetValueOrDefault(stem);
        }
        return v;
    }

    /// <summary>The day's most central sentences, no two alike, each credited to every candidate article carrying it.</summary>
    private static List<TimelineSentence> Summarise(IReadOnlyList<Article> articles, List<Sentence> sentences, List<int> candidates,
        Dictionary<string, double> idf, int count)
    {
        var usable = candidates.Where(s => sentences[s].Words is >= MinWords and <= MaxWords).ToList();
        if (usable.Count == 0)
        {
            return [];
        }
        var vectors = usable.ToDictionary(s => s, s => Vector(sentences[s], idf));
        var centroid = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var v in vectors.Values)
        {
            foreach (var (term, weight) in v)
            {
                centroid[term] = centroid.GetValueOrDefault(term) + weight;
            }
        }
        var bigrams = usable.ToDictionary(s => s, s => NearDuplicates.Bigrams(sentences[s].Tokens));
        var chosen = new List<int>();
        foreach (var s in usable.OrderByDescending(s => SentenceVectors.Cosine(vectors[s], centroid)).ThenBy(s => s))
        {
            if (chosen.Count == count)
            {
                break;
            }
            if (chosen.Any(c => SentenceVectors.Cosine(vectors[c], vectors[s]) > RedundantCosine || NearDuplicates.AreNearIdentical(bigrams[c], bigrams[s])))
            {
                continue;
            }
            chosen.Add(s);
        }
        return chosen.Select(s => new TimelineSentence(sentences[s].Text,
            usable.Where(o => o == s || NearDuplicates.AreNearIdentical(bigrams[s], bigrams[o])).Select(o => sentences[o].Article).Distinct().Order()
                .Select(a => articles[a].Id).ToList())).ToList();
    }
}
