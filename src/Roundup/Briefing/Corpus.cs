using Roundup.Dedup;
using Roundup.Model;
using Roundup.Text;
using Roundup.Text.Dates;
using Roundup.Text.Similarity;

namespace Roundup.Briefing;

/// <summary>A group of near-identical sentences and the version shown for it.</summary>
/// <param name="Id">Group id (index into <see cref="Corpus.Groups"/>).</param>
/// <param name="Members">Indices of the sentences in the group.</param>
/// <param name="Representative">Index of the sentence whose text stands for the group.</param>
/// <param name="Articles">Distinct articles that carry a member, ascending.</param>
public sealed record SentenceGroup(int Id, IReadOnlyList<int> Members, int Representative, IReadOnlyList<int> Articles);

/// <summary>
/// The articles of one brief split into sentences and grouped into near-identical sentence groups;
/// every summariser works on this shared model.
/// </summary>
public sealed class Corpus
{
    /// <summary>The articles, in input order (a sentence's <see cref="Sentence.Article"/> indexes this list).</summary>
    public IReadOnlyList<Article> Articles { get; }

    /// <summary>Every sentence of every article, article by article, in reading order.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>Groups of near-identical sentences (a sentence with no copy is a group of its own).</summary>
    public IReadOnlyList<SentenceGroup> Groups { get; }

    /// <summary>For each sentence, the id of its group.</summary>
    public IReadOnlyList<int> GroupOf { get; }

    /// <summary>
    /// For each article, the earliest article it reprints (through any chain of reprints), or itself: articles with
    /// one origin are one source, however many outlets ran the copy.
    /// </summary>
    public IReadOnlyList<int> OriginOf { get; }

    private readonly HashSet<long>[] _bigrams;

    private readonly Lazy<TimePoint?[]> _groupDates;

    private Corpus(IReadOnlyList<Article> articles, List<Sentence> sentences, HashSet<long>[] bigrams, int[] groupOf, List<SentenceGroup> groups)
    {
        _bigrams = bigrams;
        OriginOf = Origins(articles);
        Articles = articles;
        Sentences = sentences;
        GroupOf = groupOf;
        Groups = groups;
        _groupDates = new Lazy<TimePoint?[]>(DateGroups);
    }

    /// <summary>Splits the articles into sentences and groups the near-identical ones.</summary>
    public static Corpus Build(IReadOnlyList<Article> articles) => Build(articles, Split(articles));

    /// <summary>The articles' sentences, tokenized and stemmed: the first half of <see cref="Build(IReadOnlyList{Article})"/>.</summary>
    internal static List<Sentence> Split(IReadOnlyList<Article> articles)
    {
        var sentences = new List<Sentence>();
        var stemCache = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int a = 0; a < articles.Count; a++)
        {
            var texts = articles[a].Paragraphs.SelectMany(SentenceSplitter.Split).ToList();
            for (int i = 0; i < texts.Count; i++)
            {
                var text = Whitespace.Normalize(texts[i]);
                var tokens = Tokenizer.Words(text).ToArray();
                var stems = new string[tokens.Length];
                for (int t = 0; t < tokens.Length; t++)
                {
                    if (!stemCache.TryGetValue(tokens[t], out var stem))
                    {
                        stemCache[tokens[t]] = stem = PorterStemmer.Stem(tokens[t]);
                    }
                    stems[t] = stem;
                }
                sentences.Add(new Sentence(a, i, i / (double)texts.Count, text, WordCounter.Count(text), tokens, stems));
            }
        }
        return sentences;
    }

    /// <summary>The corpus of <paramref name="articles"/> from their <paramref name="sentences"/> (see <see cref="Split"/>).</summary>
    internal static Corpus Build(IReadOnlyList<Article> articles, List<Sentence> sentences)
    {
        var bigrams = sentences.Select(s => NearDuplicates.Bigrams(s.Tokens)).ToArray();
        var groupOf = SentenceGrouper.Group(bigrams);
        var members = new List<List<int>>();
        for (int i = 0; i < groupOf.Length; i++)
        {
            if (groupOf[i] == members.Count)
            {
                members.Add([]);
            }
            members[groupOf[i]].Add(i);
        }
        var groups = members.Select((m, id) => new SentenceGroup(
            id, m, ChooseRepresentative(m, sentences, bigrams), m.Select(i => sentences[i].Article).Distinct().Order().ToList())).ToList();
        return new Corpus(articles, sentences, bigrams, groupOf, groups);
    }

    /// <summary>The articles and their sentences, which the comparison of sources reads before the corpus is grouped.</summary>
    internal StoryText Text => new(Articles, Sentences);

    /// <summary>Groups the reader has already seen (see <see cref="Exclude"/>): no brief, timeline or exclusive shows them.</summary>
    internal IReadOnlySet<int> Excluded => _excluded;

    private readonly HashSet<int> _excluded = [];
    private SeenSentences? _excludedFrom;

    /// <summary>Marks every group with a member near-identical to a <paramref name="seen"/> sentence as already seen.</summary>
    internal void Exclude(SeenSentences seen)
    {
        if (ReferenceEquals(seen, _excludedFrom))
        {
            return;
        }
        _excludedFrom = seen;
        foreach (var group in Groups)
        {
            if (group.Members.Any(m => seen.Contains(_bigrams[m])))
            {
                _excluded.Add(group.Id);
            }
        }
    }

    /// <summary>The number of distinct origins among <paramref name="articles"/> (see <see cref="OriginOf"/>).</summary>
    public int Independent(IEnumerable<int> articles) => articles.Select(a => OriginOf[a]).Distinct().Count();

    private static int[] Origins(IReadOnlyList<Article> articles)
    {
        var detector = new ReprintDetector();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var origin = new int[articles.Count];
        for (int a = 0; a < articles.Count; a++)
        {
            index.TryAdd(articles[a].Id, a);
            var of = detector.Add(articles[a]);
            origin[a] = of is not null && index.TryGetValue(of, out var earlier) && earlier != a ? origin[earlier] : a;
        }
        return origin;
    }

    /// <summary>
    /// The date of what a group of near-identical sentences reports (see <see cref="EventDate"/>), each member read
    /// against its own article's publication date ("on Sunday" in Saturday's and Monday's copies is one Sunday); null
    /// when no member fixes one or the members disagree with no majority.
    /// </summary>
    internal TimePoint? GroupDate(int group) => _groupDates.Value[group];

    private TimePoint?[] DateGroups()
    {
        var dates = new TimePoint?[Groups.Count];
        foreach (var group in Groups)
        {
            var votes = group.Members.Select(m => EventDate.Of(Sentences[m].Text, Articles[Sentences[m].Article].Published))
                .OfType<TimePoint>().GroupBy(p => p).Select(g => (Point: g.Key, Count: g.Count())).OrderByDescending(v => v.Count).ToList();
            if (votes.Count > 0 && (votes.Count == 1 || votes[0].Count > votes[1].Count))
            {
                dates[group.Id] = votes[0].Point;
            }
        }
        return dates;
    }

    /// <summary>
    /// Each member is compared with at most this many members of its group (the first ones): a wire sentence
    /// reprinted by hundreds of outlets is found central among any few dozen of them, and comparing every pair of a
    /// group of thousands of copies would take minutes.
    /// </summary>
    private const int MaxComparedMembers = 64;

    /// <summary>
    /// The member most like the others (the wire text before each outlet's edits); ties go to the longer,
    /// more complete version, then to the earliest.
    /// </summary>
    private static int ChooseRepresentative(List<int> members, List<Sentence> sentences, HashSet<long>[] allBigrams)
    {
        if (members.Count == 1)
        {
            return members[0];
        }
        var bigrams = members.Select(m => allBigrams[m]).ToList();
        int compared = Math.Min(members.Count, MaxComparedMembers);
        int best = members[0];
        double bestScore = double.MinValue;
        for (int i = 0; i < members.Count; i++)
        {
            double score = 0;
            for (int j = 0; j < compared; j++)
            {
                if (i != j)
                {
                    int shared = bigrams[i].Count(bigrams[j].Contains);
                    score += shared / (double)(bigrams[i].Count + bigrams[j].Count - shared);
                }
            }
            score += sentences[members[i]].Words * 1e-6;
            if (score > bestScore + 1e-12)
            {
                bestScore = score;
                best = members[i];
            }
        }
        return best;
    }

    /// <summary>
    /// The articles of <paramref name="sentence"/>'s group whose member is near-identical to it, ascending: what
    /// <see cref="ArticlesCarrying"/> finds, looked for among the group only (a copy the grouping placed elsewhere is
    /// missed, never a non-copy credited), for parts that credit many sentences and cannot scan the whole story each time.
    /// </summary>
    internal IReadOnlyList<int> GroupCarrying(int sentence)
    {
        var target = _bigrams[sentence];
        return Groups[GroupOf[sentence]].Members.Where(m => m == sentence || NearDuplicates.AreNearIdentical(target, _bigrams[m]))
            .Select(m => Sentences[m].Article).Distinct().Order().ToList();
    }

    /// <summary>
    /// The articles that carry <paramref name="sentence"/> verbatim or near-identically, ascending. Computed
    /// against every sentence, so attribution does not depend on how groups were chained together.
    /// </summary>
    public IReadOnlyList<int> ArticlesCarrying(int sentence)
    {
        var target = _bigrams[sentence];
        var carrying = new SortedSet<int>();
        for (int i = 0; i < Sentences.Count; i++)
        {
            var other = Sentences[i];
            if (carrying.Contains(other.Article))
            {
                continue;
            }
            if (NearDuplicates.AreNearIdentical(target, _bigrams[i]))
            {
                carrying.Add(other.Article);
            }
        }
        carrying.Add(Sentences[sentence].Article);
        return carrying.ToList();
    }
}

/// <summary>A story's articles and their sentences, before near-identical sentences are grouped.</summary>
/// <param name="Articles">The articles.</param>
/// <param name="Sentences">Their sentences, article by article.</param>
internal sealed record StoryText(IReadOnlyList<Article> Articles, IReadOnlyList<Sentence> Sentences);
