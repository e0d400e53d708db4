using System.Globalization;
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
        var concepts = new ConceptIndex(corpus, _options, shared: true);
        // A sentence that covers no recurring concept can never raise the objective: drop it before the search.
        var covering = candidates.Where(s => concepts.Of(corpus.Sentences[s]).Length > 0).ToList();
        var chosen = covering.Count > 0 ? Solve(corpus, covering, concepts, wordBudget, []) : [];
        // What the articles share may not fill the budget (articles that share little, one short report beside a long
        // one): the rest is filled by the same coverage objective over every concept, each article's own included,
        // without repeating what is chosen.
        int left = wordBudget - chosen.Sum(s => corpus.Sentences[s].Words);
        var chosenContent = chosen.Select(s => ContentStems(corpus.Sentences[s])).ToList();
        bool Repeats(int s)
        {
            var content = ContentStems(corpus.Sentences[s]);
            return chosenContent.Exists(c => TooSimilar(c, content, _options.MaxContentOverlap));
        }
        var rest = candidates.Where(s => !chosen.Contains(s) && corpus.Sentences[s].Words <= left && !Repeats(s)).ToList();
        if (rest.Count > 0)
        {
            var all = new ConceptIndex(corpus, _options, shared: false);
            var fill = Solve(corpus, rest, all, left, chosen.SelectMany(s => all.Of(corpus.Sentences[s])).ToHashSet());
            chosen.AddRange(fill.Count > 0 ? fill : Leading(corpus, rest, left));
        }
        return chosen;
    }

    /// <summary>The coverage-maximising selection among <paramref name="candidates"/>, concepts already covered counting nothing.</summary>
    private List<int> Solve(Corpus corpus, List<int> candidates, ConceptIndex concepts, int budget, HashSet<int> covered)
    {
        var weights = concepts.Weights.Select((w, id) => covered.Contains(id) ? 0 : w).ToArray();
        var sentenceConcepts = candidates.Select(s => concepts.Of(corpus.Sentences[s]).Where(id => weights[id] > 0).ToArray()).ToList();
        if (sentenceConcepts.TrueForAll(c => c.Length == 0))
        {
            return [];
        }
        var lengths = candidates.Select(s => corpus.Sentences[s].Words).ToList();
        var content = candidates.Select(s => ContentStems(corpus.Sentences[s])).ToList();
        var solver = new CoverageSolver(sentenceConcepts, lengths, weights, budget, (a, b) => TooSimilar(content[a], content[b], _options.MaxContentOverlap));
        return solver.Solve().Select(i => candidates[i]).ToList();
    }

    /// <summary>When no concept is left to cover: the earliest sentences (news is written lead-first) that fit.</summary>
    private static List<int> Leading(Corpus corpus, List<int> candidates, int budget)
    {
        var result = new List<int>();
        foreach (var s in candidates.OrderBy(s => corpus.Sentences[s].RelativePosition).ThenBy(s => s))
        {
            if (corpus.Sentences[s].Words <= budget)
            {
                result.Add(s);
                budget -= corpus.Sentences[s].Words;
            }
        }
        return result;
    }

    /// <summary>One representative per near-identical group, within the length limits and able to stand alone.</summary>
    private static List<int> Candidates(Corpus corpus, ConceptCoverageOptions options, bool strict, int budget)
    {
        var result = new List<int>();
        foreach (var group in corpus.Groups)
        {
            var s = corpus.Sentences[group.Representative];
            if (corpus.Excluded.Contains(group.Id) || s.Words > budget || s.Tokens.Length == 0 || !IsProse(s.Text))
            {
                continue;
            }
            if (strict && (!StandsAlone(s, options.MinSentenceWords, options.MaxSentenceWords, options.SkipDependentOpeners)
                || (options.SkipDependentOpeners && BackReferences.OpensWithOne(corpus, group.Representative))))
            {
                continue;
            }
            result.Add(group.Representative);
        }
        return result;
    }

    /// <summary>
    /// A sentence a reader can take on its own: of ordinary length, ending like a sentence, no question, every quote it
    /// opens closed, and (when asked) not opening with a word that leans on the sentence before ("But", "He", "This").
    /// </summary>
    internal static bool StandsAlone(Sentence s, int minWords, int maxWords, bool skipDependentOpeners) =>
        s.Words >= minWords && s.Words <= maxWords && s.Tokens.Length > 0
        && !(skipDependentOpeners && DependentOpeners.Contains(s.Tokens[0]))
        && SentenceSplitter.EndsLikeSentence(s.Text) && !s.Text.EndsWith('?') && QuotesClosed(s.Text);

    /// <summary>
    /// True when every quotation the sentence opens it also closes. News leaves a quote open at the end of a paragraph
    /// when the next one goes on quoting ("“It will take years."): alone in a brief, such a sentence is half a quote.
    /// </summary>
    internal static bool QuotesClosed(string text)
    {
        int straight = 0, opening = 0, closing = 0;
        foreach (char c in text)
        {
            switch (c)
            {
                case '"':
                    straight++;
                    break;
                case '“':
                    opening++;
                    break;
                case '”':
                    closing++;
                    break;
            }
        }
        return straight % 2 == 0 && opening == closing;
    }

    /// <summary>
    /// Prose is mostly letters and digits (punctuation is a few per cent of news text): a "sentence" in which other
    /// characters outnumber them is debris — a table rule, a run of commas, leftover markup — that counts as few words
    /// against the budget but fills the page.
    /// </summary>
    internal static bool IsProse(string text)
    {
        int word = 0, other = 0;
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                word++;
            }
            else if (!char.IsWhiteSpace(c))
            {
                other++;
            }
        }
        return word > other;
    }

    internal static HashSet<string> ContentStems(Sentence s)
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

    internal static bool TooSimilar(HashSet<string> a, HashSet<string> b, double maxOverlap)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return false;
        }
        int shared = a.Count(b.Contains);
        return shared > maxOverlap * Math.Min(a.Count, b.Count);
    }

    /// <summary>
    /// Concept ids and weights for one corpus: a concept's weight is the number of independent sources (articles,
    /// reprints of one story counted once) that mention it, plus <see cref="ConceptCoverageOptions.LeadBonus"/> for
    /// each that mentions it in its lead.
    /// </summary>
    private sealed class ConceptIndex
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

        public double[] Weights { get; }

        /// <param name="corpus">The sentences.</param>
        /// <param name="options">Lead size and bonus, and the share of articles a shared concept needs.</param>
        /// <param name="shared">True to count only concepts that recur across articles; false to count every concept.</param>
        public ConceptIndex(Corpus corpus, ConceptCoverageOptions options, bool shared)
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
                    // A wire story run by two outlets is one source: its concepts count once.
                    documents[id].Add(corpus.OriginOf[sentence.Article]);
                    if (sentence.Index < options.LeadSentences)
                    {
                        leads[id].Add(corpus.OriginOf[sentence.Article]);
                    }
                }
            }
            int minDf = shared ? MinDocumentFrequency(corpus.OriginOf.Distinct().Count(), options) : 1;
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
