using BenchmarkDotNet.Attributes;
using Tthc.Core.Extraction;
using Tthc.Core.Indicators;

namespace Tthc.Benchmarks;

/// <summary>Time and allocation to parse one sample report end to end (format detection, decoding, extraction).</summary>
[MemoryDiagnoser]
[MedianColumn]
#pragma warning disable CA1515 // BenchmarkDotNet needs public types.
public class ParseBenchmarks // Not sealed: BenchmarkDotNet derives from benchmark classes.
#pragma warning restore CA1515
{
    private readonly ReportParser parser = ReportParser.CreateDefault(IndicatorCatalogFile.ReadBuiltIn());
    private ReportFile file = new("none", ReadOnlyMemory<byte>.Empty);

    /// <summary>The sample file names.</summary>
    public static IEnumerable<string> Samples => SampleReports.Names();

    /// <summary>The sample being parsed.</summary>
    [ParamsSource(nameof(Samples))]
    public string Sample { get; set; } = string.Empty;

    /// <summary>Loads the sample's bytes once.</summary>
    [GlobalSetup]
    public void Load() => file = new ReportFile(Sample, File.ReadAllBytes(Path.Combine(SampleReports.Directory(), Sample)));

    /// <summary>Parses the sample.</summary>
    [Benchmark]
    public ParsedReport Parse() => parser.Parse(file);
}
