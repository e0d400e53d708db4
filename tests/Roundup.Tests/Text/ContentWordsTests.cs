using Roundup.Text;

namespace Roundup.Tests.Text;

public class ContentWordsTests
{
    [Fact]
    public void Stems_drop_stopwords_and_stem_the_rest()
    {
        Assert.Equal(["syrian", "armi", "retak", "palmyra"], ContentWords.Stems("The Syrian army retakes Palmyra"));
    }

    [Fact]
    public void Best_title_is_the_one_whose_words_weigh_most_per_word()
    {
        var weight = new Dictionary<string, double> { ["palmyra"] = 5, ["armi"] = 3, ["weather"] = 1 };

        var best = ContentWords.BestTitle(["Weather today", "Army in Palmyra", "Palmyra"], s => weight.GetValueOrDefault(s));

        Assert.Equal("Palmyra", best); // 5 per word beats (3 + 5) / 2
    }

    [Fact]
    public void Ties_go_to_the_first_title_and_no_title_gives_null()
    {
        Assert.Equal("Army moves", ContentWords.BestTitle(["Army moves", "Army moved"], _ => 1));
        Assert.Null(ContentWords.BestTitle([], _ => 1));
    }
}
