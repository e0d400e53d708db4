using Roundup.Analysis.Figures;
using Roundup.Briefing;
using Roundup.Text;

namespace Roundup.Analysis;

/// <summary>
/// What only one source reports: sentences carried by one source alone (an article, or the copies of one wire
/// story) that give a count or name someone or something no other source does, and whose word pairs mostly appear
/// in no other source — a fact, not a rewording of what the others say. The few that matter most per source are
/// kept: a new count first, then the most new names, then the earliest.
/// </summary>
internal static class ExclusiveFinder
{
    /// <summary>Most exclusives shown per source: the reader wants what each adds, not its whole text.</summary>
    private const int PerSource = 3;

    /// <summary>
    /// A sentence most of whose content word pairs appear in no other source says something they do not; below
    /// this share it rewords what they say.
    /// </summary>
    private const double MinNovelty = 0.6;

    /// <summary>Sentences shorter than this are fragments (captions, credits); longer ones are run-ons or lists.</summary>
    private const int MinWords = 8;

    private const int MaxWords = 55;

    public static List<Exclusive> Find(Corpus corpus, IReadOnlyList<IReadOnlyList<(string Text, string Referent)>> names, List<FigureMention>[] figures)
    {
        if (corpus.OriginOf.Distinct().Count() < 2)
        {
            return []; // one source: everything is its own, nothing is exclusive
        }
        // Which referents and counts each source (origin) gives, as the one origin that gives it, or Shared when
        // several do.
        var referents = new Dictionary<string, int>(StringComparer.Ordinal);
        var values = new Dictionary<double, int>();
        for (int i = 0; i < corpus.Sentences.Count; i++)
        {
            var origin = corpus.OriginOf[corpus.Sentences[i].Article];
            foreach (var n in names[i])
            {
                Note(referents, n.Referent, origin);
            }
            foreach (var f in figures[i])
            {
                Note(values, f.Value, origin);
            }
        }
        // Sentences of one source that give a count or a name no other does; whether they also say something new is
        // told by their word pairs, looked for in every source afterwards (only theirs: a story holds far more).
        var candidates = new List<(int Origin, int Sentence, int Score, IReadOnlyList<int> Articles, HashSet<long> Pairs)>();
        var stemIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var pairs = new List<long>();
        foreach (var group in corpus.Groups)
        {
            int origin = corpus.OriginOf[group.Articles[0]];
            if (corpus.Excluded.Contains(group.Id) || group.Articles.Any(a => corpus.OriginOf[a] != origin))
            {
                continue;
            }
            int r = group.Representative;
            var s = corpus.Sentences[r];
            if (!ConceptCoverage.StandsAlone(s, MinWords, MaxWords, skipDependentOpeners: true) || !ConceptCoverage.IsProse(s.Text))
            {
                continue;
            }
            int newCounts = figures[r].Count(f => values[f.Value] == origin);
            int newNames = names[r].Select(n => n.Referent).Distinct().Count(n => referents[n] == origin);
            if (newCounts + newNames == 0)
            {
                continue;
            }
            ContentBigrams(s, stemIds, pairs, addStems: true);
            if (pairs.Count > 0)
            {
                candidates.Add((origin, r, (100 * newCounts) + (10 * newNames), group.Articles, pairs.ToHashSet()));
            }
        }
        var bigrams = new Dictionary<long, int>();
        var wanted = candidates.SelectMany(c => c.Pairs).ToHashSet();
        for (int i = 0; i < corpus.Sentences.Count && wanted.Count > 0; i++)
        {
            ContentBigrams(corpus.Sentences[i], stemIds, pairs, addStems: false);
            foreach (var b in pairs)
            {
                if (wanted.Contains(b))
                {
                    Note(bigrams, b, corpus.OriginOf[corpus.Sentences[i].Article]); // said twice by one origin: still its own
                }
            }
        }
        // A fact, not a rewording: most of its word pairs appear in no other source.
        candidates.RemoveAll(c => c.Pairs.Count - c.Pairs.Count(b => bigrams[b] != c.Origin) < MinNovelty * c.Pairs.Count);
        var result = new List<Exclusive>();
        foreach (var origin in candidates.GroupBy(c => c.Origin).OrderBy(g => g.Key))
        {
            foreach (var pick in origin.OrderByDescending(c => c.Score).ThenBy(c => c.Sentence).Take(PerSource).OrderBy(c => c.Sentence))
            {
                var carrying = pick.Articles.Select(a => corpus.Articles[a].Id).ToList();
                result.Add(new Exclusive(corpus.Articles[corpus.Sentences[pick.Sentence].Article].Id, corpus.Sentences[pick.Sentence].Text, carrying));
            }
        }
        return result;
    }

    /// <summary>Marker of an item several sources carry.</summary>
    private const int Shared = -1;

    private static void Note<T>(Dictionary<T, int> owners, T item, int origin)
        where T : notnull
    {
        if (!owners.TryGetValue(item, out var owner))
        {
            owners[item] = origin;
        }
        else if (owner != origin)
        {
            owners[item] = Shared;
        }
    }

    /// <summary>
    /// The pairs of neighbouring content stems (into <paramref name="pairs"/>), each stem numbered once per story; with
    /// <paramref name="addStems"/> false, a pair with a stem not yet numbered is left out (it is no candidate's).
    /// </summary>
    private static void ContentBigrams(Sentence s, Dictionary<string, int> stemIds, List<long> pairs, bool addStems)
    {
        pairs.Clear();
        int previous = -1;
        for (int i = 0; i < s.Stems.Length; i++)
        {
            if (Stopwords.Contains(s.Tokens[i]))
            {
                continue;
            }
            if (!stemIds.TryGetValue(s.Stems[i], out int id))
            {
                if (!addStems)
                {
                    previous = -1;
                    continue;
                }
                stemIds[s.Stems[i]] = id = stemIds.Count;
            }
            if (previous >= 0)
            {
                pairs.Add(((long)previous << 32) | (uint)id);
            }
            previous = id;
        }
    }
}
