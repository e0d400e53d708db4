using BenchmarkDotNet.Running;
using Roundup.Benchmarks;

// `stream OUT.jsonl N [--undated]` builds a perturbed news stream (without dates and URLs with --undated); `throughput FILE.jsonl` times the cluster pipeline on it; `prefetch FILE.jsonl [ROUNDS]` compares Prefetch.Map with Channels and Dataflow; `analysis ECBPLUS.jsonl [FIRST LAST]` prints aliases and counts per ECB+ event for labelling; `analysis-names ECBPLUS.jsonl EVENT...` lists names and numbers to label; `analysis-score ECBPLUS.jsonl LABELS.tsv` scores aliases and conflicts against labels; `analysis-profile N [ROUNDS]` times each step of brief and comparison; `analysis-cost N [ROUNDS]` times brief and brief + comparison in pairs; `store-latency DB [ROUNDS]` times story listings and lookups on a store; `dates-score ECBPLUS.jsonl LABELS.tsv` scores date resolution against hand labels;
// anything else goes to BenchmarkDotNet (e.g. --filter '*BriefBenchmarks*').
switch (args.FirstOrDefault())
{
    case "stream" when args.Length == 3 || (args.Length == 4 && args[3] == "--undated"):
        StreamBuilder.Write(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture), undated: args.Length == 4);
        break;
    case "throughput" when args.Length == 2:
        StreamThroughput.Run(args[1]);
        break;
    case "analysis" when args.Length is 2 or 4:
        AnalysisDump.Run(args[1], args.Length == 4 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 0,
            args.Length == 4 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : int.MaxValue);
        break;
    case "analysis-names" when args.Length > 2:
        AnalysisLabels.Names(args[1], args[2..]);
        break;
    case "analysis-score" when args.Length == 3:
        AnalysisLabels.Score(args[1], args[2]);
        break;
    case "analysis-profile" when args.Length is 2 or 3:
        AnalysisProfile.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args.Length == 3 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20);
        break;
    case "analysis-cost" when args.Length is 2 or 3:
        AnalysisCost.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args.Length == 3 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 500);
        break;
    case "prefetch" when args.Length is 2 or 3:
        PrefetchComparison.Run(args[1], args.Length == 3 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5);
        break;
    case "dates-score" when args.Length == 3:
        DateLabels.Score(args[1], args[2]);
        break;
    case "store-latency" when args.Length is 2 or 3:
        StoreLatency.Run(args[1], args.Length == 3 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1000);
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(BriefBenchmarks).Assembly).Run(args);
        break;
}
