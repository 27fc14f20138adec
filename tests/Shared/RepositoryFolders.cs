namespace Tthc.Testing;

/// <summary>(Linked into each test project.) The repository the tests run from, and the shared samples beside it.</summary>
internal static class RepositoryFolders
{
    /// <summary>Set to 1 (CI does) to make a missing <c>../shared/samples</c> fail the tests that need it instead of skipping them.</summary>
    public const string RequireSharedVariable = "TTHC_REQUIRE_SHARED";

    private static readonly Lazy<string> RootFolder = new(FindRoot);

    /// <summary>The folder holding Functions.sln.</summary>
    public static string Root => RootFolder.Value;

    /// <summary><c>../shared/samples</c> beside the repository (reports and gold values).</summary>
    public static string SharedSamples => Path.GetFullPath(Path.Combine(Root, "..", "shared", "samples"));

    /// <summary>
    /// The one way a test reaches the shared samples: the path of <paramref name="relativePath"/> under
    /// <c>../shared/samples</c>. When it is not there (the repository cloned on its own) the test is skipped, saying
    /// so; with <see cref="RequireSharedVariable"/>=1 it fails instead, so CI never passes without the samples.
    /// </summary>
    public static string RequireSharedSamples(string relativePath = "")
        => RequireShared(Path.Combine(SharedSamples, relativePath), Environment.GetEnvironmentVariable(RequireSharedVariable) == "1");

    /// <summary><see cref="RequireSharedSamples"/> with the folder and the CI switch given (so the rule itself can be tested).</summary>
    public static string RequireShared(string path, bool required)
    {
        if (Directory.Exists(path) || File.Exists(path))
        {
            return path;
        }

        var reason = $"{path} is not there: the shared samples (../shared beside the repository) are needed.";
        if (required)
        {
            Assert.Fail($"{reason} {RequireSharedVariable}=1 requires them.");
        }

        Assert.Skip(reason);
        return path;
    }

    /// <summary>
    /// File names matching <paramref name="pattern"/> in a shared-samples folder, for theory data (read before any test
    /// runs). When the folder is missing: one placeholder row, so the theory still runs once and its
    /// <see cref="RequireSharedSamples"/> call skips (or fails) it visibly instead of the theory vanishing.
    /// </summary>
    public static IReadOnlyList<string> SharedSampleNames(string relativeFolder, string pattern)
    {
        var folder = Path.Combine(SharedSamples, relativeFolder);
        return Directory.Exists(folder)
            ? [.. Directory.GetFiles(folder, pattern).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)]
            : ["(shared samples missing)"];
    }

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
