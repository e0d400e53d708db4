using System.Text.Json;
using Roundup.Model;

namespace Roundup.Output;

/// <summary>The output formats of <c>roundup extract</c>.</summary>
public enum ArticleFormat
{
    /// <summary>One JSON object a line, an article as soon as it is read.</summary>
    Jsonl,

    /// <summary>One JSON array of every article, written at the end.</summary>
    Json,

    /// <summary>Metadata lines and the text, for reading.</summary>
    Text,
}

/// <summary>
/// Writes extracted articles in input order. JSON fields: <c>path, id, url, outlet, title, published, authors,
/// language, text</c> (paragraphs separated by a blank line).
/// </summary>
/// <param name="format">The format to write.</param>
/// <param name="output">Where to write.</param>
public sealed class ArticleWriter(ArticleFormat format, TextWriter output)
{
    private readonly JsonRecords _json = new(output, lines: format == ArticleFormat.Jsonl);

    /// <summary>Articles written so far.</summary>
    public int Count { get; private set; }

    /// <summary>Writes one article.</summary>
    public void Write(Article article)
    {
        Count++;
        if (format != ArticleFormat.Text)
        {
            _json.Add(ToRecord(article));
            return;
        }
        output.WriteLine($"== {article.Path}");
        output.WriteLine($"title: {article.Title}");
        output.WriteLine($"outlet: {BriefWriter.OutletOrFile(article)}  published: {JsonText.Iso(article.Published)}  url: {article.Url}");
        if (article.Authors.Count > 0)
        {
            output.WriteLine($"authors: {string.Join(", ", article.Authors)}");
        }
        output.WriteLine();
        output.WriteLine(string.Join("\n\n", article.Paragraphs));
        output.WriteLine();
    }

    /// <summary>Ends the output (the JSON array).</summary>
    public void Complete()
    {
        if (format == ArticleFormat.Json)
        {
            output.WriteLine(JsonSerializer.Serialize(_json.Collected, JsonText.Indented));
        }
    }

    private static object ToRecord(Article a) => new
    {
        path = a.Path,
        id = a.Id,
        url = a.Url,
        outlet = a.Outlet,
        title = a.Title,
        published = JsonText.Iso(a.Published),
        authors = a.Authors,
        language = a.Language,
        text = string.Join("\n\n", a.Paragraphs),
    };
}
