using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Roundup.Ingest.Metadata;
using Roundup.Ingest.PlainText;
using Roundup.Model;
using Roundup.Text;

namespace Roundup.Ingest.Html;

/// <summary>
/// Finds the article in a web page. The cascade:
/// 1. metadata from JSON-LD, OpenGraph and &lt;meta&gt; tags, &lt;time&gt;, &lt;h1&gt; and &lt;title&gt;;
/// 2. page furniture removed: scripts, styles, forms, navigation, asides, footers, captions, and elements whose
///    class or id names comments, sharing, related links, ads, cookie banners or newsletters (never what holds the
///    body the page marks with microdata);
/// 3. each paragraph-like block scores its parent and grandparent (text length, commas), damped by link density
///    and nudged by class/id hints; the best container wins, with sibling blocks of good prose — unless the page
///    names its article (microdata, a headlined &lt;article&gt;); a lead set apart above it is read first;
/// 4. the container's blocks (paragraphs, headings, list items, quotes) in order, without link lists, bylines,
///    picture credits and the labels that end the text.
/// </summary>
internal static partial class HtmlArticleExtractor
{
    /// <summary>Blocks shorter than this contribute no score (menus, labels).</summary>
    private const int MinScoredBlockChars = 25;

    /// <summary>A block whose text is mostly link text is navigation, not prose.</summary>
    private const double MaxBlockLinkDensity = 0.5;

    /// <summary>Share of the page's text above which an element is never removed as furniture, whatever its class.</summary>
    private const double MaxFurnitureShare = 0.4;

    /// <summary>How many ancestors of a prose block share its score.</summary>
    private const int ScoredAncestors = 5;

    /// <summary>A sibling joins the winning container when its score reaches this share of the winner's.</summary>
    private const double SiblingScoreShare = 0.2;

    /// <summary>A block earns a point per this many characters of text, as Readability scores length ...</summary>
    private const double CharsPerLengthPoint = 100;

    /// <summary>... up to this many points: past a long paragraph, commas say more about prose than length does.</summary>
    private const double MaxLengthPoints = 3;

    /// <summary>Longest line taken for a byline ("By Jane Doe, Reuters"); a longer line starting so is prose.</summary>
    private const int MaxBylineChars = 80;

    [GeneratedRegex(@"^\s*(?:by|von|par|por)\s+\p{Lu}", RegexOptions.IgnoreCase)]
    private static partial Regex BylineStart();

    private static readonly string[] RemovedTags =
    [
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "form", "button", "input", "select", "textarea",
        "nav", "aside", "footer", "figcaption", "video", "audio", "object", "embed", "dialog", "menu",
    ];

    private static readonly string RemovedSelector = string.Join(",", RemovedTags);

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "PRE", "DD", "DT",
    };

    public static Article Extract(string html, string path, string id, string? fallbackUrl = null)
    {
        var document = new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(HtmlPrefilter.Strip(html));
        var meta = PageMetadata.Read(document, fallbackUrl);
        var body = document.Body;
        var paragraphs = body is null ? [] : BodyParagraphs(body, meta.Title);
        if (meta.ArticleBody is { Length: > 0 } ldBody && paragraphs.Sum(p => p.Length) < ldBody.Length * MinShareOfDeclaredBody)
        {
            // The page declares its body in JSON-LD and the visible page yielded much less of it (the rest is
            // rendered by script, or hidden behind "read more"): the declaration is the better text.
            paragraphs = DeclaredParagraphs(ldBody);
        }
        var outlet = meta.SiteName ?? Outlets.FromUrl(meta.Url);
        return new Article(id, path, outlet, meta.Title, meta.Published ?? DateText.FromUrl(meta.Url), meta.Url, null, null, paragraphs)
        {
            Authors = meta.Authors,
            Language = meta.Language,
        };
    }

    /// <summary>
    /// Below this share of the length of the body a page declares in JSON-LD (<c>articleBody</c>), the text found in
    /// the page is taken for a fragment and the declared body is used instead.
    /// </summary>
    private const double MinShareOfDeclaredBody = 0.5;

    /// <summary>Whether a form holds paragraphs of prose (a control holds labels and fields).</summary>
    private static bool HoldsProse(IElement form, TextStats stats) =>
        form.QuerySelectorAll("p").Count(p => ElementHints.IsProseParagraph(p, stats)) >= MinProseParagraphsInForm;

    /// <summary>Prose paragraphs that make a form content: one may be a newsletter's pitch or a comment form's notice.</summary>
    private const int MinProseParagraphsInForm = 2;

    /// <summary>
    /// Paragraphs of a JSON-LD article body: its line breaks, or — where a publisher stripped them and sentences run
    /// together ("moons.The find") — the points where a sentence end meets the next capital without a space.
    /// </summary>
    private static List<string> DeclaredParagraphs(string body)
    {
        var text = body.Contains('\n') ? body : RunTogetherSentences().Replace(body, "$1\n");
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Whitespace.Normalize).Where(p => p.Length > 0).ToList();
    }

    [GeneratedRegex(@"(\p{Ll}[.!?][""”’]?)(?=\p{Lu})")]
    private static partial Regex RunTogetherSentences();

    private static List<string> BodyParagraphs(IHtmlElement body, string? title)
    {
        var before = TextStats.Of(body);
        int bodyText = before.TextLength(body);
        // The body the page marks as its article is never furniture, nor is what holds it: some sites set the whole
        // article inside an <aside> or a box named like a sidebar.
        var markedBeforeCleaning = MarkedArticleBody(body, before);
        bool HoldsMarkedBody(IElement element) => markedBeforeCleaning is not null && element.Contains(markedBeforeCleaning);
        // Some sites wrap the whole page in a <form> (ASP.NET), and pages written by script give readers without it the
        // article in a <noscript>: such an element holding most of the text is the page. A shop wraps its product,
        // description and all, in the form that puts it in the basket: a form holding paragraphs of prose is content.
        bool HoldsContent(IElement element) => element.LocalName switch
        {
            "form" => before.TextLength(element) >= bodyText * MaxFurnitureShare || HoldsProse(element, before),
            "noscript" => before.TextLength(element) >= bodyText * MaxFurnitureShare,
            _ => false,
        };
        foreach (var element in body.QuerySelectorAll(RemovedSelector).ToList())
        {
            if (element.Parent is not null && !HoldsMarkedBody(element) && !HoldsContent(element))
            {
                element.Remove();
            }
        }
        foreach (var element in body.QuerySelectorAll("[class],[id],[role],[aria-hidden],[hidden]").ToList())
        {
            // A hint never removes an element that holds most of the page's text: that is the page, whatever its name.
            if (element.Parent is not null && !HoldsMarkedBody(element) && ElementHints.IsFurniture(element, before)
                && before.TextLength(element) < bodyText * MaxFurnitureShare)
            {
                element.Remove();
            }
        }
        var stats = TextStats.Of(body);
        double LinkDensity(IElement e) => stats.LinkDensity(e);
        var scores = new Dictionary<IElement, double>();
        // Prose blocks: paragraph elements, and containers that hold text directly (pages written with <br>, not <p>).
        var blocks = body.QuerySelectorAll("p,pre,td,blockquote,li,h2,h3")
            .Concat(body.QuerySelectorAll("div,section,article,span,font").Where(HasDirectText));
        foreach (var block in blocks)
        {
            // A container that holds prose in its own text nodes (written with <br>, not <p>) is judged by that text
            // alone: links and lists further down inside it are not its prose.
            bool direct = block.LocalName is "div" or "section" or "article" or "span" or "font";
            int length = direct ? DirectTextLength(block) : stats.TextLength(block);
            if (length < MinScoredBlockChars || (!direct && LinkDensity(block) > MaxBlockLinkDensity))
            {
                continue;
            }
            double score = 1 + (direct ? DirectCommas(block) : stats.Commas(block)) + Math.Min(length / CharsPerLengthPoint, MaxLengthPoints);
            if (direct)
            {
                // Such a container is itself a candidate: its parent may hold the sidebar too.
                scores[block] = scores.GetValueOrDefault(block, ElementHints.Score(block)) + score;
            }
            // The score reaches the parent in full, the grandparent halved, and farther ancestors divided by three
            // times their distance: paragraphs wrapped one per card still add up in the container of the cards.
            int level = 0;
            for (var ancestor = block.ParentElement; ancestor is not null && level < ScoredAncestors; ancestor = ancestor.ParentElement, level++)
            {
                double divider = level switch { 0 => 1, 1 => 2, _ => level * 3 };
                scores[ancestor] = scores.GetValueOrDefault(ancestor, ElementHints.Score(ancestor)) + score / divider;
            }
        }
        if (scores.Count == 0)
        {
            return [];
        }
        var best = scores.Select(kv => (Element: kv.Key, Score: kv.Value * (1 - LinkDensity(kv.Key))))
            .OrderByDescending(x => x.Score).First();
        var containers = new List<IElement>();
        if (best.Element.ParentElement is { } bestParent)
        {
            foreach (var sibling in bestParent.Children)
            {
                if (sibling == best.Element
                    || (scores.TryGetValue(sibling, out var s) && s * (1 - LinkDensity(sibling)) >= best.Score * SiblingScoreShare)
                    || ElementHints.IsProseParagraph(sibling, stats))
                {
                    containers.Add(sibling);
                }
            }
        }
        else
        {
            containers.Add(best.Element);
        }
        containers = WithSameClassBlocks(containers, best.Element, stats);
        // The page itself says which text is the article when it marks it or heads one of several <article>s with <h1>.
        // Asked again of the cleaned page: furniture inside the marked body may have left it too short to be the article.
        var markedBody = MarkedArticleBody(body, stats);
        var named = markedBody ?? HeadlinedArticle(containers, stats);
        if (named is not null)
        {
            containers = [named];
        }
        // A lead the template sets apart above the article: marked as its description, or named so in its class.
        var lead = (markedBody is not null ? MarkedLead(markedBody, stats) : null)
            ?? (containers.Count > 0 ? NamedLead(containers, stats) ?? HeadlineLead(body, containers, title, stats) : null);
        if (lead is not null)
        {
            containers.Insert(0, lead);
        }
        var paragraphs = new CollectedText();
        foreach (var container in containers)
        {
            Collect(container, paragraphs, title, stats);
        }
        var found = paragraphs.WithoutEmptySections();
        int foundLength = found.Sum(p => p.Length);
        if (named is null && foundLength < MinArticleChars)
        {
            // Less than a short article: the scores picked a box of labels or teasers, not the text. The page less its
            // furniture, read whole, is the better guess when it holds several times as much.
            var whole = new CollectedText();
            Collect(body, whole, title, stats);
            var all = whole.WithoutEmptySections();
            if (all.Sum(p => p.Length) >= FallbackGain * Math.Max(foundLength, 1))
            {
                return all;
            }
        }
        return found;
    }

    /// <summary>Text shorter than this (in chars, some 80 words) is no article: a few labels, a date line, a teaser.</summary>
    private const int MinArticleChars = 500;

    /// <summary>The whole page replaces such a fragment only when it holds this many times its text.</summary>
    private const double FallbackGain = 3;

    /// <summary>True when the element's own text nodes (not its children's) hold a sentence's worth of text.</summary>
    private static bool HasDirectText(IElement element) => DirectTextLength(element) >= MinScoredBlockChars;

    private static int DirectTextLength(IElement element)
    {
        int chars = 0;
        foreach (var node in element.ChildNodes)
        {
            if (node.NodeType == NodeType.Text)
            {
                chars += node.TextContent.AsSpan().Trim().Length;
            }
        }
        return chars;
    }

    private static int DirectCommas(IElement element)
    {
        int commas = 0;
        foreach (var node in element.ChildNodes)
        {
            if (node.NodeType == NodeType.Text)
            {
                commas += node.TextContent.AsSpan().Count(',');
            }
        }
        return commas;
    }

    /// <summary>Blocks in document order; a block inside another block is part of it.</summary>
    private static void Collect(IElement element, CollectedText paragraphs, string? title, TextStats stats)
    {
        if (BlockTags.Contains(element.TagName))
        {
            AddBlock(element, paragraphs, title, stats);
            return;
        }
        if (!stats.HasBlock(element))
        {
            AddBlock(element, paragraphs, title, stats);
            return;
        }
        if (!HasDirectText(element))
        {
            foreach (var child in element.Children)
            {
                Collect(child, paragraphs, title, stats);
            }
            return;
        }
        // Prose written straight into a container beside its blocks (a title paragraph, then the story as bare
        // text and <br>s) is kept in order with them.
        foreach (var node in element.ChildNodes)
        {
            if (node is IElement child)
            {
                Collect(child, paragraphs, title, stats);
            }
            else if (node.NodeType == NodeType.Text && node.TextContent.AsSpan().Trim().Length >= MinScoredBlockChars)
            {
                AddLine(Whitespace.Normalize(node.TextContent), paragraphs, title);
            }
        }
    }

    private static void AddBlock(IElement block, CollectedText paragraphs, string? title, TextStats stats)
    {
        if (stats.LinkDensity(block) > MaxBlockLinkDensity)
        {
            paragraphs.MarkDropped();
            return;
        }
        int from = paragraphs.Count;
        // Line breaks inside a block separate paragraphs on pages written with <br>.
        foreach (var line in TextWithBreaks(block).Split('\n'))
        {
            AddLine(Whitespace.Normalize(line), paragraphs, title);
        }
        if (block.LocalName is ['h', >= '2' and <= '6'])
        {
            paragraphs.MarkHeading(from, block.LocalName[1] - '0');
        }
    }

    private static string TextWithBreaks(IElement element)
    {
        if (element.QuerySelector("br") is null)
        {
            return element.TextContent;
        }
        var sb = new StringBuilder();
        void Walk(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IElement { LocalName: "br" })
                {
                    sb.Append('\n');
                }
                else if (child.NodeType == NodeType.Text)
                {
                    sb.Append(child.TextContent);
                }
                else
                {
                    Walk(child);
                }
            }
        }
        Walk(element);
        return sb.ToString();
    }

    private static void AddLine(string text, CollectedText paragraphs, string? title)
    {
        if (text.Length == 0 || (title is not null && text == title))
        {
            return;
        }
        if (text.Length < MaxBylineChars && BylineStart().IsMatch(text))
        {
            return;
        }
        // Microdata values rendered as text (a machine timestamp, an image's URL) are never prose. Bare numbers and
        // other URLs can be: the cells of a table of results, the links a shopping list spells out.
        if (IsoTimestamp().IsMatch(text) || (Boilerplate.IsBareUrl(text) && ImageUrl().IsMatch(text)))
        {
            return;
        }
        // Words spelled with letters of two scripts ("Yоur соntеnt" with Cyrillic о and е) are written to slip past
        // filters: advertising or spam, never an article's prose.
        if (Obfuscation.IsObfuscated(text))
        {
            return;
        }
        // A paragraph met again is a second rendering of the same story (an endless-scroll or print copy).
        if (paragraphs.Count > 0 && paragraphs.Last == text)
        {
            return;
        }
        paragraphs.Add(text);
    }

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?$")]
    private static partial Regex IsoTimestamp();

    [GeneratedRegex(@"\.(?:jpe?g|png|gif|webp|svg|avif)(?:\?\S*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ImageUrl();
}
