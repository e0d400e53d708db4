using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Roundup.Text;

namespace Roundup.Ingest.Html;

/// <summary>Where the page itself says which blocks are its article: blocks of the winner's markup, a microdata body, a headlined &lt;article&gt;.</summary>
internal static partial class HtmlArticleExtractor
{
    /// <summary>
    /// An article split into several blocks of the same markup — its text interrupted by full-width figures or pull
    /// quotes, each block in its own section — is collected whole: other elements with the winner's tag and class
    /// that hold prose of their own join the containers, in document order.
    /// </summary>
    private static List<IElement> WithSameClassBlocks(List<IElement> containers, IElement best, TextStats stats)
    {
        var className = best.GetAttribute("class");
        if (string.IsNullOrWhiteSpace(className))
        {
            return containers;
        }
        // By tag name, not a selector: a tag name from a broken page need not be a valid selector.
        var twins = best.Owner!.GetElementsByTagName(best.LocalName)
            .Where(e => e != best && e.GetAttribute("class") == className
                && !containers.Any(c => c.Contains(e) || e.Contains(c))
                && e.QuerySelectorAll("p").Any(p => ElementHints.IsProseParagraph(p, stats)))
            .ToList();
        if (twins.Count == 0)
        {
            return containers;
        }
        var all = new HashSet<IElement>(containers.Concat(twins));
        return best.Owner.QuerySelectorAll("*").Where(all.Contains).ToList();
    }

    /// <summary>Least text, in chars, of an element marked as the article body for the mark to be trusted.</summary>
    private const int MinMarkedBodyChars = 250;

    /// <summary>
    /// The element a page marks as its article body with schema.org microdata (<c>itemprop="articleBody"</c>), when
    /// exactly one is marked and it holds real text: the publisher's own statement beats any score (it excludes the
    /// tickers and teaser lists that sit beside a short article and outscore it).
    /// </summary>
    private static IElement? MarkedArticleBody(IHtmlElement body, TextStats stats)
    {
        var marked = body.QuerySelectorAll("[itemprop~=articleBody]").ToList();
        return marked.Count == 1 && stats.TextLength(marked[0]) >= MinMarkedBodyChars ? marked[0] : null;
    }

    /// <summary>Least text, in chars, of a lead shown above the marked body: a sentence or two, not a kicker.</summary>
    private const int MinLeadChars = 80;

    /// <summary>
    /// The lead a page shows above the body it marks with microdata: the one visible element of the same article
    /// (<c>itemscope</c>) marked as its <c>description</c>, before the body and holding some prose — the standfirst
    /// that a news template sets apart from the body ("teaser-text", "excerpt"). Null when there is none, or several.
    /// </summary>
    private static IElement? MarkedLead(IElement markedBody, TextStats stats)
    {
        if (markedBody.ParentElement?.Closest("[itemscope]") is not { } scope)
        {
            return null;
        }
        var leads = scope.QuerySelectorAll("[itemprop~=description]")
            .Where(d => d.LocalName != "meta" && !d.Contains(markedBody) && !markedBody.Contains(d)
                && d.CompareDocumentPosition(markedBody).HasFlag(DocumentPositions.Following)
                && d.ParentElement?.Closest("[itemscope]") == scope)
            .ToList();
        return leads.Count == 1 && stats.TextLength(leads[0]) >= MinLeadChars ? leads[0] : null;
    }

    /// <summary>How far above the article's first container a lead may share an ancestor with it: a header beside the body.</summary>
    private const int MaxLeadDistance = 4;

    /// <summary>
    /// The lead a template sets apart above the article, named so in its class or id ("entry-excerpt", "chapo",
    /// "article-intro", "lead", "standfirst"): the one such element before the first container and near it (sharing
    /// an ancestor at most <see cref="MaxLeadDistance"/> levels up), holding prose with few links. Null when there is
    /// none, or several (a list of teasers).
    /// </summary>
    private static IElement? NamedLead(List<IElement> containers, TextStats stats)
    {
        var first = containers[0];
        var region = first;
        for (int up = 0; up < MaxLeadDistance && region.ParentElement is { } parent && parent.LocalName != "body"; up++)
        {
            region = parent;
        }
        var leads = region.QuerySelectorAll("[class],[id]")
            .Where(e => LeadHint().IsMatch($"{e.GetAttribute("class")} {e.Id}")
                && e.CompareDocumentPosition(first).HasFlag(DocumentPositions.Following)
                && !e.Contains(first) && !containers.Exists(c => c.Contains(e))
                && stats.LinkDensity(e) < MaxLeadLinkDensity && HoldsProseRun(e))
            .ToList();
        // A lead inside another candidate is the same lead named twice ("intro" › "intro-text").
        leads.RemoveAll(e => leads.Exists(o => o != e && o.Contains(e)));
        return leads.Count == 1 ? leads[0] : null;
    }

    /// <summary>
    /// True when one run of text in the element (its own, or one descendant's, not the headline's) is a sentence or two
    /// long: a header of a category, the headline, an author and a date adds up to as many characters without being a
    /// lead (a subheadline in an h2 may be one).
    /// </summary>
    private static bool HoldsProseRun(IElement element) =>
        element.DescendantsAndSelf<IElement>().Any(d => d.LocalName != "h1" && DirectTextLength(d) >= MinLeadChars);

    /// <summary>Elements after the headline searched for its lead: the standfirst follows the headline closely.</summary>
    private const int MaxLeadSiblings = 3;

    /// <summary>
    /// The lead set right under the page's headline (the &lt;h1&gt; or &lt;h2&gt; that reads as the page's title), above
    /// the article's first container: the first of the few elements after the headline that is a paragraph of prose
    /// with few links. Null when none is, or when the article begins first.
    /// </summary>
    private static IElement? HeadlineLead(IHtmlElement body, List<IElement> containers, string? title, TextStats stats)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }
        var first = containers[0];
        var headline = body.QuerySelectorAll("h1,h2").FirstOrDefault(h => Whitespace.Normalize(h.TextContent) == title
            && h.CompareDocumentPosition(first).HasFlag(DocumentPositions.Following) && !containers.Exists(c => c.Contains(h)));
        int seen = 0;
        for (var next = headline?.NextElementSibling; next is not null && seen < MaxLeadSiblings; next = next.NextElementSibling, seen++)
        {
            if (next.Contains(first) || containers.Exists(c => c.Contains(next)))
            {
                return null;
            }
            if (next.LocalName is "p" or "div" && DirectTextLength(next) >= MinLeadChars && stats.LinkDensity(next) < MaxLeadLinkDensity)
            {
                return next;
            }
        }
        return null;
    }

    /// <summary>A lead is prose: a teaser list is mostly links.</summary>
    private const double MaxLeadLinkDensity = 0.25;

    [GeneratedRegex(@"(?<![a-z])(lead|intro|chapo|excerpt|standfirst|deck|subheadline|einleitung|vorspann|bajada|entradilla|teaser)(?![a-z])", RegexOptions.IgnoreCase)]
    private static partial Regex LeadHint();

    /// <summary>Least text, in chars, of an &lt;article&gt; chosen by <see cref="HeadlinedArticle"/>.</summary>
    private const int MinHeadlinedArticleChars = 200;

    /// <summary>
    /// On a page that lists several &lt;article&gt; elements (a blog's post followed by teasers of other posts, each
    /// with the same markup), the page's own article is the one that holds its &lt;h1&gt;: teasers carry h2/h3.
    /// Applies only when the winning containers hold two or more articles, exactly one of them with an &lt;h1&gt;
    /// and some prose; null otherwise.
    /// </summary>
    private static IElement? HeadlinedArticle(List<IElement> containers, TextStats stats)
    {
        var articles = containers
            .SelectMany(c => c.LocalName == "article" ? [c] : (IEnumerable<IElement>)c.QuerySelectorAll("article"))
            .Where(a => a.ParentElement?.Closest("article") is null)
            .Distinct()
            .ToList();
        if (articles.Count < 2)
        {
            return null;
        }
        var headlined = articles.Where(a => a.QuerySelector("h1") is not null).ToList();
        return headlined.Count == 1 && stats.TextLength(headlined[0]) >= MinHeadlinedArticleChars ? headlined[0] : null;
    }
}
