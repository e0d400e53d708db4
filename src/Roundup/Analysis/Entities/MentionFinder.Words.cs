using System.Collections.Frozen;

namespace Roundup.Analysis.Entities;

/// <summary>
/// The words whose presence around a capitalised run says what it names. The lists are lower-case; those looked up
/// with a word as written ("President", "Council") ignore case, so that no lower-case copy is made per lookup.
/// </summary>
internal static partial class MentionFinder
{
    /// <summary>Calendar words are dates, not entities.</summary>
    private static readonly FrozenSet<string> Calendar = FrozenSet.ToFrozenSet(
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before a name that make it a person's.</summary>
    private static readonly FrozenSet<string> PersonCues = FrozenSet.ToFrozenSet(
    [
        "president", "minister", "mr", "mrs", "ms", "dr", "general", "gen", "king", "queen", "sheikh", "pope", "director", "spokesman",
        "spokeswoman", "chief", "leader", "commander", "colonel", "col", "sen", "senator", "governor", "mayor", "judge", "prince",
        "lieutenant", "sergeant", "captain", "professor", "prof", "rep", "ambassador", "secretary", "premier", "chancellor",
        "manager", "coach", "chairman", "chairwoman", "trooper", "officer", "detective", "sheriff", "deputy", "attorney", "prosecutor",
        "superintendent", "actor", "actress", "singer", "star", "lawyer", "spokesperson", "inspector", "constable",
        "comedian", "agent", "owner", "executive", "commissioner", "quarterback", "fullback", "halfback", "linebacker", "cornerback",
        "striker", "goalkeeper", "midfielder", "pitcher", "shortstop", "lt", "capt", "sgt", "cpl", "pvt", "adm", "gov", "supt", "insp", "cmdr",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before a name that make it a place ("the city of X", "in X").</summary>
    private static readonly FrozenSet<string> PlaceCues = FrozenSet.ToFrozenSet(
        [
            "city", "cities", "town", "towns", "village", "villages", "province", "provinces", "region", "regions", "capital", "country",
            "district", "districts", "strongholds", "stronghold", "heartland", "near", "outside", "in",
        ],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Lower-case words after a place's name that say what kind of place it is ("Hormuzgan province").</summary>
    private static readonly FrozenSet<string> PlaceKinds = FrozenSet.ToFrozenSet(
        ["province", "island", "region", "district", "county", "city", "town", "village", "valley", "river", "mountains", "state"], StringComparer.Ordinal);

    /// <summary>Head words of organisations' names in English.</summary>
    internal static readonly FrozenSet<string> OrganizationWords = FrozenSet.ToFrozenSet(
    [
        "observatory", "ministry", "council", "army", "court", "agency", "committee", "party", "front", "group", "organization",
        "organisation", "commission", "centre", "center", "union", "bank", "company", "institute", "foundation", "federation",
        "association", "authority", "office", "department", "command", "forces", "brigade", "brigades", "coalition", "alliance",
        "movement", "network", "service", "university", "hospital", "museum", "assembly", "parliament", "senate", "congress",
        "government", "police", "press", "news", "times", "post", "state", "nations", "corporation", "inc", "ltd", "club", "league",
        "guild", "society", "fund", "board", "bureau", "division", "institution", "trust", "academy", "survey",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Lower-case words after a name that make it an organisation ("the X group", "X fighters").</summary>
    private static readonly FrozenSet<string> OrganizationFollowers = FrozenSet.ToFrozenSet(
        ["group", "fighters", "militants", "militia", "jihadists", "spokesman", "members", "leadership", "insurgents"], StringComparer.Ordinal);
}
