using System.Globalization;
using System.Text.Json;
using Roundup.Text;
using Roundup.Text.Dates;

namespace Roundup.Benchmarks;

/// <summary>
/// <c>dates-score ECBPLUS.jsonl LABELS.tsv</c>: precision and recall of temporal-expression resolution against
/// hand-resolved expressions in ECB+ sentences (bench/labels/ecbplus-dates.tsv), overall and on the two halves of the
/// labelled documents (odd and even topics), with every error listed.
/// </summary>
internal static class DateLabels
{
    private sealed record Gold(string Expression, int Start, string? Value);

    private sealed record Labelled(string Doc, int Topic, string Sentence, DateOnly? Published, List<Gold> Gold);

    private sealed class Tally
    {
        public int Predicted, Correct, Resolvable;

        public string Line(string name)
        {
            double p = Predicted == 0 ? 1 : Correct / (double)Predicted, r = Resolvable == 0 ? 1 : Correct / (double)Resolvable;
            return FormattableString.Invariant($"{name,-12} precision {p:0.000} ({Correct}/{Predicted})  recall {r:0.000} ({Correct}/{Resolvable})  F1 {(p + r == 0 ? 0 : 2 * p * r / (p + r)):0.000}");
        }
    }

    public static void Score(string corpusPath, string labelsPath)
    {
        var texts = File.ReadLines(corpusPath).Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("text").GetString()!, StringComparer.Ordinal);
        var labelled = Read(labelsPath, texts);
        var all = new Tally();
        var halves = new[] { new Tally(), new Tally() };
        foreach (var item in labelled)
        {
            var found = TemporalExpressions.Find(item.Sentence, item.Published);
            var tallies = new[] { all, halves[item.Topic % 2] };
            foreach (var t in tallies)
            {
                t.Resolvable += item.Gold.Count(g => g.Value is not null);
            }
            foreach (var m in found)
            {
                var gold = item.Gold.FirstOrDefault(g => m.Start < g.Start + g.Expression.Length && g.Start < m.Start + m.Text.Length);
                bool correct = gold?.Value is { } v && v == m.Point.ToString();
                foreach (var t in tallies)
                {
                    t.Predicted++;
                    t.Correct += correct ? 1 : 0;
                }
                if (!correct)
                {
                    Console.WriteLine($"wrong   {item.Doc}: \"{m.Text}\" = {m.Point} (gold: {(gold is null ? "no expression" : gold.Value ?? "none")}) in: {item.Sentence}");
                }
            }
            foreach (var g in item.Gold.Where(g => g.Value is not null && !found.Any(m => m.Start < g.Start + g.Expression.Length && g.Start < m.Start + m.Text.Length && m.Point.ToString() == g.Value)))
            {
                Console.WriteLine($"missed  {item.Doc}: \"{g.Expression}\" = {g.Value} in: {item.Sentence}");
            }
        }
        Console.WriteLine();
        Console.WriteLine($"{labelled.Count} sentences, {labelled.Select(l => l.Doc).Distinct().Count()} documents, {labelled.Sum(l => l.Gold.Count)} expressions ({all.Resolvable} resolvable)");
        Console.WriteLine(all.Line("all"));
        Console.WriteLine(halves[1].Line("odd topics"));
        Console.WriteLine(halves[0].Line("even topics"));
    }

    private static List<Labelled> Read(string path, Dictionary<string, string> texts)
    {
        var published = new Dictionary<string, DateOnly?>(StringComparer.Ordinal);
        var result = new List<Labelled>();
        foreach (var raw in File.ReadLines(path))
        {
            if (raw.StartsWith('#') || raw.Length == 0)
            {
                continue;
            }
            var f = raw.Split('\t');
            if (f[0] == "doc")
            {
                published[f[1]] = f[2] == "-" ? null : DateOnly.ParseExact(f[2], "yyyy-MM-dd", CultureInfo.InvariantCulture);
                continue;
            }
            var doc = f[1];
            var sentence = Locate(texts[doc], f[2]) ?? throw new InvalidDataException($"{path}: no sentence of {doc} starts with \"{f[2]}\".");
            var gold = new List<Gold>();
            if (f[3] != "-")
            {
                foreach (var part in f[3].Split(" ; "))
                {
                    int eq = part.LastIndexOf('=');
                    var expression = part[..eq];
                    int at = sentence.IndexOf(expression, StringComparison.Ordinal);
                    if (at < 0)
                    {
                        throw new InvalidDataException($"{path}: \"{expression}\" is not in the sentence of {doc} starting \"{f[2]}\".");
                    }
                    gold.Add(new Gold(expression, at, part[(eq + 1)..] == "none" ? null : part[(eq + 1)..]));
                }
            }
            result.Add(new Labelled(doc, int.Parse(doc[..doc.IndexOf('_')], CultureInfo.InvariantCulture), sentence, published[doc], gold));
        }
        return result;
    }

    /// <summary>The sentence (as Roundup splits the document's lines) that starts with or holds <paramref name="prefix"/>.</summary>
    private static string? Locate(string text, string prefix) =>
        text.Split('\n').SelectMany(SentenceSplitter.Split).Select(Whitespace.Normalize).FirstOrDefault(s => s.Contains(prefix, StringComparison.Ordinal));
}
