namespace Tthc.Core.Tests.Extraction;

/// <summary>Locates the shared samples: the folder holding Functions.sln, then its sibling <c>../shared/samples</c>.</summary>
internal static class SampleFiles
{
    public static string Root { get; } = Locate();

    public static string Reports => Path.Combine(Root, "reports");

    public static string Gold => Path.Combine(Root, "gold");

    public static IEnumerable<string> ReportNames => Directory.GetFiles(Reports, "*.txt").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Functions.sln")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "samples"));
            }
        }

        throw new DirectoryNotFoundException("Functions.sln not found above " + AppContext.BaseDirectory);
    }
}
