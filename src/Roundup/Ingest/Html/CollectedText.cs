namespace Roundup.Ingest.Html;

/// <summary>
/// The paragraphs taken from a page, in order, with the level of those that were headings: a heading with nothing
/// under it ("More topics", "You might also like" over a list of links that was left out) is a section of furniture,
/// in any language, and goes when the text is done.
/// </summary>
internal sealed class CollectedText
{
    private readonly List<string> _paragraphs = [];
    private readonly Dictionary<int, int> _headingLevels = [];

    public int Count => _paragraphs.Count;

    public string Last => _paragraphs[^1];

    public void Add(string paragraph) => _paragraphs.Add(paragraph);

    /// <summary>Marks the paragraphs added since <paramref name="from"/> as a heading of <paramref name="level"/> (2 for h2 …).</summary>
    public void MarkHeading(int from, int level)
    {
        for (int i = from; i < _paragraphs.Count; i++)
        {
            _headingLevels[i] = level;
        }
    }

    /// <summary>The paragraphs without the headings that no text follows before a heading of their level or above.</summary>
    public List<string> WithoutEmptySections()
    {
        var kept = new List<string>(_paragraphs.Count);
        for (int i = 0; i < _paragraphs.Count; i++)
        {
            if (_headingLevels.TryGetValue(i, out var level)
                && (i + 1 == _paragraphs.Count || (_headingLevels.TryGetValue(i + 1, out var next) && next <= level)))
            {
                continue;
            }
            kept.Add(_paragraphs[i]);
        }
        return kept;
    }
}
