using System.Text.Json;
using Roundup.Analysis;
using Roundup.Model;

namespace Roundup.Benchmarks;

/// <summary>
/// <c>analysis ECBPLUS.jsonl [FIRST-TOPIC LAST-TOPIC]</c>: compares the sources of each ECB+ event (its documents as one
/// story) and prints, one line each, every entity known by several names (<c>A event kind names…</c>) and every count
/// two articles report (<c>F event agree|CONFLICT …</c>, with the sentences of a conflict), for labelling by hand.
/// </summary>
internal static class AnalysisDump
{
    public static void Run(string path, int firstTopic, int lastTopic)
    {
        var events = new SortedDictionary<string, List<Article>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            int topic = root.GetProperty("topic").GetInt32();
            if (topic < firstTopic || topic > lastTopic)
            {
                continue;
            }
            var id = root.GetProperty("id").GetString()!;
            var ev = root.GetProperty("event").GetString()!;
            var paragraphs = root.GetProperty("text").GetString()!.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            if (!events.TryGetValue(ev, out var list))
            {
                events[ev] = list = [];
            }
            list.Add(new Article(id, id, id, null, null, null, null, null, paragraphs));
        }
        int aliasGroups = 0, aliasPairs = 0, figures = 0, conflicts = 0;
        foreach (var (ev, articles) in events)
        {
            var comparison = SourceAnalyzer.Compare(articles);
            foreach (var e in comparison.Entities.Where(e => e.Aliases.Count > 1))
            {
                aliasGroups++;
                aliasPairs += e.Aliases.Count * (e.Aliases.Count - 1) / 2;
                Console.WriteLine($"A {ev}\t{e.Kind}\t{string.Join(" | ", e.Aliases)}");
            }
            foreach (var f in comparison.Figures)
            {
                figures++;
                conflicts += f.Conflict ? 1 : 0;
                Console.WriteLine($"F {ev}\t{(f.Conflict ? "CONFLICT" : "agree")}\t{f.About}: {string.Join(" vs ", f.Values.Select(v => $"{v.Phrase} [{v.Sources.Count}]"))}");
                if (f.Conflict)
                {
                    foreach (var v in f.Values)
                    {
                        Console.WriteLine($"    {v.Value} [{string.Join(",", v.Sources)}]: {v.Text}");
                    }
                }
            }
        }
        Console.WriteLine($"{events.Count} events: {aliasGroups} entities with several names ({aliasPairs} name pairs), {figures} counts reported twice or more, {conflicts} conflicts");
    }
}
