using Roundup.Ingest;
using Roundup.Model;

namespace Roundup.Tests.Ingest.Files;

/// <summary>Files of a data set's own extension that hold text are read; code, data and binary files are not.</summary>
public class UnknownTextFileTests
{
    [Fact]
    public void Text_files_of_an_unknown_extension_are_read_once_said_and_dated_by_their_folder()
    {
        using var dir = new TempFolder();
        dir.File("docs/2010-04-20/1.htm.cont", "Oil rig explodes\n\nAn explosion on an oil rig in the Gulf of Mexico left eleven workers missing on Tuesday.\n");
        dir.File("docs/2010-04-21/2.htm.cont", "Search goes on\n\nCoast guard boats searched the Gulf of Mexico for eleven missing workers on Wednesday.\n");
        dir.File("docs/README.md", "# The data set\n\nArticles filed by day.\n");
        dir.File("docs/2010-04-21/3.dat", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00 });
        var warnings = new List<IngestWarning>();

        var articles = new CorpusReader().Read([Path.Combine(dir.Path, "docs")], warnings.Add).ToList();

        Assert.Equal([new DateOnly(2010, 4, 20), new DateOnly(2010, 4, 21)], articles.Select(a => a.Published));
        Assert.Equal("Oil rig explodes", articles[0].Title);
        // One word about the unknown extension, not one per file; the README and the binary file are skipped, saying so.
        Assert.Single(warnings, w => w.Message.Contains("files ending '.cont' are not a known type", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Path.EndsWith("README.md", StringComparison.Ordinal) && w.Message.Contains("unknown file type", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Path.EndsWith("3.dat", StringComparison.Ordinal) && w.Message.Contains("unknown file type", StringComparison.Ordinal));
    }
}
