using System.CommandLine;
using System.Text;
using Roundup.Ingest.Files;
using Roundup.Model;

namespace Roundup.Cli;

/// <summary>The <c>-o/--output</c> option every command has: a file instead of standard output, never one of the inputs.</summary>
internal static class CliOutput
{
    public static Option<FileInfo?> Create() => new("--output", "-o") { Description = "Write to this file instead of standard output (never one of the inputs)." };

    /// <summary>Output files being written by the running command, to be removed if it fails before closing them.</summary>
    private static readonly AsyncLocal<List<PendingFile>?> Pending = new();

    /// <summary>A file written under a temporary name beside its target, which it replaces only once complete.</summary>
    private sealed record PendingFile(TextWriter Writer, string Temporary, string Target);

    /// <summary>
    /// Standard output, or the file after checking that it is not one of <paramref name="inputs"/> and not inside an
    /// input folder (an input would be overwritten, or read back as an article on the next run). A regular file is
    /// written under a temporary name and replaces the target only in <see cref="Close"/>: a run that fails midway
    /// (nothing found, a full disk) leaves neither an empty file nor a half-written one, and an earlier output stays.
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
        // A device or a pipe (-o /dev/null, a FIFO) is written as it is: it cannot be replaced by a file.
        bool special = FileStatus.Of(output.FullName).Kind == FileKind.Special;
        var temporary = special ? output.FullName : Path.Combine(output.DirectoryName!, $".{output.Name}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(false));
            if (!special)
            {
                (Pending.Value ??= []).Add(new PendingFile(writer, temporary, output.FullName));
            }
            return writer;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RoundupException($"Cannot write {output.FullName}: {e.Message}");
        }
    }

    /// <summary>Starts a command: outputs opened from here on are tracked until closed or abandoned.</summary>
    public static void Begin() => Pending.Value = [];

    /// <summary>Removes the temporary files of outputs never closed: the command failed (see <see cref="Open"/>).</summary>
    public static void Abandon()
    {
        foreach (var file in Pending.Value ?? [])
        {
            try
            {
                file.Writer.Dispose();
            }
            catch (IOException)
            {
                // A full disk fails the final flush too; the file is removed below all the same.
            }
            try
            {
                File.Delete(file.Temporary);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Nothing more can be done; the file's name says what it is.
            }
        }
        Pending.Value?.Clear();
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

    /// <summary>
    /// Closes a file opened by <see cref="Open"/> (standard output stays open), puts it in place of its target, and
    /// says where the output went.
    /// </summary>
    public static void Close(TextWriter writer, TextWriter stdout, FileInfo? output, TextWriter stderr, string what)
    {
        if (ReferenceEquals(writer, stdout) || output is null)
        {
            return;
        }
        writer.Dispose();
        var pending = Pending.Value?.FirstOrDefault(p => ReferenceEquals(p.Writer, writer));
        if (pending is not null)
        {
            File.Move(pending.Temporary, pending.Target, overwrite: true);
            Pending.Value!.Remove(pending);
        }
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
