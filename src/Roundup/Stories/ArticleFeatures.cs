using Roundup.Text;

namespace Roundup.Stories;

/// <summary>Extracts <see cref="ArticleFeatures"/>, caching stems (a stream repeats its vocabulary endlessly).</summary>
internal sealed class FeatureExtractor
{
    /// <summary>The stem cache is cleared when it reaches this size, bounding memory on endless streams.</summary>
    private const int MaxCachedStems = 500_000;

    private readonly Dictionary<string, string> _stems = new(StringComparer.Ordinal);

    public ArticleFeatures Extract(Article article) => ArticleFeatures.From(article, Stem);

    private string Stem(string token)
    {
        if (!_stems.TryGetValue(token, out var stem))
        {
            if (_stems.Count >= MaxCachedStems)
            {
                _stems.Clear();
            }
            _stems[token] = stem = PorterStemmer.Stem(token);
        }
        return stem;
    }
}

/// <summary>What the clusterer compares: term counts (stemmed content words) and named-entity counts of one article.</summary>
internal sealed record ArticleFeatures(Dictionary<string, int> Terms, Dictionary<string, int> Entities, int Length)
{
    /// <summary>
    /// Extracts features from the title and body. Entities are runs of capitalised words that do not open a
    /// sentence (or that appear capitalised elsewhere too), plus numbers: cheap and language-light, and what
    /// tells two earthquakes or two elections apart.
    /// </summary>
    public static ArticleFeatures From(Article article, Func<string, string> stem)
    {
        var terms = new Dictionary<string, int>(StringComparer.Ordinal);
        var entities = new Dictionary<string, int>(StringComparer.Ordinal);
        int length = 0;
        IEnumerable<string> paragraphs = article.Title is null ? article.Paragraphs : article.Paragraphs.Prepend(article.Title);
        foreach (var paragraph in paragraphs)
        {
            foreach (var sentence in SentenceSplitter.Split(paragraph))
            {
                AddSentence(sentence, terms, entities, stem, ref length);
            }
        }
        return new ArticleFeatures(terms, entities, length);
    }

    private static void AddSentence(string sentence, Dictionary<string, int> terms, Dictionary<string, int> entities, Func<string, string> stemOf, ref int length)
    {
        var words = sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var run = new List<string>();
        for (int i = 0; i < words.Length; i++)
        {
            var word = words[i].Trim('"', '“', '”', '‘', '’', '\'', '(', ')', '[', ']', ',', '.', ';', ':', '?', '!');
            bool capitalised = word.Length > 1 && char.IsUpper(word[0]);
            bool number = word.Length > 0 && char.IsDigit(word[0]);
            if (capitalised && (i > 0 || !Stopwords.Contains(word.ToLowerInvariant())))
            {
                run.Add(word.ToLowerInvariant());
            }
            else
            {
                FlushEntity(run, entities);
                if (number)
                {
                    entities["#" + word] = entities.GetValueOrDefault("#" + word) + 1;
                }
            }
            if (words[i].EndsWith(',') || words[i].EndsWith(';'))
            {
                FlushEntity(run, entities);
            }
        }
        FlushEntity(run, entities);
        foreach (var token in Tokenizer.Words(sentence))
        {
            if (Stopwords.Contains(token) || token.Length < 2)
            {
                continue;
            }
            var stem = stemOf(token);
            terms[stem] = terms.GetValueOrDefault(stem) + 1;
            length++;
        }
    }

    private static void FlushEntity(List<string> run, Dictionary<string, int> entities)
    {
        if (run.Count > 0)
        {
            var name = string.Join(' ', run);
            entities[name] = entities.GetValueOrDefault(name) + 1;
            run.Clear();
        }
    }
}
