using Roundup.Text;
using Roundup.Text.Similarity;

namespace Roundup.Briefing;

/// <summary>
/// Sentences a reader has already seen — an earlier brief's, or those of the articles before a date. An update brief
/// leaves out every sentence near-identical to one of them, so it says only what is new.
/// </summary>
public sealed class SeenSentences
{
    private readonly List<HashSet<long>> _sentences = [];
    private readonly Dictionary<long, List<int>> _byBigram = [];

    /// <summary>How many sentences were seen.</summary>
    public int Count => _sentences.Count;

    /// <summary>The sentences of <paramref name="texts"/> (each text may hold several).</summary>
    public static SeenSentences Of(IEnumerable<string> texts)
    {
        var seen = new SeenSentences();
        foreach (var sentence in texts.SelectMany(SentenceSplitter.Split))
        {
            seen.Add(NearDuplicates.Bigrams(Tokenizer.Words(Whitespace.Normalize(sentence)).ToArray()));
        }
        return seen;
    }

    private void Add(HashSet<long> bigrams)
    {
        if (bigrams.Count == 0)
        {
            return;
        }
        int id = _sentences.Count;
        _sentences.Add(bigrams);
        foreach (var b in bigrams)
        {
            if (!_byBigram.TryGetValue(b, out var list))
            {
                _byBigram[b] = list = [];
            }
            list.Add(id);
        }
    }

    /// <summary>True when a seen sentence is near-identical to the one with these bigrams.</summary>
    internal bool Contains(HashSet<long> bigrams)
    {
        var compared = new HashSet<int>();
        foreach (var b in bigrams)
        {
            if (!_byBigram.TryGetValue(b, out var list))
            {
                continue;
            }
            foreach (var id in list)
            {
                if (compared.Add(id) && NearDuplicates.AreNearIdentical(bigrams, _sentences[id]))
                {
                    return true;
                }
            }
        }
        return false;
    }
}
