using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Roundup.Evaluation;
using Roundup.Ingest.Decoding;
using Roundup.Ingest.JsonLines;
using Roundup.Ingest;
using Roundup.Model;
using Roundup.Stories;

namespace Roundup.Cli;

/// <summary><c>roundup eval summaries|rouge</c>: every quality claim as a measured number.</summary>
internal static class EvalCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        return new Command("eval", "Measure quality: summaries against references, or ROUGE of one summary.")
        {
            Summaries(stdout, stderr),
            RougeCommand(stdout),
            Clusters(stdout, stderr),
            Extraction(stdout, stderr),
        };
    }

    private static Command Summaries(TextWriter stdout, TextWriter stderr)
    {
        var docs = new Option<DirectoryInfo>("--docs") { Description = "Folder with one subfolder of articles per cluster.", Required = true };
        var refs = new Option<DirectoryInfo>("--refs") { Description = "Folder of reference summaries named <cluster>.<anything>, one sentence per line.", Required = true };
        var words = PositiveInt("--words", 100, "Summary length in words (ROUGE truncates to it, as in DUC 2004).");
        var methods = new Option<string>("--methods")
        {
            Description = $"Comma-separated methods: {string.Join(",", SummaryEvaluation.MethodNames)}.",
            DefaultValueFactory = _ => string.Join(",", SummaryEvaluation.MethodNames),
        };
        var format = FormatOption("text", "json", "markdown");
        var command = new Command("summaries", "Score summarisers on clusters with reference summaries (DUC/TAC layout).")
        {
            docs, refs, words, methods, format,
        };
        command.SetAction(parse =>
        {
            var names = parse.GetValue(methods)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var unknown = names.Where(n => !SummaryEvaluation.MethodNames.Contains(n)).ToList();
            if (unknown.Count > 0)
            {
                throw new RoundupException($"Unknown method {string.Join(", ", unknown)}; choose from {string.Join(", ", SummaryEvaluation.MethodNames)}.");
            }
            var clusters = ReadClusters(parse.GetValue(docs)!, parse.GetValue(refs)!, stderr);
            var evaluation = new SummaryEvaluation(parse.GetValue(words));
            var results = names.Select(n => evaluation.Evaluate(n, clusters)).ToList();
            WriteTable(results, clusters.Count, parse.GetValue(words), parse.GetValue(format)!, stdout);
            return RoundupCli.Success;
        });
        return command;
    }

    private static Command Clusters(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<FileInfo>("file") { Description = "JSON Lines of articles (id, text, …) with a gold label field." };
        var labels = new Option<string>("--label")
        {
            Description = "Gold label field(s), comma-separated (e.g. event,topic).",
            Required = true,
        };
        var format = FormatOption("text", "json");
        var command = new Command("clusters", "Cluster a labelled JSON Lines file and score it: B-cubed P/R/F1, pairwise F1, cluster counts.")
        {
            file, labels, format,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                throw new RoundupException($"{path.FullName} does not exist.");
            }
            var fields = parse.GetValue(labels)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var clusterer = new StoryClusterer();
            foreach (var article in JsonLinesReader.Read(path.FullName, w => stderr.WriteLine($"warning: {w}")))
            {
                clusterer.Add(article);
            }
            var predicted = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var story in clusterer.Stories)
            {
                foreach (var id in story.ArticleIds)
                {
                    predicted[id] = story.Id.ToString(CultureInfo.InvariantCulture);
                }
            }
            var results = fields.Select(f => (Field: f, Scores: ClusterMetrics.Score(predicted, GoldLabels(path.FullName, f)))).ToList();
            if (parse.GetValue(format) == "json")
            {
                stdout.WriteLine(JsonSerializer.Serialize(results.ToDictionary(r => r.Field, r => new
                {
                    precision = r.Scores.Precision,
                    recall = r.Scores.Recall,
                    f1 = r.Scores.F1,
                    pairwise_f1 = r.Scores.PairwiseF1,
                    predicted_clusters = r.Scores.PredictedClusters,
                    gold_clusters = r.Scores.GoldClusters,
                }), CliShared.JsonIndented));
                return RoundupCli.Success;
            }
            foreach (var (field, s) in results)
            {
                stdout.WriteLine(FormattableString.Invariant(
                    $"{field}: B-cubed P {s.Precision:0.000} R {s.Recall:0.000} F1 {s.F1:0.000}; pairwise F1 {s.PairwiseF1:0.000}; {s.PredictedClusters} predicted vs {s.GoldClusters} true clusters"));
            }
            return RoundupCli.Success;
        });
        return command;
    }

    /// <summary>id → label for every line that has both (ids as the clusterer sees them: string or number).</summary>
    private static Dictionary<string, string> GoldLabels(string path, string field)
    {
        var gold = new Dictionary<string, string>(StringComparer.Ordinal);
        int lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            try
            {
                using var doc = JsonDocument.Parse(line);
                var root = doc.RootElement;
                if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty(field, out var label) && label.ValueKind != JsonValueKind.Null)
                {
                    var id = root.TryGetProperty("id", out var idElement) && idElement.ValueKind is JsonValueKind.String or JsonValueKind.Number
                        ? idElement.ToString()
                        : $"{Path.GetFileNameWithoutExtension(path)}:{lineNumber}";
                    gold[id] = label.ToString();
                }
            }
            catch (JsonException)
            {
                // Reported once already by the reader; an unreadable line has no gold label.
            }
        }
        if (gold.Count == 0)
        {
            throw new RoundupException($"No line of {path} has the label field \"{field}\".");
        }
        return gold;
    }

    private static Command Extraction(TextWriter stdout, TextWriter stderr)
    {
        var html = new Option<DirectoryInfo>("--html") { Description = "Folder of pages named <key>.html or <key>.html.gz.", Required = true };
        var truth = new Option<FileInfo>("--truth") { Description = "Ground truth: {\"<key>\": {\"articleBody\": \"...\"}}.", Required = true };
        var format = FormatOption("text", "json");
        var command = new Command("extraction", "Score extracted article bodies against a ground truth (shingle P/R/F1 of the extraction benchmark).")
        {
            html, truth, format,
        };
        command.SetAction(parse =>
        {
            var truthFile = parse.GetValue(truth)!;
            var htmlDir = parse.GetValue(html)!;
            if (!truthFile.Exists || !htmlDir.Exists)
            {
                throw new RoundupException($"{(truthFile.Exists ? htmlDir.FullName : truthFile.FullName)} does not exist.");
            }
            Dictionary<string, string> expected;
            try
            {
                using var doc = JsonDocument.Parse(File.ReadAllText(truthFile.FullName));
                expected = doc.RootElement.EnumerateObject().ToDictionary(
                    p => p.Name,
                    p => p.Value.TryGetProperty("articleBody", out var b) && b.ValueKind == JsonValueKind.String ? b.GetString()! : "");
            }
            catch (JsonException e)
            {
                throw new RoundupException($"{truthFile.FullName} is not valid JSON ({e.Message}).");
            }
            var predicted = new Dictionary<string, string>(StringComparer.Ordinal);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            foreach (var article in new CorpusReader().Read([htmlDir.FullName], w => stderr.WriteLine($"warning: {w}")))
            {
                predicted[article.Id] = string.Join("\n", article.Paragraphs);
            }
            watch.Stop();
            var scores = ExtractionMetrics.Score(expected, predicted);
            if (parse.GetValue(format) == "json")
            {
                stdout.WriteLine(JsonSerializer.Serialize(new
                {
                    pages = expected.Count,
                    precision = scores.Precision,
                    recall = scores.Recall,
                    f1 = scores.F1,
                    pages_per_second = predicted.Count / Math.Max(watch.Elapsed.TotalSeconds, 1e-9),
                    worst = scores.Pages.OrderBy(p => p.F1).Take(10).Select(p => new { page = p.Page, f1 = p.F1 }),
                }, CliShared.JsonIndented));
                return RoundupCli.Success;
            }
            stdout.WriteLine(FormattableString.Invariant($"{expected.Count} pages: P {scores.Precision:0.000} R {scores.Recall:0.000} F1 {scores.F1:0.000} ({predicted.Count / Math.Max(watch.Elapsed.TotalSeconds, 1e-9):0} pages/s)"));
            stdout.WriteLine("10 worst pages:");
            foreach (var page in scores.Pages.OrderBy(p => p.F1).ThenBy(p => p.Page, StringComparer.Ordinal).Take(10))
            {
                stdout.WriteLine(FormattableString.Invariant($"  {page.Page}  F1 {page.F1:0.000} (P {page.Precision:0.000} R {page.Recall:0.000})"));
            }
            return RoundupCli.Success;
        });
        return command;
    }

    private static Command RougeCommand(TextWriter stdout)
    {
        var peer = new Option<FileInfo>("--peer") { Description = "The summary to score, one sentence per line.", Required = true };
        var refs = new Option<FileInfo[]>("--refs")
        {
            Description = "Reference (model) summaries, one sentence per line.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var stem = new Option<bool>("-m", "--stem") { Description = "Porter-stem tokens longer than 3 characters (ROUGE -m)." };
        var stopwords = new Option<bool>("-s", "--stopwords") { Description = "Remove SMART stopwords (ROUGE -s)." };
        var length = new Option<int?>("-l", "--length") { Description = "Keep only the first N words (ROUGE -l N)." };
        var bytes = new Option<int?>("-b", "--bytes") { Description = "Keep only the first N bytes (ROUGE -b N)." };
        var ngram = PositiveInt("-n", 2, "Largest n of ROUGE-N (ROUGE -n).");
        var skip = PositiveInt("--skip", 4, "Largest skip-bigram gap for ROUGE-SU (ROUGE -2).");
        var alpha = new Option<double>("-p", "--alpha") { Description = "Weight of precision in F (ROUGE -p).", DefaultValueFactory = _ => 0.5 };
        var best = new Option<bool>("--best") { Description = "Score against the best reference instead of the average (ROUGE -f B)." };
        var format = FormatOption("text", "json");
        var command = new Command("rouge", "Score one summary against references like the ROUGE-1.5.5 script.")
        {
            peer, refs, stem, stopwords, length, bytes, ngram, skip, alpha, best, format,
        };
        command.SetAction(parse =>
        {
            var options = new RougeOptions
            {
                Stem = parse.GetValue(stem),
                RemoveStopwords = parse.GetValue(stopwords),
                WordLimit = parse.GetValue(length),
                ByteLimit = parse.GetValue(bytes),
                MaxN = parse.GetValue(ngram),
                MaxSkip = parse.GetValue(skip),
                Alpha = parse.GetValue(alpha),
                Averaging = parse.GetValue(best) ? RougeAveraging.Best : RougeAveraging.ModelAverage,
            };
            var rouge = new Rouge(options);
            var scores = rouge.Score(ReadLines(parse.GetValue(peer)!), parse.GetValue(refs)!.Select(f => (IReadOnlyList<string>)ReadLines(f)).ToList());
            if (parse.GetValue(format) == "json")
            {
                var json = scores.ToDictionary(kv => kv.Key, kv => new { R = kv.Value.Recall, P = kv.Value.Precision, F = kv.Value.F });
                stdout.WriteLine(JsonSerializer.Serialize(json, CliShared.JsonIndented));
                return RoundupCli.Success;
            }
            foreach (var measure in rouge.Measures)
            {
                var s = scores[measure];
                stdout.WriteLine(FormattableString.Invariant($"{measure} Average_R: {s.Recall:0.00000} Average_P: {s.Precision:0.00000} Average_F: {s.F:0.00000}"));
            }
            return RoundupCli.Success;
        });
        return command;
    }

    private static Option<int> PositiveInt(string name, int defaultValue, string description) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
            {
                return value;
            }
            result.AddError($"{name} must be a positive whole number (got '{text}').");
            return 0;
        },
    };

    private static Option<string> FormatOption(params string[] formats)
    {
        var option = new Option<string>("--format", "-f") { Description = $"Output format: {string.Join(", ", formats)}.", DefaultValueFactory = _ => formats[0] };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    private static List<string> ReadLines(FileInfo file)
    {
        if (!file.Exists)
        {
            throw new RoundupException($"{file.FullName} does not exist.");
        }
        var text = TextDecoder.Decode(File.ReadAllBytes(file.FullName), file.FullName);
        return text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
    }

    private static List<EvaluationCluster> ReadClusters(DirectoryInfo docs, DirectoryInfo refs, TextWriter stderr)
    {
        if (!docs.Exists)
        {
            throw new RoundupException($"{docs.FullName} does not exist; --docs needs a folder with one subfolder per cluster.");
        }
        if (!refs.Exists)
        {
            throw new RoundupException($"{refs.FullName} does not exist; --refs needs a folder of reference summaries.");
        }
        var clusters = new List<EvaluationCluster>();
        foreach (var dir in docs.GetDirectories().OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            var references = refs.GetFiles(dir.Name + ".*").OrderBy(f => f.Name, StringComparer.Ordinal)
                .Select(f => (IReadOnlyList<string>)ReadLines(f)).Where(r => r.Count > 0).ToList();
            if (references.Count == 0)
            {
                stderr.WriteLine($"warning: {dir.FullName}: no reference summary {dir.Name}.* in {refs.FullName}; cluster skipped.");
                continue;
            }
            var articles = new CorpusReader().Read([dir.FullName], w => stderr.WriteLine($"warning: {w}")).ToList();
            if (articles.Count == 0)
            {
                stderr.WriteLine($"warning: {dir.FullName}: no readable article; cluster skipped.");
                continue;
            }
            clusters.Add(new EvaluationCluster(dir.Name, articles, references));
        }
        if (clusters.Count == 0)
        {
            throw new RoundupException($"No cluster of {docs.FullName} has both articles and a reference summary in {refs.FullName}.");
        }
        return clusters;
    }

    private static void WriteTable(List<MethodResult> results, int clusters, int words, string format, TextWriter stdout)
    {
        if (format == "json")
        {
            var json = new
            {
                clusters,
                words,
                rouge = "ROUGE-1.5.5 -m -l " + words + " -f A (recall and F, 95% bootstrap intervals)",
                methods = results.Select(r => new
                {
                    method = r.Method,
                    ms_per_cluster = Math.Round(r.MillisecondsPerCluster, 2),
                    recall = r.Recall.ToDictionary(kv => kv.Key, kv => new { mean = kv.Value.Mean, low = kv.Value.Low, high = kv.Value.High }),
                    f = r.F.ToDictionary(kv => kv.Key, kv => new { mean = kv.Value.Mean, low = kv.Value.Low, high = kv.Value.High }),
                }),
            };
            stdout.WriteLine(JsonSerializer.Serialize(json, CliShared.JsonIndented));
            return;
        }
        string Cell(Estimate e) => FormattableString.Invariant($"{100 * e.Mean:0.00} [{100 * e.Low:0.00}–{100 * e.High:0.00}]");
        var header = new[] { "method" }.Concat(SummaryEvaluation.Measures.Select(m => m + " R")).Concat(SummaryEvaluation.Measures.Select(m => m + " F")).Append("ms/cluster").ToArray();
        var rows = results.Select(r => new[] { r.Method }
            .Concat(SummaryEvaluation.Measures.Select(m => Cell(r.Recall[m])))
            .Concat(SummaryEvaluation.Measures.Select(m => Cell(r.F[m])))
            .Append(r.MillisecondsPerCluster.ToString("0.0", CultureInfo.InvariantCulture)).ToArray()).ToList();
        stdout.WriteLine($"{clusters} clusters, first {words} words, ROUGE-1.5.5 -m -f A; mean ×100 [95% bootstrap interval]");
        if (format == "markdown")
        {
            stdout.WriteLine("| " + string.Join(" | ", header) + " |");
            stdout.WriteLine("|" + string.Concat(header.Select(_ => "---|")));
            foreach (var row in rows)
            {
                stdout.WriteLine("| " + string.Join(" | ", row) + " |");
            }
            return;
        }
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Max(r => r[i].Length))).ToArray();
        stdout.WriteLine(string.Join("  ", header.Select((h, i) => h.PadRight(widths[i]))));
        foreach (var row in rows)
        {
            stdout.WriteLine(string.Join("  ", row.Select((c, i) => c.PadRight(widths[i]))));
        }
    }
}
