using BenchmarkDotNet.Running;
using Roundup.Benchmarks;

// `stream OUT.jsonl N [--undated]` builds a perturbed news stream (without dates and URLs with --undated); `throughput FILE.jsonl` times the cluster pipeline on it;
// anything else goes to BenchmarkDotNet (e.g. --filter '*BriefBenchmarks*').
switch (args.FirstOrDefault())
{
    case "stream" when args.Length == 3 || (args.Length == 4 && args[3] == "--undated"):
        StreamBuilder.Write(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture), undated: args.Length == 4);
        break;
    case "throughput" when args.Length == 2:
        StreamThroughput.Run(args[1]);
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(BriefBenchmarks).Assembly).Run(args);
        break;
}
