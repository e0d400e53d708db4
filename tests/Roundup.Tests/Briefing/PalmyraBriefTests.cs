using Roundup.Briefing;
using Roundup.Dedup;
using Roundup.Ingest;
using Roundup.Ingest.PlainText;
using Roundup.Model;
using Roundup.Text;
using Roundup.Text.Similarity;

namespace Roundup.Tests.Briefing;

/// <summary>The facts a reader relies on in the brief of the bundled example (120 words).</summary>
public class PalmyraBriefTests
{
    private static readonly IReadOnlyList<Article> Articles = new CorpusReader().Read([TestPaths.Palmyra], _ => { }).ToList();
    private static readonly Brief Brief = new Briefer().Brief(Articles, 120);

    private static string Norm(string s) => Whitespace.Normalize(s);

    private static IEnumerable<(Article Article, string Sentence)> AllSentences() =>
        Articles.SelectMany(a => a.Paragraphs.SelectMany(SentenceSplitter.Split).Select(s => (a, Norm(s))));

    [Fact]
    public void Stays_within_the_budget_and_says_something()
    {
        Assert.InRange(Brief.Words, 60, 120);
        Assert.Equal(Brief.Words, Brief.Summary.Sum(s => WordCounter.Count(s.Text)));
        Assert.True(Brief.Summary.Count >= 3);
    }

    [Fact]
    public void A_fact_several_outlets_share_is_briefed_and_the_wire_copy_counts_once()
    {
        Assert.Contains(Brief.Summary, s => s.Support >= 3);
        // The example holds one AFP story twice (the second a reprint of the first).
        Assert.All(Brief.Summary.Where(s => s.Sources.Contains(Articles[1].Id) && s.Sources.Contains(Articles[2].Id)),
            s => Assert.Equal(s.Support - 1, s.Independent));
    }

    [Fact]
    public void Every_sentence_is_verbatim_in_a_source_it_cites()
    {
        foreach (var sentence in Brief.Summary)
        {
            var cited = Articles.Where(a => sentence.Sources.Contains(a.Id));
            Assert.Contains(cited, a => Norm(string.Join(' ', a.Paragraphs)).Contains(Norm(sentence.Text), StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Every_cited_article_carries_the_sentence_or_a_near_identical_version()
    {
        foreach (var sentence in Brief.Summary)
        {
            var tokens = Tokenizer.Words(sentence.Text);
            foreach (var id in sentence.Sources)
            {
                Assert.Contains(AllSentences(), x => x.Article.Id == id && NearDuplicates.AreNearIdentical(tokens, Tokenizer.Words(x.Sentence)));
            }
            Assert.Equal(sentence.Sources.Count, sentence.Support);
        }
    }

    [Fact]
    public void No_article_that_carries_a_sentence_is_missing_from_its_sources()
    {
        foreach (var sentence in Brief.Summary)
        {
            var tokens = Tokenizer.Words(sentence.Text);
            var carrying = AllSentences().Where(x => NearDuplicates.AreNearIdentical(tokens, Tokenizer.Words(x.Sentence)))
                .Select(x => x.Article.Id).Distinct().Order(StringComparer.Ordinal);
            Assert.Equal(carrying, sentence.Sources.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void The_reprinted_afp_lead_is_attributed_to_both_outlets_that_carry_it()
    {
        var corpus = Corpus.Build(Articles);
        var afpLead = corpus.Sentences.First(s => s.Text.StartsWith("Syrian government forces backed by heavy Russian air support", StringComparison.Ordinal));
        var sources = corpus.ArticlesCarrying(corpus.Sentences.ToList().IndexOf(afpLead)).Select(a => Articles[a].Id);

        Assert.Equal(["001_6c1c30197c631550", "002_cabded4b6e617a5b"], sources);
    }

    [Fact]
    public void No_two_sentences_come_from_the_same_near_identical_group()
    {
        var corpus = Corpus.Build(Articles);
        var groups = Brief.Summary.Select(s => corpus.GroupOf[corpus.Sentences.ToList().FindIndex(x => x.Text == s.Text)]).ToList();

        Assert.Equal(groups.Count, groups.Distinct().Count());
        for (int i = 0; i < Brief.Summary.Count; i++)
        {
            for (int j = i + 1; j < Brief.Summary.Count; j++)
            {
                Assert.False(NearDuplicates.AreNearIdentical(Tokenizer.Words(Brief.Summary[i].Text), Tokenizer.Words(Brief.Summary[j].Text)));
            }
        }
    }

    [Fact]
    public void Contains_no_boilerplate_dateline_or_caption()
    {
        foreach (var sentence in Brief.Summary.Select(s => s.Text))
        {
            Assert.DoesNotMatch(@"^(PALMYRA|Palmyra:|Top Stories|\d+ min read|\d+$)", sentence);
            Assert.DoesNotContain("(AFP)", sentence);
            Assert.DoesNotContain("Photo captured", sentence);
            Assert.DoesNotContain("[Getty]", sentence);
            Assert.DoesNotContain("BIGGEST DEFEAT", sentence);
            Assert.False(Boilerplate.IsLabel(sentence));
        }
    }

    [Fact]
    public void Names_a_representative_headline_and_tells_the_background_before_the_news()
    {
        Assert.Contains("Palmyra", Brief.Title);
        // Russia's intervention of September 2015 is background to the recapture of March 2016: it comes first.
        int intervention = Brief.Summary.ToList().FindIndex(s => s.Text.Contains("intervention in September", StringComparison.Ordinal));
        int recapture = Brief.Summary.ToList().FindIndex(s => s.Text.Contains("Palmyra", StringComparison.Ordinal));
        Assert.InRange(intervention, 0, recapture - 1);
    }

    [Fact]
    public void Is_the_same_on_every_run()
    {
        var again = new Briefer().Brief(new CorpusReader().Read([TestPaths.Palmyra], _ => { }).ToList(), 120);

        Assert.Equal(Brief.Summary.Select(s => s.Text), again.Summary.Select(s => s.Text));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(15)]
    [InlineData(40)]
    [InlineData(300)]
    public void Never_exceeds_any_budget(int words)
    {
        var brief = new Briefer().Brief(Articles, words);

        Assert.True(brief.Words <= words);
        Assert.Equal(brief.Summary.Count, brief.Summary.Select(s => s.Text).Distinct().Count());
    }
}
