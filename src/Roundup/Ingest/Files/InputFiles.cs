using Roundup.Model;

namespace Roundup.Ingest.Files;

/// <summary>One file to read: the path it was reached by, and its status (of the final target of any links).</summary>
internal readonly record struct InputFile(string Path, FileStatus Status);

/// <summary>
/// The files a path names. A folder is walked recursively in ordinal path order, following links but visiting each
/// folder and each file once (a link loop or a second link to the same file adds nothing); hidden files and folders
/// below it are left out. What cannot be an article file is reported and skipped: FIFOs, sockets and devices (reading
/// them may never end), links to nothing, folders that cannot be listed.
/// </summary>
internal static class InputFiles
{
    /// <summary>
    /// The files under <paramref name="path"/>. A path named directly may be a FIFO or device (a pipe from another
    /// program); inside a folder such files are skipped. Throws <see cref="RoundupException"/> when the path does
    /// not exist.
    /// </summary>
    public static List<InputFile> Under(string path, Action<IngestWarning> warn)
    {
        var status = FileStatus.Of(path);
        switch (status.Kind)
        {
            case FileKind.Regular:
            case FileKind.Special:
                return [new InputFile(path, status)];
            case FileKind.Directory:
                return Walk(path, status, warn);
            default:
                throw new RoundupException($"{path} does not exist; give a file or folder of articles.");
        }
    }

    private static List<InputFile> Walk(string root, FileStatus rootStatus, Action<IngestWarning> warn)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal) { rootStatus.Identity };
        var found = new List<InputFile>();
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            string[] entries;
            try
            {
                entries = Directory.GetFileSystemEntries(dir);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                warn(new IngestWarning(dir, null, $"folder cannot be read ({e.Message}); skipped."));
                continue;
            }
            Array.Sort(entries, StringComparer.Ordinal);
            var subfolders = new List<string>();
            foreach (var entry in entries)
            {
                if (Path.GetFileName(entry).StartsWith('.'))
                {
                    continue; // hidden
                }
                var status = FileStatus.Of(entry);
                switch (status.Kind)
                {
                    case FileKind.Directory:
                        if (visited.Add(status.Identity))
                        {
                            subfolders.Add(entry);
                        }
                        break;
                    case FileKind.Regular:
                        found.Add(new InputFile(entry, status));
                        break;
                    case FileKind.Special:
                        warn(new IngestWarning(entry, null, "not a regular file (a FIFO, socket or device, which may never end); skipped."));
                        break;
                    default:
                        warn(new IngestWarning(entry, null, "a link to nothing (or a loop of links); skipped."));
                        break;
                }
            }
            for (int i = subfolders.Count - 1; i >= 0; i--)
            {
                pending.Push(subfolders[i]);
            }
        }
        // Ordinal order of the paths, as before; a file reached again through another link is read once, by its first path.
        found.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return found.Where(f => seen.Add(f.Status.Identity)).ToList();
    }
}
