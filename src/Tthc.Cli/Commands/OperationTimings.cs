using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Tthc.Cli.Commands;

/// <summary>
/// The bench's breakdown of where the time goes: every storage call the Azure SDK makes (its activities, e.g.
/// <c>TableClient.AddEntity</c>, <c>BlobClient.Upload</c>, <c>QueueClient.ReceiveMessages</c>) and every HTTP request
/// served, counted and timed while the run lasts. The SDK emits these activities only when
/// <see cref="EnableAzureActivities"/> ran before its first client was made.
/// </summary>
internal sealed class OperationTimings : IDisposable
{
    private readonly ConcurrentDictionary<string, Totals> totals = new(StringComparer.Ordinal);
    private readonly ActivityListener listener;

    private OperationTimings()
    {
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name.StartsWith("Azure.", StringComparison.Ordinal) || source.Name == "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = Record,
        };
        ActivitySource.AddActivityListener(listener);
    }

    /// <summary>Turns on the Azure SDK's activities (experimental in Azure.Core, read once when its first client is made).</summary>
    public static void EnableAzureActivities() => AppContext.SetSwitch("Azure.Experimental.EnableActivitySource", true);

    /// <summary>Starts counting.</summary>
    public static OperationTimings Start() => new();

    /// <summary>One line per operation, most total time first: count, per report, mean and total.</summary>
    public string Describe(int reports)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{"operation",-48} {"count",7} {"/report",8} {"mean ms",8} {"total s",8}");
        foreach (var (name, t) in totals.OrderByDescending(t => t.Value.Ticks))
        {
            var total = TimeSpan.FromTicks(t.Ticks);
            sb.AppendLine(CultureInfo.InvariantCulture, $"{name,-48} {t.Count,7} {t.Count / (double)reports,8:F2} {total.TotalMilliseconds / t.Count,8:F1} {total.TotalSeconds,8:F1}");
        }

        return sb.ToString();
    }

    /// <inheritdoc />
    public void Dispose() => listener.Dispose();

    private void Record(Activity activity)
    {
        var name = activity.Source.Name switch
        {
            "Microsoft.AspNetCore" => $"served {activity.GetTagItem("http.request.method")} {activity.GetTagItem("http.route")}",
            // The raw request to storage: its method and the table, container or queue it went to.
            "Azure.Core.Http" => $"storage {activity.DisplayName} {Target(activity.GetTagItem("url.full") ?? activity.GetTagItem("http.url"))}",
            _ => activity.DisplayName,
        };
        totals.AddOrUpdate(name, _ => new Totals(1, activity.Duration.Ticks), (_, t) => new Totals(t.Count + 1, t.Ticks + activity.Duration.Ticks));
    }

    /// <summary>The table, container or queue of a storage URL (<c>http://127.0.0.1:1/devstoreaccount1/Submissions(…)?…</c> → <c>Submissions</c>).</summary>
    private static string Target(object? url)
    {
        var path = url is string text && Uri.TryCreate(text, UriKind.Absolute, out var uri) ? uri.AbsolutePath : string.Empty;
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length > 1 ? segments[1].Split('(')[0] : path;
    }

    private readonly record struct Totals(long Count, long Ticks);
}
