using BenchmarkDotNet.Running;
using Roundup.Benchmarks;

// `stream OUT.jsonl N` builds a perturbed news stream; `throughput FILE.jsonl` times the cluster pipeline on it;
// anything else goes to BenchmarkDotNet (e.g. --filter '*BriefBenchmarks*').
switch (args.FirstOrDefault())
{
    case "stream" when args.Length == 3:
        StreamBuilder.Write(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
        break;
    case "throughput" when args.Length == 2:
        StreamThroughput.Run(args[1]);
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(BriefBenchmarks).Assembly).Run(args);
        break;
}
