using Roundup.Analysis;
using Roundup.Analysis.Entities;
using Roundup.Analysis.Figures;
using Roundup.Ingest;
using Roundup.Model;

namespace Roundup.Tests.Analysis;

/// <summary>What a reader of the bundled example learns from comparing its five reports.</summary>
public class PalmyraComparisonTests
{
    private static readonly IReadOnlyList<Article> Articles = new CorpusReader().Read([TestPaths.Palmyra], _ => { }).ToList();
    private static readonly SourceComparison Comparison = SourceAnalyzer.Compare(Articles);

    private static Entity EntityNamed(string alias) => Assert.Single(Comparison.Entities, e => e.Aliases.Contains(alias));

    [Fact]
    public void Both_spellings_of_Deir_al_Zor_are_one_place()
    {
        var deir = EntityNamed("Deir al-Zor");
        Assert.Contains("Deir ez-Zor", deir.Aliases);
        Assert.Equal(EntityKind.Place, deir.Kind);
    }

    [Fact]
    public void The_monitor_director_is_one_person_under_both_transliterations()
    {
        var director = EntityNamed("Rami Abdel Rahman");
        Assert.Contains("Rami Abdulrahman", director.Aliases);
        Assert.Equal(EntityKind.Person, director.Kind);
    }

    [Fact]
    public void IS_ISIS_Islamic_State_and_Daesh_are_one_organisation()
    {
        var group = EntityNamed("Islamic State");
        Assert.Superset(new HashSet<string> { "IS", "ISIS", "Islamic State", "Daesh" }, group.Aliases.ToHashSet());
        Assert.Equal(EntityKind.Organization, group.Kind);
        Assert.Equal(Articles.Count, group.Sources.Count);
    }

    [Fact]
    public void A_full_name_and_its_short_form_are_one_person()
    {
        var assad = EntityNamed("Bashar al-Assad");
        Assert.Contains("Assad", assad.Aliases);
        Assert.Equal("Bashar al-Assad", assad.Name);
    }

    [Fact]
    public void The_government_toll_is_a_conflict_between_around_180_and_188()
    {
        var toll = Assert.Single(Comparison.Figures, f => f.Values.Any(v => v.Value == 188));
        Assert.True(toll.Conflict);
        var around = Assert.Single(toll.Values, v => v.Value == 180);
        Assert.Equal(Hedge.Approximate, around.Hedge);
        Assert.Equal([Articles[0].Id, Articles[1].Id, Articles[2].Id], around.Sources);
        Assert.Equal([Articles[3].Id], Assert.Single(toll.Values, v => v.Value == 188).Sources);
    }

    [Fact]
    public void The_militants_toll_of_400_and_at_least_400_agrees()
    {
        var toll = Assert.Single(Comparison.Figures, f => f.Values.Any(v => v.Value == 400));
        Assert.False(toll.Conflict);
        Assert.Contains(toll.Values, v => v.Hedge == Hedge.AtLeast && v.Sources.Contains(Articles[3].Id));
        Assert.Contains(toll.Values, v => v.Hedge == Hedge.None && v.Sources.Contains(Articles[0].Id));
    }

    [Fact]
    public void The_thirty_families_are_an_exclusive_of_The_New_Arab()
    {
        Assert.Equal("The New Arab", Articles[4].Outlet);
        var families = Assert.Single(Comparison.Exclusives, e => e.Text.Contains("30 families", StringComparison.Ordinal));
        Assert.Equal(Articles[4].Id, families.Source);
    }

    [Fact]
    public void No_exclusive_repeats_what_another_source_carries()
    {
        foreach (var exclusive in Comparison.Exclusives)
        {
            var others = Articles.Where(a => !exclusive.Sources.Contains(a.Id));
            Assert.DoesNotContain(others, a => a.Paragraphs.Any(p => p.Contains(exclusive.Text, StringComparison.Ordinal)));
        }
    }
}
