using System.Diagnostics;
using System.Text;
using CsCheck;
using Roundup.Analysis;
using Roundup.Ingest.Feeds;
using Roundup.Ingest.Html;
using Roundup.Ingest.JsonLines;
using Roundup.Ingest.Metadata;
using Roundup.Ingest.PlainText;
using Roundup.Ingest.Sgml;
using Roundup.Model;

namespace Roundup.Tests.Fuzzing;

/// <summary>
/// Property tests of every parser on the project's own fixtures, mutated, and on random text: no exception but a
/// <see cref="RoundupException"/> (a whole file refused, with its reason) escapes, time and allocation stay bounded
/// per input character, and good JSON lines around a damaged one are all kept. A short run is part of the test suite;
/// <c>ROUNDUP_FUZZ_ITERATIONS=200000 dotnet test tests/Roundup.Tests --filter FullyQualifiedName~Fuzzing</c> is the long one.
/// </summary>
public class ParserFuzzTests
{
    /// <summary>Inputs per property in the test suite; the environment variable raises it for a long run.</summary>
    private static readonly int Iterations =
        int.TryParse(Environment.GetEnvironmentVariable("ROUNDUP_FUZZ_ITERATIONS"), out var n) && n > 0 ? n : 150;

    private static readonly string Golden = Path.Combine(TestPaths.RepositoryRoot, "tests", "Roundup.Cli.Tests", "Data", "golden");

    private static readonly string[] Texts = Directory.GetFiles(TestPaths.Palmyra).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();

    private static readonly string[] Pages = Directory.GetFiles(Path.Combine(Golden, "pages")).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();

    private const string Feed =
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Example</title><link>https://example.com/</link>" +
        "<item><title>Palmyra retaken</title><link>https://example.com/2016/03/27/palmyra</link><guid>a1</guid>" +
        "<pubDate>Sun, 27 Mar 2016 14:05:00 GMT</pubDate><description>&lt;p&gt;Troops retook the ancient city of Palmyra on Sunday, the army said.&lt;/p&gt;</description></item>" +
        "<item><title>Mines cleared</title><guid>a2</guid><description>Engineers began clearing mines from the ruins on Monday, officials said.</description></item>" +
        "</channel></rss>";

    /// <summary>What breaks parsers: markup, escapes, quotes, line ends, controls, halves of surrogate pairs, combining marks.</summary>
    private const string Nasty = "<>/&;#\"'{}[]:,\\\n\r\t\0\u001b\u00a0\u200b\u0301\ufeff\ud800\udc00xX1 \u1bb8\u0662";

    private static readonly string[] Fragments =
    [
        "<div>", "</div>", "<div/>", "<p>", "<script>", "</script>", "<!--", "-->", "<![CDATA[", "]]>", "&lt;", "&amp;", "&#0;",
        "<meta charset=\"utf-7\">", "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":5}</script>",
        "\\ud800", "\\u0000", "{\"", "\"}", "\n\n", "\r", "By ", "Updated: ", "2016-03-27", "0001-01-01", "Reuters", "(AFP) —",
        "<DOC>", "</DOC>", "<TEXT>", "</TEXT>", "<P>", "<DOCNO> APW19981016.0240 </DOCNO>", "&UR;", "``", "''", " _ ",
    ];

    /// <summary>The example's reports as a news corpus distributes them: one file of SGML documents.</summary>
    private static readonly string[] CorpusFiles =
    [
        string.Concat(Texts.Select((t, i) => $"<DOC>\n<DOCNO> APW1998101{i}.00{i}0 </DOCNO>\n<HEADLINE> Report {i} </HEADLINE>\n<TEXT>\n{t}\n</TEXT>\n</DOC>\n")),
        string.Concat(Texts.Take(2).Select((t, i) => $"<DOC id=\"NYT_ENG_1998101{i}.000{i}\">\n<TEXT>\n<P>\n{t.Replace("\n\n", "\n</P>\n<P>\n", StringComparison.Ordinal)}\n</P>\n</TEXT>\n</DOC>\n")),
    ];

    /// <summary>A fixture with a few random edits: characters inserted, fragments inserted, spans deleted or repeated.</summary>
    private static Gen<string> Mutations(string[] fixtures) =>
        Gen.Select(Gen.Int[0, fixtures.Length - 1], Gen.Int[1, 12], Gen.Int, (f, edits, seed) => Mutate(fixtures[f], edits, seed));

    private static string Mutate(string text, int edits, int seed)
    {
        var random = new Random(seed);
        var sb = new StringBuilder(text);
        for (int e = 0; e < edits; e++)
        {
            int at = sb.Length == 0 ? 0 : random.Next(sb.Length);
            switch (random.Next(5))
            {
                case 0:
                    sb.Insert(at, Nasty[random.Next(Nasty.Length)]);
                    break;
                case 1:
                    sb.Insert(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 2:
                    sb.Remove(at, Math.Min(random.Next(1, 64), sb.Length - at));
                    break;
                case 3:
                    var span = sb.ToString(at, Math.Min(random.Next(1, 256), sb.Length - at));
                    sb.Insert(at, string.Concat(Enumerable.Repeat(span, random.Next(2, 50))));
                    break;
                default:
                    sb.Insert(at, new string(Enumerable.Range(0, random.Next(1, 40)).Select(_ => (char)random.Next(0, 0x3000)).ToArray()));
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Runs a parser on one input: only a refusal of the whole input may escape, within bounded time and memory.</summary>
    private static void Holds(string input, Action<string> parse)
    {
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        try
        {
            parse(input);
        }
        catch (RoundupException)
        {
            // A file refused with its reason is an answer, not a failure.
        }
        watch.Stop();
        // Generous bounds (a slow CI machine, a collection mid-run), but linear: quadratic work on a 100 KB input breaks them.
        Assert.True(watch.Elapsed.TotalMilliseconds < 3_000 + input.Length * 0.05, $"{watch.Elapsed.TotalMilliseconds:0} ms for {input.Length} chars");
        long used = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Assert.True(used < 64_000_000 + 2_000L * input.Length, $"{used / 1e6:0.0} MB allocated for {input.Length} chars");
    }

    [Fact]
    public void Plain_text_parsing_holds_on_mutated_reports() =>
        Mutations(Texts).Sample(text => Holds(text, t => PlainTextParser.Parse(t, "fuzz.txt", "fuzz")), iter: Iterations);

    [Fact]
    public void Page_extraction_holds_on_mutated_pages() =>
        Mutations(Pages).Sample(html => Holds(html, h =>
            HtmlArticleExtractor.Extract(HtmlDecoder.Decode(Encoding.UTF8.GetBytes(h), "fuzz.html"), "fuzz.html", "fuzz")), iter: Iterations);

    [Fact]
    public void Corpus_documents_hold_when_mutated() =>
        Mutations(CorpusFiles).Sample(text => Holds(text, t => NewswireDocuments.Read(t, "fuzz.sgml", _ => { })), iter: Iterations);

    [Fact]
    public void Feed_reading_holds_on_mutated_feeds() =>
        Mutations([Feed]).Sample(xml => Holds(xml, x => FeedReader.Read(x, "fuzz.rss")), iter: Iterations);

    /// <summary>Two of the example's reports, read once, beside which a mutated report is compared.</summary>
    private static readonly Article[] Beside = Texts.Take(2).Select((t, i) => PlainTextParser.Parse(t, $"beside{i}.txt", $"beside{i}")).ToArray();

    [Fact]
    public void Comparing_sources_holds_on_mutated_reports() =>
        Mutations(Texts).Sample(text => Holds(text, t =>
        {
            var report = SourceAnalyzer.Report([.. Beside, PlainTextParser.Parse(t, "fuzz.txt", "fuzz")], 120);
            Assert.All(report.Comparison.Exclusives, e => Assert.False(string.IsNullOrEmpty(e.Text)));
        }), iter: Iterations);

    [Fact]
    public void Date_parsing_holds_on_random_text() =>
        Gen.String.Sample(text => Holds(text, t =>
        {
            var date = DateText.Parse(t);
            Assert.True(date is null || date.Value.Year >= 1990);
        }), iter: Iterations * 10);

    [Fact]
    public void Temporal_expressions_hold_on_mutated_and_random_text() =>
        Gen.OneOf(Mutations(Texts), Gen.String).Sample(text => Holds(text, t =>
        {
            foreach (var mention in Roundup.Text.Dates.TemporalExpressions.Find(t, new DateOnly(2016, 3, 27)))
            {
                Assert.InRange(mention.Point.Date.Year, 1800, 2201);
            }
            _ = Roundup.Text.Dates.EventDate.Of(t, new DateOnly(2016, 3, 27));
        }), iter: Iterations * 10);

    [Fact]
    public void Good_json_lines_around_a_damaged_one_are_all_kept()
    {
        var good = Enumerable.Range(0, 6).Select(i =>
            $"{{\"id\": \"good{i}\", \"title\": \"Report {i}\", \"text\": \"Troops retook the ancient city of Palmyra on Sunday, the army said in statement {i}.\"}}").ToArray();
        Gen.Select(Mutations([good[0]]), Gen.Int[0, good.Length]).Sample((damaged, at) =>
        {
            var lines = good.ToList();
            lines.Insert(at, damaged.Replace('\n', ' ').Replace('\r', ' '));
            var warnings = new List<IngestWarning>();
            List<string> ids = [];
            Holds(string.Join("\n", lines), text =>
                ids = JsonLinesReader.Read(() => new StringReader(text), "fuzz.jsonl", warnings.Add).Select(a => a.Id).ToList());
            Assert.All(good.Select((_, i) => $"good{i}"), id => Assert.Contains(id, ids));
        }, iter: Iterations);
    }
}
