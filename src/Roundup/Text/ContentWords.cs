namespace Roundup.Text;

/// <summary>The words of a text that say what it is about: its tokens without stopwords, stemmed.</summary>
internal static class ContentWords
{
    /// <summary>Porter stems of the non-stopword tokens of <paramref name="text"/>, in order.</summary>
    public static List<string> Stems(string text) =>
        Tokenizer.Words(text).Where(t => !Stopwords.Contains(t)).Select(PorterStemmer.Stem).ToList();

    /// <summary>
    /// The title whose content words weigh most on average by <paramref name="stemWeight"/> (the first of equals; a
    /// title without content words weighs 0). Null when there is no title.
    /// </summary>
    public static string? BestTitle(IEnumerable<string> titles, Func<string, double> stemWeight)
    {
        string? best = null;
        double bestScore = double.MinValue;
        foreach (var title in titles)
        {
            var stems = Stems(title);
            double sum = 0;
            foreach (var stem in stems)
            {
                sum += stemWeight(stem);
            }
            double score = stems.Count == 0 ? 0 : sum / stems.Count;
            if (score > bestScore)
            {
                bestScore = score;
                best = title;
            }
        }
        return best;
    }
}
