using Roundup.Ingest;
using Roundup.Ingest.Sgml;
using Roundup.Model;

namespace Roundup.Tests.Ingest.Sgml;

/// <summary>Invented documents in the SGML layouts of news corpora (TDT/DUC, AQUAINT, Gigaword, TREC).</summary>
public class NewswireDocumentsTests
{
    /// <summary>The TDT/DUC layout: the text one hard-wrapped block, quotation marks TeX-style, no headline.</summary>
    private const string WrappedBlock = """
        <DOC>
        <DOCNO> APW19990105.0112 </DOCNO>
        <DOCTYPE> NEWS </DOCTYPE>
        <TXTTYPE> NEWSWIRE </TXTTYPE>
        <TEXT>
        The mayor of Eastfield on Tuesday rejected the council's demand for an
        early vote on the harbor plan, accusing opponents of trying to ``politicize''
        the rebuilding of the waterfront. The plan _ the city's largest in decades _
        would cost $1.29 billion, officials said. ``We will not be rushed,'' the
        mayor told reporters at City Hall. The harbor was damaged by a storm in
        March that destroyed 40 homes.
        </TEXT>
        </DOC>
        """;

    private static (List<Article> Articles, List<IngestWarning> Warnings) Read(string text)
    {
        var warnings = new List<IngestWarning>();
        var articles = NewswireDocuments.Read(text, "/corpus/file", warnings.Add);
        return (articles, warnings);
    }

    [Fact]
    public void A_wrapped_block_is_read_without_its_markup_and_with_its_lines_joined()
    {
        var (articles, warnings) = Read(WrappedBlock);

        Assert.Empty(warnings);
        var article = Assert.Single(articles);
        Assert.Equal("APW19990105.0112", article.Id);
        Assert.Equal("APW", article.Outlet);
        Assert.Equal(new DateOnly(1999, 1, 5), article.Published);
        Assert.Null(article.Title);
        var paragraph = Assert.Single(article.Paragraphs);
        Assert.StartsWith("The mayor of Eastfield on Tuesday rejected the council's demand for an early vote", paragraph, StringComparison.Ordinal);
        Assert.Contains("trying to “politicize” the rebuilding", paragraph, StringComparison.Ordinal);
        Assert.Contains("“We will not be rushed,” the mayor told", paragraph, StringComparison.Ordinal);
        Assert.Contains("The plan — the city's largest in decades — would cost $1.29 billion", paragraph, StringComparison.Ordinal);
        Assert.DoesNotContain("<", paragraph, StringComparison.Ordinal);
        Assert.DoesNotContain("NEWSWIRE", paragraph, StringComparison.Ordinal);
    }

    [Fact]
    public void Paragraph_elements_are_paragraphs_and_an_underscore_dateline_is_cut()
    {
        const string text = """
            <DOC>
            <DOCNO> NYT19990106.0301 </DOCNO>
            <TEXT>
            <P>
               EASTFIELD _ The fight over the harbor plan deepened on Wednesday as
            the mayor refused the council's demand for an early vote.
            </P>
            <P>
               The plan has divided the city since a storm in March destroyed 40
            homes along the waterfront.
            </P>
            </TEXT>
            </DOC>
            """;

        var article = Assert.Single(Read(text).Articles);

        Assert.Equal(
            ["The fight over the harbor plan deepened on Wednesday as the mayor refused the council's demand for an early vote.",
             "The plan has divided the city since a storm in March destroyed 40 homes along the waterfront."],
            article.Paragraphs);
        Assert.Equal("EASTFIELD", article.Dateline);
        Assert.Equal("NYT", article.Outlet);
    }

    [Fact]
    public void A_file_of_many_documents_gives_each_its_number_headline_date_and_dateline()
    {
        const string text = """
            <DOC id="XYZ_ENG_20050301.0007" type="story" >
            <HEADLINE>
            Harbor plan &AMP; budget pass
            </HEADLINE>
            <DATELINE>EASTFIELD, March 1</DATELINE>
            <TEXT>
            <P>
            The council approved the harbor plan &amp; the budget on Tuesday.&UR;
            </P>
            </TEXT>
            </DOC>
            <DOC>
            <DOCNO>WIRE-0042</DOCNO>
            <DATE_TIME> 03/02/2005 10:15:00 </DATE_TIME>
            <TEXT>
            Work on the waterfront will start in June, the mayor said on Wednesday.
            </TEXT>
            </DOC>
            """;

        var (articles, warnings) = Read(text);

        Assert.Empty(warnings);
        Assert.Equal(["XYZ_ENG_20050301.0007", "WIRE-0042"], articles.Select(a => a.Id));
        Assert.Equal("Harbor plan & budget pass", articles[0].Title);
        Assert.Equal("EASTFIELD, March 1", articles[0].Dateline);
        Assert.Equal(new DateOnly(2005, 3, 1), articles[0].Published);
        Assert.Equal("XYZ", articles[0].Outlet);
        Assert.Equal(["The council approved the harbor plan & the budget on Tuesday."], articles[0].Paragraphs);
        Assert.Equal(new DateOnly(2005, 3, 2), articles[1].Published);
        Assert.Null(articles[1].Outlet); // a number that names no source and no date
        Assert.Equal(["Work on the waterfront will start in June, the mayor said on Wednesday."], articles[1].Paragraphs);
    }

    [Fact]
    public void A_document_without_text_or_without_its_end_tag_is_reported()
    {
        const string text = """
            <DOC>
            <DOCNO> A1 </DOCNO>
            <TEXT>
            </TEXT>
            </DOC>
            <DOC>
            <DOCNO> A2 </DOCNO>
            <TEXT>
            The bridge reopened on Friday after two weeks of repairs, the city said.
            </TEXT>
            <DOC>
            <DOCNO> A3 </DOCNO>
            <TEXT>
            The ferry will run again from Monday, its operator said on Saturday.
            """;

        var (articles, warnings) = Read(text);

        Assert.Equal(["A2", "A3"], articles.Select(a => a.Id));
        Assert.Equal("The bridge reopened on Friday after two weeks of repairs, the city said.", Assert.Single(articles[0].Paragraphs));
        Assert.Contains(warnings, w => w.Message.Contains("document A1 has no text", StringComparison.Ordinal));
        Assert.Single(warnings, w => w.Message.Contains("not closed by </DOC>", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unclosed_document_number_running_into_the_text_is_no_id()
    {
        var text = "<DOC>\n<DOCNO> A5\n<TEXT>\n" + string.Concat(Enumerable.Repeat("The ferry will run again from Monday, its operator said. ", 5)) + "\n</TEXT>\n</DOC>\n";

        var article = Assert.Single(Read(text).Articles);

        Assert.Equal("file#1", article.Id);
    }

    [Theory]
    [InlineData(WrappedBlock, true)]
    [InlineData("\n  <doc id=\"x\">\n<text>Some text.</text></doc>", true)]
    [InlineData("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<DOCSTREAM>\n<DOC id=\"XYZ_ENG_20050301.0007\" type=\"story\">\n<TEXT><P>Text.</P></TEXT></DOC></DOCSTREAM>", true)]
    [InlineData("<?xml version=\"1.0\"?><rss><channel><item><title>A feed</title></item></channel></rss>", false)]
    [InlineData("<!DOCTYPE html><html><body><p>A page.</p></body></html>", false)]
    [InlineData("<DOCNO> A1 </DOCNO> a fragment", false)]
    [InlineData("The mayor said <DOC> was the file's first tag.", false)]
    public void Is_recognised_by_its_opening_element(string text, bool expected) =>
        Assert.Equal(expected, NewswireDocuments.Recognizes(text));
}
