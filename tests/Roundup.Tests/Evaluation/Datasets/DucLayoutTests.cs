using Roundup.Evaluation.Datasets;
using Roundup.Model;

namespace Roundup.Tests.Evaluation.Datasets;

public class DucLayoutTests
{
    private const string Story = "The bridge reopened on Friday after two weeks of repairs, the city said.";

    [Fact]
    public void References_are_found_under_the_names_duc_gives_them()
    {
        // DUC names a document set "d30001t" and its summaries "D30001.M.100.T.A"; others use the set's own name.
        using var dir = new TempFolder();
        dir.File("docs/d30001t/APW19981016.0240", $"<DOC>\n<DOCNO> APW19981016.0240 </DOCNO>\n<TEXT>\n{Story}\n</TEXT>\n</DOC>\n");
        dir.File("docs/Event7/a.txt", Story);
        dir.File("docs/d30002t/b.txt", Story);
        dir.File("refs/D30001.M.100.T.A", "The bridge reopened.");
        dir.File("refs/D30001.M.100.T.B", "Repairs ended.");
        dir.File("refs/event7.A", "The city reopened the bridge.");
        dir.File("refs/D30003.M.100.T.A", "Another set's summary.");
        var warnings = new List<IngestWarning>();

        var clusters = DucLayout.Read(Path.Combine(dir.Path, "docs"), Path.Combine(dir.Path, "refs"), warnings.Add);

        Assert.Equal(["Event7", "d30001t"], clusters.Select(c => c.Name));
        Assert.Equal([["The city reopened the bridge."]], clusters[0].References);
        Assert.Equal([["The bridge reopened."], ["Repairs ended."]], clusters[1].References);
        Assert.Equal("APW19981016.0240", Assert.Single(clusters[1].Articles).Id);
        Assert.Contains("d30002t", Assert.Single(warnings).Path, StringComparison.Ordinal);
    }
}
