namespace Roundup.Evaluation.Timelines;

/// <summary>One date of a timeline and the sentences that summarise it.</summary>
/// <param name="Date">The day.</param>
/// <param name="Sentences">Its summary, one sentence each (tokens separated by spaces, as timeline ROUGE reads them).</param>
public sealed record DatedSummary(DateOnly Date, IReadOnlyList<string> Sentences);

/// <summary>Recall, precision and F of one timeline measure.</summary>
/// <param name="Metric">"concat", "agreement", "align_date_costs", "align_date_content_costs" or "align_date_content_costs_many_to_one".</param>
/// <param name="Rouge1">ROUGE-1 of the measure.</param>
/// <param name="Rouge2">ROUGE-2 of the measure.</param>
/// <param name="Undefined">Why the reference implementation gives no number here (it is reported as 0), else null.</param>
public sealed record TimelineScore(string Metric, RougeScore Rouge1, RougeScore Rouge2, string? Undefined = null);

/// <summary>A predicted timeline scored against reference timelines.</summary>
/// <param name="Scores">The five timeline ROUGE measures, in the order the literature reports them.</param>
/// <param name="Dates">Date recall, precision and F1.</param>
/// <param name="DatesUndefined">Why date F1 is undefined (an empty prediction or reference; reported as 0), else null.</param>
public sealed record TimelineEvaluation(IReadOnlyList<TimelineScore> Scores, RougeScore Dates, string? DatesUndefined = null);
