using Roundup.Ingest;
using Roundup.Ingest.Metadata;

namespace Roundup.Tests.Ingest.Metadata;

public class DatelineParserTests
{
    [Theory]
    [InlineData("PALMYRA, Syria (AFP) — Syrian government forces drove Islamic State out.", "PALMYRA, Syria", "AFP", "Syrian government")]
    [InlineData("BEIRUT (Reuters) - Syrian troops backed by Russian air strikes advanced.", "BEIRUT", "Reuters", "Syrian troops")]
    [InlineData("MOSCOW, March 27 (Reuters) - Russia said its jets had flown 40 sorties.", "MOSCOW", "Reuters", "Russia said")]
    [InlineData("DAMASCUS, Syria, March 27 (Xinhua) -- The Syrian army said on Sunday it had won.", "DAMASCUS, Syria", "Xinhua", "The Syrian army")]
    [InlineData("LONDON, March 27 (IANS) Britain welcomed the recapture of the ancient city.", "LONDON", "IANS", "Britain welcomed")]
    [InlineData("WASHINGTON — President Obama said the United States would keep up its strikes.", "WASHINGTON", null, "President Obama")]
    [InlineData("(AP) — A magnitude 7.1 earthquake struck off the coast of central Chile.", null, "AP", "A magnitude")]
    [InlineData("Palmyra: Syrian government forces backed by Russian air support drove IS out.", "Palmyra", null, "Syrian government")]
    [InlineData("WASHINGTON _ The Senate voted on Tuesday to keep the budget as it stands.", "WASHINGTON", null, "The Senate")]
    [InlineData("EASTFIELD, Maine (AP) _ The harbor plan passed by one vote.", "EASTFIELD, Maine", "AP", "The harbor")]
    [InlineData("(AP) _ A storm closed the coast road overnight.", null, "AP", "A storm")]
    [InlineData("New Delhi: The government said on Monday that talks would resume next week.", "New Delhi", null, "The government")]
    public void Removes_datelines_of_every_agency_style(string paragraph, string? place, string? agency, string textStart)
    {
        var dateline = DatelineParser.Parse(paragraph);

        Assert.NotNull(dateline);
        Assert.Equal(place, dateline.Place);
        Assert.Equal(agency, dateline.Agency);
        Assert.StartsWith(textStart, paragraph[dateline.Length..]);
    }

    [Theory]
    [InlineData("Update: The government said on Monday that talks would resume next week.")]
    [InlineData("Syrian troops backed by Russia (pictured) - took the city on Sunday morning.")]
    [InlineData("Palmyra - both the ancient site and the residential areas - is under army control.")]
    [InlineData("The army said it was in full control of the city on Sunday.")]
    [InlineData("NEW_VERSION of the report was released on Monday.")]
    [InlineData("ISIS lost at least 400 fighters in the battle for the city, the Observatory said.")]
    public void Leaves_ordinary_first_sentences_alone(string paragraph) => Assert.Null(DatelineParser.Parse(paragraph));
}
