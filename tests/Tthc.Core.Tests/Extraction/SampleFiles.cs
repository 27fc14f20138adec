namespace Tthc.Core.Tests.Extraction;

/// <summary>Locates the shared samples: the folder holding Functions.sln, then its sibling <c>../shared/samples</c>.</summary>
internal static class SampleFiles
{
    public static string Root => Tthc.Testing.RepositoryFolders.SharedSamples;

    public static string Reports => Path.Combine(Root, "reports");

    public static string Gold => Path.Combine(Root, "gold");

    public static IEnumerable<string> ReportNames => Directory.GetFiles(Reports, "*.txt").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);
}
