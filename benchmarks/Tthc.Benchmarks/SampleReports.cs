namespace Tthc.Benchmarks;

/// <summary>
/// Where the sample reports are: <c>--samples DIR</c> (passed on through the <c>TTHC_SAMPLES</c> environment
/// variable to BenchmarkDotNet's child processes), else <c>../shared/samples</c> beside the folder holding Functions.sln.
/// </summary>
public static class SampleReports
{
    public const string Variable = "TTHC_SAMPLES";

    /// <summary>Takes <c>--samples DIR</c> out of the arguments and remembers it for the child processes.</summary>
    public static string[] Consume(string[] args)
    {
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--samples" && i + 1 < args.Length)
            {
                Environment.SetEnvironmentVariable(Variable, Path.GetFullPath(args[++i]));
            }
            else
            {
                rest.Add(args[i]);
            }
        }

        return [.. rest];
    }

    /// <summary>The folder holding the report files (<c>reports/</c> under a samples folder, or the folder itself).</summary>
    public static string Directory()
    {
        var root = Environment.GetEnvironmentVariable(Variable) ?? Locate();
        var reports = Path.Combine(root, "reports");
        return System.IO.Directory.Exists(reports) ? reports : root;
    }

    /// <summary>The report file names, in order.</summary>
    public static IEnumerable<string> Names()
        => System.IO.Directory.GetFiles(Directory()).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    private static string Locate()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Functions.sln")))
                {
                    return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "samples"));
                }
            }
        }

        throw new DirectoryNotFoundException("Sample reports not found: pass --samples DIR.");
    }
}
