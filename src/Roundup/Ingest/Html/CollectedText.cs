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
    private readonly HashSet<int> _beforeDropped = [];

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

    /// <summary>Notes that a block after the last paragraph was left out (a link list): what introduced it is furniture too.</summary>
    public void MarkDropped()
    {
        if (_paragraphs.Count > 0)
        {
            _beforeDropped.Add(_paragraphs.Count - 1);
        }
    }

    /// <summary>
    /// The paragraphs without the headings that no text follows before a heading of their level or above, and without
    /// the short labels ("More on this:", "You might also like") that introduce only what was left out or end the text
    /// (and the short ones left at the end after them), without pictures' credits (<see cref="PictureCredits"/>), and
    /// without the publication's own notices that close it (<see cref="HouseNotices"/>).
    /// </summary>
    public List<string> WithoutEmptySections()
    {
        var kept = new List<string>(_paragraphs.Count);
        for (int i = 0; i < _paragraphs.Count; i++)
        {
            bool last = i + 1 == _paragraphs.Count;
            if (_headingLevels.TryGetValue(i, out var level)
                && (last || (_headingLevels.TryGetValue(i + 1, out var next) && next <= level)))
            {
                continue;
            }
            if (((last || _beforeDropped.Contains(i)) && IsLabel(_paragraphs[i])) || PictureCredits.IsCredit(_paragraphs[i]))
            {
                continue;
            }
            kept.Add(_paragraphs[i]);
        }
        while (kept.Count > 1 && IsLabel(kept[^1]) && Text.WordCounter.Count(kept[^1]) <= MaxStragglerWords)
        {
            kept.RemoveAt(kept.Count - 1);
        }
        return HouseNotices.DropTrailing(kept);
    }

    /// <summary>
    /// A label is a few words, more letters than digits, that do not end as a sentence does (a colon, a question or
    /// nothing): a row of figures or a phone number is data, not a label.
    /// </summary>
    private static bool IsLabel(string text) =>
        Text.WordCounter.Count(text) <= MaxLabelWords && (text.Length <= MaxUnspacedLabelChars || !text.Any(IsIdeographic))
        && !text.TrimEnd().EndsWith('.') && !text.TrimEnd().EndsWith('。') && text.Count(char.IsLetter) > text.Count(char.IsDigit);

    /// <summary>
    /// Longest of the labels left at the end of a text once its last label went ("Kontakt", "Mehr zum Thema", a
    /// photographer's name): longer ones may be items of a closing list ("England (Group A): 10th appearance").
    /// </summary>
    private const int MaxStragglerWords = 3;

    /// <summary>Longest label in Chinese or Japanese, in characters: written without spaces, a whole sentence is one "word".</summary>
    private const int MaxUnspacedLabelChars = 20;

    /// <summary>First code point of the CJK blocks (radicals, kana, ideographs; Hangul lies above too).</summary>
    private const char FirstIdeographic = '\u2E80';

    private static bool IsIdeographic(char c) => c >= FirstIdeographic && !char.IsSurrogate(c) && char.IsLetter(c);

    /// <summary>Longest label, in words: "Das könnte Sie auch interessieren!" has five.</summary>
    private const int MaxLabelWords = 6;
}
