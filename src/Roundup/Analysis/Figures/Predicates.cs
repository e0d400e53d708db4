using System.Collections.Frozen;
using Roundup.Text;

namespace Roundup.Analysis.Figures;

/// <summary>
/// What happened to what a figure counts. News reports the same toll with different verbs ("were killed", "died",
/// "dead", "lost 400 fighters"), so the verbs of the tolls news reports are read as one class each; any other verb is
/// kept as its stem.
/// </summary>
internal static class Predicates
{
    private static readonly FrozenDictionary<string, string> Classes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["killed"] = "killed",
        ["kill"] = "killed",
        ["killing"] = "killed",
        ["died"] = "killed",
        ["die"] = "killed",
        ["dead"] = "killed",
        ["dying"] = "killed",
        ["slain"] = "killed",
        ["perished"] = "killed",
        ["deaths"] = "killed",
        ["death"] = "killed",
        ["drowned"] = "killed",
        ["executed"] = "killed",
        ["massacred"] = "killed",
        ["fatalities"] = "killed",
        ["wounded"] = "wounded",
        ["injured"] = "wounded",
        ["hurt"] = "wounded",
        ["injuries"] = "wounded",
        ["injuring"] = "wounded",
        ["wounding"] = "wounded",
        ["missing"] = "missing",
        ["unaccounted"] = "missing",
        ["arrested"] = "arrested",
        ["detained"] = "arrested",
        ["held"] = "arrested",
        ["jailed"] = "arrested",
        ["captured"] = "arrested",
        ["fled"] = "displaced",
        ["flee"] = "displaced",
        ["displaced"] = "displaced",
        ["evacuated"] = "displaced",
        ["homeless"] = "displaced",
        ["rescued"] = "rescued",
        ["saved"] = "rescued",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Nouns for people: "lost 400 fighters" is a toll, "lost 400 votes" is not.</summary>
    private static readonly FrozenSet<string> People = FrozenSet.ToFrozenSet(
    [
        "people", "persons", "civilians", "soldiers", "troops", "fighters", "militants", "militiamen", "rebels", "insurgents",
        "officers", "policemen", "police", "men", "women", "children", "members", "personnel", "combatants", "jihadists",
        "servicemen", "workers", "passengers", "residents", "villagers", "migrants", "refugees", "protesters", "demonstrators",
        "students", "pilgrims", "miners", "crew", "victims", "guards", "gunmen", "militia", "recruits", "suspects",
    ], StringComparer.Ordinal);

    /// <summary>Words of a casualty toll: a number next to one of them counts people killed, wounded or missing.</summary>
    public static bool IsToll(string lowerWord) =>
        Classes.TryGetValue(lowerWord, out var c) && c is "killed" or "wounded" or "missing" && lowerWord is not ("death" or "deaths" or "injuries" or "fatalities");

    /// <summary>True for the classes of casualty tolls, which early and late reports give far apart.</summary>
    public static bool IsCasualty(string predicate) => predicate is "killed" or "wounded";

    /// <summary>The class of the verb <paramref name="lowerWord"/>, or its stem.</summary>
    public static string Class(string lowerWord, string counted)
    {
        if (Classes.TryGetValue(lowerWord, out var known))
        {
            return known;
        }
        if (lowerWord is "lost" or "lose" or "losing" && IsPeople(counted))
        {
            return "killed";
        }
        if (lowerWord is "seized" or "rounded" or "apprehended" && IsPeople(counted))
        {
            return "arrested"; // "99 suspects seized", but "two tonnes seized" is no arrest
        }
        return PorterStemmer.Stem(lowerWord);
    }

    /// <summary>True when the phrase ends in a noun for people.</summary>
    public static bool IsPeople(string counted)
    {
        var words = counted.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Any(People.Contains);
    }
}
