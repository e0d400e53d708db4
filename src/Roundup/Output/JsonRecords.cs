using System.Text.Json;

namespace Roundup.Output;

/// <summary>
/// Records written as JSON either at once, one a line (JSON Lines: memory stays flat on a long stream), or kept for
/// one document written at the end.
/// </summary>
/// <param name="output">Where JSON Lines go.</param>
/// <param name="lines">True for JSON Lines; false to keep the records for <see cref="Collected"/>.</param>
internal sealed class JsonRecords(TextWriter output, bool lines)
{
    private readonly List<object> _collected = [];

    /// <summary>The records kept for the document (none with JSON Lines).</summary>
    public IReadOnlyList<object> Collected => _collected;

    /// <summary>Writes the record as a line, or keeps it for the document.</summary>
    public void Add(object record)
    {
        if (lines)
        {
            output.WriteLine(JsonSerializer.Serialize(record, JsonText.Line));
        }
        else
        {
            _collected.Add(record);
        }
    }
}
