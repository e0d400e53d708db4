using System.CommandLine;
using System.Text.Json;
using Roundup.Ingest;
using Roundup.Model;
using Roundup.Output;

namespace Roundup.Cli;

/// <summary><c>roundup extract PATH... [--format jsonl|json|text]</c>: one record per article, in input order.</summary>
internal static class ExtractCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = CliShared.InputPaths();
        var format = new Option<string>("--format", "-f") { Description = "Output: jsonl (one record a line), json, or text.", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "json", "text");
        var command = new Command("extract", "Extract each article's text and metadata: the building block to script with.")
        {
            paths, format,
        };
        command.SetAction(parse =>
        {
            int count = 0;
            var all = new List<object>();
            foreach (var article in new CorpusReader().Read(parse.GetValue(paths)!, w => stderr.WriteLine($"warning: {w}")))
            {
                count++;
                var record = ToRecord(article);
                switch (parse.GetValue(format))
                {
                    case "jsonl":
                        stdout.WriteLine(JsonSerializer.Serialize(record, CliShared.JsonLine));
                        break;
                    case "json":
                        all.Add(record);
                        break;
                    default:
                        stdout.WriteLine($"== {article.Path}");
                        stdout.WriteLine($"title: {article.Title}");
                        stdout.WriteLine($"outlet: {article.Outlet}  published: {BriefWriter.Iso(article.Published)}  url: {article.Url}");
                        if (article.Authors.Count > 0)
                        {
                            stdout.WriteLine($"authors: {string.Join(", ", article.Authors)}");
                        }
                        stdout.WriteLine();
                        stdout.WriteLine(string.Join("\n\n", article.Paragraphs));
                        stdout.WriteLine();
                        break;
                }
            }
            if (count == 0)
            {
                throw new RoundupException("Nothing extracted: no readable article was found.");
            }
            if (parse.GetValue(format) == "json")
            {
                stdout.WriteLine(JsonSerializer.Serialize(all, CliShared.JsonIndented));
            }
            return RoundupCli.Success;
        });
        return command;
    }

    private static object ToRecord(Article a) => new
    {
        path = a.Path,
        id = a.Id,
        url = a.Url,
        outlet = a.Outlet,
        title = a.Title,
        published = BriefWriter.Iso(a.Published),
        authors = a.Authors,
        language = a.Language,
        text = string.Join("\n\n", a.Paragraphs),
    };
}
