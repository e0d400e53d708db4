namespace Roundup.Model;

/// <summary>
/// One news report after ingest: metadata plus clean body paragraphs. Built once by
/// <see cref="Ingest.CorpusReader"/>; later stages never re-parse the raw text.
/// </summary>
/// <param name="Id">Stable identifier: the input's own id (JSON Lines), else the file name.</param>
/// <param name="Path">The file the article came from.</param>
/// <param name="Outlet">Publishing outlet: the page's site name, the URL host or a self-reference in the text; null when nothing names it.</param>
/// <param name="Title">Headline, or null when the input has none.</param>
/// <param name="Published">Publication date when it can be found.</param>
/// <param name="Url">Canonical URL when the input names one.</param>
/// <param name="Dateline">Place dateline removed from the first paragraph ("PALMYRA, Syria").</param>
/// <param name="Agency">News agency named in the dateline ("AFP").</param>
/// <param name="Paragraphs">Body paragraphs, boilerplate removed, in reading order.</param>
public sealed record Article(
    string Id,
    string Path,
    string? Outlet,
    string? Title,
    DateOnly? Published,
    string? Url,
    string? Dateline,
    string? Agency,
    IReadOnlyList<string> Paragraphs)
{
    /// <summary>Authors named by the page (HTML metadata), if any.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>Language of the page (BCP 47, e.g. "en"), when the page says.</summary>
    public string? Language { get; init; }

    /// <summary>Body word count (whitespace-separated tokens).</summary>
    public int Words => Paragraphs.Sum(Text.WordCounter.Count);
}
