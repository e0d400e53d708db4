using Roundup.Text;

namespace Roundup.Tests.Text;

public class TokenizerTests
{
    [Fact]
    public void Lower_cases_words_and_drops_possessive_s() =>
        Assert.Equal(["syria", "five", "year", "conflict"], Tokenizer.Words("Syria’s five-year conflict"));

    [Fact]
    public void Keeps_numbers_whole() =>
        Assert.Equal(["2000", "year", "old", "ruins", "3.5", "percent"], Tokenizer.Words("2,000-year-old ruins, 3.5 percent."));

    [Fact]
    public void Empty_text_has_no_tokens() => Assert.Empty(Tokenizer.Words(" — ... "));

    [Fact]
    public void Stopword_list_is_the_smart_list()
    {
        Assert.True(Stopwords.Count > 500);
        Assert.True(Stopwords.Contains("the"));
        Assert.False(Stopwords.Contains("palmyra"));
    }
}
