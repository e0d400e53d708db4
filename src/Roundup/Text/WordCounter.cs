namespace Roundup.Text;

/// <summary>Counts words the way a length budget is stated: whitespace-separated tokens.</summary>
internal static class WordCounter
{
    /// <summary>Whitespace-separated tokens in <paramref name="text"/>.</summary>
    public static int Count(string text)
    {
        int count = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                count++;
            }
        }
        return count;
    }
}
