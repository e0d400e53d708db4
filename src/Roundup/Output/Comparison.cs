using System.Globalization;
using Roundup.Analysis;
using Roundup.Analysis.Entities;
using Roundup.Analysis.Figures;
using Roundup.Model;

namespace Roundup.Output;

/// <summary>The comparison of sources as plain phrases, shared by the text, Markdown and HTML writers (they escape).</summary>
internal static class Comparison
{
    /// <summary>Entities listed under "Who is who": the reader wants the main actors, not every name.</summary>
    public const int ShownEntities = 12;

    /// <summary>The outlet names of <paramref name="ids"/>, each once, in source-list order.</summary>
    public static List<string> Outlets(Brief brief, IEnumerable<string> ids)
    {
        var wanted = ids.ToHashSet(StringComparer.Ordinal);
        return brief.Articles.Where(a => wanted.Contains(a.Id)).Select(BriefWriter.OutletOrFile).Distinct().ToList();
    }

    /// <summary>The entities worth a line: named at least twice, most mentioned first.</summary>
    public static IEnumerable<Entity> ShownWhoIsWho(SourceComparison comparison) =>
        comparison.Entities.Where(e => e.Mentions >= 2).Take(ShownEntities);

    /// <summary>"Islamic State (organization; also IS, ISIS, Daesh) — 35 mentions in 5 articles".</summary>
    public static (string Name, string Details) Entity(Entity e)
    {
        var others = e.Aliases.Where(a => a != e.Name).ToList();
        var kind = e.Kind == EntityKind.Other ? "" : e.Kind.ToString().ToLowerInvariant();
        var also = others.Count == 0 ? "" : $"also {string.Join(", ", others)}";
        var parts = string.Join("; ", new[] { kind, also }.Where(p => p.Length > 0));
        return (e.Name, $"{(parts.Length > 0 ? $"({parts}) " : "")}— {Plural.Of(e.Mentions, "mention")} in {Plural.Of(e.Sources.Count, "article")}");
    }

    /// <summary>One value as a reader says it: "around 180".</summary>
    public static string Value(FigureValue v)
    {
        var number = v.Value == Math.Floor(v.Value) ? v.Value.ToString("N0", CultureInfo.InvariantCulture) : v.Value.ToString("0.##", CultureInfo.InvariantCulture);
        var hedge = v.Hedge == Hedge.Approximate && v.Phrase.Length > 0 ? v.Phrase.Split(' ')[0] : Hedges.Words(v.Hedge);
        return hedge.Length > 0 ? $"{hedge} {number}" : number;
    }

    /// <summary>The exclusives grouped by the outlet that carries them, in source order.</summary>
    public static IEnumerable<(string Outlet, List<Exclusive> Items)> ExclusivesByOutlet(Brief brief, SourceComparison comparison) =>
        comparison.Exclusives.GroupBy(e => Outlets(brief, [e.Source]).FirstOrDefault() ?? e.Source)
            .Select(g => (g.Key, g.ToList()));
}
