using Roundup.Ingest.Metadata;

namespace Roundup.Tests.Ingest.Metadata;

/// <summary>An outlet is the publisher the text gives as its own, never an outlet it quotes.</summary>
public class OutletTests
{
    [Fact]
    public void An_outlet_quoted_once_is_not_the_publisher()
    {
        Assert.Null(Outlets.FromSelfReference([
            "The minister told Al Jazeera that the talks would resume.",
            "Officials said the delegation would arrive on Monday.",
        ]));
    }

    [Fact]
    public void An_outlet_that_several_sources_speak_to_is_the_publisher_whatever_its_name()
    {
        Assert.Equal("The Harbour Courier", Outlets.FromSelfReference([
            "\"The water rose in minutes,\" a fisherman told The Harbour Courier.",
            "The mayor told The Harbour Courier that the quay would be rebuilt.",
        ]));
    }

    [Fact]
    public void A_wire_agency_is_never_the_publisher_by_self_reference()
    {
        Assert.Null(Outlets.FromSelfReference([
            "A military source told AFP the army held the town.",
            "Another source told AFP the road was open.",
            "Reuters has seen a copy of the letter.",
        ]));
    }

    [Fact]
    public void An_outlet_that_has_learned_something_is_the_publisher()
    {
        Assert.Equal("Valley Post", Outlets.FromSelfReference(["Valley Post has learned that the factory will close."]));
    }
}
