using System.Net;
using System.Text.RegularExpressions;
using Roundup.Ingest.Metadata;
using Roundup.Ingest.PlainText;
using Roundup.Model;
using Roundup.Text;

namespace Roundup.Ingest.Sgml;

/// <summary>
/// News corpora in the SGML of TREC and the LDC (TIPSTER, TDT, DUC, AQUAINT, Gigaword, TAC): a file holds one or more
/// <c>&lt;DOC&gt;</c> elements, each with a document number (<c>&lt;DOCNO&gt;</c> or an <c>id</c> attribute), maybe a
/// headline, a date and a dateline, and its text in <c>&lt;TEXT&gt;</c>: <c>&lt;P&gt;</c> paragraphs or hard-wrapped
/// lines. Read as plain text, the markup would open the first sentence and every wrapped line would be a paragraph.
/// </summary>
internal static partial class NewswireDocuments
{
    private static readonly string[] NumberTags = ["DOCNO", "DOCID"];
    private static readonly string[] HeadlineTags = ["HEADLINE", "HL", "HEAD", "TITLE"];
    private static readonly string[] DateTags = ["DATE_TIME", "DATE", "PUBDATE"];

    /// <summary>A document number is a short code; a longer one is an unclosed tag running on into the text.</summary>
    private const int MaxNumberChars = 100;

    /// <summary>A start tag this long at most: the reader never looks further for a tag's closing '&gt;'.</summary>
    private const int MaxTagChars = 500;

    /// <summary>
    /// True when the text opens (after white space, an XML declaration and the <c>&lt;DOCSTREAM&gt;</c> that wraps
    /// AQUAINT-2 and TAC files) with a <c>&lt;DOC&gt;</c> element.
    /// </summary>
    public static bool Recognizes(string text)
    {
        var start = text.AsSpan().TrimStart('\uFEFF').TrimStart();
        foreach (var wrapper in new[] { "<?xml", "<DOCSTREAM" })
        {
            if (start.StartsWith(wrapper, StringComparison.OrdinalIgnoreCase) && start.IndexOf('>') is int end and > 0 && end < MaxTagChars)
            {
                start = start[(end + 1)..].TrimStart();
            }
        }
        return start.Length > 4 && start.StartsWith("<DOC", StringComparison.OrdinalIgnoreCase) && (start[4] == '>' || char.IsWhiteSpace(start[4]));
    }

    /// <summary>
    /// The documents of a file, in order. A document without text is reported and skipped; a document whose
    /// <c>&lt;/DOC&gt;</c> is missing ends where the next begins (reported once).
    /// </summary>
    public static List<Article> Read(string text, string path, Action<IngestWarning> warn)
    {
        var articles = new List<Article>();
        bool unterminatedSaid = false;
        // The next end tag, looked up again only once passed: a file of unclosed documents is read in linear time.
        int close = -2;
        int at = FindStart(text, "DOC", 0);
        while (at >= 0)
        {
            int open = TagEnd(text, at);
            if (open < 0)
            {
                break;
            }
            if (close != -1 && close < open)
            {
                close = text.IndexOf("</DOC>", open, StringComparison.OrdinalIgnoreCase);
            }
            int next = FindStart(text, "DOC", open);
            int end = close >= 0 && (next < 0 || close < next) ? close : next >= 0 ? next : text.Length;
            if (end != close && !unterminatedSaid)
            {
                warn(new IngestWarning(path, null, "a <DOC> element is not closed by </DOC>; it is read up to the next <DOC> or the end of the file."));
                unterminatedSaid = true;
            }
            var body = text[open..end];
            var article = Document(body, Number(text[at..open], body) ?? $"{Path.GetFileName(path)}#{articles.Count + 1}", path);
            if (article.Paragraphs.Count > 0)
            {
                articles.Add(article);
            }
            else
            {
                warn(new IngestWarning(path, null, $"document {article.Id} has no text; skipped."));
            }
            at = next >= end ? next : FindStart(text, "DOC", end);
        }
        return articles;
    }

    private static Article Document(string body, string id, string path)
    {
        var title = FirstElement(body, HeadlineTags) is { } headline ? Inline(headline) : null;
        var published = FirstElement(body, DateTags) is { } date ? DateText.Parse(Inline(date)) ?? DateText.FromDocumentNumber(date) : null;
        published ??= DateText.FromDocumentNumber(id);
        string? place = FirstElement(body, ["DATELINE"]) is { } given ? Inline(given).TrimEnd(',', ' ') : null;
        var paragraphs = Elements(body, "TEXT").SelectMany(Paragraphs).ToList();
        string? agency = null;
        if (paragraphs.Count > 0 && DatelineParser.Parse(paragraphs[0]) is { } dateline && dateline.Length < paragraphs[0].Length)
        {
            paragraphs[0] = paragraphs[0][dateline.Length..].TrimStart();
            place ??= dateline.Place;
            agency = dateline.Agency;
        }
        return new Article(id, path, Source(id), string.IsNullOrEmpty(title) ? null : title, published, null,
            string.IsNullOrEmpty(place) ? null : place, agency, paragraphs);
    }

    /// <summary>
    /// The paragraphs of one <c>&lt;TEXT&gt;</c>: its <c>&lt;P&gt;</c> elements when it has them, else the blocks its
    /// layout marks (blank lines, indented first lines, hard wrapping joined); then the furniture a wire story may
    /// carry (bylines, date lines, repeats) goes as in plain text.
    /// </summary>
    private static List<string> Paragraphs(string text)
    {
        // Decided for the whole text: a paragraph may only close ('') a quotation another one opened (``).
        text = TexQuotes(text);
        var paragraphs = ParagraphTag().IsMatch(text)
            ? PlainTextParser.Body(ParagraphTag().Split(text).Select(Inline).Where(p => p.Length > 0).ToList())
            : PlainTextParser.Body(Entities(Tag().Replace(text, " ")));
        // Wire copy of the time typed the dash as an underscore between spaces ("the vote _ the first in years _ was").
        return paragraphs.ConvertAll(p => p.Replace(" _ ", " — ", StringComparison.Ordinal));
    }

    /// <summary>Markup and entities out, white space collapsed: the text of a one-line element or a paragraph.</summary>
    private static string Inline(string markup) => Whitespace.Normalize(Entities(Tag().Replace(TexQuotes(markup), " ")));

    /// <summary>Corpora of news agencies write quotation marks TeX-style: ``like this''.</summary>
    private static string TexQuotes(string text) =>
        text.Contains("``", StringComparison.Ordinal) ? text.Replace("``", "“", StringComparison.Ordinal).Replace("''", "”", StringComparison.Ordinal) : text;

    /// <summary>
    /// Entities decoded in either case (<c>&amp;AMP;</c>, <c>&amp;amp;</c>, numeric); an unknown upper-case one is
    /// a typesetting code of the wire (<c>&amp;UR;</c>, <c>&amp;QL;</c>) and goes; any other is left as written.
    /// </summary>
    private static string Entities(string text) =>
        !text.Contains('&') ? text : Entity().Replace(text, m =>
        {
            var name = m.Groups[1].Value;
            var decoded = WebUtility.HtmlDecode(name[0] == '#' ? m.Value : "&" + name.ToLowerInvariant() + ";");
            if (decoded != "&" + name.ToLowerInvariant() + ";")
            {
                return decoded;
            }
            return name.All(char.IsUpper) ? "" : m.Value;
        });

    /// <summary>The source code that opens a corpus document number ("APW" of "APW19981016.0240", "AFP" of "AFP_ENG_20050101.0001").</summary>
    private static string? Source(string id) => SourceCode().Match(id) is { Success: true } m ? m.Groups["source"].Value.ToUpperInvariant() : null;

    private static string? Number(string startTag, string body)
    {
        if (IdAttribute().Match(startTag) is { Success: true } attribute)
        {
            return attribute.Groups[1].Value.Trim();
        }
        return FirstElement(body, NumberTags) is { } number && Inline(number) is { Length: > 0 and <= MaxNumberChars } clean ? clean : null;
    }

    private static string? FirstElement(string body, string[] tags)
    {
        foreach (var tag in tags)
        {
            if (Elements(body, tag).FirstOrDefault() is { } content)
            {
                return content;
            }
        }
        return null;
    }

    /// <summary>The contents of each <c>&lt;tag …&gt;…&lt;/tag&gt;</c> in <paramref name="body"/>, in order; an unclosed one runs to the end.</summary>
    private static IEnumerable<string> Elements(string body, string tag)
    {
        int at = FindStart(body, tag, 0);
        while (at >= 0)
        {
            int open = TagEnd(body, at);
            if (open < 0)
            {
                yield break;
            }
            int close = body.IndexOf("</" + tag + ">", open, StringComparison.OrdinalIgnoreCase);
            if (close < 0)
            {
                yield return body[open..]; // unclosed: the rest is its content, and no element follows it
                yield break;
            }
            yield return body[open..close];
            at = FindStart(body, tag, close);
        }
    }

    /// <summary>Where the next start tag <c>&lt;tag&gt;</c> or <c>&lt;tag attributes&gt;</c> begins, or -1 (not <c>&lt;tagNO&gt;</c>).</summary>
    private static int FindStart(string text, string tag, int from)
    {
        while (from < text.Length)
        {
            int at = text.IndexOf("<" + tag, from, StringComparison.OrdinalIgnoreCase);
            int after = at + tag.Length + 1;
            if (at < 0 || after >= text.Length)
            {
                return -1;
            }
            if (text[after] == '>' || char.IsWhiteSpace(text[after]))
            {
                return at;
            }
            from = after;
        }
        return -1;
    }

    /// <summary>The index just after the '&gt;' closing the tag that begins at <paramref name="at"/>, or -1.</summary>
    private static int TagEnd(string text, int at)
    {
        int close = text.IndexOf('>', at, Math.Min(MaxTagChars, text.Length - at));
        return close < 0 ? -1 : close + 1;
    }

    [GeneratedRegex(@"<[A-Za-z/!?][^<>]{0,500}>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"</?P\b[^<>]{0,500}>", RegexOptions.IgnoreCase)]
    private static partial Regex ParagraphTag();

    [GeneratedRegex(@"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,15});")]
    private static partial Regex Entity();

    [GeneratedRegex(@"\b(?:id|docid)\s*=\s*[""']([^""'<>]{1,200})[""']", RegexOptions.IgnoreCase)]
    private static partial Regex IdAttribute();

    [GeneratedRegex(@"^(?<source>[A-Za-z]{2,6})(?:_[A-Za-z]{2,4})?_?(?:19|20)[0-9]{6}")]
    private static partial Regex SourceCode();
}
