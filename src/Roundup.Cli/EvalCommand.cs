using System.CommandLine;
using Roundup.Evaluation;
using Roundup.Evaluation.Datasets;
using Roundup.Evaluation.Timelines;
using Roundup.Model;
using Roundup.Output;

namespace Roundup.Cli;

/// <summary><c>roundup eval summaries|rouge|clusters|extraction</c>: every quality claim as a measured number.</summary>
internal static class EvalCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        return new Command("eval", "Measure quality: summaries against references, or ROUGE of one summary.")
        {
            Summaries(stdout, stderr),
            RougeCommand(stdout, stderr),
            TimelineCommand(stdout, stderr),
            Clusters(stdout, stderr),
            Extraction(stdout, stderr),
        };
    }

    private static Command Summaries(TextWriter stdout, TextWriter stderr)
    {
        var docs = new Option<DirectoryInfo>("--docs") { Description = "Folder with one subfolder of articles per cluster.", Required = true };
        var refs = new Option<DirectoryInfo>("--refs") { Description = "Folder of reference summaries named <cluster>.<anything>, one sentence per line.", Required = true };
        var words = CliShared.PositiveInt("--words", null, 100, "Summary length in words (ROUGE truncates to it, as in DUC 2004).");
        var methods = CliShared.ListOption("--methods", $"Methods to score: {string.Join(",", SummaryEvaluation.MethodNames)}.", [.. SummaryEvaluation.MethodNames]);
        var format = CliShared.FormatOption("Output format: text, json, markdown.", "text", "json", "markdown");
        var output = CliOutput.Create();
        var command = new Command("summaries", "Score summarisers on clusters with reference summaries (DUC/TAC layout).")
        {
            docs, refs, words, methods, format, output,
        };
        command.SetAction(parse =>
        {
            var names = parse.GetValue(methods)!;
            var unknown = names.Where(n => !SummaryEvaluation.MethodNames.Contains(n)).ToList();
            if (unknown.Count > 0)
            {
                throw new RoundupException($"Unknown method {string.Join(", ", unknown)}; choose from {string.Join(", ", SummaryEvaluation.MethodNames)}.");
            }
            CliOutput.CheckNotAnInput(parse.GetValue(output), [parse.GetValue(docs)!.FullName, parse.GetValue(refs)!.FullName]);
            var clusters = DucLayout.Read(parse.GetValue(docs)!.FullName, parse.GetValue(refs)!.FullName, CliShared.Warn(stderr));
            var evaluation = new SummaryEvaluation(parse.GetValue(words));
            var results = names.Select(n => evaluation.Evaluate(n, clusters)).ToList();
            var target = CliOutput.Open(parse.GetValue(output), stdout, [parse.GetValue(docs)!.FullName, parse.GetValue(refs)!.FullName]);
            EvaluationWriter.Summaries(results, clusters.Count, parse.GetValue(words), CliShared.Format<EvaluationFormat>(parse, format), target);
            CliOutput.Close(target, stdout, parse.GetValue(output), stderr, "The scores");
            return RoundupCli.Success;
        });
        return command;
    }

    private static Command Clusters(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<FileInfo>("file") { Description = "JSON Lines of articles (id, text, …) with a gold label field." };
        var labels = CliShared.ListOption("--label", "Gold label field(s), e.g. event,topic.");
        labels.Required = true;
        var format = CliShared.FormatOption("Output format: text, json.", "text", "json");
        var output = CliOutput.Create();
        var command = new Command("clusters", "Cluster a labelled JSON Lines file and score it: B-cubed P/R/F1, pairwise F1, cluster counts.")
        {
            file, labels, format, output,
        };
        command.SetAction(parse =>
        {
            var fields = parse.GetValue(labels)!;
            CliOutput.CheckNotAnInput(parse.GetValue(output), [parse.GetValue(file)!.FullName]);
            var results = ClusterEvaluation.Run(parse.GetValue(file)!.FullName, fields, CliShared.Warn(stderr));
            var target = CliOutput.Open(parse.GetValue(output), stdout, [parse.GetValue(file)!.FullName]);
            EvaluationWriter.Clusters(results, CliShared.Format<EvaluationFormat>(parse, format), target);
            CliOutput.Close(target, stdout, parse.GetValue(output), stderr, "The scores");
            return RoundupCli.Success;
        });
        return command;
    }

    private static Command Extraction(TextWriter stdout, TextWriter stderr)
    {
        var html = new Option<DirectoryInfo>("--html") { Description = "Folder of pages named <key>.html or <key>.html.gz.", Required = true };
        var truth = new Option<FileInfo>("--truth") { Description = "Ground truth: {\"<key>\": {\"articleBody\": \"...\"}}.", Required = true };
        var format = CliShared.FormatOption("Output format: text, json.", "text", "json");
        var output = CliOutput.Create();
        var command = new Command("extraction", "Score extracted article bodies against a ground truth (shingle P/R/F1 of the extraction benchmark).")
        {
            html, truth, format, output,
        };
        command.SetAction(parse =>
        {
            CliOutput.CheckNotAnInput(parse.GetValue(output), [parse.GetValue(html)!.FullName, parse.GetValue(truth)!.FullName]);
            var result = ExtractionEvaluation.Run(parse.GetValue(html)!.FullName, parse.GetValue(truth)!.FullName, CliShared.Warn(stderr));
            var target = CliOutput.Open(parse.GetValue(output), stdout, [parse.GetValue(html)!.FullName, parse.GetValue(truth)!.FullName]);
            EvaluationWriter.Extraction(result, CliShared.Format<EvaluationFormat>(parse, format), target);
            CliOutput.Close(target, stdout, parse.GetValue(output), stderr, "The scores");
            return RoundupCli.Success;
        });
        return command;
    }

    private static Command RougeCommand(TextWriter stdout, TextWriter stderr)
    {
        var peer = new Option<FileInfo>("--peer") { Description = "The summary to score, one sentence per line.", Required = true };
        var refs = CliShared.ListOption("--refs", "Reference (model) summaries, one sentence per line.");
        refs.Required = true;
        var stem = new Option<bool>("-m", "--stem") { Description = "Porter-stem tokens longer than 3 characters (ROUGE -m)." };
        var stopwords = new Option<bool>("-s", "--stopwords") { Description = "Remove SMART stopwords (ROUGE -s)." };
        var length = new Option<int?>("-l", "--length") { Description = "Keep only the first N words (ROUGE -l N)." };
        var bytes = new Option<int?>("-b", "--bytes") { Description = "Keep only the first N bytes (ROUGE -b N)." };
        var ngram = CliShared.PositiveInt("-n", null, 2, "Largest n of ROUGE-N (ROUGE -n).");
        var skip = CliShared.PositiveInt("--skip", null, 4, "Largest skip-bigram gap for ROUGE-SU (ROUGE -2).");
        var alpha = new Option<double>("-p", "--alpha") { Description = "Weight of precision in F (ROUGE -p).", DefaultValueFactory = _ => 0.5 };
        alpha.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is not (>= 0 and <= 1))
            {
                result.AddError("-p must be a number from 0 to 1 (the weight of precision in F).");
            }
        });
        var best = new Option<bool>("--best") { Description = "Score against the best reference instead of the average (ROUGE -f B)." };
        var format = CliShared.FormatOption("Output format: text, json.", "text", "json");
        var output = CliOutput.Create();
        var command = new Command("rouge", "Score one summary against references like the ROUGE-1.5.5 script.")
        {
            peer, refs, stem, stopwords, length, bytes, ngram, skip, alpha, best, format, output,
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
            var summary = DucLayout.ReadSummary(parse.GetValue(peer)!.FullName);
            var references = parse.GetValue(refs)!.Select(f => (IReadOnlyList<string>)DucLayout.ReadSummary(Path.GetFullPath(f))).ToList();
            var scores = rouge.Score(summary, references);
            var target = CliOutput.Open(parse.GetValue(output), stdout, [parse.GetValue(peer)!.FullName, .. parse.GetValue(refs)!.Select(Path.GetFullPath)]);
            EvaluationWriter.Rouge(rouge.Measures, scores, CliShared.Format<EvaluationFormat>(parse, format), target);
            CliOutput.Close(target, stdout, parse.GetValue(output), stderr, "The scores");
            return RoundupCli.Success;
        });
        return command;
    }

    private static Command TimelineCommand(TextWriter stdout, TextWriter stderr)
    {
        var pred = new Option<FileInfo>("--pred") { Description = "The timeline to score: tilse text format (date line, sentences, dashes) or JSON.", Required = true };
        var refs = CliShared.ListOption("--refs", "Reference timelines, in the same formats.");
        refs.Required = true;
        var format = CliShared.FormatOption("Output format: text, json.", "text", "json");
        var output = CliOutput.Create();
        var command = new Command("timeline", "Score a timeline against reference timelines like tilse: concat, agreement and alignment ROUGE-1/2, date F1.")
        {
            pred, refs, format, output,
        };
        command.SetAction(parse =>
        {
            void Warn(string message) => stderr.WriteLine($"warning: {message}");
            List<DatedSummary> Read(string path)
            {
                var timeline = TimelineFile.Read(path, Warn);
                if (timeline.Count == 0)
                {
                    Warn($"{path} holds no dated entry: every score that needs its dates is 0.");
                }
                return timeline;
            }
            var predicted = Read(parse.GetValue(pred)!.FullName);
            var references = parse.GetValue(refs)!.Select(f => (IReadOnlyList<DatedSummary>)Read(Path.GetFullPath(f))).ToList();
            var evaluation = new TimelineRouge().Evaluate(predicted, references);
            var target = CliOutput.Open(parse.GetValue(output), stdout, [parse.GetValue(pred)!.FullName, .. parse.GetValue(refs)!.Select(Path.GetFullPath)]);
            EvaluationWriter.Timeline(evaluation, CliShared.Format<EvaluationFormat>(parse, format), target);
            CliOutput.Close(target, stdout, parse.GetValue(output), stderr, "The scores");
            return RoundupCli.Success;
        });
        return command;
    }
}
