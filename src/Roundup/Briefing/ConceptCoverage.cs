using Roundup.Text;

namespace Roundup.Briefing;

/// <summary>
/// Roundup's own summariser: budgeted concept coverage in the manner of ICSISumm (Gillick &amp; Favre 2009).
/// Concepts are stemmed word bigrams (not both stopwords) weighted by how many articles mention them; the
/// summary maximises the total weight of the concepts it covers, each counted once, within the word budget.
/// Counting a concept once is the redundancy control: a second sentence saying the same thing gains nothing.
/// The budgeted maximum is found by a greedy pass followed by swap/insert local search to a local optimum.
/// </summary>
internal sealed class ConceptCoverage(ConceptCoverageOptions? options = null) : ISummarizer
{
    private readonly ConceptCoverageOptions _options = options ?? new ConceptCoverageOptions();


    /// <summary>First words that make a sentence lean on the one before it, so it does not stand alone in a brief.</summary>
    private static readonly HashSet<string> DependentOpeners = new(StringComparer.Ordinal)
    {
        "but", "and", "or", "so", "however", "also", "meanwhile", "still", "yet", "then", "he", "she", "it", "they",
        "this", "these", "those", "his", "her", "its", "their", "there", "such", "that",
    };

    public string Name => "roundup";

    public IReadOnlyList<int> Select(Corpus corpus, int wordBudget)
    {
        var candidates = Candidates(corpus, _options, strict: true, wordBudget);
        if (candidates.Count == 0)
        {
            candidates = Candidates(corpus, _options, strict: false, wordBudget);
        }
        if (candidates.Count == 0)
        {
            return [];
        }
        var concepts = new ConceptIndex(corpus, _options);
        // A sentence that covers no recurring concept can never raise the objective: drop it before the search.
        var covering = candidates.Where(s => concepts.Of(corpus.Sentences[s]).Length > 0).ToList();
        if (covering.Count > 0)
        {
            candidates = covering;
        }
        var sentenceConcepts = candidates.Select(s => concepts.Of(corpus.Sentences[s])).ToList();
        var lengths = candidates.Select(s => corpus.Sentences[s].Words).ToList();
        var content = candidates.Select(s => ContentStems(corpus.Sentences[s])).ToList();
        var solver = new CoverageSolver(sentenceConcepts, lengths, concepts.Weights, wordBudget, (a, b) => TooSimilar(content[a], content[b], _options.MaxContentOverlap));
        return solver.Solve().Select(i => candidates[i]).ToList();
    }

    /// <summary>One representative per near-identical group, within the length limits and able to stand alone.</summary>
    private static List<int> Candidates(Corpus corpus, ConceptCoverageOptions options, bool strict, int budget)
    {
        var result = new List<int>();
        foreach (var group in corpus.Groups)
        {
            var s = corpus.Sentences[group.Representative];
            if (s.Words > budget || s.Tokens.Length == 0)
            {
                continue;
            }
            if (strict && (s.Words < options.MinSentenceWords || s.Words > options.MaxSentenceWords
                || (options.SkipDependentOpeners && DependentOpeners.Contains(s.Tokens[0]))
                || !SentenceSplitter.EndsLikeSentence(s.Text) || s.Text.EndsWith('?')))
            {
                continue;
            }
            result.Add(group.Representative);
        }
        return result;
    }

    private static HashSet<string> ContentStems(Sentence s)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < s.Tokens.Length; i++)
        {
            if (!Stopwords.Contains(s.Tokens[i]))
            {
                set.Add(s.Stems[i]);
            }
        }
        return set;
    }

    private static bool TooSimilar(HashSet<string> a, HashSet<string> b, double maxOverlap)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return false;
        }
        int shared = a.Count(b.Contains);
        return shared > maxOverlap * Math.Min(a.Count, b.Count);
    }

    /// <summary>
    /// Concept ids and weights for one corpus: a concept's weight is the number of articles that mention it,
    /// plus <see cref="ConceptCoverageOptions.LeadBonus"/> for each that mentions it in its lead.
    /// </summary>
    private sealed class ConceptIndex
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

        public double[] Weights { get; }

        public ConceptIndex(Corpus corpus, ConceptCoverageOptions options)
        {
            var documents = new List<HashSet<int>>();
            var leads = new List<HashSet<int>>();
            foreach (var sentence in corpus.Sentences)
            {
                foreach (var key in Keys(sentence))
                {
                    if (!_ids.TryGetValue(key, out var id))
                    {
                        _ids[key] = id = _ids.Count;
                        documents.Add([]);
                        leads.Add([]);
                    }
                    documents[id].Add(sentence.Article);
                    if (sentence.Index < options.LeadSentences)
                    {
                        leads[id].Add(sentence.Article);
                    }
                }
            }
            int minDf = MinDocumentFrequency(corpus.Articles.Count, options);
            Weights = documents.Select((d, id) => d.Count >= minDf ? d.Count + options.LeadBonus * leads[id].Count : 0).ToArray();
        }

        /// <summary>
        /// A concept must recur across articles to count (ICSISumm keeps those in 3 of 10 documents): a quarter of
        /// the articles, at least 2 and at most 5; a single article counts every concept.
        /// </summary>
        private static int MinDocumentFrequency(int articles, ConceptCoverageOptions options) =>
            articles <= 1 ? 1 : Math.Clamp((int)Math.Ceiling(articles * options.MinDocumentShare), 2, options.MaxMinDocumentFrequency);

        public int[] Of(Sentence sentence) =>
            Keys(sentence).Select(k => _ids[k]).Where(id => Weights[id] > 0).Distinct().ToArray();

        private static IEnumerable<string> Keys(Sentence s)
        {
            for (int i = 0; i + 1 < s.Stems.Length; i++)
            {
                if (!(Stopwords.Contains(s.Tokens[i]) && Stopwords.Contains(s.Tokens[i + 1])))
                {
                    yield return s.Stems[i] + " " + s.Stems[i + 1];
                }
            }
        }
    }
}
