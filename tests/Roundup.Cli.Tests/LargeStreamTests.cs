using System.Text;
using System.Text.Json;

namespace Roundup.Cli.Tests;

public class LargeStreamTests
{
    [Fact]
    public void A_malformed_line_in_a_one_gigabyte_stream_is_reported_by_line_and_skipped()
    {
        using var dir = new TempFolder();
        var path = Path.Combine(dir.Path, "big.jsonl");
        const int OversizedChars = 10_700_000; // each just over the 10 M character line limit: 100 of them make ~1 GB
        // On a machine short of disk the same stream is built at a tenth of the size, so CI cannot fail for space.
        bool roomy = new DriveInfo(Path.GetPathRoot(Path.GetFullPath(dir.Path))!).AvailableFreeSpace > 4L * 1024 * 1024 * 1024;
        int oversizedLines = roomy ? 100 : 10;
        using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        {
            void Line(string text) => stream.Write(Encoding.UTF8.GetBytes(text + "\n"));
            Line(JsonSerializer.Serialize(new { id = "first", text = "A magnitude 7.1 earthquake struck off the coast of central Chile on Tuesday, officials said." }));
            var filler = Encoding.ASCII.GetBytes(new string('x', 1 << 20));
            for (int i = 0; i < oversizedLines; i++)
            {
                var head = Encoding.ASCII.GetBytes("{\"id\": \"huge" + i + "\", \"text\": \"");
                stream.Write(head);
                for (int written = head.Length; written < OversizedChars; written += filler.Length)
                {
                    stream.Write(filler, 0, Math.Min(filler.Length, OversizedChars - written));
                }
                stream.Write("\"}\n"u8);
            }
            Line("{\"id\": \"broken\", \"text\": \"no closing quote}");
            Line(JsonSerializer.Serialize(new { id = "last", text = "The Chile earthquake of magnitude 7.1 shook Valparaiso and Santiago on Tuesday; no deaths were reported." }));
        }
        Assert.True(new FileInfo(path).Length > (roomy ? 1_000_000_000 : 100_000_000));

        var result = CliRunner.Run("cluster", path, "--format", "jsonl");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"warning: {path}:2: line is longer than 10 MB; skipped.", result.Stderr);
        Assert.Contains($"warning: {path}:{oversizedLines + 2}: not valid JSON", result.Stderr);
        var ids = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(l => JsonDocument.Parse(l).RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetString())).ToList();
        Assert.Equal(["first", "last"], ids);
    }
}
