using Tthc.Core.Extraction;
using Tthc.Core.Indicators;
using Tthc.Core.Submissions;
using Tthc.Core.Validation;
using Tthc.Pipeline.Ports;
using Tthc.Pipeline.Submissions;

namespace Tthc.Pipeline.Processing;

/// <summary>
/// The checks of a parsed report: its period, who it is from (<see cref="UploadOrigin"/>) and the validation rules,
/// the outlier rule against the unit's earlier periods of the same kind (<see cref="UnitHistory.Before"/>). A period outside
/// the catalog's <see cref="IndicatorCatalog.Periods"/> (seen today) rejects the report before anything else.
/// </summary>
public sealed class CheckReport(IUnitRegistryStore registryStore, IUnitHistoryStore history, ReportValidator validator, IndicatorCatalog catalog, TimeProvider time)
{
    /// <summary>Checks <paramref name="report"/>, read from <paramref name="submission"/>'s file.</summary>
    public async Task<CheckedReport> ExecuteAsync(Submission submission, ParsedReport report, CancellationToken cancellationToken = default)
    {
        if (report.Period is not { } period)
        {
            return new CheckedReport(report, null, null, Finding.Error("period.known", $"{submission.FileName}: không xác định được kỳ báo cáo / the report's period could not be determined."));
        }

        if (catalog.Periods.Check(report, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)) is { } outside)
        {
            return new CheckedReport(report, null, null, outside);
        }

        var registry = await registryStore.GetAsync(cancellationToken);
        var (unit, rejection) = UploadOrigin.Check(submission.FileName, submission.UnitCode, report, period, registry);
        if (rejection is not null || unit is null)
        {
            return new CheckedReport(report, period, null, rejection);
        }

        var (past, etag) = await history.GetAsync(unit.Code, cancellationToken);
        return new CheckedReport(validator.Validate(report, past.Before(period)), period, unit, null) { History = new StoredUnitHistory(past, etag) };
    }
}
