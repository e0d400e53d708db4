namespace Roundup.Text;

/// <summary>Counts words the way a length budget is stated: whitespace-separated tokens.</summary>
public static class WordCounter
{
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

    /// <summary>Collapses every run of whitespace to one space and trims the ends.</summary>
    public static string NormalizeWhitespace(string text)
    {
        if (IsNormalized(text))
        {
            return text;
        }
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>No leading or trailing whitespace, and only single spaces between words.</summary>
    private static bool IsNormalized(string text)
    {
        if (text.Length == 0)
        {
            return true;
        }
        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            return false;
        }
        for (int i = 1; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) && (c != ' ' || text[i - 1] == ' '))
            {
                return false;
            }
        }
        return true;
    }
}
