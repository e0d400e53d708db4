using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Roundup.Cli;

/// <summary>Pieces every command uses alike: the input-paths argument and the JSON writer settings.</summary>
internal static class CliShared
{
    /// <summary>One JSON value per line (JSON Lines), readable non-ASCII text.</summary>
    public static readonly JsonSerializerOptions JsonLine = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Indented JSON documents, readable non-ASCII text.</summary>
    public static readonly JsonSerializerOptions JsonIndented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };

    /// <summary>The <c>PATH...</c> argument: every input kind Roundup reads.</summary>
    public static Argument<string[]> InputPaths() => new("paths")
    {
        Description = "Article files or folders (read recursively): plain text (.txt), web pages (.html, .html.gz), RSS/Atom feeds, JSON Lines (.jsonl, streamed), or feed and page URLs.",
        Arity = ArgumentArity.OneOrMore,
    };
}
