namespace Roundup.Ingest.Files;

/// <summary>
/// A file whose extension Roundup does not know but which holds prose text: data sets keep articles under names of
/// their own (".cont", ".story", ".sent"), and skipping them would read nothing. Known text formats that are not
/// articles (code, data, configuration, READMEs) and anything binary are still skipped.
/// </summary>
internal static class UnknownTextFile
{
    /// <summary>Text formats that are not news articles.</summary>
    private static readonly HashSet<string> NotArticles = new(StringComparer.Ordinal)
    {
        ".json", ".csv", ".tsv", ".yaml", ".yml", ".toml", ".ini", ".cfg", ".conf", ".config", ".properties", ".log",
        ".md", ".markdown", ".rst", ".tex", ".bib", ".py", ".ipynb", ".js", ".mjs", ".ts", ".cs", ".csproj", ".sln",
        ".java", ".c", ".h", ".cpp", ".hpp", ".go", ".rs", ".rb", ".pl", ".pm", ".r", ".sh", ".bat", ".ps1", ".sql",
        ".css", ".scss", ".xsl", ".xslt", ".xsd", ".dtd", ".svg", ".lock", ".pdf", ".doc", ".docx", ".zip", ".gz",
        ".tar", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".ico", ".mp3", ".mp4", ".exe", ".dll", ".so", ".db",
        ".sqlite", ".pyc", ".class", ".jar", ".bin", ".dat", ".pkl", ".npy", ".parquet",
    };

    /// <summary>How much of the file is looked at to tell text from binary.</summary>
    private const int SniffBytes = 4096;

    /// <summary>True for a file of an unknown, non-excluded extension whose start is text (no NUL, few control bytes).</summary>
    /// <param name="file">The file.</param>
    /// <param name="isKnown">Whether a (lower-case) extension is one the reader has a reader for.</param>
    public static bool Matches(string file, Func<string, bool> isKnown)
    {
        var extension = Path.GetExtension(file).ToLowerInvariant();
        if (extension.Length == 0 || NotArticles.Contains(extension) || isKnown(extension))
        {
            return false;
        }
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
            var buffer = new byte[SniffBytes];
            int read = stream.ReadAtLeast(buffer, SniffBytes, throwOnEndOfStream: false);
            if (read == 0)
            {
                return false;
            }
            int control = 0;
            for (int i = 0; i < read; i++)
            {
                byte b = buffer[i];
                if (b == 0)
                {
                    return false;
                }
                if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C))
                {
                    control++;
                }
            }
            // Text has next to no control bytes; binary formats are full of them.
            return control * 100 < read;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // the normal path reports why the file cannot be read
        }
    }
}
