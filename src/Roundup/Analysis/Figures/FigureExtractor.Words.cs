using System.Collections.Frozen;

namespace Roundup.Analysis.Figures;

/// <summary>The words that tell a count from a date, a measure or a verb.</summary>
internal static partial class FigureExtractor
{
    private static readonly FrozenSet<string> Months = FrozenSet.ToFrozenSet(
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ], StringComparer.Ordinal);

    /// <summary>Units of time: a number of them is a duration or an age, which timelines read, not a count.</summary>
    private static readonly FrozenSet<string> TimeUnits = FrozenSet.ToFrozenSet(
    [
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
        "year", "years", "decade", "decades", "century", "centuries", "a.m.", "p.m.", "am", "pm", "gmt", "utc", "o'clock",
        "today", "yesterday", "tonight", "tomorrow", "overnight",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ], StringComparer.Ordinal);

    /// <summary>Units that make a number a rate, a share or a measure rather than a count of things.</summary>
    private static readonly FrozenSet<string> NotCounts = FrozenSet.ToFrozenSet(
    [
        "percent", "per", "%", "km", "kilometres", "kilometers", "miles", "metres", "meters", "feet", "kg", "tonnes", "tons",
        "degrees", "points", "times", "th", "st", "nd", "rd",
    ], StringComparer.Ordinal);

    /// <summary>Words between a counted noun and its verb that say nothing of what happened.</summary>
    private static readonly FrozenSet<string> Auxiliaries = FrozenSet.ToFrozenSet(
    [
        "were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "also", "reportedly", "all", "now", "already",
        "later", "since", "allegedly", "who", "that", "which", "had", "would", "will", "may", "might", "could",
    ], StringComparer.Ordinal);

    /// <summary>Words that open a new clause after a count: what they date is not the count.</summary>
    private static readonly FrozenSet<string> ClauseOpeners = FrozenSet.ToFrozenSet(
        ["which", "who", "since", "after", "before", "when", "while", "where", ";"], StringComparer.Ordinal);

    /// <summary>What joins two clauses that each can say what happened where and when.</summary>
    private static readonly string[] ClauseJoints = [", and ", ", but ", "; "];

    // Lookups of a word held in a buffer, declared after their sets: field initialisers of one file run in order.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthLookup = Months.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseOpenerLookup = ClauseOpeners.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that report a toll rather than say what happened: "were confirmed dead", "are feared killed".</summary>
    private static readonly FrozenSet<string> Hearsay = FrozenSet.ToFrozenSet(
        ["confirmed", "reported", "feared", "believed", "presumed", "known", "said", "thought"], StringComparer.Ordinal);

    /// <summary>Irregular past forms: after the counted noun they are the verb ("voters cast", "families fled").</summary>
    private static readonly FrozenSet<string> IrregularPast = FrozenSet.ToFrozenSet(
    [
        "fled", "lost", "held", "hurt", "left", "took", "gave", "made", "went", "came", "saw", "fell", "rose", "cast", "won", "ran", "met",
        "sent", "said", "told", "got", "kept", "paid", "shot", "struck", "hit", "set", "put", "cut", "built", "began", "fought", "sold",
        "stood", "spent", "brought", "thought", "died", "remain", "remained", "face", "faced", "fear", "feared",
    ], StringComparer.Ordinal);
}
