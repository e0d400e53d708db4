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

    [Fact]
    public void A_name_with_a_middle_initial_and_without_is_one_person_and_so_is_the_surname()
    {
        var entities = Entities(
            Make("a", "Police said Marta L. Quell, 44, was arrested at the ferry terminal on Sunday."),
            Make("b", "Marta Quell appeared in court on Monday, where Quell's lawyer asked for bail."),
            Make("c", "The prosecutor said Quell had left the country twice this year."));

        OneEntity(entities, "Marta L. Quell", "Marta Quell", "Quell");
    }

    [Fact]
    public void A_surname_that_ends_like_a_peoples_word_is_a_name_after_a_title()
    {
        // "-di" and "-ni" end words for peoples ("Iraqi troops"); after "Mr" they end a surname ("Mr Kamrani told").
        var entities = Entities(
            Make("a", "Farid Kamrani, the mayor of the port town, said two ferries had sunk in the storm on Tuesday."),
            Make("b", "Mr Kamrani told the local radio station that all passengers had been rescued by fishermen."));

        OneEntity(entities, "Kamrani", "Farid Kamrani");
    }

    [Fact]
    public void A_surname_with_an_apostrophe_is_the_short_form_of_the_full_name()
    {
        var entities = Entities(
            Make("a", "Fiona O'Donnell, who runs the bakery on the square, said the fire started in a storeroom."),
            Make("b", "O'Donnell said the firefighters had saved the ovens and the shop would open again next month."));

        OneEntity(entities, "O'Donnell", "Fiona O'Donnell");
    }

    [Fact]
    public void An_organisation_is_named_without_whose_it_is_when_only_one_fits()
    {
        var entities = Entities(
            Make("a", "The Northern Rivers Flood Authority issued a warning for six towns along the valley on Monday."),
            Make("b", "The Flood Authority said the river would peak overnight and urged residents to move to higher ground."));

        OneEntity(entities, "Flood Authority", "Northern Rivers Flood Authority");
    }

    [Fact]
    public void An_organisations_short_form_stays_apart_when_two_full_names_fit()
    {
        var entities = Entities(
            Make("a", "The Eastvale Police Department and the Westvale Police Department searched the forest on Monday."),
            Make("b", "The Police Department said volunteers would join the search for the missing hikers on Tuesday."),
            Make("c", "Officers of the Eastvale Police Department found the hikers' tent near the lake on Wednesday."));

        Assert.DoesNotContain(entities, e => e.Aliases.Contains("Police Department") && e.Aliases.Count > 1);
    }

    [Fact]
    public void A_name_is_the_same_without_the_peoples_word_that_opens_it()
    {
        // "… group", "Syndicate members": an organisation, so "Syndicate" is not taken for a surname.
        var entities = Entities(
            Make("a", "Detectives said the Albanian Syndicate group had controlled the smuggling routes through the port for a decade."),
            Make("b", "Prosecutors said Syndicate members had bribed customs officers with cash and cars."));

        OneEntity(entities, "Syndicate", "Albanian Syndicate");
    }

    [Fact]
    public void A_shortened_given_name_is_the_same_person_but_a_relatives_own_name_is_not()
    {
        var entities = Entities(
            Make("a", "Benjamin Okafor, 34, was charged with fraud after the collapse of the savings club on Monday."),
            Make("b", "Ben Okafor told the court that he had repaid most of the members before the club closed."),
            Make("c", "His brother Daniel Okafor, who kept the accounts, was not charged, prosecutors said."));

        OneEntity(entities, "Ben Okafor", "Benjamin Okafor");
        Assert.DoesNotContain(entities, e => e.Aliases.Contains("Daniel Okafor") && e.Aliases.Contains("Ben Okafor"));
    }

    [Fact]
    public void A_surname_alone_is_the_subjects_when_a_relative_is_named_once()
    {
        var entities = Entities(
            Make("a", "Marta Sorensen, the mayor of the port town, was arrested on Tuesday on charges of taking bribes.", "Ms. Sorensen denied the charges."),
            Make("b", "Prosecutors said Marta Sorensen had taken cash from two builders.", "Her husband, Piet Sorensen, was not charged."),
            Make("c", "Marta Sorensen resigned on Wednesday.", "Ms. Sorensen said she would fight the charges in court."),
            Make("d", "The council met after Marta Sorensen stepped down.", "Ms. Sorensen's deputy took over."));

        OneEntity(entities, "Sorensen", "Marta Sorensen");
        Assert.DoesNotContain(entities, e => e.Aliases.Contains("Piet Sorensen") && e.Aliases.Contains("Marta Sorensen"));
    }

    [Theory]
    [InlineData("Police said Orla Brennan, 27, was taken to hospital with burns to her arms.", "Orla Brennan", true)]
    [InlineData("The fire reached Kelso, 12 miles from the coast, on Monday.", "Kelso", false)]
    public void An_age_in_apposition_makes_a_person(string sentence, string name, bool person)
    {
        var entities = Entities(Make("a", sentence), Make("b", $"Firefighters worked through the night near {name} and the coast."));

        Assert.Equal(person, Assert.Single(entities, e => e.Aliases.Contains(name)).Kind == EntityKind.Person);
    }

    [Fact]
    public void A_surname_alone_is_the_subjects_when_the_subject_is_known_as_a_person_and_a_misspelling_is_named_once()
    {
        var entities = Entities(
            Make("a", "Three workers were shot at the bakery, and Teodor Halvorsen, 41, was wounded in the arm.", "Halvorsen remained in hospital on Friday."),
            Make("b", "Teodor Halvorsen, who was shot in the arm, is recovering, the hospital said."),
            Make("c", "The third victim, identified as Theo Halvorsen, was taken to the city hospital."),
            Make("d", "Teodor Halvorsen left hospital on Monday.", "Halvorsen thanked the nurses."));

        OneEntity(entities, "Halvorsen", "Teodor Halvorsen");
    }

    [Fact]
    public void A_given_name_alone_is_the_one_person_named_so_but_not_a_team_or_a_place_that_opens_alike()
    {
        var entities = Entities(
            Make("a", "Police said Andreas Makris, 15, was shot in the Exarchia district on Saturday night.", "Andreas was a pupil at a private school."),
            Make("b", "Friends said Andre loved football and supported the Chicago Bears.", "Chicago was where his uncle lived."),
            Make("c", "Thousands marched in memory of Andreas Makris on Sunday.", "Makris was buried on Tuesday."));

        OneEntity(entities, "Andreas", "Andreas Makris", "Andre", "Makris");
        Assert.DoesNotContain(entities, e => e.Aliases.Contains("Chicago") && e.Aliases.Contains("Chicago Bears"));
    }

    [Fact]
    public void A_surname_alone_stays_apart_when_two_of_that_name_are_named_alike()
    {
        var entities = Entities(
            Make("a", "Venla Korhonen beat her sister Aino Korhonen in the final on Sunday.", "Ms. Korhonen said it was a hard match."),
            Make("b", "Aino Korhonen had won their last two meetings, and Venla Korhonen had lost in the semi-finals last year."),
            Make("c", "Ms. Korhonen lifted the trophy after the final."));

        Assert.DoesNotContain(entities, e => e.Aliases.Contains("Korhonen") && e.Aliases.Count > 1);
    }

    [Fact]
    public void A_given_name_spelled_two_ways_is_one_person_and_the_surname_then_fits_one()
    {
        var entities = Entities(
            Make("a", "Katherine Lund, who runs the ferry company, said the crossing would resume on Friday."),
            Make("b", "Kathryn Lund told the harbour board that two new boats had been ordered from a yard in Bergen."),
            Make("c", "Lund said the company would hire twelve more crew members before the summer."));

        OneEntity(entities, "Lund", "Katherine Lund", "Kathryn Lund");
    }

    [Fact]
    public void Two_different_middle_names_are_two_people()
    {
        var entities = Entities(
            Make("a", "Ray A. Osterby and his cousin Ray B. Osterby ran the bakery on the square for decades."),
            Make("b", "Neighbours said Ray Osterby had closed the bakery after the flood."));

        Assert.DoesNotContain(entities, e => e.Aliases.Contains("Ray Osterby") && e.Aliases.Count > 1);
    }

    [Fact]
    public void An_abbreviated_word_and_the_word_in_full_are_one_name()
    {
        var entities = Entities(
            Make("a", "Two hikers were rescued from Mt. Varda on Saturday after a night in the snow."),
            Make("b", "Rescuers said Mount Varda had seen heavy snowfall all week."));

        OneEntity(entities, "Mt. Varda", "Mount Varda");
    }

    [Fact]
    public void Initials_inside_a_name_spell_out_the_one_name_that_has_those_words()
    {
        var entities = Entities(
            Make("a", "The story was first reported by the Northern Ridge Herald on Tuesday."),
            Make("b", "According to the N.R. Herald, the mill will close in the spring."));

        OneEntity(entities, "Northern Ridge Herald", "N.R. Herald");
    }

    [Fact]
    public void A_place_named_with_and_without_its_kind_word_is_one_place_but_a_people_is_not_its_island()
    {
        var entities = Entities(
            Make("a", "The storm cut power on Talvik Island on Thursday, officials said."),
            Make("b", "Ferries to Talvik resumed on Friday morning, the Norwegian island authority said."),
            Make("c", "Fishermen on the Norwegian Island of Talvik lost boats; Norwegian crews helped to clear the port."));

        OneEntity(entities, "Talvik Island", "Talvik");
        Assert.DoesNotContain(entities, e => e.Aliases.Contains("Norwegian") && e.Aliases.Contains("Norwegian Island"));
    }

    [Fact]
    public void A_b_and_a_v_are_one_sound_transliterated_twice()
    {
        var entities = Entities(
            Make("a", "Governor Hamid Mirzabandi said four villages were damaged."),
            Make("b", "Hamid Mirzavandi told reporters that tents had arrived."));

        OneEntity(entities, "Hamid Mirzabandi", "Hamid Mirzavandi");
    }

    [Fact]
    public void A_headline_in_title_case_gives_no_names()
    {
        var entities = Entities(
            Make("a", "Powerful Storm in Norland Kills Nine; Ferries Stop", "A storm in Norland killed nine people on Friday."),
            Make("b", "Storm Kills Nine in Norland Villages", "Ferries to Norland stopped after the storm."));

        Assert.DoesNotContain(entities, e => e.Aliases.Any(a => a.Contains("Kills", StringComparison.Ordinal)));
        Assert.Contains(entities, e => e.Name == "Norland");
    }

    [Fact]
    public void A_company_named_with_and_without_its_company_words_is_one_company()
    {
        var entities = Entities(
            Make("a", "Workers walked out at Brannock Distribution Ltd., a timber wholesaler, on Monday."),
            Make("b", "A spokesman for Brannock Distributors Limited said talks would resume."),
            Make("c", "Brannock has 400 staff at the port, the union said."));

        OneEntity(entities, "Brannock Distribution Ltd", "Brannock Distributors Limited", "Brannock");
    }

    [Fact]
    public void Capitals_that_open_an_organisations_name_belong_to_it_and_a_position_before_a_person_does_not()
    {
        var entities = Entities(
            Make("a", "The US Geological Survey put the magnitude of the Ostrava quake at 6.1 on Sunday."),
            Make("b", "The United States Geological Survey said the Ostrava quake was shallow.", "The team signed RB Tomas Karel, and Karel will start on Sunday."),
            Make("c", "USGS seismologists expect aftershocks near Ostrava for weeks."));

        OneEntity(entities, "US Geological Survey", "United States Geological Survey", "USGS");
        Assert.DoesNotContain(entities, e => e.Aliases.Contains("RB Tomas Karel"));
    }

    [Fact]
    public void Capitals_are_not_taken_for_a_persons_initials_but_dotted_initials_spell_a_name()
    {
        var entities = Entities(
            Make("a", "Coach Tomas Reed praised the defence after the win on Sunday, and Reed said the TR formation worked."),
            Make("b", "The U.S. Senate and the United States Navy were named in the report.", "The US sent a delegation, the U.S. Senate said."));

        Assert.DoesNotContain(entities, e => e.Aliases.Contains("TR") && e.Aliases.Contains("Tomas Reed"));
        Assert.DoesNotContain(entities, e => e.Aliases.Contains("US") && e.Aliases.Contains("U.S. Senate"));
    }

    [Fact]
    public void A_symbol_among_the_words_before_an_acronym_is_no_initial()
    {
        var entities = Entities(
            Make("a", "Staff of the Research + Development Office (RDO) met on Monday — the RDO said — to plan the move."),
            Make("b", "The RDO will move to the harbour district next year."));

        Assert.Contains(entities, e => e.Aliases.Contains("RDO"));
    }

    [Fact]
    public void Half_a_surrogate_pair_in_a_name_is_keyed_as_written()
    {
        Assert.Equal("k\u00e9r\ud800noy", NameKeys.Exact("K\u00e9r\ud800noy"));
        Assert.Equal("kernoy", NameKeys.Exact("K\u00e9rnoy"));
    }
}
