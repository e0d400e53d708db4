namespace Roundup.Analysis.Figures;

/// <summary>How a reported figure is qualified: what values it allows.</summary>
public enum Hedge
{
    /// <summary>The figure as given: "188 troops".</summary>
    None,

    /// <summary>"about", "around", "nearly", "some", "an estimated": near the value, not exactly it.</summary>
    Approximate,

    /// <summary>"at least", "as many as"… from below: "at least 400" allows 400 and more.</summary>
    AtLeast,

    /// <summary>"more than", "over": above the value.</summary>
    MoreThan,

    /// <summary>"up to", "at most", "no more than": the value or less.</summary>
    AtMost,

    /// <summary>"less than", "fewer than", "under": below the value.</summary>
    LessThan,
}

/// <summary>The words that hedge a figure, read just before the number.</summary>
internal static class Hedges
{
    /// <summary>Hedge phrases, longest first so that "no more than" wins over "more than".</summary>
    private static readonly (string[] Words, Hedge Hedge)[] Phrases =
    [
        (["no", "more", "than"], Hedge.AtMost),
        (["not", "more", "than"], Hedge.AtMost),
        (["as", "many", "as"], Hedge.AtMost),
        (["an", "estimated"], Hedge.Approximate),
        (["close", "to"], Hedge.Approximate),
        (["at", "least"], Hedge.AtLeast),
        (["more", "than"], Hedge.MoreThan),
        (["upwards", "of"], Hedge.MoreThan),
        (["up", "to"], Hedge.AtMost),
        (["at", "most"], Hedge.AtMost),
        (["less", "than"], Hedge.LessThan),
        (["fewer", "than"], Hedge.LessThan),
        (["about"], Hedge.Approximate),
        (["around"], Hedge.Approximate),
        (["approximately"], Hedge.Approximate),
        (["roughly"], Hedge.Approximate),
        (["nearly"], Hedge.Approximate),
        (["almost"], Hedge.Approximate),
        (["some"], Hedge.Approximate),
        (["estimated"], Hedge.Approximate),
        (["over"], Hedge.MoreThan),
        (["under"], Hedge.LessThan),
    ];

    /// <summary>The hedge whose words end just before <paramref name="number"/>, and where it starts.</summary>
    public static (Hedge Hedge, int Start) Before(IReadOnlyList<string> lowerTokens, int number)
    {
        foreach (var (words, hedge) in Phrases)
        {
            int start = number - words.Length;
            if (start >= 0 && words.Select((w, i) => lowerTokens[start + i] == w).All(x => x))
            {
                return (hedge, start);
            }
        }
        return (Hedge.None, number);
    }

    /// <summary>The words a reader sees for the hedge ("at least"), empty for none.</summary>
    public static string Words(Hedge hedge) => hedge switch
    {
        Hedge.Approximate => "about",
        Hedge.AtLeast => "at least",
        Hedge.MoreThan => "more than",
        Hedge.AtMost => "up to",
        Hedge.LessThan => "less than",
        _ => "",
    };

    /// <summary>
    /// True when the two reports can both be true. An approximation allows only its own value here: "around 180"
    /// against "188" is shown as a conflict with its hedge, for the reader to judge.
    /// </summary>
    public static bool Compatible(double a, Hedge ha, double b, Hedge hb)
    {
        var (aLow, aLowOpen, aHigh, aHighOpen) = Interval(a, ha);
        var (bLow, bLowOpen, bHigh, bHighOpen) = Interval(b, hb);
        // Two intervals meet unless one ends before the other starts (an open end at the meeting point excludes it).
        bool aBeforeB = aHigh < bLow || (aHigh == bLow && (aHighOpen || bLowOpen));
        bool bBeforeA = bHigh < aLow || (bHigh == aLow && (bHighOpen || aLowOpen));
        return !aBeforeB && !bBeforeA;
    }

    private static (double Low, bool LowOpen, double High, bool HighOpen) Interval(double v, Hedge h) => h switch
    {
        Hedge.AtLeast => (v, false, double.PositiveInfinity, false),
        Hedge.MoreThan => (v, true, double.PositiveInfinity, false),
        Hedge.AtMost => (0, false, v, false),
        Hedge.LessThan => (0, false, v, true),
        _ => (v, false, v, false),
    };
}
