using System.Text.RegularExpressions;

namespace Roundup.Ingest.Html;

/// <summary>
/// What a publication says about itself at the end of an article: a copyright notice ("This article is the
/// copyrighted property of …", "© 2020 …, all rights reserved") or a call to subscribe or to follow ("Subscribe now to
/// our edition", "If you enjoyed reading this post …"). It closes the page, not the story.
/// </summary>
internal static partial class HouseNotices
{
    /// <summary>Only the last paragraphs are read so: inside an article the same words are part of its story.</summary>
    private const int TrailingParagraphs = 2;

    /// <summary>A notice is a line or two; a longer paragraph that mentions copyright is prose about it.</summary>
    private const int MaxNoticeChars = 300;

    [GeneratedRegex(@"\bcopyrighted property\b|\bcopyright\s*(©|\(c\)|\d{4})|©\s*\d{4}|\ball rights reserved\b|\balle rechte vorbehalten\b|\btous droits réservés\b|\bsubscribe (now|today|to)\b|\bjetzt abonnieren\b|\bif you (enjoyed|liked) (reading )?this\b|\bdownload (our|the) .{0,40}\bapps?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Notice();

    /// <summary>The paragraphs less the notices among the last <see cref="TrailingParagraphs"/>.</summary>
    public static List<string> DropTrailing(List<string> paragraphs)
    {
        int keep = paragraphs.Count;
        while (keep > 1 && paragraphs.Count - keep < TrailingParagraphs && IsNotice(paragraphs[keep - 1]))
        {
            keep--;
        }
        return keep == paragraphs.Count ? paragraphs : paragraphs.GetRange(0, keep);
    }

    private static bool IsNotice(string paragraph) => paragraph.Length <= MaxNoticeChars && Notice().IsMatch(paragraph);
}
