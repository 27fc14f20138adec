using System.Globalization;
using Tthc.Core.Access;
using Tthc.Core.Submissions;
using Tthc.Pipeline.Audit;
using Tthc.Pipeline.Ports;

namespace Tthc.Pipeline.Processing;

/// <summary>
/// Writes an accepted report's values as its unit's row for the period, unless a newer upload already holds it
/// (<see cref="ReportVersion.Supersedes"/>: processing out of order never lets an older version win); records them in
/// the unit's history; marks the version it replaced as superseded and appends the replacement, with the replaced
/// submission and its values, to the audit log.
/// </summary>
public sealed class AcceptReport(IIndicatorValueStore values, IUnitHistoryStore history, ISubmissionStore submissions, IAuditLog audit, TimeProvider time, PipelineResilience resilience)
{
    /// <summary>
    /// Accepts <paramref name="rows"/>; returns the newer submission that holds the unit's row instead, or null when these
    /// values are now its row. <paramref name="knownHistory"/>, the unit's history as the checks read it, saves a read:
    /// it is updated under its ETag, and read afresh only when that conflicts.
    /// </summary>
    public async Task<string?> ExecuteAsync(UnitRows rows, StoredUnitHistory? knownHistory = null, CancellationToken cancellationToken = default)
    {
        var (written, previous) = await resilience.ConflictRetry.ExecuteAsync(ct => WriteAsync(rows, ct), cancellationToken);
        if (!written)
        {
            return previous!.Version.SubmissionId;
        }

        await resilience.ConflictRetry.ExecuteAsync(
            async ct =>
            {
                var (past, etag) = knownHistory is { } known ? (known.History, known.ETag) : await history.GetAsync(rows.UnitCode, ct);
                knownHistory = null;
                await history.SaveAsync(rows.UnitCode, past.With(rows.Period, rows.Values), etag, ct);
            },
            cancellationToken);
        if (previous is not null && previous.Version.SubmissionId != rows.Version.SubmissionId)
        {
            await submissions.MarkSupersededAsync(previous.Version.SubmissionId, rows.Version.SubmissionId, cancellationToken);
            // Appended after the row is written: a redelivery finds its own submission in the row, so no second entry
            // (a crash just before this line loses the entry rather than doubling it).
            await audit.AppendAsync(
                AuditEntry.By(
                    Caller.Processing,
                    time.GetUtcNow(),
                    AuditActions.ReportReplace,
                    rows.Province,
                    rows.UnitCode,
                    before: $"{previous.Version.SubmissionId} {rows.Period}: {Describe(previous.Values)}",
                    after: $"{rows.Version.SubmissionId} {rows.Period}: {Describe(rows.Values)}"),
                cancellationToken);
        }

        return null;
    }

    private static string Describe(IReadOnlyDictionary<string, decimal> figures)
        => string.Join(", ", figures.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Key}={f.Value}")));

    private async ValueTask<(bool Written, StoredVersion? Previous)> WriteAsync(UnitRows rows, CancellationToken cancellationToken)
    {
        // Most reports are the unit's first for the period: write without reading; a conflict means a version is there.
        try
        {
            await values.WriteAsync(rows, expectedETag: null, cancellationToken);
            return (true, null);
        }
        catch (WriteConflictException)
        {
        }

        var current = await values.GetVersionAsync(rows.Province, rows.Period, rows.UnitCode, cancellationToken)
            ?? throw new WriteConflictException($"The row of {rows.UnitCode} in {rows.Province}|{rows.Period} vanished during the write.");
        if (!rows.Version.Supersedes(current.Version))
        {
            return (false, current);
        }

        await values.WriteAsync(rows, current.ETag, cancellationToken);
        return (true, current);
    }
}
