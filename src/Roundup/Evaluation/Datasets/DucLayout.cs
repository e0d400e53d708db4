using Roundup.Ingest;
using Roundup.Ingest.Decoding;
using Roundup.Model;

namespace Roundup.Evaluation.Datasets;

/// <summary>
/// Summarisation data in the DUC/TAC layout: <c>docs/&lt;cluster&gt;/</c> holds a cluster's articles (any format
/// Roundup reads, the corpora's own SGML among them) and <c>refs/&lt;cluster&gt;.&lt;anything&gt;</c> its reference
/// summaries, one sentence a line.
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
        var referenceFiles = refsDir.GetFiles();
        var clusters = new List<EvaluationCluster>();
        using var reader = new CorpusReader();
        foreach (var dir in new DirectoryInfo(docs).GetDirectories().OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            var references = ReferenceFiles(referenceFiles, dir.Name)
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

    /// <summary>
    /// The reference files of a cluster: named <c>&lt;cluster&gt;.&lt;anything&gt;</c>, in any case. DUC 2001–2004 name a
    /// document set with a one-letter suffix after its number ("d30001t") and its summaries without it
    /// ("D30001.M.100.T.A"): when nothing matches the whole name, the name less that letter is asked.
    /// </summary>
    private static List<FileInfo> ReferenceFiles(FileInfo[] files, string cluster)
    {
        List<FileInfo> Named(string name) => files.Where(f => f.Name.StartsWith(name + ".", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
        var named = Named(cluster);
        if (named.Count == 0 && cluster.Length > 2 && char.IsLetter(cluster[^1]) && char.IsDigit(cluster[^2]))
        {
            named = Named(cluster[..^1]);
        }
        return named;
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
