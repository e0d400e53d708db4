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

    public static List<Exclusive> Find(Corpus corpus, IReadOnlyList<IReadOnlyList<(string Text, string Referent)>> names)
    {
        if (corpus.OriginOf.Distinct().Count() < 2)
        {
            return []; // one source: everything is its own, nothing is exclusive
        }
        // What each source (origin) says: its content word pairs, the referents it names and the counts it gives.
        var bigramsByOrigin = new Dictionary<int, HashSet<(string, string)>>();
        var referentsByOrigin = new Dictionary<int, HashSet<string>>();
        var valuesByOrigin = new Dictionary<int, HashSet<double>>();
        var figures = new Dictionary<int, List<FigureMention>>();
        for (int i = 0; i < corpus.Sentences.Count; i++)
        {
            var sentence = corpus.Sentences[i];
            var origin = corpus.OriginOf[sentence.Article];
            Of(bigramsByOrigin, origin).UnionWith(ContentBigrams(sentence));
            Of(referentsByOrigin, origin).UnionWith(names[i].Select(n => n.Referent));
            figures[i] = FigureExtractor.Extract(sentence.Text);
            Of(valuesByOrigin, origin).UnionWith(figures[i].Select(f => f.Value));
        }
        bool ElsewhereHas<T>(Dictionary<int, HashSet<T>> sets, int origin, T item) => sets.Any(o => o.Key != origin && o.Value.Contains(item));
        var candidates = new List<(int Origin, int Sentence, int Score)>();
        foreach (var group in corpus.Groups)
        {
            var origins = group.Articles.Select(a => corpus.OriginOf[a]).Distinct().ToList();
            int r = group.Representative;
            var s = corpus.Sentences[r];
            if (origins.Count != 1 || s.Words < MinWords || s.Words > MaxWords || !SentenceSplitter.EndsLikeSentence(s.Text)
                || s.Text.EndsWith('?') || s.Tokens.Length == 0 || ConceptCoverage.DependentOpeners.Contains(s.Tokens[0]) || !ConceptCoverage.IsProse(s.Text))
            {
                continue;
            }
            int origin = origins[0];
            int newCounts = figures[r].Count(f => !ElsewhereHas(valuesByOrigin, origin, f.Value));
            int newNames = names[r].Select(n => n.Referent).Distinct().Count(n => !ElsewhereHas(referentsByOrigin, origin, n));
            var bigrams = ContentBigrams(s);
            int elsewhere = bigrams.Count(b => ElsewhereHas(bigramsByOrigin, origin, b));
            if (newCounts + newNames == 0 || bigrams.Count - elsewhere < MinNovelty * bigrams.Count)
            {
                continue;
            }
            candidates.Add((origin, r, (100 * newCounts) + (10 * newNames)));
        }
        var result = new List<Exclusive>();
        foreach (var origin in candidates.GroupBy(c => c.Origin).OrderBy(g => g.Key))
        {
            foreach (var pick in origin.OrderByDescending(c => c.Score).ThenBy(c => c.Sentence).Take(PerSource).OrderBy(c => c.Sentence))
            {
                var carrying = corpus.ArticlesCarrying(pick.Sentence).Select(a => corpus.Articles[a].Id).ToList();
                result.Add(new Exclusive(corpus.Articles[corpus.Sentences[pick.Sentence].Article].Id, corpus.Sentences[pick.Sentence].Text, carrying));
            }
        }
        return result;
    }

    private static HashSet<T> Of<T>(Dictionary<int, HashSet<T>> sets, int origin)
    {
        if (!sets.TryGetValue(origin, out var set))
        {
            sets[origin] = set = [];
        }
        return set;
    }

    private static HashSet<(string, string)> ContentBigrams(Sentence s)
    {
        var content = s.Stems.Where((_, i) => !Stopwords.Contains(s.Tokens[i])).ToList();
        var set = new HashSet<(string, string)>();
        for (int i = 1; i < content.Count; i++)
        {
            set.Add((content[i - 1], content[i]));
        }
        return set;
    }
}
