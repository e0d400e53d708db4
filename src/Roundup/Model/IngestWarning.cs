using Roundup.Text;

namespace Roundup.Model;

/// <summary>A problem with one input that did not stop the run: the file (and line) and what was done.</summary>
public sealed record IngestWarning(string Path, int? Line, string Message)
{
    /// <summary>"FILE[:LINE]: message", as warnings are printed (without control characters: a file name may hold any).</summary>
    public override string ToString() =>
        ControlCharacters.Strip(Line is int line ? $"{Path}:{line}: {Message}" : $"{Path}: {Message}");
}
