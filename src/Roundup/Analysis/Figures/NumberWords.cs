using System.Collections.Frozen;
using System.Globalization;

namespace Roundup.Analysis.Figures;

/// <summary>
/// Reads a count written in digits ("188", "270,000", "1.5 million") or in words ("two", "twenty-five",
/// "three hundred"). Vague quantities ("dozens", "hundreds", "tens of thousands") are not numbers.
/// </summary>
internal static class NumberWords
{
    private static readonly FrozenDictionary<string, long> Units = new Dictionary<string, long>(StringComparer.Ordinal)
    {
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["thirteen"] = 13,
        ["fourteen"] = 14,
        ["fifteen"] = 15,
        ["sixteen"] = 16,
        ["seventeen"] = 17,
        ["eighteen"] = 18,
        ["nineteen"] = 19,
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["fifty"] = 50,
        ["sixty"] = 60,
        ["seventy"] = 70,
        ["eighty"] = 80,
        ["ninety"] = 90,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, long> Scales = new Dictionary<string, long>(StringComparer.Ordinal)
    {
        ["hundred"] = 100,
        ["thousand"] = 1_000,
        ["million"] = 1_000_000,
        ["billion"] = 1_000_000_000,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>True when the lower-case word is a number word or a scale word.</summary>
    public static bool IsNumberWord(string lower) => Units.ContainsKey(lower) || Scales.ContainsKey(lower) || Compound(lower) is not null;

    /// <summary>True for "hundred", "thousand", "million", "billion".</summary>
    public static bool IsScale(string lower) => Scales.ContainsKey(lower);

    /// <summary>
    /// The value of the number that starts at <paramref name="start"/> and how many tokens it spans, or null when no
    /// number starts there. A scale word alone ("hundreds", "thousand") is not a number.
    /// </summary>
    public static (double Value, int Length)? Read(IReadOnlyList<string> lowerTokens, int start)
    {
        var first = lowerTokens[start];
        double value;
        if (char.IsAsciiDigit(first[0]))
        {
            var digits = first.Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
            if (!ValidGrouping(first) || !double.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
            {
                return null;
            }
        }
        else if (Units.TryGetValue(first, out var unit))
        {
            value = unit;
        }
        else if (Compound(first) is { } compound)
        {
            value = compound;
        }
        else
        {
            return null;
        }
        int length = 1;
        // "1.5 million", "three hundred", "two thousand five hundred" — scales multiply what precedes them.
        while (start + length < lowerTokens.Count && Scales.TryGetValue(lowerTokens[start + length], out var scale))
        {
            value *= scale;
            length++;
        }
        return (value, length);
    }

    /// <summary>"twenty-five" → 25.</summary>
    private static long? Compound(string lower)
    {
        int dash = lower.IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0 || !Units.TryGetValue(lower[..dash], out var tens) || tens < 20 || tens % 10 != 0
            || !Units.TryGetValue(lower[(dash + 1)..], out var ones) || ones >= 10)
        {
            return null;
        }
        return tens + ones;
    }

    /// <summary>Thousands separators, if any, every three digits ("270,000", not "27,00" — a list "3,4" is not a number).</summary>
    private static bool ValidGrouping(string digits)
    {
        var whole = digits.Split('.')[0];
        var groups = whole.Split(',');
        return groups.Length == 1 || (groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3));
    }
}
