using System.Text.Json;

namespace Tthc.Functions.Tests;

/// <summary>
/// What the Worker SDK generated when src/Tthc.Functions was built for this test run (same configuration and target
/// framework as this assembly): it writes functions.metadata, worker.config.json and extensions.json next to the app's
/// assemblies, and a publish copies exactly these files into the package.
/// </summary>
internal static class FunctionsBuildOutput
{
    public static string Folder { get; } = FindFolder();

    /// <summary>functions.metadata: one entry per function, its bindings and retry policy, as the Functions host indexes them.</summary>
    public static IReadOnlyList<JsonElement> Functions { get; } = [.. ReadJson("functions.metadata").EnumerateArray()];

    public static JsonElement Function(string name) => Assert.Single(Functions, f => f.GetProperty("name").GetString() == name);

    /// <summary>The trigger binding of a function (the one binding whose type ends with "Trigger").</summary>
    public static JsonElement Trigger(string name)
        => Assert.Single(Function(name).GetProperty("bindings").EnumerateArray(), b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));

    public static JsonElement ReadJson(string fileName)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, fileName)));
        return document.RootElement.Clone();
    }

    private static string FindFolder()
    {
        // This assembly runs from tests/Tthc.Functions.Tests/bin/{configuration}/{tfm}/; the app was built to the same pair.
        var tfm = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = tfm.Parent!;
        var folder = Path.Combine(Tthc.Testing.RepositoryFolders.Root, "src", "Tthc.Functions", "bin", configuration.Name, tfm.Name);
        return File.Exists(Path.Combine(folder, "functions.metadata"))
            ? folder
            : throw new FileNotFoundException($"No functions.metadata in {folder}: build src/Tthc.Functions ({configuration.Name}) first.");
    }
}
