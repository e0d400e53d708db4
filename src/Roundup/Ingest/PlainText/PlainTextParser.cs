using System.Text;
using Roundup.Dedup;
using Roundup.Ingest.Metadata;
using Roundup.Model;
using Roundup.Text;
using Roundup.Text.Similarity;

namespace Roundup.Ingest.PlainText;

/// <summary>
/// Reads one plain-text news report as scraped: an optional URL line, page furniture, a headline,
/// date lines, captions and body paragraphs, in one-paragraph-per-line or hard-wrapped layout.
/// The cascade: URL line → paragraph blocks → per-block classification (furniture, date, caption,
/// title, body) → dateline removal → fallbacks for title (URL slug), date (URL path) and outlet.
/// </summary>
internal static class PlainTextParser
{
    /// <summary>A headline has at most this many words; longer unpunctuated lines are captions or decks.</summary>
    private const int MaxHeadlineWords = 20;

    /// <summary>Hard-wrapped text: no line longer than this (typical wraps are 65–80 characters).</summary>
    private const int MaxWrappedLineLength = 100;

    /// <summary>Share of lines that run on into the next line above which the text counts as hard-wrapped.</summary>
    private const double MinRunOnShare = 0.3;

    /// <summary>A dateline opens one of the first paragraphs (a deck or standfirst may come before it).</summary>
    private const int DatelineSearchParagraphs = 3;

    public static Article Parse(string text, string path, string id)
    {
        text = Normalize(text);
        var lines = text.Split('\n');
        string? url = null;
        int first = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (first >= 0 && Boilerplate.AsBareUrl(lines[first]) is { } bare)
        {
            url = bare;
            lines[first] = "";
        }

        var classified = Classify(Blocks(lines));

        var paragraphs = DropNearRepeats(classified.Paragraphs);
        if (paragraphs.Count == 0 && classified.Title is { } onlyLine)
        {
            paragraphs.Add(onlyLine); // a one-line report is all headline: keep its text rather than lose it
        }
        string? place = null;
        string? agency = null;
        for (int i = 0; i < Math.Min(paragraphs.Count, DatelineSearchParagraphs); i++)
        {
            if (DatelineParser.Parse(paragraphs[i]) is { } dateline)
            {
                paragraphs[i] = paragraphs[i][dateline.Length..].TrimStart();
                place = dateline.Place;
                agency = dateline.Agency;
                break;
            }
        }

        var title = classified.Title ?? TitleFromUrl(url, paragraphs);
        var published = DateText.FromUrl(url) ?? classified.Published;
        var outlet = Outlets.FromUrl(url) ?? Outlets.FromSelfReference(paragraphs);
        return new Article(id, path, outlet, title, published, url, place, agency, paragraphs);
    }

    /// <summary>
    /// The body paragraphs of a text that has no headline to look for (the text of a corpus document, whose headline
    /// is marked apart): line ends and spaces normalised, TeX quotes made typographic, hard-wrapped lines joined,
    /// furniture, date lines, captions and repeats dropped as in <see cref="Parse"/>. The dateline is left in place.
    /// </summary>
    public static List<string> Body(string text) => Body(Blocks(Normalize(text).Split('\n')));

    /// <summary>The body among paragraphs already marked as such (a corpus document's &lt;P&gt; elements), as <see cref="Body(string)"/>.</summary>
    public static List<string> Body(List<string> paragraphs)
    {
        var body = Classify(paragraphs, findTitle: false).Paragraphs;
        // A text that is all lead-in lines (a one-line story) keeps them rather than lose it, furniture still out.
        return body.Count > 0 ? DropNearRepeats(body) : paragraphs.Where(p => !IsFurniture(p) && !DateText.IsDateLine(p, out _)).ToList();
    }

    private static List<string> Blocks(string[] lines) =>
        IsHardWrapped(lines) ? JoinWrappedLines(lines) : lines.Select(Whitespace.Normalize).Where(l => l.Length > 0).ToList();

    private static readonly System.Buffers.SearchValues<char> NeedsNormalizing = System.Buffers.SearchValues.Create("\u00A0\u2007\u202F\u200B\uFEFF\r`");

    private static string Normalize(string text)
    {
        if (!text.AsSpan().ContainsAny(NeedsNormalizing))
        {
            return text; // the common case: nothing to replace
        }
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            sb.Append(c switch
            {
                '\u00A0' or '\u2007' or '\u202F' => ' ',
                '\u200B' or '\uFEFF' => '\0',
                _ => c,
            });
        }
        sb.Replace("\0", "").Replace("\r\n", "\n").Replace('\r', '\n');
        // LDC and other corpora write quotes TeX-style: ``like this''.
        if (text.Contains("``", StringComparison.Ordinal))
        {
            sb.Replace("``", "“").Replace("''", "”");
        }
        return sb.ToString();
    }

    private sealed record Classification(string? Title, DateOnly? Published, List<string> Paragraphs);

    private static Classification Classify(List<string> blocks, bool findTitle = true)
    {
        string? title = null;
        DateOnly? published = null;
        var paragraphs = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        bool bodyStarted = false;
        var keys = blocks.ConvertAll(Key);
        string? titleKey = null;
        for (int i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var key = keys[i];
            if (IsFurniture(block))
            {
                continue;
            }
            if (DateText.IsDateLine(block, out var date))
            {
                published ??= date;
                continue;
            }
            if (!seen.Add(key) || key == titleKey)
            {
                continue; // a line repeated within the article keeps its first copy only
            }
            if (Boilerplate.IsCaption(block))
            {
                continue;
            }
            if (findTitle && !bodyStarted && title is null && IsHeadlineLike(block))
            {
                title = block;
                titleKey = key;
                continue;
            }
            // Scrapers double picture captions (alt text and figcaption): a line followed by itself is one.
            if (i + 1 < blocks.Count && keys[i + 1] == key)
            {
                continue;
            }
            if (!bodyStarted)
            {
                if (!IsBodyParagraph(block))
                {
                    continue; // decks, kickers and labels above the story
                }
                bodyStarted = true;
            }
            else if (Boilerplate.IsLabel(block))
            {
                continue; // cross-heads ("BIGGEST DEFEAT") and in-article links
            }
            paragraphs.Add(block);
        }
        return new Classification(title, published, paragraphs);
    }

    /// <summary>
    /// Removes a paragraph that is a near-identical copy of another in the same article (a standfirst that
    /// repeats the lead, a pull quote), keeping the longer, more complete version in its place.
    /// </summary>
    private static List<string> DropNearRepeats(List<string> paragraphs)
    {
        if (paragraphs.Count < 2)
        {
            return paragraphs;
        }
        int[] groups;
        int[] bigrams;
        if (paragraphs.Count <= SentenceGrouper.MaxTexts)
        {
            groups = SentenceGrouper.GroupTexts(paragraphs, out bigrams);
        }
        else
        {
            var sets = paragraphs.ConvertAll(NearDuplicates.Bigrams);
            groups = SentenceGrouper.Group(sets);
            bigrams = sets.ConvertAll(set => set.Count).ToArray();
        }
        if (groups[^1] == paragraphs.Count - 1)
        {
            return paragraphs; // every paragraph is its own group
        }
        // In each group of near-identical paragraphs keep the one with most bigrams (the first of equals).
        var best = new Dictionary<int, int>();
        for (int i = 0; i < paragraphs.Count; i++)
        {
            if (!best.TryGetValue(groups[i], out var b) || bigrams[i] > bigrams[b])
            {
                best[groups[i]] = i;
            }
        }
        var keep = paragraphs.Select((_, i) => best[groups[i]] == i).ToArray();
        return paragraphs.Where((_, i) => keep[i]).ToList();
    }

    private static bool IsFurniture(string block) =>
        Boilerplate.IsBareUrl(block) || Boilerplate.IsNumbersOnly(block) || Boilerplate.IsReadingTime(block)
        || Boilerplate.IsNavigationLabel(block) || Boilerplate.IsByline(block) || Boilerplate.IsEditorsNote(block);

    private static string Key(string block) => Whitespace.Normalize(block).ToLowerInvariant();

    private static bool IsHeadlineLike(string block)
    {
        int words = WordCounter.Count(block);
        var end = block.TrimEnd().TrimEnd('"', '\'', '”', '’', ')', ']');
        return words is >= 3 and <= MaxHeadlineWords && !end.EndsWith('.') && !end.EndsWith('…') && block.Any(char.IsLetter);
    }

    private static bool IsBodyParagraph(string block) =>
        Boilerplate.EndsLikeSentence(block) ? WordCounter.Count(block) >= 4 : WordCounter.Count(block) > 2 * Boilerplate.MaxLabelWords;

    private static bool IsHardWrapped(string[] lines)
    {
        int nonBlank = 0;
        int maxLength = 0;
        foreach (var l in lines)
        {
            int length = l.AsSpan().TrimEnd().Length;
            if (length > MaxWrappedLineLength)
            {
                return false; // a line longer than any wrap width: the text is not hard-wrapped
            }
            if (!l.AsSpan().IsWhiteSpace())
            {
                nonBlank++;
                maxLength = Math.Max(maxLength, length);
            }
        }
        if (nonBlank < 3)
        {
            return false;
        }
        int runOn = 0;
        for (int i = 0; i + 1 < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line.Length >= maxLength * 0.6 && !lines[i + 1].AsSpan().IsWhiteSpace() && !Boilerplate.EndsLikeSentence(line))
            {
                runOn++;
            }
        }
        return runOn >= nonBlank * MinRunOnShare;
    }

    /// <summary>
    /// Joins hard-wrapped lines into paragraphs. A paragraph ends at a blank line, before a line indented
    /// deeper than the text's usual margin (tab-indented paragraphs), or after a sentence-final line that
    /// stops well short of the wrap width.
    /// </summary>
    private static List<string> JoinWrappedLines(string[] lines)
    {
        var nonBlank = lines.Where(l => l.Trim().Length > 0).ToList();
        int margin = nonBlank.Min(Indent);
        int width = nonBlank.Max(l => l.TrimEnd().Length);
        var blocks = new List<string>();
        var current = new StringBuilder();
        void Flush()
        {
            if (current.Length > 0)
            {
                blocks.Add(Whitespace.Normalize(current.ToString()));
                current.Clear();
            }
        }
        string? previous = null;
        foreach (var raw in lines)
        {
            if (raw.Trim().Length == 0)
            {
                Flush();
                previous = null;
                continue;
            }
            bool indented = Indent(raw) > margin;
            bool previousEndedShort = previous is not null && Boilerplate.EndsLikeSentence(previous)
                && previous.TrimEnd().Length < width * 0.7;
            if (indented || previousEndedShort)
            {
                Flush();
            }
            current.Append(' ').Append(raw.Trim());
            previous = raw;
        }
        Flush();
        return blocks;
    }

    private static int Indent(string line)
    {
        int width = 0;
        foreach (char c in line)
        {
            if (c == ' ')
            {
                width++;
            }
            else if (c == '\t')
            {
                width += 4;
            }
            else
            {
                break;
            }
        }
        return width;
    }

    /// <summary>
    /// A headline rebuilt from a URL slug ("islamic-state-driven-out-of-syrias-ancient-palmyra-city"), each word
    /// written as the body writes it (syrias → Syria’s, state → State), or null when the URL has no slug.
    /// </summary>
    internal static string? TitleFromUrl(string? url, IReadOnlyList<string> paragraphs)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }
        var segment = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => System.IO.Path.GetFileNameWithoutExtension(s))
            .LastOrDefault(s => s.Count(c => c is '-' or '_') >= 2);
        if (segment is null)
        {
            return null;
        }
        var words = segment.Split('-', '_').Where(w => w.Length > 0 && !(w.Length >= 4 && w.All(char.IsDigit))).ToList();
        if (words.Count < 3)
        {
            return null;
        }
        var forms = BodyWordForms(paragraphs);
        var recased = words.Select(w => forms.TryGetValue(w.ToLowerInvariant(), out var form) ? form : w.ToLowerInvariant()).ToList();
        recased[0] = char.ToUpperInvariant(recased[0][0]) + recased[0][1..];
        return string.Join(' ', recased);
    }

    /// <summary>For each slug-style key (letters and digits, lower case), the body's most frequent spelling,
    /// counting only words that do not open a sentence, where capitals say nothing.</summary>
    private static Dictionary<string, string> BodyWordForms(IReadOnlyList<string> paragraphs)
    {
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var paragraph in paragraphs)
        {
            foreach (var sentence in SentenceSplitter.Split(paragraph))
            {
                var tokens = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                for (int i = 1; i < tokens.Length; i++)
                {
                    var form = tokens[i].Trim('"', '“', '”', '‘', '(', ')', ',', '.', ';', ':', '?', '!', '[', ']');
                    var key = new string(form.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();
                    if (key.Length == 0)
                    {
                        continue;
                    }
                    if (!counts.TryGetValue(key, out var byForm))
                    {
                        counts[key] = byForm = new Dictionary<string, int>(StringComparer.Ordinal);
                    }
                    byForm[form] = byForm.GetValueOrDefault(form) + 1;
                }
            }
        }
        return counts.ToDictionary(
            kv => kv.Key,
            kv => kv.Value.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key,
            StringComparer.Ordinal);
    }
}
