namespace Roundup.Analysis.Entities;

/// <summary>The words that say what a name names: short forms and person-like names are read with them.</summary>
internal sealed partial class AliasLinker
{
    /// <summary>
    /// Last words that say what kind of thing a name names, so that the name without them names it too. Not "City",
    /// "County", "State" or "River": Oklahoma City is not Oklahoma.
    /// </summary>
    private static readonly HashSet<string> Designators = new(StringComparer.Ordinal)
    {
        "island", "islands", "province", "region", "district", "hotel", "department", "gang", "limited", "incorporated", "corporation",
        "company", "group", "holdings", "industries", "foods", "products", "distribution", "distributors", "services", "systems",
        "technologies", "enterprises",
    };

    /// <summary>Words after a company's name that say what kind of company it is.</summary>
    private static readonly HashSet<string> CompanyWords = new(StringComparer.Ordinal)
    {
        "limited", "incorporated", "corporation", "company", "holdings", "industries", "foods", "products", "distribution",
        "distributors", "services", "systems", "technologies", "enterprises",
    };

    /// <summary>Words that open the names of regions, not of people ("Southern California", "East Timor").</summary>
    private static readonly HashSet<string> Directions = new(StringComparer.Ordinal)
    {
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower", "greater", "new",
        "mount", "lake", "cape", "port", "fort", "saint", "st", "san", "santa", "los", "las", "le", "la",
    };
}
