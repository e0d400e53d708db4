using Roundup.Text;

namespace Roundup.Analysis.Figures;

/// <summary>How a count's verb is found, and when a number with no noun of its own is a casualty toll.</summary>
internal static partial class FigureExtractor
{
    /// <summary>
    /// Words before a bare number that make it a toll: "the death toll rose to 12", "a toll of 30", "the number of dead
    /// reached 31".
    /// </summary>
    private const int MaxTollDistance = 4;

    /// <summary>
    /// The toll a bare number (from <paramref name="start"/>, hedge included, to <paramref name="after"/>) reports, when
    /// the words next to it say: a toll's verb after it ("50 were injured") or just before it ("killing 10", "injured
    /// 80"), or "toll" or "the number of dead" a few words before it. Null otherwise.
    /// </summary>
    private static (string Class, string Verb)? ImpliedToll(List<string> lower, int start, int after)
    {
        int j = after;
        while (j < lower.Count && Auxiliaries.Contains(lower[j]))
        {
            j++;
        }
        if (j < lower.Count && Predicates.IsToll(lower[j]))
        {
            return (Predicates.Class(lower[j], "people"), lower[j]);
        }
        if (start > 0 && Predicates.IsToll(lower[start - 1]))
        {
            return (Predicates.Class(lower[start - 1], "people"), lower[start - 1]);
        }
        for (int k = start - 1; k >= Math.Max(0, start - MaxTollDistance); k--)
        {
            if (lower[k] == "toll")
            {
                bool injured = k > 0 && lower[k - 1] is "injury" or "casualty";
                return injured ? null : ("killed", "toll");
            }
            if (k >= 2 && lower[k - 1] == "of" && lower[k - 2] == "number" && lower[k] is "dead" or "deaths" or "killed" or "injured" or "wounded")
            {
                return (Predicates.Class(lower[k], "people"), lower[k]); // "the number of dead rose to 31"
            }
            if (lower[k] is "." or "," or ";")
            {
                break;
            }
        }
        return null;
    }

    /// <summary>
    /// The toll word right after a number that stands for people ("30 injured", "64 killed"), unless a noun follows
    /// it (then it qualifies the noun: "25 missing children").
    /// </summary>
    private static (string Class, string Verb)? BareToll(List<string> lower, int after)
    {
        if (after >= lower.Count || !Predicates.IsToll(lower[after]))
        {
            return null;
        }
        bool nounFollows = after + 1 < lower.Count && char.IsLetter(lower[after + 1][0]) && !Stopwords.Contains(lower[after + 1]);
        return nounFollows ? null : (Predicates.Class(lower[after], "people"), lower[after]);
    }

    /// <summary>True for a noun that counts the dead: "deaths", "fatalities", or "lives" claimed or lost.</summary>
    private static bool DeathNoun(string head, string verb) =>
        head is "deaths" or "fatalities" || (head == "lives" && verb is "claimed" or "claim" or "claiming" or "lost" or "took" or "taken");

    /// <summary>True when the verb at <paramref name="at"/> is said to have killed: "were shot dead", "were stabbed to death".</summary>
    private static bool KilledBy(List<string> lower, int at) =>
        (at + 1 < lower.Count && lower[at + 1] == "dead") || (at + 2 < lower.Count && lower[at + 1] == "to" && lower[at + 2] == "death");

    /// <summary>Longest aside skipped between a counted noun and its verb.</summary>
    private const int MaxAsideWords = 10;

    /// <summary>Where the words after an aside ", including …," resume; <paramref name="at"/> when there is none.</summary>
    private static int SkipAside(List<string> lower, int at)
    {
        if (at + 1 >= lower.Count || lower[at] != "," || lower[at + 1] != "including")
        {
            return at;
        }
        for (int k = at + 2; k < lower.Count && k <= at + MaxAsideWords; k++)
        {
            if (lower[k] == ",")
            {
                return k + 1;
            }
        }
        return at;
    }

    /// <summary>
    /// The verb next to the figure, as its casualty class or its stem: after the noun phrase, else before the number. A
    /// toll's verb just before the number governs it ("have killed 1,200 people since June"); "confirmed", "feared"
    /// and the like pass on to the toll word that follows them ("were confirmed dead"); an aside opened by
    /// "including" is skipped ("Eleven people, including four children, were killed").
    /// </summary>
    private static (string Class, string Verb) Predicate(List<string> lower, int before, int after, string counted)
    {
        int j = SkipAside(lower, after);
        while (j < lower.Count && (Auxiliaries.Contains(lower[j]) || TimeUnits.Contains(lower[j])))
        {
            j++;
        }
        if (j + 1 < lower.Count && Hearsay.Contains(lower[j]))
        {
            int k = j + 1;
            while (k < lower.Count && lower[k] is "to" or "have" or "be" or "been" or "being")
            {
                k++;
            }
            if (k < lower.Count && Predicates.IsToll(lower[k]))
            {
                j = k;
            }
        }
        if (before >= 2 && lower[before - 1] == "of" && lower[before - 2] == "lives")
        {
            return ("killed", "lives"); // "claimed the lives of 18 people"
        }
        bool tollBefore = before > 0 && Predicates.IsToll(lower[before - 1]);
        if (j < lower.Count && char.IsLetter(lower[j][0]) && !Stopwords.Contains(lower[j]) && !(tollBefore && !Predicates.IsToll(lower[j])))
        {
            return KilledBy(lower, j) ? ("killed", lower[j]) : (Predicates.Class(lower[j], counted), lower[j]);
        }
        j = before - 1;
        while (j >= 0 && (Auxiliaries.Contains(lower[j]) || TimeUnits.Contains(lower[j])))
        {
            j--;
        }
        return j >= 0 && char.IsLetter(lower[j][0]) && !Stopwords.Contains(lower[j]) ? (Predicates.Class(lower[j], counted), lower[j]) : ("", "");
    }
}
