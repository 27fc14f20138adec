using System.Text.RegularExpressions;

namespace Tthc.Functions.Tests;

/// <summary>
/// One function class of src/Tthc.Functions, read from its source file: the project cannot be compiled
/// here, so its triggers are read as text (the attribute shapes are fixed by the Worker API).
/// </summary>
internal sealed partial record FunctionSource(string FileName, string Text)
{
    public static IReadOnlyList<FunctionSource> All { get; } =
        [.. Directory.GetFiles(RepositoryFiles.PathOf("src/Tthc.Functions"), "*.cs")
            .Where(f => Path.GetFileName(f) != "Program.cs")
            .Order(StringComparer.Ordinal)
            .Select(f => new FunctionSource(Path.GetFileName(f), File.ReadAllText(f)))];

    public string? ClassName => ClassPattern().Match(Text) is { Success: true } m ? m.Groups["name"].Value : null;

    public string? FunctionName => FunctionPattern().Match(Text) is { Success: true } m ? m.Groups["name"].Value : null;

    public bool IsHttp => Text.Contains("[HttpTrigger(", StringComparison.Ordinal);

    /// <summary>The HTTP methods and the <c>ApiRoutes</c> member of the HttpTrigger (null member when the route is not one).</summary>
    public (IReadOnlyList<string> Methods, string? RouteMember)? HttpTrigger
        => HttpPattern().Match(Text) is { Success: true } m
            ? ([.. MethodPattern().Matches(m.Groups["methods"].Value).Select(x => x.Groups[1].Value.ToUpperInvariant())],
               m.Groups["member"].Success ? m.Groups["member"].Value : null)
            : null;

    public string? QueueName => QueuePattern().Match(Text) is { Success: true } m ? m.Groups["queue"].Value : null;

    public string? BlobPath => BlobPattern().Match(Text) is { Success: true } m ? m.Groups["path"].Value : null;

    public bool BlobFromEventGrid => Text.Contains("Source = BlobTriggerSource.EventGrid", StringComparison.Ordinal);

    public string? TimerSchedule => TimerPattern().Match(Text) is { Success: true } m ? m.Groups["schedule"].Value : null;

    [GeneratedRegex(@"public sealed (?:partial )?class (?<name>\w+)")]
    private static partial Regex ClassPattern();

    [GeneratedRegex(@"\[Function\(nameof\((?<name>\w+)\)\)\]")]
    private static partial Regex FunctionPattern();

    [GeneratedRegex(@"\[HttpTrigger\(\s*AuthorizationLevel\.\w+\s*,(?<methods>(?:\s*""\w+""\s*,)+)\s*Route\s*=\s*(?:ApiRoutes\.(?<member>\w+)|[^)]*)\)\]")]
    private static partial Regex HttpPattern();

    [GeneratedRegex(@"""(\w+)""")]
    private static partial Regex MethodPattern();

    [GeneratedRegex(@"\[QueueTrigger\(""(?<queue>[^""]+)""")]
    private static partial Regex QueuePattern();

    [GeneratedRegex(@"\[BlobTrigger\(""(?<path>[^""]+)""")]
    private static partial Regex BlobPattern();

    [GeneratedRegex(@"\[TimerTrigger\(""(?<schedule>[^""]+)""")]
    private static partial Regex TimerPattern();
}
