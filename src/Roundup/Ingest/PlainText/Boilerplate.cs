using System.Text.RegularExpressions;
using Roundup.Text;

namespace Roundup.Ingest.PlainText;

/// <summary>
/// General tests for lines that are page furniture rather than article text. None of them names a
/// particular site: they look at the shape of a line (numbers only, a few words without sentence
/// punctuation, a credit in brackets) and at markers that mean the same thing on every site
/// (reading time, share and navigation labels, copyright).
/// </summary>
internal static partial class Boilerplate
{
    /// <summary>Lines of at most this many words without sentence punctuation are labels or headings, not prose.</summary>
    public const int MaxLabelWords = 8;

    [GeneratedRegex(@"^[\d\s.,:;/|#*+•·–—-]*$")]
    private static partial Regex NumbersAndPunctuation();

    [GeneratedRegex(@"^(?:reading time:?\s*)?\d+\s*(?:-\s*\d+\s*)?(?:min|mins|minutes?|m)\.?(?:\s+(?:read|reading|to read|listen))?$|^(?:read(?:ing)? time:?\s*)\d+", RegexOptions.IgnoreCase)]
    private static partial Regex ReadingTime();

    /// <summary>Labels that mean navigation, promotion or sharing on any news site.</summary>
    [GeneratedRegex(@"^(?:advertisement|advertising|sponsored(?: content)?|share(?: this| on \w+| article| story)?|tweet|email|print|comments?|\d+ comments?|read more|more stories|related(?: stories| articles| content| news)?|recommended|trending|top stories|most read|most popular|latest news|breaking news|subscribe|sign up|log ?in|follow us.*|click here.*|skip to .*|image|photo|video|watch|listen|copyright.*|©.*|all rights reserved.*|back to top|next article|previous article|see also|also read.*|read also.*|you may also like|home)\.?:?$", RegexOptions.IgnoreCase)]
    private static partial Regex NavigationLabel();

    /// <summary>
    /// A trailing credit or a leading "Photo:" mark a picture caption: in parentheses with a credit word, or in square
    /// brackets naming who took or supplied the picture ("[Getty Images]", "[AFP/Reuters]", "[John Smith/AP]") — every
    /// word capitalised. A bracket with other words is an editor's insertion in a quote ("… told reporters [in
    /// Berlin].") and stays.
    /// </summary>
    [GeneratedRegex(@"(?:\((?:[^()]*\b(?:photo|photograph|picture|image|video|file|credit|courtesy)\b[^()]*)\)|\[(?:[^\[\]]*\b(?:photo|photograph|picture|image|video|file|credit|courtesy)\b[^\[\]]*)\]|\b(?:Getty Images|AFP Photo|Reuters/[\p{L} ]+|AP Photo[^.]*))\s*\.?$|^(?:photo|photograph|picture|image|file photo|credit|caption)\s*[:|/-]", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionCredit();

    /// <summary>A bracketed credit of capitalised names: "[Getty Images]", "[AFP/Reuters]", "[John Smith / AP]".</summary>
    [GeneratedRegex(@"\[\s*\p{Lu}[\p{L}\p{N}.'’&-]*(?:\s*(?:/|\s)\s*\p{Lu}[\p{L}\p{N}.'’&-]*){0,5}\s*\]\s*\.?$")]
    private static partial Regex BracketedNames();

    [GeneratedRegex(@"^(?:https?://|www\.)\S+$", RegexOptions.IgnoreCase)]
    private static partial Regex BareUrl();

    [GeneratedRegex(@"^(?:https?\s*:\s*/\s*/|www\s+\.|www\.\s)", RegexOptions.IgnoreCase)]
    private static partial Regex SpacedUrlStart();

    [GeneratedRegex(@"\s*([:/.\-_?=&%#~+,;@!])\s*")]
    private static partial Regex SpacedUrlPunctuation();

    [GeneratedRegex(@"^by\s+\p{Lu}[\p{L}.'’-]+(?:\s+(?:\p{Lu}[\p{L}.'’-]+|and|&|de|van|von|al|el|bin))*(?:\s*[,|]\s*.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Byline();

    public static bool IsNumbersOnly(string line) => NumbersAndPunctuation().IsMatch(line);

    /// <summary>
    /// A note from the wire's desk to the papers that print it, set apart in parentheses and capitals: "(STORY CAN END
    /// HERE. OPTIONAL 2ND TAKE FOLLOWS.)", "(MORE)", "(EDITORS: ADDS BYLINE)". Prose is never all capitals.
    /// </summary>
    public static bool IsEditorsNote(string line)
    {
        var t = line.AsSpan().Trim();
        if (t.Length < 3 || t[0] is not ('(' or '[') || t[^1] is not (')' or ']'))
        {
            return false;
        }
        bool letters = false;
        foreach (char c in t)
        {
            if (char.IsLower(c))
            {
                return false;
            }
            letters |= char.IsLetter(c);
        }
        return letters;
    }

    public static bool IsReadingTime(string line) => ReadingTime().IsMatch(line.Trim());

    /// <summary>Navigation labels are short; longer lines are never tested against the label list.</summary>
    private const int MaxNavigationLabelLength = 60;

    public static bool IsNavigationLabel(string line) =>
        (line.Length <= MaxNavigationLabelLength && NavigationLabel().IsMatch(line.Trim())) || IsBreadcrumb(line);

    private static readonly System.Buffers.SearchValues<char> BreadcrumbSeparators = System.Buffers.SearchValues.Create("|›»>/•·");

    /// <summary>"Home | World | Middle East", "News › Politics": short items between separators.</summary>
    public static bool IsBreadcrumb(string line)
    {
        var span = line.AsSpan();
        int first = span.IndexOfAny(BreadcrumbSeparators);
        if (first < 0 || span[(first + 1)..].IndexOfAny(BreadcrumbSeparators) < 0)
        {
            return false; // fewer than two separators: fewer than three items
        }
        var parts = line.Split(['|', '›', '»', '>', '/', '•', '·'], StringSplitOptions.TrimEntries);
        return parts.Length >= 3 && parts.All(p => WordCounter.Count(p) <= 4) && !EndsLikeSentence(line);
    }

    public static bool IsCaption(string line)
    {
        var t = line.AsSpan().Trim().TrimEnd('.');
        if (t.IsEmpty)
        {
            return false;
        }
        // Cheap gate before the regex: a caption ends with a bracketed credit, names a photo agency, or opens with a label.
        bool candidate = t[^1] is ')' or ']'
            || t.Contains("Getty", StringComparison.Ordinal) || t.Contains("Photo", StringComparison.OrdinalIgnoreCase)
            || t.Contains("Reuters/", StringComparison.Ordinal) || t.Contains("Image", StringComparison.OrdinalIgnoreCase)
            || t.Contains("Credit", StringComparison.OrdinalIgnoreCase) || t.Contains("Caption", StringComparison.OrdinalIgnoreCase)
            || t.Contains("Picture", StringComparison.OrdinalIgnoreCase);
        return candidate && (CaptionCredit().IsMatch(line.Trim()) || BracketedNames().IsMatch(line.Trim()));
    }

    public static bool IsBareUrl(string line) => AsBareUrl(line) is not null;

    /// <summary>
    /// The URL a line consists of, or null. Tokenised corpora (ECB+, LDC releases) write URLs with spaces around
    /// their punctuation — "http: / / www. upi. com / Top _ News / 2004 / 07 / 28 / ..." — which is closed up again.
    /// </summary>
    public static string? AsBareUrl(string line)
    {
        var trimmed = line.Trim();
        if (BareUrl().IsMatch(trimmed))
        {
            return trimmed;
        }
        if (!SpacedUrlStart().IsMatch(trimmed))
        {
            return null;
        }
        var closed = SpacedUrlPunctuation().Replace(trimmed, "$1");
        return BareUrl().IsMatch(closed) ? closed : null;
    }

    /// <summary>"By Jane Doe" or "By Jane Doe, Reuters": short, capitalised names after "By".</summary>
    public static bool IsByline(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length <= 80 && Byline().IsMatch(trimmed) && !EndsLikeSentence(trimmed);
    }

    /// <summary>True when the line ends as a sentence does: terminal punctuation, perhaps inside quotes or brackets.</summary>
    public static bool EndsLikeSentence(string line) => SentenceSplitter.EndsLikeSentence(line);

    /// <summary>A short line without sentence punctuation: a label, heading or menu entry.</summary>
    public static bool IsLabel(string line) =>
        !EndsLikeSentence(line) && WordCounter.Count(line) <= MaxLabelWords;
}
