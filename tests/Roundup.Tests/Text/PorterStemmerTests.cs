using Roundup.Text;

namespace Roundup.Tests.Text;

public class PorterStemmerTests
{
    [Theory]
    [InlineData("running", "run")]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("relational", "relat")]
    [InlineData("agreement", "agreem")]
    [InlineData("assembly", "assembl")]
    [InlineData("commissioner", "commiss")]
    [InlineData("environmental", "environ")]
    [InlineData("is", "is")]
    public void Stems_known_words_like_the_rouge_reference(string word, string stem) =>
        Assert.Equal(stem, PorterStemmer.Stem(word));

    [Fact]
    public void Agrees_with_the_rouge_reference_stemmer_on_every_word_of_the_seeds_and_ecbplus()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Data", "porter-stems.tsv");
        var mismatches = new List<string>();
        int total = 0;
        foreach (var line in File.ReadLines(path))
        {
            var parts = line.Split('\t');
            total++;
            var stem = PorterStemmer.Stem(parts[0]);
            if (stem != parts[1])
            {
                mismatches.Add($"{parts[0]}: expected {parts[1]}, got {stem}");
            }
        }
        Assert.True(total > 16000);
        Assert.Empty(mismatches);
    }

    [Fact]
    public void Leaves_words_with_capitals_or_symbols_alone() => Assert.Equal("Palmyra’s", PorterStemmer.Stem("Palmyra’s"));
}
