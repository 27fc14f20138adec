namespace Tthc.Testing;

/// <summary>(Linked into each test project.) The repository the tests run from, and the shared samples beside it.</summary>
internal static class RepositoryFolders
{
    private static readonly Lazy<string> RootFolder = new(FindRoot);

    /// <summary>The folder holding Functions.sln.</summary>
    public static string Root => RootFolder.Value;

    /// <summary><c>../shared/samples</c> beside the repository (reports and gold values).</summary>
    public static string SharedSamples => Path.GetFullPath(Path.Combine(Root, "..", "shared", "samples"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Functions.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Functions.sln above {AppContext.BaseDirectory}.");
    }
}
