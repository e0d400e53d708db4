using Roundup.Dedup;
using Roundup.Ingest;
using Roundup.Model;

namespace Roundup.Tests.Dedup;

public class ReprintDetectorTests
{
    private static Article Make(string id, params string[] paragraphs) => new(id, id, id, null, null, null, null, null, paragraphs);

    private static readonly string[] Wire =
    [
        "Syrian government forces backed by heavy Russian air support drove Islamic State out of Palmyra on Sunday, inflicting what the army called a mortal blow to militants who seized the city last year and dynamited its ancient temples.",
        "The loss of Palmyra represents one of the biggest setbacks for the ultra-hardline Islamist group since it declared a caliphate in 2014 across large parts of Syria and Iraq.",
        "The army general command said that its forces took over the city with support from Russian and Syrian air strikes, opening up the huge expanse of desert leading east to the Islamic State strongholds of Raqqa and Deir al-Zor.",
        "The Syrian Observatory for Human Rights said clashes continued on the eastern edge of Palmyra, around the prison and airport, but the bulk of the Islamic State force had withdrawn and retreated east.",
        "The Observatory said around 180 government soldiers and allied fighters were killed in the campaign to retake Palmyra, which is home to some of the most extensive ruins of the Roman empire.",
    ];

    [Fact]
    public void Edited_wire_copy_is_found_as_a_reprint_of_the_original()
    {
        var detector = new ReprintDetector();
        var edited = Wire
            .Select(p => p.Replace("on Sunday", "on Sunday (March 27)", StringComparison.Ordinal).Replace("favor", "favour", StringComparison.Ordinal))
            .Where((_, i) => i != 2) // one paragraph cut
            .Append("Russian President Vladimir Putin congratulated Assad by telephone, the Kremlin said.") // one added
            .ToArray();

        Assert.Null(detector.Add(Make("afp", Wire)));
        Assert.Equal("afp", detector.Add(Make("copy", edited)));
    }

    [Fact]
    public void A_short_wire_story_inside_a_longer_article_is_a_reprint()
    {
        var detector = new ReprintDetector();
        detector.Add(Make("afp", Wire));

        var longer = Wire.Concat(Enumerable.Range(0, 8).Select(i =>
            $"Paragraph {i} of the outlet's own reporting describes events in the countryside around the city and the situation of families who fled in week {i}."));

        Assert.Equal("afp", detector.Add(Make("long", longer.ToArray())));
    }

    [Fact]
    public void Different_reports_of_the_same_event_are_not_reprints()
    {
        var articles = new CorpusReader().Read([TestPaths.Palmyra], _ => { }).ToList();
        var detector = new ReprintDetector();

        var sources = articles.ToDictionary(a => a.Id, detector.Add);

        // Only the AFP copy (002 carries 001's text with edits) is a reprint; Reuters, The New Arab and the
        // Straits Times-style report are independent accounts of the same event.
        Assert.Equal("001_6c1c30197c631550", sources["002_cabded4b6e617a5b"]);
        Assert.Null(sources["000_0ef34761f90466f9"]);
        Assert.Null(sources["001_6c1c30197c631550"]);
        Assert.Null(sources["003_475460b12f2ee23d"]);
        Assert.Null(sources["004_2b7d10bcf5bdfd69"]);
    }

    [Fact]
    public void Very_short_articles_and_old_ones_outside_the_window_are_not_matched()
    {
        var detector = new ReprintDetector(window: 1);
        detector.Add(Make("afp", Wire));
        detector.Add(Make("other", "An unrelated story about a football match played in heavy rain on Saturday evening in the north of England."));

        Assert.Null(detector.Add(Make("copy", Wire)));
        Assert.Null(new ReprintDetector().Add(Make("tiny", "Palmyra retaken.")));
    }

    [Fact]
    public void A_wire_story_reprinted_many_times_is_still_found_beyond_the_bucket_limit()
    {
        var detector = new ReprintDetector();
        Assert.Null(detector.Add(Make("afp", Wire)));
        for (int i = 0; i < 3 * ReprintDetector.MaxBucket; i++)
        {
            // Each copy edits a different detail, as outlets do.
            var copy = Wire.Select(p => p.Replace("Sunday", $"Sunday ({i} edits)", StringComparison.Ordinal)).ToArray();
            Assert.NotNull(detector.Add(Make($"copy{i}", copy)));
        }
        var unrelated = Enumerable.Range(0, 6).Select(i =>
            $"The city council of a small town voted on item {i} of its budget, approving new bus routes and a library extension after a long debate.").ToArray();
        Assert.Null(detector.Add(Make("council", unrelated)));
    }

    [Fact]
    public void Sketching_from_word_hashes_equals_sketching_the_article()
    {
        var article = Make("afp", Wire);
        var words = Wire.SelectMany(Roundup.Text.Tokenizer.Words).Select(w => Roundup.Text.TokenHash.Of(w)).ToArray();

        var fromArticle = ReprintDetector.Sketch(article);
        var fromWords = ReprintDetector.Sketch("afp", words);

        Assert.Equal(fromArticle.Shingles, fromWords.Shingles);
        Assert.Equal(fromArticle.Signature, fromWords.Signature);
    }

    [Fact]
    public void Signatures_are_the_same_with_and_without_wide_vectors()
    {
        var random = new Random(3);
        var shingles = Enumerable.Range(0, 500).Select(_ => (ulong)random.NextInt64() ^ ((ulong)random.Next() << 40)).ToArray();

        var wide = ReprintDetector.Signature(shingles, wideVectors: true);
        var portable = ReprintDetector.Signature(shingles, wideVectors: false);

        Assert.Equal(portable, wide);
        // A set's signature is the element-wise minimum of its members' signatures.
        var singles = shingles.Take(10).Select(s => ReprintDetector.Signature([s])).ToList();
        var ofTen = ReprintDetector.Signature(shingles.AsSpan(0, 10));
        Assert.Equal(Enumerable.Range(0, ReprintDetector.SignatureSize).Select(i => singles.Min(s => s[i])), ofTen);
    }
}
