using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Roundup.Ingest.Html;

/// <summary>
/// What a page's markup says about an element before its text is read: its tag, its role and the words in its class
/// and id ("article-body" is content, "share-bar" furniture), as publishers name their templates the world over.
/// </summary>
internal static partial class ElementHints
{
    /// <summary>
    /// An element named like furniture but holding at least this much text, and named like content too, is kept:
    /// a block of several paragraphs is not a share bar.
    /// </summary>
    private const int MinProseCharsInMixedHint = 200;

    /// <summary>Prose paragraphs that make a furniture-named block inside the marked article body part of it.</summary>
    private const int MinProseParagraphsInMarkedBody = 2;

    /// <summary>
    /// Bonus (or penalty) of a class or id that names content ("article-body") or furniture ("sidebar"): as strong as
    /// the text of a few paragraphs, weaker than a whole article's.
    /// </summary>
    private const double ClassHintScore = 25;

    [GeneratedRegex(@"comment|share|sharing|social|related|recommend|promo|advert|(?<![a-z])(?<!non-)(?<!no-)ads?(?![a-z])|sponsor|cookie|consent|gdpr|newsletter|subscribe|signup|sidebar|footer|(?<![a-z])nav(?![a-z])|navbar|navigation|menu|breadcrumb|popup|modal|outbrain|taboola|(?<![a-z-])widget(?![a-z-])|toolbar|masthead|pagination|disclaimer|byline|author-info|caption|credit|(?<![a-z])tags(?![a-z])|more-stories|read-more|trending|most-popular|paywall|banner|author-?box|about-?the-?author|author-?bio|saboxplugin|(?<![a-z])(button|btn)(?![a-z])", RegexOptions.IgnoreCase)]
    private static partial Regex NegativeHint();

    [GeneratedRegex(@"article|body|content|entry|main|post|story|text|prose|blog", RegexOptions.IgnoreCase)]
    private static partial Regex PositiveHint();

    /// <summary>A prose paragraph is longer than this, in chars: a sentence or two, not a label or a teaser.</summary>
    private const int MinProseChars = 80;

    /// <summary>... and at most this share of its text is link text (a teaser list is mostly links).</summary>
    private const double MaxProseLinkDensity = 0.25;

    /// <summary>
    /// A paragraph of running prose: long enough, few links, and at least one sentence break. Such paragraphs are
    /// the article wherever they stand.
    /// </summary>
    public static bool IsProseParagraph(IElement element, TextStats stats) =>
        element.LocalName == "p" && stats.TextLength(element) > MinProseChars && stats.LinkDensity(element) < MaxProseLinkDensity
        && element.TextContent.Contains(". ", StringComparison.Ordinal);

    /// <summary>
    /// Page furniture by its role, hidden state or class/id (navigation, sharing, ads, newsletters …), unless it holds
    /// the prose of the marked article body or is named like content too and holds much text.
    /// </summary>
    public static bool IsFurniture(IElement element, TextStats stats)
    {
        if (element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true")
        {
            return true;
        }
        var role = element.GetAttribute("role");
        if (role is "navigation" or "complementary" or "contentinfo" or "banner" or "search" or "dialog")
        {
            return true;
        }
        var hints = Hints(element);
        if (!NegativeHint().IsMatch(hints))
        {
            return false;
        }
        // Inside the body the publisher marks with microdata, a block of prose is the article whatever its name: the
        // text behind a "paywall" is in the page, only hidden by script.
        if (element.Closest("[itemprop~=articleBody]") is not null && element.QuerySelectorAll("p").Count(p => IsProseParagraph(p, stats)) >= MinProseParagraphsInMarkedBody)
        {
            return false;
        }
        // An element named both ways ("article-content share-bar") is only removed when it holds little prose.
        if (PositiveHint().IsMatch(hints) && stats.TextLength(element) >= MinProseCharsInMixedHint && element.LocalName is not ("ul" or "ol"))
        {
            return false;
        }
        // Nor is a wrapper named like furniture ("socialicons-sticky", "WideBannerPlaceHolder") around an element named
        // like content that holds the prose: the name describes what sits beside the article, not the article.
        return !WrapsNamedContent(element, stats);
    }

    private static bool WrapsNamedContent(IElement element, TextStats stats)
    {
        if (element.LocalName is "ul" or "ol" || stats.TextLength(element) < MinProseCharsInMixedHint)
        {
            return false;
        }
        // Count, for each element named like content (and not like furniture) below this one, the prose paragraphs
        // it holds at any depth: two in one such element make it the article's.
        var held = new Dictionary<IElement, int>();
        foreach (var paragraph in element.QuerySelectorAll("p").Where(p => IsProseParagraph(p, stats)))
        {
            for (var e = paragraph.ParentElement; e is not null && e != element; e = e.ParentElement)
            {
                var hints = Hints(e);
                if (PositiveHint().IsMatch(hints) && !NegativeHint().IsMatch(hints))
                {
                    held[e] = held.GetValueOrDefault(e) + 1;
                    if (held[e] >= MinProseParagraphsInMarkedBody)
                    {
                        return true;
                    }
                    break;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// The words of an element's class and id, less layout modifiers: "with-sidebar-right", "has-comments",
    /// "no-sidebar", "non-paywall" and "below-banner" say what a page wrapper holds, lacks or follows, not that it is
    /// a sidebar, a comment thread, a paywall or a banner.
    /// </summary>
    private static string Hints(IElement element)
    {
        var words = $"{element.GetAttribute("class")} {element.Id}".Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Where(w => !LayoutModifier().IsMatch(w)));
    }

    [GeneratedRegex(@"(?:^|[-_])(?:with|has|no|non|without|below|above|after|before|under)[-_]", RegexOptions.IgnoreCase)]
    private static partial Regex LayoutModifier();

    /// <summary>The score an element starts from before its prose counts: its kind, and what its class or id names.</summary>
    public static double Score(IElement element)
    {
        var hints = Hints(element);
        // The element's own kind first: an <article> or <main> is declared content, <body> the whole page.
        double score = element.LocalName switch
        {
            "article" => 10,
            "main" => 5,
            "div" => 0,
            "section" => 0,
            "td" => 3,
            "body" => -5,
            _ => -2,
        };
        if (PositiveHint().IsMatch(hints))
        {
            score += ClassHintScore;
        }
        if (NegativeHint().IsMatch(hints))
        {
            score -= ClassHintScore;
        }
        return score;
    }
}
