using BenchmarkDotNet.Running;
using Tthc.Benchmarks;

BenchmarkSwitcher.FromAssembly(typeof(ParseBenchmarks).Assembly).Run(SampleReports.Consume(args));
