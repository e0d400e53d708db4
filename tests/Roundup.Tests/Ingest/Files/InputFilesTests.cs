using System.Runtime.InteropServices;
using Roundup.Ingest;
using Roundup.Model;

namespace Roundup.Tests.Ingest.Files;

/// <summary>Folders as users have them: links, loops, pipes and devices among the articles.</summary>
public class InputFilesTests
{
    private const string Story = "Troops retook the ancient city of Palmyra on Sunday, the army said in a statement.";

    /// <summary>Reads with a time bound: a walk that loops or a read that never ends fails the test instead of hanging it.</summary>
    private static (List<Article> Articles, List<IngestWarning> Warnings) Read(IngestOptions? options, params string[] paths)
    {
        var warnings = new List<IngestWarning>();
        var task = Task.Run(() => new CorpusReader(options).Read(paths, w =>
        {
            lock (warnings)
            {
                warnings.Add(w);
            }
        }).ToList());
        Assert.True(task.Wait(TimeSpan.FromSeconds(30)), "reading did not end");
        return (task.Result, warnings);
    }

    [DllImport("libc", EntryPoint = "mkfifo")]
    private static extern int MakeFifo([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint mode);

    [Fact]
    public void A_fifo_and_a_link_to_a_device_in_a_folder_are_skipped_with_warnings()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // FIFOs and /dev/zero are what this is about
        }
        using var dir = new TempFolder();
        dir.File("a.txt", Story);
        Assert.Equal(0, MakeFifo(Path.Combine(dir.Path, "pipe.jsonl"), Convert.ToUInt32("644", 8)));
        File.CreateSymbolicLink(Path.Combine(dir.Path, "zero.txt"), "/dev/zero");

        var (articles, warnings) = Read(null, dir.Path);

        Assert.Equal(["a"], articles.Select(a => a.Id));
        Assert.Equal(["pipe.jsonl", "zero.txt"], warnings.Select(w => Path.GetFileName(w.Path)).Order());
        Assert.All(warnings, w => Assert.Contains("not a regular file", w.Message));
    }

    [Fact]
    public void Link_loops_end_and_each_file_is_read_once()
    {
        using var dir = new TempFolder();
        dir.File("a.txt", Story);
        dir.File("sub/b.txt", Story + " Reinforcements arrived on Monday.");
        File.CreateSymbolicLink(Path.Combine(dir.Path, "sub", "up"), "..");
        File.CreateSymbolicLink(Path.Combine(dir.Path, "sub", "root"), dir.Path);
        File.CreateSymbolicLink(Path.Combine(dir.Path, "again.txt"), Path.Combine(dir.Path, "a.txt"));

        var (articles, warnings) = Read(null, dir.Path);

        Assert.Equal(["a", "b"], articles.Select(a => a.Id));
        Assert.Empty(warnings);
    }

    [Fact]
    public void A_link_to_nothing_is_a_warning_and_the_files_beside_it_are_read()
    {
        using var dir = new TempFolder();
        dir.File("a.txt", Story);
        File.CreateSymbolicLink(Path.Combine(dir.Path, "gone.txt"), Path.Combine(dir.Path, "missing.txt"));
        File.CreateSymbolicLink(Path.Combine(dir.Path, "self.txt"), Path.Combine(dir.Path, "self.txt"));

        var (articles, warnings) = Read(null, dir.Path);

        Assert.Equal(["a"], articles.Select(a => a.Id));
        Assert.Equal(["gone.txt", "self.txt"], warnings.Select(w => Path.GetFileName(w.Path)).Order());
    }

    [Fact]
    public void The_size_limit_holds_for_the_file_a_link_points_to()
    {
        using var dir = new TempFolder();
        var big = dir.File("store/big.txt", string.Concat(Enumerable.Repeat(Story + "\n", 100)));
        var link = Path.Combine(dir.Path, "in", "link.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        File.CreateSymbolicLink(link, big);
        var options = new IngestOptions { MaxArticleFileBytes = 1000 };

        var (direct, directWarnings) = Read(options, big);
        var (linked, linkWarnings) = Read(options, link);

        Assert.Empty(direct);
        Assert.Empty(linked);
        Assert.Contains("more than the", Assert.Single(directWarnings).Message);
        Assert.Contains("more than the", Assert.Single(linkWarnings).Message);
    }

    [Fact]
    public void A_device_named_directly_is_read_only_up_to_the_size_limit()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var (articles, warnings) = Read(new IngestOptions { MaxArticleFileBytes = 1 << 20 }, "/dev/zero");

        Assert.Empty(articles);
        Assert.Contains("holds more than the 1 MB", Assert.Single(warnings).Message);
    }
}
