using Roundup.Analysis;
using Roundup.Analysis.Entities;
using Roundup.Model;

namespace Roundup.Tests.Analysis;

/// <summary>Who is who in invented stories: aliases come only from evidence in the texts.</summary>
public class EntityTests
{
    private static Article Make(string id, params string[] paragraphs) =>
        new(id, id + ".txt", id, null, null, null, null, null, paragraphs);

    private static IReadOnlyList<Entity> Entities(params Article[] articles) => SourceAnalyzer.Compare(articles).Entities;

    private static void OneEntity(IReadOnlyList<Entity> entities, params string[] aliases) =>
        Assert.Superset(aliases.ToHashSet(), Assert.Single(entities, e => e.Aliases.Contains(aliases[0])).Aliases.ToHashSet());

    [Fact]
    public void An_acronym_in_parentheses_is_an_alias_of_the_name_before_it()
    {
        var entities = Entities(
            Make("a", "Inspectors from the Northern Water Safety Board (NWSB) visited the reservoir on Monday, the council said."),
            Make("b", "The NWSB said the dam was safe, and engineers would return next week to check the spillway."));

        OneEntity(entities, "NWSB", "Northern Water Safety Board");
    }

    [Fact]
    public void An_acronym_spelled_by_one_name_of_the_story_is_its_alias()
    {
        var entities = Entities(
            Make("a", "The Coastal Defence League organised the march through the port on Saturday."),
            Make("b", "Police estimated that the CDL had brought four thousand people to the harbour."));

        OneEntity(entities, "CDL", "Coastal Defence League");
    }

    [Fact]
    public void Two_transliterations_of_one_name_are_one_person()
    {
        var entities = Entities(
            Make("a", "The opposition leader, Mahmoud Abdulkarim, said the vote had been rigged in several districts."),
            Make("b", "Speaking in the capital, Mahmoud Abdel Karim called on his supporters to stay calm."));

        OneEntity(entities, "Mahmoud Abdulkarim", "Mahmoud Abdel Karim");
    }

    [Fact]
    public void Names_with_and_without_the_Arabic_article_are_one_place()
    {
        var entities = Entities(
            Make("a", "Convoys left the town of Al-Qaryatayn at dawn, heading south towards the border."),
            Make("b", "Aid workers reached Qaryatayn in the afternoon after the road was cleared."));

        OneEntity(entities, "Al-Qaryatayn", "Qaryatayn");
    }

    [Fact]
    public void A_surname_is_the_short_form_of_the_one_full_name_that_ends_with_it()
    {
        var entities = Entities(
            Make("a", "Prime Minister Ingrid Solberg-Vik announced the budget on Tuesday in the capital."),
            Make("b", "Critics said Solberg-Vik had broken her promise to cut taxes for families."));

        OneEntity(entities, "Ingrid Solberg-Vik", "Solberg-Vik");
    }

    [Fact]
    public void A_surname_two_people_share_stays_apart_from_both()
    {
        var entities = Entities(
            Make("a", "President Anna Korhonen met Mayor Lauri Korhonen at the harbour on Friday."),
            Make("b", "Later Anna Korhonen flew to the capital, while Lauri Korhonen stayed at the port to meet the crews."),
            Make("c", "Korhonen said the port would reopen next month, according to the mayor's office."));

        Assert.Contains(entities, e => e.Aliases.Contains("Anna Korhonen"));
        Assert.Contains(entities, e => e.Aliases.Contains("Lauri Korhonen"));
        Assert.DoesNotContain(entities, e => e.Aliases.Contains("Korhonen") && e.Aliases.Count > 1);
    }

    [Fact]
    public void Also_known_as_makes_an_alias()
    {
        var entities = Entities(
            Make("a", "The Eastern Liberation Front, also known as Sharqiya, claimed the attack on the pipeline."),
            Make("b", "Sharqiya fighters were seen near the pipeline on Thursday, residents said."));

        OneEntity(entities, "Eastern Liberation Front", "Sharqiya");
    }

    [Fact]
    public void A_capitalised_lead_word_and_a_dateline_agency_are_not_aliases_of_anything()
    {
        var entities = Entities(
            Make("a", "HARBOUR city officials said on Monday that the port of Velmar would reopen.", "VELMAR, Norland (AFP) — The port of Velmar reopened, officials said."),
            Make("b", "The port of Velmar reopened on Tuesday after repairs, the Norland transport ministry said."));

        Assert.DoesNotContain(entities, e => e.Aliases.Contains("HARBOUR"));
        Assert.DoesNotContain(entities, e => e.Aliases.Contains("AFP") && e.Aliases.Count > 1);
    }
}
