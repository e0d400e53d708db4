using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Roundup.Benchmarks;

/// <summary>
/// Builds a large JSON Lines news stream with realistic duplicate and story structure from real texts (the
/// ECB+ documents and the Palmyra reports): events become active and fade over the stream; each article is an
/// independent report rewritten from a document of its event — paragraphs shuffled, sentences dropped, sentences
/// substituted from other documents of the same event, a few words of each sentence dropped or swapped (so that two
/// reports drawn from one document share facts and vocabulary but few five-word runs, as independent reports do),
/// names changed per generation of an event — and about a quarter are near-verbatim wire reprints of an earlier
/// article of the event. Deterministic.
/// </summary>
internal static class StreamBuilder
{
    /// <summary>Events reported on at any one time.</summary>
    private const int ActiveEvents = 60;

    /// <summary>Share of articles that reprint an earlier article of their event almost word for word.</summary>
    private const double ReprintShare = 0.25;

    /// <param name="path">The JSON Lines file to write.</param>
    /// <param name="count">Articles in the stream.</param>
    /// <param name="undated">Leave out dates and URLs (the same texts otherwise): a stream whose stories time cannot tell apart.</param>
    public static void Write(string path, int count, bool undated = false)
    {
        var documents = File.ReadLines(BenchData.EcbPlus).Select(line =>
        {
            using var doc = JsonDocument.Parse(line);
            return (Event: doc.RootElement.GetProperty("event").GetString()!, Text: doc.RootElement.GetProperty("text").GetString()!);
        }).ToList();
        var events = documents.GroupBy(d => d.Event).Select(g => g.Select(d => d.Text.Split('\n')).ToList()).ToList();
        var random = new Random(20160327);
        var active = new List<(int Event, int Generation, List<string[]> Written)>();
        int generation = 0;
        var start = new DateTime(2016, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        for (int i = 0; i < count; i++)
        {
            // Keep a rolling set of events; each new one is a fresh "generation" of an ECB+ event (a new real-world event).
            while (active.Count < ActiveEvents || random.NextDouble() < 0.002)
            {
                active.Add((random.Next(events.Count), generation++, []));
                if (active.Count > ActiveEvents)
                {
                    active.RemoveAt(0);
                }
            }
            int slot = (int)Math.Min(active.Count - 1, Math.Floor(-Math.Log(1 - random.NextDouble()) * active.Count / 3));
            var (eventIndex, gen, written) = active[active.Count - 1 - slot];
            var sources = events[eventIndex];
            string[] lines;
            if (written.Count > 0 && random.NextDouble() < ReprintShare)
            {
                lines = Reprint(written[random.Next(written.Count)], random);
            }
            else
            {
                lines = Rename(Rewrite(sources[random.Next(sources.Count)], sources, random), gen);
            }
            written.Add(lines);
            if (written.Count > 20)
            {
                written.RemoveAt(0);
            }
            var published = start.AddSeconds(i * 0.45); // about 190,000 articles a day
            var id = "s" + i.ToString(CultureInfo.InvariantCulture);
            var story = $"{eventIndex}-{gen}";
            var url = $"https://outlet{random.Next(1000)}.example/{published:yyyy/MM/dd}/story-{i}";
            var text = string.Join('\n', lines);
            writer.WriteLine(undated
                ? JsonSerializer.Serialize(new { id, story, text })
                : JsonSerializer.Serialize(new { id, story, url, published = published.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), text }));
        }
    }

    private static readonly string[] Syllables = ["ka", "lo", "mir", "an", "tes", "vo", "ra", "den", "shi", "pul", "gor", "el", "ma", "zin", "tor", "ba"];

    /// <summary>
    /// Gives each generation of an ECB+ event its own names: every capitalised word of four or more letters that does
    /// not open a line becomes a pseudo-name fixed by (word, generation). Two generations then read like two events of
    /// the same kind — the same vocabulary, different people and places — instead of one endless story.
    /// </summary>
    private static string[] Rename(string[] lines, int generation) => lines.Select(line =>
    {
        var words = line.Split(' ');
        for (int i = 1; i < words.Length; i++)
        {
            var w = words[i];
            if (w.Length >= 4 && char.IsUpper(w[0]) && w.All(char.IsLetter))
            {
                words[i] = PseudoName(w, generation);
            }
        }
        return string.Join(' ', words);
    }).ToArray();

    private static string PseudoName(string word, int generation)
    {
        ulong h = 1469598103934665603UL ^ (ulong)generation;
        foreach (char c in word)
        {
            h = (h ^ c) * 1099511628211UL;
        }
        var sb = new StringBuilder();
        for (int k = 0; k < 3; k++)
        {
            sb.Append(Syllables[(int)(h % (ulong)Syllables.Length)]);
            h /= (ulong)Syllables.Length;
        }
        sb[0] = char.ToUpperInvariant(sb[0]);
        return sb.ToString();
    }

    private static string[] Reprint(string[] original, Random random)
    {
        var copy = (string[])original.Clone();
        int edits = 1 + random.Next(2);
        for (int e = 0; e < edits && copy.Length > 0; e++)
        {
            int line = random.Next(copy.Length);
            copy[line] = copy[line].Replace(" the ", " a ", StringComparison.Ordinal).Replace(" said", " says", StringComparison.Ordinal);
        }
        return copy;
    }

    private static string[] Rewrite(string[] document, List<string[]> eventDocuments, Random random)
    {
        var lines = document.Where(_ => random.NextDouble() > 0.2).ToList(); // drop a fifth of the sentences
        for (int i = 0; i < lines.Count; i++)
        {
            if (random.NextDouble() < 0.15)
            {
                var other = eventDocuments[random.Next(eventDocuments.Count)];
                lines[i] = other[random.Next(other.Length)]; // substitute a sentence from another report of the event
            }
        }
        for (int i = 0; i < lines.Count; i++)
        {
            lines[i] = Reword(lines[i], random);
        }
        // Shuffle the body after the first two lines (the head of a report stays where it is).
        for (int i = lines.Count - 1; i > 2; i--)
        {
            int j = 2 + random.Next(i - 1);
            (lines[i], lines[j]) = (lines[j], lines[i]);
        }
        return lines.Count > 0 ? [.. lines] : document;
    }

    /// <summary>
    /// An outlet's own wording of a sentence: about one word in six dropped and one pair of neighbours swapped, so
    /// the sentence keeps its content words but rarely five words in a row of another report.
    /// </summary>
    private static string Reword(string sentence, Random random)
    {
        var words = sentence.Split(' ').Where((_, i) => i == 0 || random.NextDouble() > 0.17).ToList();
        if (words.Count > 3)
        {
            int i = 1 + random.Next(words.Count - 2);
            (words[i], words[i + 1]) = (words[i + 1], words[i]);
        }
        return string.Join(' ', words);
    }
}
