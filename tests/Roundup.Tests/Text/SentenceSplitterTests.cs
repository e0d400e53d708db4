using Roundup.Text;

namespace Roundup.Tests.Text;

public class SentenceSplitterTests
{
    // Each case: a paragraph with its sentences separated by " | ".
    public static TheoryData<string> TrickyParagraphs => new()
    {
        // Titles and honorifics never end a sentence.
        "Mr. Smith went to Washington. | He arrived on Monday.",
        "Gen. Ali Mayhoub read the statement. | Troops cheered.",
        "Dr. Jane Goodall spoke first. | Prof. Ian Lee followed.",
        "Sen. John McCain and Rep. Adam Schiff disagreed on Sunday.",
        "Lt. Col. Ahmed Hassan was wounded. | Two soldiers died.",
        "Mrs. May and Ms. Sturgeon met at St. Andrews on Friday.",
        // Initials.
        "George W. Bush visited Baghdad. | The trip was secret.",
        "J. K. Rowling wrote the books. | They sold millions.",
        "The plan was drafted by John F. Kennedy's advisers in 1961.",
        // Dotted acronyms: a boundary only when a sentence opener follows.
        "The U.S. military said it struck the convoy. | No civilians were hurt.",
        "The strike was ordered by U.S. officials in Baghdad.",
        "He moved to the U.S. | The next year he returned.",
        "U.N. envoy Staffan de Mistura arrived in Geneva on Monday.",
        "The E.U. and the U.K. signed the deal at 10 a.m. on Friday.",
        "Talks resumed at 9 a.m. | They broke up before noon.",
        // Months and numbered references.
        "The ceasefire began on Feb. 27 and has largely held.",
        "The vote is set for Jan. 5, 2017. | Few expect a surprise.",
        "The law, No. 12 of 2015, was repealed. | Critics welcomed it.",
        "The answer was no. | Nobody asked again.",
        "See fig. 3 for details. | It shows the front line.",
        // Companies.
        "Shares of Apple Inc. rose 2 percent on Tuesday.",
        "The deal was signed by Acme Corp. | It closes in May.",
        // Decimals, ordinals and money.
        "Inflation rose to 3.5 percent in March. | Prices of bread rose most.",
        "The company paid $1.2 billion for the 2,000-year-old site.",
        "Turnout was 62.3% in the first round.",
        // Questions and exclamations.
        "How many times did we cry for Palmyra? | How many times did we feel despair?",
        "Who is responsible? | Nobody knows yet.",
        "Stop the war! | The crowd chanted for an hour.",
        // Quotes that end sentences.
        "He said: \"We will win.\" | The crowd cheered.",
        "\"This is the end,\" he told Reuters. | \"We did not lose hope.\"",
        "She called it “a mortal blow.” | The army agreed.",
        "The army said it would “tighten the noose.” | Rebels disagreed.",
        // A quotation of several sentences stays whole.
        "\"Palmyra has been liberated. This is the end of the destruction,\" Abdelkarim told Reuters on Sunday.",
        "“We will rebuild it. We will restore it anew,” Assad said. | The city was badly damaged.",
        "Assad said: “Palmyra was demolished more than once. We will restore it.” | He did not say when.",
        // Ellipses.
        "They promised to cut supply routes ... ahead of their complete recapture.",
        "He paused... | Then he left the room.",
        "The mayor hesitated … and then signed the order.",
        "Nobody spoke… | The silence lasted a minute.",
        // Brackets and parentheses.
        "Government forces retook the town (the second in a week). | Rebels withdrew.",
        "The agency (AFP) said the figure was 188. | Others gave 180.",
        // Lower-case continuation and abbreviations in the middle.
        "Forces advanced toward Deir ez-Zor, i.e. east of the city, on Friday.",
        "The group, e.g. in Raqqa, has imposed taxes. | Many people fled.",
        "Islamic State vs. al Qaeda is an old rivalry. | Both are banned.",
        // Plain cases, including a final sentence without a period.
        "Troops entered the city. | They found it empty. | Mines remained.",
        "Syria's antiquities chief said landmarks were still standing",
        "One sentence only.",
    };

    [Theory]
    [MemberData(nameof(TrickyParagraphs))]
    public void Splits_news_prose_at_true_sentence_boundaries(string annotated)
    {
        var expected = annotated.Split(" | ");
        var paragraph = string.Join(' ', expected);

        var sentences = SentenceSplitter.Split(paragraph);

        Assert.Equal(expected, sentences);
    }

    [Fact]
    public void Has_at_least_forty_tricky_cases() => Assert.True(TrickyParagraphs.Count >= 40);

    [Fact]
    public void Empty_and_blank_paragraphs_give_no_sentences()
    {
        Assert.Empty(SentenceSplitter.Split(""));
        Assert.Empty(SentenceSplitter.Split("   "));
    }

    [Fact]
    public void Sentences_are_verbatim_slices_of_the_paragraph()
    {
        const string paragraph = "Russia’s intervention turned the tide.  Despite its   withdrawal, jets flew daily.";
        foreach (var sentence in SentenceSplitter.Split(paragraph))
        {
            Assert.Contains(sentence, paragraph);
        }
    }

    [Fact]
    public void Ranges_locate_exactly_the_split_sentences()
    {
        foreach (string annotated in TrickyParagraphs)
        {
            var paragraph = string.Join(' ', annotated.Split(" | "));
            Assert.Equal(SentenceSplitter.Split(paragraph), SentenceSplitter.Ranges(paragraph).Select(r => paragraph[r]));
        }
    }
}
