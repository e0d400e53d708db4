using Roundup.Model;

namespace Roundup.Tests.Architecture;

/// <summary>The engine's stages depend on each other one way, along the data flow (docs/architecture.md).</summary>
public class StageDependencyTests
{
    /// <summary>The stages in data-flow order: a stage may use only the stages before it.</summary>
    private static readonly string[] Stages =
    [
        "Roundup.Text",
        "Roundup.Concurrency",
        "Roundup.Model",
        "Roundup.State",
        "Roundup.Ingest",
        "Roundup.Dedup",
        "Roundup.Stories",
        "Roundup.Briefing",
        "Roundup.Analysis",
        "Roundup.Evaluation",
        "Roundup.Output",
    ];

    private static readonly Dictionary<string, HashSet<string>> Graph = NamespaceGraph.Build(typeof(Article).Assembly, "Roundup");

    [Fact]
    public void Every_namespace_belongs_to_a_stage()
    {
        var outside = Graph.Keys.Where(ns => StageOf(ns) < 0).ToList();
        Assert.True(outside.Count == 0, $"Namespaces outside the stages: {string.Join(", ", outside)}");
    }

    [Fact]
    public void No_namespaces_use_each_other()
    {
        var cycles = NamespaceGraph.Cycles(Graph);
        Assert.True(cycles.Count == 0, "Namespace cycles: " + string.Join("; ", cycles.Select(c => string.Join(" ↔ ", c))));
    }

    [Fact]
    public void Stages_use_only_earlier_stages()
    {
        var backwards = Graph
            .SelectMany(kv => kv.Value.Select(used => (From: kv.Key, To: used)))
            .Where(edge => StageOf(edge.To) > StageOf(edge.From))
            .Select(edge => $"{edge.From} → {edge.To}")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(backwards.Count == 0, "Dependencies against the data flow: " + string.Join(", ", backwards));
    }

    [Fact]
    public void The_graph_sees_dependencies_in_method_bodies_and_signatures()
    {
        // StoryStream calls the reprint detector in its bodies and hands Article (Model) through its signatures.
        Assert.Contains("Roundup.Dedup", Graph["Roundup.Stories"]);
        Assert.Contains("Roundup.Model", Graph["Roundup.Stories"]);
        Assert.Contains("Roundup.Concurrency", Graph["Roundup.Stories"]);
    }

    [Fact]
    public void Cycles_are_found_through_intermediate_namespaces()
    {
        var graph = new Dictionary<string, HashSet<string>>
        {
            ["A"] = ["B"],
            ["B"] = ["C"],
            ["C"] = ["A"],
            ["D"] = ["A"],
        };
        var cycle = Assert.Single(NamespaceGraph.Cycles(graph));
        Assert.Equal(["A", "B", "C"], cycle);
    }

    private static int StageOf(string ns) =>
        Array.FindIndex(Stages, s => ns == s || ns.StartsWith(s + ".", StringComparison.Ordinal));
}
