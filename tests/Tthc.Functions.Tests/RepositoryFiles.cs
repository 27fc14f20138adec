namespace Tthc.Functions.Tests;

/// <summary>Finds files of the repository the tests run from (the folder holding Functions.sln).</summary>
internal static class RepositoryFiles
{
    public static string PathOf(string relativePath) => Path.Combine(Tthc.Testing.RepositoryFolders.Root, relativePath);

    public static string Read(string relativePath) => File.ReadAllText(PathOf(relativePath));
}
