using Roundup.Analysis;
using Roundup.Analysis.Figures;
using Roundup.Model;

namespace Roundup.Tests.Analysis;

/// <summary>Counts read from invented sentences, and how reports of one count are compared.</summary>
public class FigureTests
{
    private static Article Make(string id, params string[] paragraphs) =>
        new(id, id + ".txt", id, null, null, null, null, null, paragraphs);

    [Theory]
    [InlineData("At least 12 miners were killed when the shaft collapsed, officials said.", 12, Hedge.AtLeast, "miners", "killed")]
    [InlineData("Rescuers said 1,250 people had been evacuated from the valley.", 1250, Hedge.None, "people", "displaced")]
    [InlineData("The storm injured more than forty villagers on the coast.", 40, Hedge.MoreThan, "villagers", "wounded")]
    [InlineData("Police arrested twenty-five protesters outside the court.", 25, Hedge.None, "protesters", "arrested")]
    [InlineData("Around 3.5 million voters cast ballots on Sunday.", 3_500_000, Hedge.Approximate, "voters", "cast")]
    public void A_count_is_read_with_its_hedge_what_it_counts_and_what_happened(string sentence, double value, Hedge hedge, string counted, string predicate)
    {
        var figure = Assert.Single(FigureExtractor.Extract(sentence));

        Assert.Equal((value, hedge, counted, predicate), (figure.Value, figure.Hedge, figure.Counted, figure.Predicate));
    }

    [Theory]
    [InlineData("The bridge was built in 1998 and reopened on March 4.")]
    [InlineData("Talks resumed two weeks ago after a three-year pause.")]
    [InlineData("Dozens of houses and hundreds of cars were damaged.")]
    [InlineData("One of the largest protests took place in the capital.")]
    [InlineData("The 82-year-old was the 3rd mayor to resign, at 10:30 on Feb 27.")]
    [InlineData("Turnout reached 64 percent, and the budget grew by $2.5 billion.")]
    public void Dates_durations_ages_vague_amounts_money_and_shares_are_not_counts(string sentence) =>
        Assert.Empty(FigureExtractor.Extract(sentence));

    [Theory]
    [InlineData(400, Hedge.AtLeast, 400, Hedge.None, true)]
    [InlineData(40, Hedge.MoreThan, 43, Hedge.None, true)]
    [InlineData(40, Hedge.MoreThan, 40, Hedge.None, false)]
    [InlineData(50, Hedge.AtMost, 43, Hedge.None, true)]
    [InlineData(180, Hedge.Approximate, 188, Hedge.None, false)]
    [InlineData(180, Hedge.None, 188, Hedge.None, false)]
    [InlineData(12, Hedge.AtLeast, 20, Hedge.LessThan, true)]
    public void Hedges_decide_whether_two_values_can_both_be_true(double a, Hedge ha, double b, Hedge hb, bool compatible)
    {
        Assert.Equal(compatible, Hedges.Compatible(a, ha, b, hb));
        Assert.Equal(compatible, Hedges.Compatible(b, hb, a, ha));
    }

    [Fact]
    public void Two_exact_tolls_of_one_event_conflict_and_an_approximation_that_allows_the_other_does_not()
    {
        var articles = new[]
        {
            Make("a", "A fire swept through the Lindqvist textile plant on Monday.", "Fire officials said 23 workers were killed in the blaze."),
            Make("b", "Investigators began searching the burned Lindqvist plant on Tuesday.", "The blaze killed 27 workers, the labour ministry said."),
            Make("c", "The Lindqvist plant had failed two safety inspections.", "At least 20 workers were killed in the fire, a union leader said."),
        };

        var figure = Assert.Single(SourceAnalyzer.Compare(articles).Figures);

        Assert.True(figure.Conflict);
        Assert.Equal([20.0, 23.0, 27.0], figure.Values.Select(v => v.Value).Order());
    }

    [Fact]
    public void Counts_of_different_sides_are_not_compared()
    {
        var articles = new[]
        {
            Make("a", "Fighting went on near the Varna dam on Friday.", "The army said 30 rebel fighters were killed in the clashes."),
            Make("b", "Clashes continued around the Varna dam into Saturday.", "A monitor said 35 army soldiers were killed near the dam."),
        };

        Assert.DoesNotContain(SourceAnalyzer.Compare(articles).Figures, f => f.Conflict);
    }

    [Fact]
    public void A_part_given_beside_its_whole_is_no_conflict()
    {
        var articles = new[]
        {
            Make("a", "Fighting near the Orsk bridge went on through Tuesday.", "Five soldiers were killed on Tuesday, four of them by friendly fire, the army said."),
            Make("b", "The army began an inquiry into the Orsk bridge shooting.", "Four soldiers were killed by friendly fire near the bridge, officers said."),
        };

        Assert.DoesNotContain(SourceAnalyzer.Compare(articles).Figures, f => f.Conflict);
    }

    [Fact]
    public void A_count_in_an_enumeration_is_a_part_not_a_rival_toll()
    {
        var articles = new[]
        {
            Make("a", "A fire gutted the Halden grain store on Wednesday.", "Police said two women and a man died in the Halden fire."),
            Make("b", "The Halden grain store burned through the night.", "Three warehouse workers died in the fire, the owners said."),
        };

        Assert.DoesNotContain(SourceAnalyzer.Compare(articles).Figures, f => f.Conflict);
        Assert.True(FigureExtractor.Extract("Police said two women and a man died.")[0].Part);
        Assert.True(FigureExtractor.Extract("Police said a man and two women died.")[0].Part);
        Assert.False(FigureExtractor.Extract("Police said 12 soldiers and militiamen died.")[0].Part);
    }

    [Fact]
    public void A_day_after_the_counted_noun_is_not_part_of_it()
    {
        var figure = Assert.Single(FigureExtractor.Extract("The blast killed at least nine people Sunday in the market."));

        Assert.Equal(("people", "killed"), (figure.Counted, figure.Predicate));
    }

    [Fact]
    public void Counts_of_someone_called_only_he_are_not_set_against_each_other()
    {
        var articles = new[]
        {
            Make("a", "The Rovers beat the Mariners 24-17 on Sunday.", "He caught 31 passes for 402 yards in the season."),
            Make("b", "The Rovers clinched a playoff place with the win.", "He caught 44 passes for 510 yards in the season."),
        };

        Assert.DoesNotContain(SourceAnalyzer.Compare(articles).Figures, f => f.Conflict);
    }

    [Fact]
    public void A_whole_broken_down_into_parts_does_not_conflict_with_a_report_of_the_part()
    {
        var articles = new[]
        {
            Make("a", "Floods struck the Tamsk delta in the spring.", "The floods killed more than 2,300 people, about 1,700 of them in the lowland districts."),
            Make("b", "Relief work in the Tamsk delta is still under way.", "Some 1,650 people were killed in the lowland districts by the floods."),
        };

        Assert.DoesNotContain(SourceAnalyzer.Compare(articles).Figures, f => f.Conflict);
    }

    [Theory]
    [InlineData("The governor said 50 were injured in the quake.", 50, "wounded")]
    [InlineData("The blast hit the market, killing 14 and wounding dozens.", 14, "killed")]
    [InlineData("By nightfall the death toll had risen to 31, officials said.", 31, "killed")]
    [InlineData("The ferry capsized near the pier, leaving 23 dead and many more missing.", 23, "killed")]
    [InlineData("Six were killed and 27 injured when the grandstand gave way.", 27, "wounded")]
    [InlineData("It was the worst crash on the line in decades, with 41 killed.", 41, "killed")]
    [InlineData("Hospital staff reported 16 fatalities after the gas leak.", 16, "killed")]
    [InlineData("The avalanche claimed nine lives on the northern slope.", 9, "killed")]
    [InlineData("By Sunday the number of dead had risen to 27, the health ministry said.", 27, "killed")]
    public void A_bare_number_next_to_a_toll_counts_people(string sentence, double value, string predicate)
    {
        var figure = Assert.Single(FigureExtractor.Extract(sentence), f => f.Value == value);

        Assert.Equal(("people", predicate), (figure.Counted, figure.Predicate));
    }

    [Theory]
    [InlineData("Thirty-three miners were confirmed dead on Friday evening.", 33, "miners", "killed")]
    [InlineData("The cholera outbreak has killed 1,400 people since April, the ministry said.", 1400, "people", "killed")]
    [InlineData("Nineteen passengers, including two pilots, were killed in the crash.", 19, "passengers", "killed")]
    [InlineData("Rebels said 25 missing children had been found in the forest.", 25, "missing children", "found")]
    [InlineData("The blaze claimed the lives of 18 people, most of them asleep.", 18, "people", "killed")]
    [InlineData("The storm has left 15 villagers dead across the valley.", 15, "villagers", "killed")]
    [InlineData("Police said four guards were shot dead at the gate.", 4, "guards", "killed")]
    [InlineData("Witnesses said three men were beaten to death by the crowd.", 3, "men", "killed")]
    public void A_toll_is_read_past_hearsay_a_date_and_an_aside(string sentence, double value, string counted, string predicate)
    {
        var figure = Assert.Single(FigureExtractor.Extract(sentence), f => f.Value == value);

        Assert.Equal((counted, predicate), (figure.Counted, figure.Predicate));
    }

    [Fact]
    public void An_early_and_a_late_toll_far_apart_conflict_but_an_earlier_disaster_elsewhere_is_not_compared()
    {
        var articles = new[]
        {
            Make("a", "A strong earthquake struck the island of Varos on Sunday.", "The quake killed three people, the governor of Varos told reporters."),
            Make("b", "Rescue teams reached Varos island on Monday.", "Twelve people were killed on Varos, the interior ministry said."),
            Make("c", "Aftershocks shook Varos overnight.", "The quake on Varos killed 12 people, officials said.",
                "In March 2011 a quake in the town of Helm killed 640 people."),
            Make("d", "Tents were handed out on Varos island.", "Officials on Varos put the toll at 12 people killed.",
                "An earlier quake in the town of Helm killed 600 people in March 2011."),
        };

        var figures = SourceAnalyzer.Compare(articles).Figures;

        var toll = Assert.Single(figures, f => f.Values.Any(v => v.Value == 12));
        Assert.True(toll.Conflict);
        Assert.Equal([3.0, 12.0], toll.Values.Select(v => v.Value).Order());
        Assert.DoesNotContain(figures, f => f.Values.Any(v => v.Value is 600 or 640) && f.Values.Any(v => v.Value is 3 or 12));
    }

    [Fact]
    public void A_recalled_toll_is_placed_by_its_own_clause_and_a_date_given_by_one_report_only_does_not_part_it()
    {
        var articles = new[]
        {
            Make("a", "A strong earthquake struck the island of Varos on Sunday.", "The quake killed 12 people, the governor of Varos said.",
                "A quake killed more than 31,000 people in the city of Dorn in 2003, and 600 were killed in the town of Helm in February."),
            Make("b", "Rescue teams reached Varos island on Monday.", "Twelve people were killed on Varos, the interior ministry said.",
                "An earlier quake struck the town of Helm, killing 640 people."),
            Make("c", "Aftershocks shook Varos overnight.", "The quake on Varos killed 12 people, officials said."),
            Make("d", "Tents were handed out on Varos island.", "Officials on Varos put the toll at 12 people killed."),
        };

        var figures = SourceAnalyzer.Compare(articles).Figures;

        var helm = Assert.Single(figures, f => f.Values.Any(v => v.Value == 600));
        Assert.True(helm.Conflict);
        Assert.Equal([600.0, 640.0], helm.Values.Select(v => v.Value).Order());
        Assert.DoesNotContain(figures, f => f.Values.Any(v => v.Value is 600 or 640 or 31_000) && f.Values.Any(v => v.Value == 12));
    }

    [Fact]
    public void A_count_that_is_its_verbs_subject_belongs_to_no_one_named_before_it()
    {
        var articles = new[]
        {
            Make("a", "Police raided homes across the Tarsk valley on Tuesday.", "He said wiretaps by the Carbone clan led to the raids, in which 89 people were arrested."),
            Make("b", "The raids in the Tarsk valley were the largest in a decade.", "Prosecutors said 99 people were detained in the Tarsk raids."),
        };

        var figure = Assert.Single(SourceAnalyzer.Compare(articles).Figures);

        Assert.True(figure.Conflict);
        Assert.Equal([89.0, 99.0], figure.Values.Select(v => v.Value).Order());
    }
}
