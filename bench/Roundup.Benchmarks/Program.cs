using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Roundup.Benchmarks.BriefBenchmarks).Assembly).Run(args);
