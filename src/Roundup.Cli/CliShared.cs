using System.CommandLine;
using System.Globalization;
using Roundup.Ingest;
using Roundup.Model;

namespace Roundup.Cli;

/// <summary>Pieces every command uses alike: the input-paths argument, option kinds and the warning line.</summary>
internal static class CliShared
{
    /// <summary>The <c>PATH...</c> argument: every input kind Roundup reads.</summary>
    public static Argument<string[]> InputPaths()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Article files or folders (read recursively): plain text (.txt), web pages (.html, .html.gz), RSS/Atom feeds, JSON Lines (.jsonl, streamed), or feed and page URLs.",
            Arity = ArgumentArity.OneOrMore,
        };
        // A mistyped option ("--word 50") would otherwise be taken for a path that does not exist.
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                var value = token.Value;
                if (value.Length > 1 && value[0] == '-' && !File.Exists(value) && !Directory.Exists(value))
                {
                    result.AddError($"Unknown option '{value}'.");
                }
            }
        });
        return paths;
    }

    /// <summary>An option that takes a positive whole number, with a clear message for anything else.</summary>
    public static Option<int> PositiveInt(string name, string? alias, int defaultValue, string description)
    {
        var option = alias is null ? new Option<int>(name) : new Option<int>(name, alias);
        option.Description = description;
        option.DefaultValueFactory = _ => defaultValue;
        option.CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
            {
                return value;
            }
            result.AddError($"{name} must be a positive whole number, such as {defaultValue} (got '{text}').");
            return 0;
        };
        return option;
    }

    /// <summary>An option that takes a date written YYYY-MM-DD, with a clear message for anything else.</summary>
    public static Option<DateOnly?> DateOption(string name, string description)
    {
        var option = new Option<DateOnly?>(name) { Description = description };
        option.CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }
            result.AddError($"{name} takes a date written YYYY-MM-DD, such as 2016-03-27 (got '{text}').");
            return null;
        };
        return option;
    }

    /// <summary>An option that takes a whole number (0 or more), parsed strictly, with no default.</summary>
    public static Option<int> WholeNumber(string name, string description)
    {
        var option = new Option<int>(name) { Description = description };
        option.CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }
            result.AddError($"{name} must be a whole number, such as 3 (got '{text}').");
            return 0;
        };
        return option;
    }

    /// <summary>
    /// A list option in the one style every list option has: values separated by commas, the option repeated, or both
    /// (<c>--methods lead,lexrank</c> = <c>--methods lead --methods lexrank</c>). A value that names an existing file
    /// is kept whole, commas and all.
    /// </summary>
    public static Option<string[]> ListOption(string name, string description, string[]? defaultValues = null)
    {
        var option = new Option<string[]>(name)
        {
            Description = $"{description} Separate values with commas or repeat the option.",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        if (defaultValues is not null)
        {
            option.DefaultValueFactory = _ => defaultValues;
        }
        option.CustomParser = result => result.Tokens
            .SelectMany(t => File.Exists(t.Value) ? [t.Value] : t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToArray();
        return option;
    }

    /// <summary>A <c>--format</c> option limited to <paramref name="formats"/>, the first being the default.</summary>
    public static Option<string> FormatOption(string description, params string[] formats)
    {
        var option = new Option<string>("--format", "-f") { Description = description, DefaultValueFactory = _ => formats[0] };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    /// <summary>The format value as the writer's enum (the option has already limited it to known names).</summary>
    public static T Format<T>(ParseResult parse, Option<string> option)
        where T : struct, Enum => Enum.Parse<T>(parse.GetValue(option)!, ignoreCase: true);

    /// <summary>Writes a warning the way every command does: <c>warning: FILE[:LINE]: what happened; what was done</c>.</summary>
    public static Action<IngestWarning> Warn(TextWriter stderr) => w => stderr.WriteLine($"warning: {w}");

    /// <summary>
    /// Every article of <paramref name="paths"/>, warnings written as they come; none at all is a
    /// <see cref="RoundupException"/> that says "Nothing to <paramref name="task"/>" and why.
    /// </summary>
    public static List<Article> ReadArticles(string[] paths, TextWriter stderr, string task)
    {
        int warnings = 0;
        var write = Warn(stderr);
        using var reader = new CorpusReader();
        var articles = reader.Read(paths, w =>
        {
            warnings++;
            write(w);
        }).ToList();
        if (articles.Count == 0)
        {
            var what = warnings > 0 ? "none of the input could be read (see the warnings above)" : "no article files were found";
            throw new RoundupException($"Nothing to {task}: {what}. Give article files (.txt, .html, .jsonl, RSS/Atom feeds), folders that hold them, or feed and page URLs.");
        }
        return articles;
    }
}
