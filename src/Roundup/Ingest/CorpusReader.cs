using System.Text;
using Roundup.Concurrency;
using Roundup.Ingest.Decoding;
using Roundup.Ingest.Files;
using Roundup.Ingest.JsonLines;
using Roundup.Ingest.PlainText;
using Roundup.Ingest.Web;
using Roundup.Model;
using Roundup.Text;

namespace Roundup.Ingest;

/// <summary>Limits that keep one pathological input from taking the run down.</summary>
public sealed record IngestOptions
{
    /// <summary>Largest single-article file read (plain text). A larger one is no article: it is skipped with a warning.</summary>
    public long MaxArticleFileBytes { get; init; } = 10L * 1024 * 1024;

    /// <summary>How feeds and pages given as URLs are fetched.</summary>
    public Web.FetchOptions Fetch { get; init; } = new();

    /// <summary>Feed items with less text than this are replaced by their linked page, fetched and extracted.</summary>
    public int MinFeedItemChars { get; init; } = 400;

    /// <summary>
    /// Where the path <c>-</c> reads from: JSON Lines when its first non-blank character is <c>{</c>, else one
    /// plain-text article. Standard input unless told otherwise.
    /// </summary>
    public Func<TextReader> StandardInput { get; init; } = () => Console.In;
}

/// <summary>
/// Reads the articles under the given files and folders (folders recursively, in ordinal path order).
/// Plain text (.txt, .text, no extension) holds one article a file, unless it holds SGML corpus documents
/// (<c>&lt;DOC&gt;</c> elements, also .sgm, .sgml); JSON Lines (.jsonl, .ndjson) one a line.
/// Unreadable, empty, binary or unknown files are reported through the warning callback and skipped.
/// </summary>
public sealed class CorpusReader(IngestOptions? options = null) : IDisposable
{
    private static readonly string[] PlainTextExtensions = [".txt", ".text", ""];
    private static readonly string[] JsonLinesExtensions = [".jsonl", ".ndjson"];
    private static readonly string[] HtmlExtensions = [".html", ".htm", ".xhtml"];
    private static readonly string[] FeedExtensions = [".rss", ".atom", ".rdf", ".xml", ".feed"];
    private static readonly string[] SgmlExtensions = [".sgm", ".sgml"];

    private readonly IngestOptions _options = options ?? new IngestOptions();

    /// <summary>One fetcher (one HTTP connection pool) for every URL this reader is given, made on first use.</summary>
    private Web.PageFetcher? _fetcher;

    /// <summary>Releases the HTTP connections of the URLs read, if any.</summary>
    public void Dispose()
    {
        _fetcher?.Dispose();
        _fetcher = null;
    }

    /// <summary>
    /// Streams the articles. Throws <see cref="RoundupException"/> when a named path does not exist.
    /// Article ids are unique within one call.
    /// </summary>
    public IEnumerable<Article> Read(IEnumerable<string> paths, Action<IngestWarning> warn)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var nextSuffix = new Dictionary<string, int>(StringComparer.Ordinal);
        var textExtensions = new HashSet<string>(StringComparer.Ordinal); // unknown extensions read as text, each said once
        foreach (var path in paths)
        {
            if (path == StandardInputPath)
            {
                foreach (var article in ReadStandardInput(warn))
                {
                    yield return Unique(WithoutControlCharacters(article), ids, nextSuffix);
                }
                continue;
            }
            if (path.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || path.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var article in ReadUrl(path, warn))
                {
                    yield return Unique(WithoutControlCharacters(article), ids, nextSuffix);
                }
                continue;
            }
            // Files are read and cleaned on worker threads, a few ahead, in order (HTML extraction is the costly part);
            // a JSON Lines file, which may be huge, is streamed as it is read (its lines are parsed in parallel).
            var loaded = Prefetch.Map(Files(path, warn), file => IsJsonLines(file) ? new LoadedFile(file, null, [], null) : Load(file), batchSize: 8);
            foreach (var (file, articles, warnings, readAsText) in loaded)
            {
                if (readAsText is not null && textExtensions.Add(readAsText))
                {
                    warn(new IngestWarning(file, null, $"files ending '{readAsText}' are not a known type; they hold text, so they are read as plain-text articles."));
                }
                foreach (var warning in warnings)
                {
                    warn(warning);
                }
                foreach (var article in articles ?? ReadFile(file, warn))
                {
                    yield return Unique(WithoutControlCharacters(article), ids, nextSuffix);
                }
            }
        }
    }

    /// <summary>
    /// The article with an id not yet given out in this read: its own, else its own with the first free "-2", "-3"….
    /// <paramref name="next"/> remembers where the search for each id stands, so that thousands of items sharing one
    /// id (a feed repeating its guid) cost linear time.
    /// </summary>
    private static Article Unique(Article article, HashSet<string> given, Dictionary<string, int> next)
    {
        if (given.Add(article.Id))
        {
            return article;
        }
        int n = next.GetValueOrDefault(article.Id, 2);
        string unique;
        while (!given.Add(unique = $"{article.Id}-{n}"))
        {
            n++;
        }
        next[article.Id] = n + 1;
        return article with { Id = unique };
    }

    /// <summary>The path that names standard input, as in most command-line tools.</summary>
    public const string StandardInputPath = "-";

    /// <summary>Name of standard input in warnings, ids and paths.</summary>
    private const string StandardInputName = "stdin";

    /// <summary>Standard input: JSON Lines (streamed) when it starts with "{", else one plain-text article.</summary>
    private IEnumerable<Article> ReadStandardInput(Action<IngestWarning> warn)
    {
        var reader = _options.StandardInput();
        while (reader.Peek() is int c && c >= 0 && char.IsWhiteSpace((char)c))
        {
            reader.Read();
        }
        if (reader.Peek() < 0)
        {
            warn(new IngestWarning(StandardInputName, null, "standard input is empty; nothing read."));
            return [];
        }
        if (reader.Peek() == '{')
        {
            return JsonLinesReader.Read(() => reader, StandardInputName, warn);
        }
        var text = new StringBuilder();
        var chunk = new char[1 << 16];
        int read;
        while ((read = reader.Read(chunk, 0, chunk.Length)) > 0 && text.Length <= _options.MaxArticleFileBytes)
        {
            text.Append(chunk, 0, read);
        }
        if (text.Length > _options.MaxArticleFileBytes)
        {
            warn(new IngestWarning(StandardInputName, null,
                $"holds more than the {_options.MaxArticleFileBytes / (1024 * 1024)} MB an article may have; skipped (put many articles in JSON Lines instead)."));
            return [];
        }
        var content = text.ToString();
        if (Sgml.NewswireDocuments.Recognizes(content))
        {
            return Sgml.NewswireDocuments.Read(content, StandardInputName, warn);
        }
        var article = PlainTextParser.Parse(content, StandardInputName, StandardInputName);
        return NonEmpty(article, StandardInputName, warn, "no article text found (only headlines, dates or page furniture); skipped.") is { } found ? [found] : [];
    }

    /// <summary>
    /// The article with no control character left in any of its text (see <see cref="ControlCharacters"/>): whatever
    /// the input, no output of Roundup carries an escape sequence to a terminal.
    /// </summary>
    private static Article WithoutControlCharacters(Article a)
    {
        static bool Clean(string? s) => s is null || ReferenceEquals(ControlCharacters.Strip(s), s);
        if (Clean(a.Id) && Clean(a.Path) && Clean(a.Outlet) && Clean(a.Title) && Clean(a.Url) && Clean(a.Dateline) && Clean(a.Agency)
            && a.Paragraphs.All(Clean) && a.Authors.All(Clean))
        {
            return a;
        }
        return a with
        {
            Id = ControlCharacters.Strip(a.Id),
            Path = ControlCharacters.Strip(a.Path),
            Outlet = ControlCharacters.StripOrNull(a.Outlet),
            Title = ControlCharacters.StripOrNull(a.Title),
            Url = ControlCharacters.StripOrNull(a.Url),
            Dateline = ControlCharacters.StripOrNull(a.Dateline),
            Agency = ControlCharacters.StripOrNull(a.Agency),
            Paragraphs = a.Paragraphs.Select(ControlCharacters.Strip).Where(p => p.Length > 0).ToList(),
            Authors = a.Authors.Select(ControlCharacters.Strip).ToList(),
        };
    }

    /// <summary>The files a path names, walked and checked on the caller's thread (see <see cref="InputFiles"/>).</summary>
    private static IEnumerable<string> Files(string path, Action<IngestWarning> warn) =>
        InputFiles.Under(path, warn).ConvertAll(f => f.Path);

    /// <summary>A file read ahead: its articles and the warnings to report, in order, when it is consumed.</summary>
    /// <param name="File">The file.</param>
    /// <param name="Articles">Its articles, or null for a JSON Lines file, streamed when it is consumed.</param>
    /// <param name="Warnings">What was wrong with it.</param>
    /// <param name="ReadAsText">The unknown extension of a file read as plain text because it holds text, else null.</param>
    private sealed record LoadedFile(string File, List<Article>? Articles, List<IngestWarning> Warnings, string? ReadAsText);

    private LoadedFile Load(string file)
    {
        var warnings = new List<IngestWarning>();
        if (UnknownTextFile.Matches(file, IsKnownExtension))
        {
            var read = ReadText(file, warnings.Add);
            // Corpus documents are a format of their own, known by their content whatever the file is called.
            return new LoadedFile(file, read.Articles, warnings, read.Documents ? null : System.IO.Path.GetExtension(file).ToLowerInvariant());
        }
        var articles = ReadFile(file, warnings.Add).ToList();
        return new LoadedFile(file, articles, warnings, null);
    }

    private static bool IsKnownExtension(string extension) =>
        PlainTextExtensions.Contains(extension) || JsonLinesExtensions.Contains(extension) || HtmlExtensions.Contains(extension)
        || FeedExtensions.Contains(extension) || SgmlExtensions.Contains(extension);

    private static bool IsJsonLines(string file) =>
        JsonLinesExtensions.Contains(System.IO.Path.GetExtension(file).ToLowerInvariant());

    private IEnumerable<Article> ReadFile(string file, Action<IngestWarning> warn)
    {
        var extension = System.IO.Path.GetExtension(file).ToLowerInvariant();
        var inner = extension == ".gz" ? System.IO.Path.GetExtension(System.IO.Path.GetFileNameWithoutExtension(file)).ToLowerInvariant() : extension;
        if (HtmlExtensions.Contains(inner))
        {
            return ReadHtml(file, warn) is { } page ? [page] : [];
        }
        if (JsonLinesExtensions.Contains(extension))
        {
            return JsonLinesReader.Read(file, warn);
        }
        if (FeedExtensions.Contains(inner))
        {
            return ReadFeed(file, warn);
        }
        if (PlainTextExtensions.Contains(extension) || SgmlExtensions.Contains(extension))
        {
            return ReadText(file, warn).Articles;
        }
        warn(new IngestWarning(file, null, $"unknown file type '{extension}' (Roundup reads .txt, .jsonl, .html, .html.gz, RSS/Atom feeds and SGML news corpora); skipped."));
        return [];
    }

    /// <summary>
    /// A URL: a feed (each item an article; items with little text are replaced by their fetched page) or a page.
    /// </summary>
    private List<Article> ReadUrl(string url, Action<IngestWarning> warn)
    {
        try
        {
            return [.. ReadChanged(url, null, warn).Articles];
        }
        catch (RoundupException e)
        {
            warn(new IngestWarning(url, null, StripPath(e.Message, url)));
            return [];
        }
    }

    /// <summary>
    /// The articles at <paramref name="url"/> — a feed's items (an item with little text replaced by its fetched
    /// page) or a page — unless the server says nothing changed since <paramref name="since"/> (then
    /// <see cref="UrlRead.Modified"/> is false and there are none). A URL that cannot be fetched is a
    /// <see cref="RoundupException"/>; an item whose page cannot be fetched keeps the feed's text, with a warning.
    /// </summary>
    public UrlRead ReadChanged(string url, UrlValidators? since, Action<IngestWarning> warn)
    {
        ArgumentNullException.ThrowIfNull(warn);
        var fetcher = _fetcher ??= new Web.PageFetcher(_options.Fetch);
        var fetched = fetcher.FetchIfChanged(url, since);
        if (fetched.Body is null)
        {
            return new UrlRead(false, [], fetched.Validators);
        }
        var text = Html.HtmlDecoder.Decode(fetched.Body, url);
        if (!Feeds.FeedReader.LooksLikeFeed(text))
        {
            var page = Html.HtmlArticleExtractor.Extract(text, url, url, fallbackUrl: url);
            return new UrlRead(true, page.Paragraphs.Count > 0 ? [page] : [], fetched.Validators);
        }
        var items = Feeds.FeedReader.Read(text, url);
        for (int i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item.Url is { } link && item.Paragraphs.Sum(p => p.Length) < _options.MinFeedItemChars)
            {
                try
                {
                    var page = Html.HtmlArticleExtractor.Extract(Html.HtmlDecoder.Decode(fetcher.Fetch(link), link), url, item.Id, fallbackUrl: link);
                    if (page.Paragraphs.Sum(p => p.Length) > item.Paragraphs.Sum(p => p.Length))
                    {
                        items[i] = item with { Paragraphs = page.Paragraphs, Authors = item.Authors.Count > 0 ? item.Authors : page.Authors };
                    }
                }
                catch (RoundupException e)
                {
                    warn(new IngestWarning(url, null, $"item {item.Id}: {e.Message} The feed's own text is used."));
                }
            }
        }
        return new UrlRead(true, items, fetched.Validators);
    }

    private static List<Article> ReadFeed(string file, Action<IngestWarning> warn) =>
        Guarded(file, warn, Html.HtmlDecoder.MaxPageBytes, "a feed file", bytes =>
        {
            var text = Html.HtmlDecoder.Decode(bytes, file);
            if (Sgml.NewswireDocuments.Recognizes(text))
            {
                return Sgml.NewswireDocuments.Read(text, file, warn); // AQUAINT-2 and TAC corpora ship their documents as .xml
            }
            var articles = Feeds.FeedReader.Read(text, file);
            if (articles.Count == 0)
            {
                warn(new IngestWarning(file, null, "the feed has no item with text; skipped."));
            }
            return articles;
        }) ?? [];

    private static Article? ReadHtml(string file, Action<IngestWarning> warn) =>
        Guarded(file, warn, Html.HtmlDecoder.MaxPageBytes, "a page", bytes =>
        {
            var id = System.IO.Path.GetFileName(file);
            foreach (var suffix in new[] { ".gz", ".html", ".htm", ".xhtml" })
            {
                if (id.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                {
                    id = id[..^suffix.Length];
                }
            }
            var article = DatedByPath(Html.HtmlArticleExtractor.Extract(Html.HtmlDecoder.Decode(bytes, file), file, id), file);
            return NonEmpty(article, file, warn, "no article text found in the page; skipped.");
        });

    /// <summary>A text file's articles, and whether it held corpus documents (SGML) rather than one plain-text article.</summary>
    private sealed record TextRead(List<Article> Articles, bool Documents);

    /// <summary>A text file: SGML corpus documents when it opens with <c>&lt;DOC&gt;</c>, else one plain-text article.</summary>
    private TextRead ReadText(string file, Action<IngestWarning> warn) =>
        Guarded(file, warn, _options.MaxArticleFileBytes, "a text file", bytes =>
        {
            var text = TextDecoder.Decode(bytes, file);
            if (Sgml.NewswireDocuments.Recognizes(text))
            {
                var documents = Sgml.NewswireDocuments.Read(text, file, warn);
                if (documents.Count == 0)
                {
                    warn(new IngestWarning(file, null, "no document with text in the file; skipped."));
                }
                return new TextRead(documents, true);
            }
            var article = DatedByPath(PlainTextParser.Parse(text, file, System.IO.Path.GetFileNameWithoutExtension(file)), file);
            return new TextRead(NonEmpty(article, file, warn, "no article text found (only headlines, dates or page furniture); skipped.") is { } found ? [found] : [], false);
        },
        " (put many articles in a .jsonl file instead)") ?? new TextRead([], false);

    /// <summary>
    /// An article that names no publication date takes the one its path gives, as archives and crawls file pages by
    /// day (".../2010-04-20/page.txt", ".../2010/04/20/page.html").
    /// </summary>
    private static Article DatedByPath(Article article, string file) =>
        article.Published is null && Metadata.DateText.FromUrl(file.Replace('\\', '/')) is { } date ? article with { Published = date } : article;

    private static Article? NonEmpty(Article article, string file, Action<IngestWarning> warn, string message)
    {
        if (article.Paragraphs.Count > 0)
        {
            return article;
        }
        warn(new IngestWarning(file, null, message));
        return null;
    }

    /// <summary>
    /// Reads a single-document file with the checks every kind shares: empty, too large, unreadable, and data problems
    /// (<see cref="RoundupException"/>) become warnings and a skipped file.
    /// </summary>
    private static T? Guarded<T>(string file, Action<IngestWarning> warn, long maxBytes, string kind, Func<byte[], T?> parse, string advice = "")
        where T : class
    {
        try
        {
            // The size of the file a link points to; a pipe or device named directly has none, and is read up to the limit.
            var status = FileStatus.Of(file);
            long? length = status.Kind == FileKind.Regular ? status.Size : null;
            var bytes = length > maxBytes ? null : ReadAtMost(file, maxBytes);
            if (bytes is null)
            {
                var size = length is { } known ? $"is {known / (1024.0 * 1024):0.0} MB," : "holds";
                warn(new IngestWarning(file, null,
                    $"file {size} more than the {maxBytes / (1024 * 1024)} MB {kind} may have; skipped{advice}."));
                return null;
            }
            if (bytes.Length == 0)
            {
                warn(new IngestWarning(file, null, "file is empty; skipped."));
                return null;
            }
            return parse(bytes);
        }
        catch (RoundupException e)
        {
            warn(new IngestWarning(file, null, StripPath(e.Message, file)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            warn(new IngestWarning(file, null, $"cannot be read ({e.Message}); skipped."));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A defect met on one file must not lose the files beside it; it is reported so that it gets fixed.
            warn(new IngestWarning(file, null, $"could not be read: unexpected {e.GetType().Name} ({e.Message}); skipped. Please report it with this file."));
        }
        return null;
    }

    /// <summary>The file's bytes, or null when it holds more than <paramref name="maxBytes"/> (it may have grown, or never end).</summary>
    private static byte[]? ReadAtMost(string file, long maxBytes)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
        using var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static string StripPath(string message, string file) =>
        message.StartsWith(file + " ", StringComparison.Ordinal) ? message[(file.Length + 1)..] : message;
}

/// <summary>What reading a URL gave: whether it changed, its articles, and the validators to send next time.</summary>
/// <param name="Modified">False when the server said it had not changed since the validators sent.</param>
/// <param name="Articles">Its articles (none when not modified).</param>
/// <param name="Validators">Its ETag and Last-Modified, for the next conditional request.</param>
public sealed record UrlRead(bool Modified, IReadOnlyList<Article> Articles, UrlValidators Validators);
