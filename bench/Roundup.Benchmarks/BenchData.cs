using System.Text.Json;

namespace Roundup.Benchmarks;

/// <summary>Builds benchmark corpora from the bundled example and the ECB+ texts in ../shared/eval.</summary>
internal static class BenchData
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Palmyra => Path.Combine(RepositoryRoot, "examples", "palmyra-2016");

    public static string EcbPlus => Path.Combine(RepositoryRoot, "..", "shared", "eval", "ecbplus-events.jsonl");

    /// <summary>
    /// Writes a folder of <paramref name="count"/> plain-text articles: the five Palmyra reports, then ECB+
    /// documents in file order, so the larger sets hold many events as a real news folder would.
    /// </summary>
    public static string WriteFolder(int count)
    {
        var dir = Path.Combine(Path.GetTempPath(), $"roundup-bench-{count}-{Environment.ProcessId}");
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }
        Directory.CreateDirectory(dir);
        int written = 0;
        foreach (var file in Directory.GetFiles(Palmyra).Order(StringComparer.Ordinal).Take(count))
        {
            File.Copy(file, Path.Combine(dir, Path.GetFileName(file)));
            written++;
        }
        foreach (var line in File.ReadLines(EcbPlus))
        {
            if (written >= count)
            {
                break;
            }
            using var doc = JsonDocument.Parse(line);
            var id = doc.RootElement.GetProperty("id").GetString()!;
            File.WriteAllText(Path.Combine(dir, $"ecb_{id}.txt"), doc.RootElement.GetProperty("text").GetString());
            written++;
        }
        if (written < count)
        {
            throw new InvalidOperationException($"Only {written} articles are available for a {count}-article benchmark.");
        }
        return dir;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Roundup.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Roundup.sln not found above the benchmark binaries.");
    }
}
