using Roundup.Output;

namespace Roundup.Tests.Output;

public class PluralTests
{
    [Theory]
    [InlineData(0, "0 articles")]
    [InlineData(1, "1 article")]
    [InlineData(2, "2 articles")]
    public void Counts_read_as_people_write_them(int count, string expected) =>
        Assert.Equal(expected, Plural.Of(count, "article"));

    [Fact]
    public void Irregular_plurals_are_given() => Assert.Equal("3 stories", Plural.Of(3, "story", "stories"));
}
