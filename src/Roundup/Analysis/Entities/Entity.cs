namespace Roundup.Analysis.Entities;

/// <summary>What an entity is.</summary>
public enum EntityKind
{
    /// <summary>Nothing in the texts says what it is.</summary>
    Other,

    /// <summary>A person: a title, a role or a short form of a full name says so.</summary>
    Person,

    /// <summary>An organisation: an organisation word in its name ("Observatory", "Ministry") or a cue ("X group").</summary>
    Organization,

    /// <summary>A place: "in X", "the city of X", a dateline.</summary>
    Place,
}

/// <summary>One referent across a story's articles, with every name they give it.</summary>
/// <param name="Name">The fullest name the texts give it (the longest of its most used forms).</param>
/// <param name="Kind">Person, organisation, place or other.</param>
/// <param name="Aliases">Every surface form found, the name included, most used first.</param>
/// <param name="Mentions">How many times the articles name it.</param>
/// <param name="Sources">Ids of the articles that name it, in input order.</param>
public sealed record Entity(string Name, EntityKind Kind, IReadOnlyList<string> Aliases, int Mentions, IReadOnlyList<string> Sources);
