using Roundup.Ingest;
using Roundup.Model;

namespace Roundup.Tests.Ingest;

public class CorpusReaderTests
{
    private const string Story = "Troops retook the ancient city of Palmyra on Sunday, the army said in a statement.";

    private static (List<Article> Articles, List<IngestWarning> Warnings) Read(params string[] paths)
    {
        var warnings = new List<IngestWarning>();
        var articles = new CorpusReader().Read(paths, warnings.Add).ToList();
        return (articles, warnings);
    }

    [Fact]
    public void Reads_the_bundled_example_folder_in_file_order()
    {
        var (articles, warnings) = Read(TestPaths.Palmyra);

        Assert.Empty(warnings);
        Assert.Equal(["000_0ef34761f90466f9", "001_6c1c30197c631550", "002_cabded4b6e617a5b", "003_475460b12f2ee23d", "004_2b7d10bcf5bdfd69"],
            articles.Select(a => a.Id));
    }

    [Fact]
    public void Reads_folders_recursively_and_skips_unknown_and_binary_files_with_warnings()
    {
        using var dir = new TempFolder();
        dir.File("a.txt", Story);
        dir.File("sub/deeper/b.txt", Story.Replace("Sunday", "Monday", StringComparison.Ordinal));
        dir.File("photo.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]);
        dir.File("c.txt", [0x00, 0x01, 0x02, 0x03]);
        dir.File(".hidden/d.txt", Story);

        var (articles, warnings) = Read(dir.Path);

        Assert.Equal(["a", "b"], articles.Select(a => a.Id));
        Assert.Contains(warnings, w => w.Path.EndsWith("photo.jpg", StringComparison.Ordinal) && w.Message.Contains("unknown file type", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Path.EndsWith("c.txt", StringComparison.Ordinal) && w.Message.Contains("binary", StringComparison.Ordinal));
        Assert.Equal(2, warnings.Count);
    }

    [Fact]
    public void Corpus_documents_are_read_whatever_their_files_are_called()
    {
        // Corpora name files by document number ("APW19990105.0112"), keep many documents in one ".sgml" file, or
        // wrap them in XML (AQUAINT-2, TAC).
        using var dir = new TempFolder();
        string Doc(string number) => $"<DOC>\n<DOCNO> {number} </DOCNO>\n<TEXT>\n{Story}\n</TEXT>\n</DOC>\n";
        dir.File("d1/APW19990105.0112", Doc("APW19990105.0112"));
        dir.File("d1/NYT19990106.0301", Doc("NYT19990106.0301"));
        dir.File("d2/bundle.sgml", Doc("XIE19990107.0001") + Doc("XIE19990107.0002"));
        dir.File("d3/tac.xml", $"<?xml version=\"1.0\"?>\n<DOCSTREAM>\n<DOC id=\"AFP_ENG_19990108.0003\" type=\"story\">\n<TEXT>\n<P>\n{Story}\n</P>\n</TEXT>\n</DOC>\n</DOCSTREAM>\n");

        var (articles, warnings) = Read(dir.Path);

        Assert.Empty(warnings); // a file known by its content is not an unknown type read as text
        Assert.Equal(["APW19990105.0112", "NYT19990106.0301", "XIE19990107.0001", "XIE19990107.0002", "AFP_ENG_19990108.0003"], articles.Select(a => a.Id));
        Assert.All(articles, a => Assert.Equal([Story], a.Paragraphs));
        Assert.Equal(new DateOnly(1999, 1, 7), articles[3].Published);
    }

    [Fact]
    public void Empty_file_and_furniture_only_file_are_skipped_with_warnings()
    {
        using var dir = new TempFolder();
        dir.File("empty.txt", "");
        dir.File("furniture.txt", "Top Stories\n\nShare\n\n2 min read\n");

        var (articles, warnings) = Read(dir.Path);

        Assert.Empty(articles);
        Assert.Contains(warnings, w => w.Message.Contains("empty", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Message.Contains("no article text", StringComparison.Ordinal));
    }

    [Fact]
    public void Oversized_article_file_is_skipped_without_reading_it_whole()
    {
        using var dir = new TempFolder();
        var big = dir.File("big.txt", "");
        using (var stream = File.OpenWrite(big))
        {
            stream.SetLength(50L * 1024 * 1024);
        }

        var (articles, warnings) = Read(big);

        Assert.Empty(articles);
        Assert.Contains("50.0 MB", Assert.Single(warnings).Message);
    }

    [Fact]
    public void Missing_path_is_an_error_that_names_it()
    {
        var e = Assert.Throws<RoundupException>(() => Read("/no/such/folder"));
        Assert.Contains("/no/such/folder does not exist", e.Message);
    }

    [Fact]
    public void Duplicate_file_names_get_distinct_ids()
    {
        using var dir = new TempFolder();
        dir.File("x/story.txt", Story);
        dir.File("y/story.txt", Story);

        var (articles, _) = Read(dir.Path);

        Assert.Equal(["story", "story-2"], articles.Select(a => a.Id));
    }
}

public class RelativeFolderTests
{
    [Fact]
    public void A_folder_given_through_dot_dot_is_read()
    {
        using var dir = new TempFolder();
        dir.File("inner/a.txt", "Troops retook the ancient city of Palmyra on Sunday, the army said in a statement.");
        var viaParent = Path.Combine(dir.Path, "inner", "..", "inner");

        var articles = new CorpusReader().Read([viaParent], _ => { }).ToList();

        Assert.Single(articles);
    }
}

public class CorpusReaderThreadingTests
{
    private const string Story = "Troops retook the ancient city of Palmyra on Sunday, the army said in a statement.";

    [Fact]
    public void Warnings_from_files_read_ahead_reach_the_caller_thread_in_file_order()
    {
        using var dir = new TempFolder();
        for (int i = 0; i < 40; i++)
        {
            // Every other file is empty: its warning is found on a worker thread while the file is read ahead.
            dir.File($"{i:000}.txt", i % 2 == 0 ? "" : Story + $" Report number {i}.");
        }
        int caller = Environment.CurrentManagedThreadId;
        var threads = new HashSet<int>();
        var warned = new List<string>();

        var articles = new CorpusReader().Read([dir.Path], w =>
        {
            threads.Add(Environment.CurrentManagedThreadId);
            warned.Add(Path.GetFileName(w.Path));
        }).ToList();

        Assert.Equal(20, articles.Count);
        Assert.Equal([caller], threads);
        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"{2 * i:000}.txt"), warned);
    }

    [Fact]
    public void Warnings_of_json_lines_parsed_ahead_reach_the_caller_thread_in_line_order()
    {
        using var dir = new TempFolder();
        var lines = Enumerable.Range(0, 500).Select(i => i % 5 == 0 ? "{not json" : $"{{\"id\": \"a{i}\", \"text\": \"{Story} Report {i}.\"}}");
        var file = dir.File("stream.jsonl", string.Join("\n", lines));
        int caller = Environment.CurrentManagedThreadId;
        var threads = new HashSet<int>();
        var warnedLines = new List<int>();

        var articles = new CorpusReader().Read([file], w =>
        {
            threads.Add(Environment.CurrentManagedThreadId);
            warnedLines.Add(w.Line ?? 0);
        }).ToList();

        Assert.Equal(400, articles.Count);
        Assert.Equal([caller], threads);
        Assert.Equal(Enumerable.Range(0, 100).Select(i => 5 * i + 1), warnedLines);
    }

    [Fact]
    public void One_reader_fetches_every_url_over_one_connection_pool()
    {
        var page = $"<html><head><title>Palmyra</title></head><body><article><p>{Story}</p><p>{Story}</p></article></body></html>";
        using var server = new Roundup.Tests.Ingest.Web.LocalHttpServer(new()
        {
            ["/a"] = Roundup.Tests.Ingest.Web.LocalHttpServer.Text(page),
            ["/b"] = Roundup.Tests.Ingest.Web.LocalHttpServer.Text(page),
            ["/c"] = Roundup.Tests.Ingest.Web.LocalHttpServer.Text(page),
        });
        using var reader = new CorpusReader();

        var articles = reader.Read([server.BaseUrl + "/a", server.BaseUrl + "/b", server.BaseUrl + "/c"], _ => { }).ToList();

        Assert.Equal(3, articles.Count);
        // Requests one after another on one client reuse its kept-alive connection; a client per URL opens a new one each time.
        Assert.Single(server.ClientPorts.Distinct());
    }
}

public class StandardInputTests
{
    private const string Story = "Troops retook the ancient city of Palmyra on Sunday, the army said in a statement.";

    private static (List<Article> Articles, List<IngestWarning> Warnings) Read(string input)
    {
        var warnings = new List<IngestWarning>();
        var reader = new CorpusReader(new IngestOptions { StandardInput = () => new StringReader(input) });
        return (reader.Read([CorpusReader.StandardInputPath], warnings.Add).ToList(), warnings);
    }

    [Fact]
    public void Json_lines_on_standard_input_are_read_line_by_line()
    {
        var (articles, warnings) = Read($"\n  {{\"id\": \"a\", \"text\": \"{Story}\"}}\nnot json\n{{\"id\": \"b\", \"text\": \"{Story}\"}}\n");

        Assert.Equal(["a", "b"], articles.Select(a => a.Id));
        Assert.Equal("stdin", Assert.Single(warnings).Path);
    }

    [Fact]
    public void Other_text_on_standard_input_is_one_article()
    {
        var (articles, warnings) = Read($"Palmyra retaken\n\n{Story}\n");

        var article = Assert.Single(articles);
        Assert.Equal("stdin", article.Id);
        Assert.Contains(Story, article.Paragraphs);
        Assert.Empty(warnings);
    }

    [Fact]
    public void Corpus_documents_on_standard_input_are_each_an_article()
    {
        var (articles, warnings) = Read($"<DOC>\n<DOCNO> A1 </DOCNO>\n<TEXT>\n{Story}\n</TEXT>\n</DOC>\n<DOC>\n<DOCNO> A2 </DOCNO>\n<TEXT>\n{Story}\n</TEXT>\n</DOC>\n");

        Assert.Equal(["A1", "A2"], articles.Select(a => a.Id));
        Assert.All(articles, a => Assert.Equal([Story], a.Paragraphs));
        Assert.Empty(warnings);
    }

    [Fact]
    public void Empty_standard_input_is_a_warning()
    {
        var (articles, warnings) = Read("  \n");

        Assert.Empty(articles);
        Assert.Contains("standard input is empty", Assert.Single(warnings).Message);
    }
}
