using Tthc.Core.Periods;
using Tthc.Core.Validation;

namespace Tthc.Core.Extraction;

/// <summary>What a reader took from one file: unit, period, values with evidence, and findings.</summary>
/// <param name="File">File name.</param>
/// <param name="Format">Detected format: text, docx, pdf, xlsx, csv or json.</param>
/// <param name="Unit">The issuing unit as stated.</param>
/// <param name="Period">The period, when the report states one.</param>
/// <param name="Indicators">Values, each code at most once.</param>
/// <param name="Findings">Problems met while reading (and, after validation, the rule findings).</param>
public sealed record ParsedReport(
    string File,
    string Format,
    ReportedUnit Unit,
    ReportingPeriod? Period,
    IReadOnlyList<ExtractedValue> Indicators,
    IReadOnlyList<Finding> Findings)
{
    /// <summary>
    /// The document's lines as the reader numbered them (paragraphs, table rows, text lines), so a person can see each
    /// value's evidence in its place; empty for formats without lines of their own (JSON).
    /// </summary>
    public IReadOnlyList<SourceLine> Lines { get; init; } = [];

    /// <summary>The numbers the reader saw and set aside, each with why (hedged, target, other period, sub-unit, breakdown, not catalog, repeated).</summary>
    public IReadOnlyList<NotValue> NotValues { get; init; } = [];

    /// <summary>True when any finding is an error.</summary>
    public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error);

    /// <summary>The value of <paramref name="code"/>, if read.</summary>
    public decimal? ValueOf(string code) => Indicators.FirstOrDefault(i => i.Code == code)?.Value;
}
