using Roundup.Model;

namespace Roundup.Evaluation.Datasets;

/// <summary>One cluster of the DUC/TAC layout: its articles and its reference summaries (one sentence per line).</summary>
public sealed record EvaluationCluster(string Name, IReadOnlyList<Article> Articles, IReadOnlyList<IReadOnlyList<string>> References);
