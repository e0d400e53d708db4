namespace Roundup.Briefing;

/// <summary>The levers of <see cref="ConceptCoverage"/>, each with the reason for its default.</summary>
internal sealed record ConceptCoverageOptions
{
    /// <summary>Sentences shorter than this rarely carry a whole fact (and are often captions or fragments).</summary>
    public int MinSentenceWords { get; init; } = 8;

    /// <summary>Sentences longer than this spend the budget on one long clause chain.</summary>
    public int MaxSentenceWords { get; init; } = 55;

    /// <summary>Paraphrase guard: two chosen sentences may share at most this share of their content stems.</summary>
    public double MaxContentOverlap { get; init; } = 0.5;

    /// <summary>News puts the event first: the opening sentences of each article are its lead.</summary>
    public int LeadSentences { get; init; } = 3;

    /// <summary>Extra weight for each article that states a concept in its lead (news is written lead-first).</summary>
    public double LeadBonus { get; init; } = 1.0;

    /// <summary>A concept counts when this share of the articles mention it (ICSISumm: 3 of 10).</summary>
    public double MinDocumentShare { get; init; } = 0.25;

    /// <summary>…but never more than this many articles are required, so big clusters keep their concepts.</summary>
    public int MaxMinDocumentFrequency { get; init; } = 5;

    /// <summary>Skip sentences opening with a word that leans on the previous one (But, He, This …).</summary>
    public bool SkipDependentOpeners { get; init; } = true;
}
