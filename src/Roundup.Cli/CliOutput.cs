using System.CommandLine;
using System.Text;
using Roundup.Model;

namespace Roundup.Cli;

/// <summary>The <c>-o/--output</c> option every command has: a file instead of standard output, never one of the inputs.</summary>
internal static class CliOutput
{
    public static Option<FileInfo?> Create() => new("--output", "-o") { Description = "Write to this file instead of standard output (never one of the inputs)." };

    /// <summary>
    /// Standard output, or the file (created or replaced) after checking that it is not one of <paramref name="inputs"/>
    /// and not inside an input folder: an input would be overwritten, or read back as an article on the next run.
    /// </summary>
    public static TextWriter Open(FileInfo? output, TextWriter stdout, IEnumerable<string> inputs)
    {
        if (output is null)
        {
            return stdout;
        }
        CheckNotAnInput(output, inputs);
        if (output.Directory is { Exists: false } directory)
        {
            throw new RoundupException($"Cannot write {output.FullName}: the folder {directory.FullName} does not exist.");
        }
        try
        {
            return new StreamWriter(output.FullName, append: false, new UTF8Encoding(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RoundupException($"Cannot write {output.FullName}: {e.Message}");
        }
    }

    /// <summary>
    /// Refuses an output file that is one of <paramref name="inputs"/> or lies inside an input folder; a command that
    /// writes only after reading calls it before reading, so that a refusal costs no work.
    /// </summary>
    public static void CheckNotAnInput(FileInfo? output, IEnumerable<string> inputs)
    {
        if (output is null)
        {
            return;
        }
        var target = Resolve(output.FullName);
        foreach (var input in inputs.Where(i => i != "-" && !i.Contains("://", StringComparison.Ordinal)))
        {
            var source = Resolve(Path.GetFullPath(input));
            if (target == source)
            {
                throw new RoundupException($"Will not write {output.FullName}: it is one of the inputs. Name another file with --output.");
            }
            if (Directory.Exists(source) && target.StartsWith(source.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw new RoundupException($"Will not write {output.FullName}: it is inside the input folder {input}. Name a file outside the inputs with --output.");
            }
        }
    }

    /// <summary>Closes a file opened by <see cref="Open"/> (standard output stays open) and says where the output went.</summary>
    public static void Close(TextWriter writer, TextWriter stdout, FileInfo? output, TextWriter stderr, string what)
    {
        if (ReferenceEquals(writer, stdout) || output is null)
        {
            return;
        }
        writer.Dispose();
        stderr.WriteLine($"{what} written to {output.FullName}.");
    }

    /// <summary>The path with links in it resolved, so that two names of one file compare equal.</summary>
    private static string Resolve(string path)
    {
        try
        {
            FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
            var final = info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true) ?? info;
            var full = Path.GetFullPath(final.FullName);
            // Links in the folders above count too: resolve the parent the same way.
            var parent = Path.GetDirectoryName(full);
            return parent is null || parent == full ? full : Path.Combine(Resolve(parent), Path.GetFileName(full));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Path.GetFullPath(path);
        }
    }
}
