using Tthc.Core.Extraction;
using Tthc.Core.Periods;
using Tthc.Core.Units;
using Tthc.Core.Validation;
using Tthc.Pipeline.Ports;

namespace Tthc.Pipeline.Processing;

/// <summary>A parsed report after its checks: validated with its findings, and the unit it counts for unless rejected.</summary>
/// <param name="Report">The report, with the validation findings when it got that far.</param>
/// <param name="Period">Its period, when found.</param>
/// <param name="Unit">The unit it counts for; null when it is rejected before validation.</param>
/// <param name="Rejection">Why it is rejected before validation (no period, unknown unit, another unit's report); null otherwise.</param>
public sealed record CheckedReport(ParsedReport Report, ReportingPeriod? Period, UnitRecord? Unit, Finding? Rejection)
{
    /// <summary>
    /// The unit's history as the outlier check read it, with its concurrency tag: accepting the report updates this
    /// record rather than reading it a second time (a conflict reads it afresh).
    /// </summary>
    public StoredUnitHistory? History { get; init; }

    /// <summary>True when its rows may be written: a known unit and no error.</summary>
    public bool IsAcceptable => Unit is not null && Rejection is null && !Report.HasErrors;

    /// <summary>Every finding: the report's and the rejection.</summary>
    public IReadOnlyList<Finding> Findings => Rejection is null ? Report.Findings : [.. Report.Findings, Rejection];
}
