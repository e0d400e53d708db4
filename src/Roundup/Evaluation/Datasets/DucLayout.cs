using Roundup.Ingest;
using Roundup.Ingest.Decoding;
using Roundup.Model;

namespace Roundup.Evaluation.Datasets;

/// <summary>
/// Summarisation data in the DUC/TAC layout: <c>docs/&lt;cluster&gt;/</c> holds a cluster's articles (any format
/// Roundup reads) and <c>refs/&lt;cluster&gt;.&lt;anything&gt;</c> its reference summaries, one sentence a line.
/// </summary>
public static class DucLayout
{
    /// <summary>
    /// The clusters that have both articles and a reference summary, in name order; a cluster without either is
    /// reported and skipped. Throws <see cref="RoundupException"/> when a folder is missing or no cluster is usable.
    /// </summary>
    public static List<EvaluationCluster> Read(string docs, string refs, Action<IngestWarning> warn)
    {
        if (!Directory.Exists(docs))
        {
            throw new RoundupException($"{Path.GetFullPath(docs)} does not exist; --docs needs a folder with one subfolder per cluster.");
        }
        if (!Directory.Exists(refs))
        {
            throw new RoundupException($"{Path.GetFullPath(refs)} does not exist; --refs needs a folder of reference summaries.");
        }
        var refsDir = new DirectoryInfo(refs);
        var clusters = new List<EvaluationCluster>();
        using var reader = new CorpusReader();
        foreach (var dir in new DirectoryInfo(docs).GetDirectories().OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            var references = refsDir.GetFiles(dir.Name + ".*").OrderBy(f => f.Name, StringComparer.Ordinal)
                .Select(f => (IReadOnlyList<string>)ReadSummary(f.FullName)).Where(r => r.Count > 0).ToList();
            if (references.Count == 0)
            {
                warn(new IngestWarning(dir.FullName, null, $"no reference summary {dir.Name}.* in {refsDir.FullName}; cluster skipped."));
                continue;
            }
            var articles = reader.Read([dir.FullName], warn).ToList();
            if (articles.Count == 0)
            {
                warn(new IngestWarning(dir.FullName, null, "no readable article; cluster skipped."));
                continue;
            }
            clusters.Add(new EvaluationCluster(dir.Name, articles, references));
        }
        if (clusters.Count == 0)
        {
            throw new RoundupException($"No cluster of {Path.GetFullPath(docs)} has both articles and a reference summary in {refsDir.FullName}.");
        }
        return clusters;
    }

    /// <summary>A summary file's sentences: one a line, trimmed, blank lines left out.</summary>
    public static List<string> ReadSummary(string path)
    {
        if (!File.Exists(path))
        {
            throw new RoundupException($"{Path.GetFullPath(path)} does not exist.");
        }
        var text = TextDecoder.Decode(File.ReadAllBytes(path), path);
        return text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
    }
}
