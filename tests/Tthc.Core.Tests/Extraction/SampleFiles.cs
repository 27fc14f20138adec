namespace Tthc.Core.Tests.Extraction;

/// <summary>The shared samples' reports and gold values; a test reaching them is skipped (or fails under CI) when they are missing.</summary>
internal static class SampleFiles
{
    public static string Reports => Tthc.Testing.RepositoryFolders.RequireSharedSamples("reports");

    public static string Gold => Tthc.Testing.RepositoryFolders.RequireSharedSamples("gold");

    public static IEnumerable<string> ReportNames => Tthc.Testing.RepositoryFolders.SharedSampleNames("reports", "*.txt");
}
