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

    [Theory]
    [InlineData("Syria’s army said 2,000 troops (3.5%) had ENTERED Palmyra's old city — at 10.30 a.m.")]
    [InlineData("Ünïcödé wörds, ÇA VA? Δελτίο Τύπου; 東京 2016")]
    [InlineData("")]
    public void Enumerating_without_allocation_gives_the_same_tokens(string text)
    {
        var enumerated = new List<string>();
        foreach (var word in Tokenizer.EnumerateWords(text, stackalloc char[Tokenizer.MaxTokenLength]))
        {
            enumerated.Add(new string(word));
        }

        Assert.Equal(Tokenizer.Words(text), enumerated);
    }

    [Fact]
    public void A_buffer_shorter_than_the_longest_token_is_refused() =>
        Assert.Throws<ArgumentException>(() => Tokenizer.EnumerateWords("text", new char[8]));
}
