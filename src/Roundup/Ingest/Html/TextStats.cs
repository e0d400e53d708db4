using AngleSharp.Dom;

namespace Roundup.Ingest.Html;

/// <summary>
/// Text length, link-text length and comma count of every element, computed in one bottom-up pass (iterative, so
/// that thousands of nested divs cannot overflow the stack), instead of re-reading each subtree per question.
/// </summary>
internal sealed class TextStats
{
    private readonly Dictionary<IElement, (int Text, int Link, int Commas, bool Block)> _stats = new(ReferenceEqualityComparer.Instance);

    /// <summary>Tags that make their ancestors containers of blocks rather than blocks themselves.</summary>
    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal) { "p", "h2", "h3", "h4", "li", "blockquote", "pre" };

    public static TextStats Of(IElement root)
    {
        var result = new TextStats();
        var stack = new Stack<(IElement Element, bool Visited)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (element, visited) = stack.Pop();
            if (!visited)
            {
                stack.Push((element, true));
                foreach (var child in element.Children)
                {
                    stack.Push((child, false));
                }
                continue;
            }
            int text = 0, link = 0, commas = 0;
            bool block = false;
            foreach (var node in element.ChildNodes)
            {
                if (node is IElement child && result._stats.TryGetValue(child, out var c))
                {
                    text += c.Text;
                    link += c.Link;
                    commas += c.Commas;
                    block |= c.Block || BlockTags.Contains(child.LocalName);
                }
                else if (node.NodeType == NodeType.Text)
                {
                    var content = node.TextContent;
                    text += content.Length;
                    foreach (char ch in content)
                    {
                        if (ch == ',')
                        {
                            commas++;
                        }
                    }
                }
            }
            if (element.LocalName == "a")
            {
                link = text;
            }
            result._stats[element] = (text, link, commas, block);
        }
        return result;
    }

    public int TextLength(IElement element) => _stats.TryGetValue(element, out var s) ? s.Text : element.TextContent.Length;

    /// <summary>True when a paragraph-like element (p, h2–h4, li, blockquote, pre) lies below this one.</summary>
    public bool HasBlock(IElement element) => _stats.TryGetValue(element, out var s) && s.Block;

    public int Commas(IElement element) => _stats.TryGetValue(element, out var s) ? s.Commas : 0;

    public double LinkDensity(IElement element) =>
        _stats.TryGetValue(element, out var s) && s.Text > 0 ? Math.Min(1, s.Link / (double)s.Text) : 0;
}
