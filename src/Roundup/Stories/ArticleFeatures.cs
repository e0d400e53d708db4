using System.Runtime.InteropServices;
using Roundup.Model;
using Roundup.Text;

namespace Roundup.Stories;

/// <summary>
/// What the clusterer compares: term counts (stemmed content words) and named-entity counts of one article, each
/// keyed by the 64-bit <see cref="TokenHash"/> of the stem or name (no strings cross to the clusterer; among the
/// few hundred thousand distinct terms of a stream, a collision has odds below one in ten million); and the body's
/// opening sentence, a title for stories whose articles have no headline.
/// </summary>
internal sealed record ArticleFeatures(KeyValuePair<ulong, int>[] Terms, KeyValuePair<ulong, int>[] Entities, string? Opening)
{
    /// <summary>The stem cache is cleared when it reaches this size, bounding memory on endless streams.</summary>
    private const int MaxCachedStems = 200_000;

    /// <summary>A word of a longer name counts as an entity of its own from this length ("Li" and "Al" name nobody alone).</summary>
    private const int MinNameWordChars = 3;

    /// <summary>A word ending in "'s" is a possessive only when this much is left before it ("Klitschko's", not "it's").</summary>
    private const int MinPossessiveChars = 4;

    /// <summary>Shorter tokens are no terms: single letters are initials and list markers.</summary>
    private const int MinTermChars = 2;

    /// <summary>Longest entity name kept (longer capitalised runs are headlines in title case, not names).</summary>
    private const int MaxEntityChars = 128;

    /// <summary>
    /// Term keys by token hash (<see cref="NotATerm"/> for common words), per thread: a stream repeats its vocabulary
    /// endlessly, and a stopword check and stemming cost more than one lookup.
    /// </summary>
    [ThreadStatic]
    private static Dictionary<ulong, ulong>? t_stems;

    /// <summary>Marks a token that is not a term (a stopword or a one-letter token).</summary>
    private const ulong NotATerm = 0;

    /// <summary>Counting tables that grew beyond this are not reused.</summary>
    private const int MaxReusedCapacity = 8192;

    [ThreadStatic]
    private static Dictionary<ulong, int>? t_terms;

    [ThreadStatic]
    private static Dictionary<ulong, int>? t_entities;

    /// <summary>
    /// The title and the first paragraphs count this many times: a news report states its event in the lead (who did
    /// what, where) and spends the rest on background that sibling events share.
    /// </summary>
    internal const int LeadWeight = 3;

    /// <summary>Body paragraphs that form the lead.</summary>
    internal const int LeadParagraphs = 2;

    /// <summary>
    /// At most this many sentences of them: news paragraphs hold one or two sentences, but a text whose paragraphs are
    /// not marked (a corpus document wrapped as one block) would otherwise weigh its whole body as lead.
    /// </summary>
    internal const int LeadSentences = 3;

    /// <summary>The key of a term (a stem), as <see cref="Terms"/> holds it.</summary>
    public static ulong TermKey(string stem) => TokenHash.Of(stem);

    /// <summary>Days and months (capitalised in English, but names of dates, not of people or places).</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CalendarWords =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
        [
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        ], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly char[] EntityTrim = ['"', '“', '”', '‘', '’', '\'', '(', ')', '[', ']', ',', '.', ';', ':', '?', '!'];

    /// <summary>
    /// Extracts features from the title and body; thread-safe. Entities are runs of capitalised words that do
    /// not open a sentence (or that are not common words), plus numbers: cheap and language-light, and what
    /// tells two earthquakes or two elections apart.
    /// </summary>
    /// <param name="article">The article.</param>
    /// <param name="bodyWords">
    /// If given, receives the <see cref="TokenHash"/> of every token of the body (<see cref="Tokenizer"/>), in order:
    /// the input of <see cref="Dedup.ReprintDetector.Sketch(string, ReadOnlySpan{ulong})"/>, so the body is tokenized once.
    /// </param>
    public static ArticleFeatures From(Article article, List<ulong>? bodyWords = null)
    {
        // Counting dictionaries are reused per thread (they keep their capacity): growing two new ones per article
        // cost a quarter of feature extraction.
        var terms = t_terms ??= [];
        var entities = t_entities ??= [];
        terms.Clear();
        entities.Clear();
        var builder = new Builder(terms, entities);
        if (article.Title is { } title)
        {
            builder.AddParagraph(title, null, LeadWeight);
        }
        string? opening = null;
        int leadLeft = LeadSentences;
        for (int i = 0; i < article.Paragraphs.Count; i++)
        {
            var first = i < LeadParagraphs
                ? builder.AddLeadParagraph(article.Paragraphs[i], bodyWords, ref leadLeft)
                : builder.AddParagraph(article.Paragraphs[i], bodyWords, 1);
            if (i == 0)
            {
                opening = Shortened(first ?? article.Paragraphs[0]);
            }
        }
        var features = new ArticleFeatures(terms.ToArray(), entities.ToArray(), opening);
        if (terms.Count > MaxReusedCapacity || entities.Count > MaxReusedCapacity)
        {
            // After an exceptionally long text, do not keep clearing a huge table for every article.
            t_terms = null;
            t_entities = null;
        }
        return features;
    }

    /// <summary>Longest opening sentence used as a story title whole; a longer one is cut at a word.</summary>
    private const int MaxOpeningChars = 160;

    /// <summary>
    /// An article's opening sentence as a title for a story whose articles have no headline: whole up to
    /// <see cref="MaxOpeningChars"/>, else cut at a word and marked; null when empty.
    /// </summary>
    private static string? Shortened(string sentence)
    {
        sentence = sentence.Trim();
        if (sentence.Length <= MaxOpeningChars)
        {
            return sentence.Length > 0 ? sentence : null;
        }
        int cut = sentence.LastIndexOf(' ', MaxOpeningChars);
        return sentence[..(cut > 0 ? cut : MaxOpeningChars)].TrimEnd(',', ';', ':') + "…";
    }

    private sealed class Builder(Dictionary<ulong, int> terms, Dictionary<ulong, int> entities)
    {
        private readonly char[] _run = new char[MaxEntityChars];
        private int _runLength;

        private int _weight = 1;

        /// <summary>Counts a paragraph's terms and entities; returns its first sentence (null when it has none).</summary>
        public string? AddParagraph(string paragraph, List<ulong>? words, int weight) =>
            AddParagraph(paragraph, SentenceSplitter.Ranges(paragraph), words, weight);

        private string? AddParagraph(string paragraph, List<Range> sentences, List<ulong>? words, int weight)
        {
            _weight = weight;
            foreach (var sentence in sentences)
            {
                AddEntities(paragraph.AsSpan(sentence));
            }
            AddTerms(paragraph, words);
            return sentences.Count > 0 ? paragraph[sentences[0]] : null;
        }

        /// <summary>
        /// A paragraph of the lead: its first <paramref name="leadLeft"/> sentences count <see cref="LeadWeight"/> times,
        /// the rest once; <paramref name="leadLeft"/> is lowered by the sentences used.
        /// </summary>
        public string? AddLeadParagraph(string paragraph, List<ulong>? words, ref int leadLeft)
        {
            var sentences = SentenceSplitter.Ranges(paragraph);
            if (sentences.Count <= leadLeft)
            {
                leadLeft -= sentences.Count;
                return AddParagraph(paragraph, sentences, words, LeadWeight);
            }
            for (int k = 0; k < sentences.Count; k++)
            {
                _weight = k < leadLeft ? LeadWeight : 1;
                AddEntities(paragraph.AsSpan(sentences[k]));
            }
            // Every term once (and the body's words in order), then the lead sentences' terms the extra times.
            _weight = 1;
            AddTerms(paragraph, words);
            _weight = LeadWeight - 1;
            for (int k = 0; k < leadLeft; k++)
            {
                AddTerms(paragraph[sentences[k]], null);
            }
            leadLeft = 0;
            return sentences.Count > 0 ? paragraph[sentences[0]] : null;
        }

        private void AddEntities(ReadOnlySpan<char> sentence)
        {
            Span<char> lower = stackalloc char[MaxEntityChars];
            bool firstWord = true;
            foreach (var range in sentence.SplitAny(" \t\n\r\u00A0"))
            {
                var raw = sentence[range];
                if (raw.IsEmpty)
                {
                    continue;
                }
                var word = raw.Trim(EntityTrim);
                // "Klitschko's" is Klitschko.
                if (word.Length >= MinPossessiveChars && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal)))
                {
                    word = word[..^2];
                }
                bool capitalised = word.Length > 1 && char.IsUpper(word[0]);
                bool number = word.Length > 0 && char.IsDigit(word[0]);
                if (capitalised && word.Length <= MaxEntityChars)
                {
                    int n = word.ToLowerInvariant(lower);
                    if (CalendarWords.Contains(lower[..n]))
                    {
                        // "On Saturday Wladimir Klitschko won": a day or month is not part of the name beside it.
                        FlushRun();
                        Count(lower[..n]);
                    }
                    else if (!firstWord || !Stopwords.Contains(lower[..n]))
                    {
                        AppendToRun(lower[..n]);
                    }
                    else
                    {
                        FlushRun();
                    }
                }
                else
                {
                    FlushRun();
                    if (number && word.Length < MaxEntityChars)
                    {
                        lower[0] = '#';
                        word.CopyTo(lower[1..]);
                        Count(lower[..(word.Length + 1)]);
                    }
                }
                if (raw[^1] is ',' or ';')
                {
                    FlushRun();
                }
                firstWord = false;
            }
            FlushRun();
        }

        private void AppendToRun(ReadOnlySpan<char> word)
        {
            int needed = _runLength == 0 ? word.Length : _runLength + 1 + word.Length;
            if (needed > MaxEntityChars)
            {
                FlushRun();
                needed = word.Length;
            }
            if (_runLength > 0)
            {
                _run[_runLength++] = ' ';
            }
            word.CopyTo(_run.AsSpan(_runLength));
            _runLength = needed;
        }

        private void FlushRun()
        {
            if (_runLength > 0)
            {
                var run = _run.AsSpan(0, _runLength);
                Count(run);
                // Each word of a longer name counts too: reports name "Wladimir Klitschko" once and "Klitschko"
                // after, and a title-case headline is one long run that holds the names.
                if (run.Contains(' '))
                {
                    foreach (var r in run.Split(' '))
                    {
                        if (run[r].Length >= MinNameWordChars)
                        {
                            Count(run[r]);
                        }
                    }
                }
                _runLength = 0;
            }
        }

        private void Count(ReadOnlySpan<char> entity) =>
            CollectionsMarshal.GetValueRefOrAddDefault(entities, TokenHash.Of(entity), out _) += _weight;

        private void AddTerms(string text, List<ulong>? words)
        {
            var stems = t_stems ??= [];
            foreach (var token in Tokenizer.EnumerateWords(text, stackalloc char[Tokenizer.MaxTokenLength]))
            {
                ulong hash = TokenHash.Of(token);
                words?.Add(hash);
                if (!stems.TryGetValue(hash, out var stem))
                {
                    if (stems.Count >= MaxCachedStems)
                    {
                        stems.Clear();
                    }
                    stems[hash] = stem = token.Length < MinTermChars || Stopwords.Contains(token) ? NotATerm : TermKey(PorterStemmer.Stem(new string(token)));
                }
                if (stem != NotATerm)
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(terms, stem, out _) += _weight;
                }
            }
        }
    }
}
