using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Roundup.Analysis;
using Roundup.Analysis.Figures;
using Roundup.Model;

namespace Roundup.Benchmarks;

/// <summary>
/// Labelled quality of the comparison of sources on ECB+ events. <c>analysis-names ECBPLUS.jsonl EVENT…</c> prints,
/// for labelling, every name Roundup groups and every capitalised run it does not, and every sentence that writes a
/// number; <c>analysis-score ECBPLUS.jsonl LABELS.tsv</c> scores alias pairs and conflicts against the labels.
/// </summary>
internal static partial class AnalysisLabels
{
    [GeneratedRegex(@"\b[A-Z][\p{L}'’\-\.]*(?:\s+(?:(?:of|the|al|el|de|la|bin|van|von|der)\s+)?[A-Z][\p{L}'’\-\.]*)*")]
    private static partial Regex Capitalised();

    [GeneratedRegex(@"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HasNumber();

    public static Dictionary<string, List<Article>> Events(string path, IReadOnlySet<string> wanted)
    {
        var events = new Dictionary<string, List<Article>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var ev = root.GetProperty("event").GetString()!;
            if (!wanted.Contains(ev))
            {
                continue;
            }
            var id = root.GetProperty("id").GetString()!;
            var paragraphs = root.GetProperty("text").GetString()!.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            if (!events.TryGetValue(ev, out var list))
            {
                events[ev] = list = [];
            }
            list.Add(new Article(id, id, id, null, null, null, null, null, paragraphs));
        }
        return events;
    }

    public static void Names(string path, IReadOnlyList<string> wanted)
    {
        var events = Events(path, wanted.ToHashSet(StringComparer.Ordinal));
        foreach (var ev in wanted)
        {
            var articles = events[ev];
            var comparison = SourceAnalyzer.Compare(articles);
            Console.WriteLine($"# {ev} ({articles.Count} articles)");
            var known = new HashSet<string>(StringComparer.Ordinal);
            foreach (var e in comparison.Entities)
            {
                known.UnionWith(e.Aliases);
                Console.WriteLine($"{(e.Aliases.Count > 1 ? "=" : "-")} {e.Kind}\t{string.Join(" | ", e.Aliases)}");
            }
            var others = articles.SelectMany(a => a.Paragraphs).SelectMany(p => Capitalised().Matches(p).Select(m => m.Value.TrimEnd('.', '\'', '’')))
                .Where(n => !known.Contains(n)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            Console.WriteLine("? " + string.Join(" ; ", others));
            if (Environment.GetEnvironmentVariable("ROUNDUP_MENTIONS") == "1")
            {
                foreach (var p in articles.SelectMany(a => a.Paragraphs))
                {
                    var found = Roundup.Analysis.Entities.MentionFinder.Find(Roundup.Analysis.Entities.MentionFinder.Tokens(p), 0, _ => true);
                    Console.WriteLine("M " + string.Join(" ; ", found.Select(m => $"{m.Text}/{m.Kind}")) + "\t" + p);
                }
            }
            Console.WriteLine($"## numbers {ev}");
            foreach (var a in articles)
            {
                foreach (var p in a.Paragraphs.Where(p => HasNumber().IsMatch(p)))
                {
                    Console.WriteLine($"{a.Id}\t{p}");
                }
            }
        }
    }

    /// <summary>Alias-pair and conflict precision and recall on the labelled events.</summary>
    public static void Score(string path, string labelsPath)
    {
        var wanted = new List<string>();
        var goldPairs = new HashSet<(string, string, string)>();
        var goldConflicts = new List<(string Event, string What, HashSet<double> Values)>();
        foreach (var line in File.ReadLines(labelsPath).Where(l => l.Length > 0 && l[0] != '#'))
        {
            var cells = line.Split('\t');
            switch (cells[0])
            {
                case "events":
                    wanted.AddRange(cells[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
                    break;
                case "alias":
                    var names = cells[2].Split(" | ");
                    foreach (var a in names)
                    {
                        foreach (var b in names.Where(b => string.CompareOrdinal(a, b) < 0))
                        {
                            goldPairs.Add((cells[1], a, b));
                        }
                    }
                    break;
                case "conflict":
                    goldConflicts.Add((cells[1], cells[2], cells[3].Split(" | ").Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToHashSet()));
                    break;
                default:
                    throw new InvalidDataException($"{labelsPath}: unknown label kind '{cells[0]}'");
            }
        }
        var events = Events(path, wanted.ToHashSet(StringComparer.Ordinal));
        int predictedPairs = 0, rightPairs = 0, predictedConflicts = 0, rightConflicts = 0;
        var found = new HashSet<int>();
        var saidPairs = new HashSet<(string, string, string)>();
        foreach (var ev in wanted)
        {
            var comparison = SourceAnalyzer.Compare(events[ev]);
            foreach (var e in comparison.Entities)
            {
                foreach (var a in e.Aliases)
                {
                    foreach (var b in e.Aliases.Where(b => string.CompareOrdinal(a, b) < 0))
                    {
                        predictedPairs++;
                        saidPairs.Add((ev, a, b));
                        bool right = goldPairs.Contains((ev, a, b));
                        rightPairs += right ? 1 : 0;
                        Console.WriteLine($"{(right ? "ok " : "BAD")} alias {ev}\t{a} = {b}");
                    }
                }
            }
            foreach (var f in comparison.Figures.Where(f => f.Conflict))
            {
                predictedConflicts++;
                var values = f.Values.Select(v => v.Value).ToHashSet();
                int match = goldConflicts.FindIndex(g => g.Event == ev && g.Values.Count(values.Contains) >= 2);
                if (match >= 0)
                {
                    rightConflicts++;
                    found.Add(match);
                }
                Console.WriteLine($"{(match >= 0 ? "ok " : "BAD")} conflict {ev}\t{f.About}: {string.Join(" vs ", f.Values.Select(v => v.Phrase))}");
            }
        }
        foreach (var (ev, a, b) in goldPairs.Where(p => !saidPairs.Contains(p)).Order())
        {
            Console.WriteLine($"missed alias {ev}\t{a} = {b}");
        }
        foreach (var (i, g) in goldConflicts.Index().Where(x => !found.Contains(x.Index)))
        {
            Console.WriteLine($"missed conflict {g.Event}\t{g.What}: {string.Join(" | ", g.Values)}");
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"alias pairs: {predictedPairs} said, {rightPairs} right, {goldPairs.Count} labelled: precision {Ratio(rightPairs, predictedPairs):F2}, recall {Ratio(rightPairs, goldPairs.Count):F2}, F1 {F1(rightPairs, predictedPairs, goldPairs.Count):F2}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"conflicts: {predictedConflicts} said, {rightConflicts} right, {goldConflicts.Count} labelled, {found.Count} found: precision {Ratio(rightConflicts, predictedConflicts):F2}, recall {Ratio(found.Count, goldConflicts.Count):F2}"));
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static double F1(int right, int said, int labelled) =>
        right == 0 ? 0 : 2 * Ratio(right, said) * Ratio(right, labelled) / (Ratio(right, said) + Ratio(right, labelled));
}
