using Tthc.Core.Indicators;
using Tthc.Core.Validation;

namespace Tthc.Core.Extraction.Narrative;

/// <summary>
/// Turns the lines of a report of any format (narrative text, paragraphs and table rows) into a
/// <see cref="ParsedReport"/>: unit, period, one value per code (the most certain, then the first), and the
/// sums the report implies but does not state, marked derived.
/// </summary>
public sealed class NarrativeExtractor
{
    private readonly IndicatorCatalog catalog;
    private readonly ExtractionLimits limits;
    private readonly ValueScanner scanner;

    /// <summary>Creates an extractor for a catalog within limits.</summary>
    public NarrativeExtractor(IndicatorCatalog catalog, ExtractionLimits limits)
    {
        this.catalog = catalog;
        this.limits = limits;
        scanner = new ValueScanner(catalog, new IndicatorLexicon(catalog));
    }

    /// <summary>Extracts a report from its lines.</summary>
    public ParsedReport Extract(string file, string format, IReadOnlyList<SourceLine> lines, CancellationToken cancellationToken = default)
    {
        var findings = new List<Finding>();
        if (lines.Count > limits.MaxLines)
        {
            findings.Add(Finding.Warning("extraction.limits", $"chỉ đọc {limits.MaxLines} dòng đầu / only the first {limits.MaxLines} lines were read."));
            lines = [.. lines.Take(limits.MaxLines)];
        }

        var report = TokenizedReport.Create(lines, limits, cancellationToken);
        var unit = UnitDetector.Detect(report);
        var period = PeriodDetector.Detect(report);
        List<ExtractedValue> values;
        try
        {
            var candidates = scanner.Scan(report, unit.Level, cancellationToken);
            values = candidates
                .GroupBy(c => c.Code, StringComparer.Ordinal)
                .Select(g => g.OrderByDescending(c => c.Confidence).ThenBy(c => c.LineIndex).First())
                .Select(c => new ExtractedValue(c.Code, c.Value, false, Math.Round(c.Confidence, 2), report.EvidenceFor(c.LineIndex)))
                .ToList();
        }
        finally
        {
            report.Release();
        }

        Derive(values);
        values = [.. values.OrderBy(v => catalog.IndexOf(v.Code))];

        if (period is null)
        {
            findings.Add(Finding.Warning("period.found", "không xác định được kỳ báo cáo / the report's period was not found."));
        }

        if (unit.Level is null && unit.Province is null)
        {
            findings.Add(Finding.Warning("unit.found", "không xác định được đơn vị báo cáo / the reporting unit was not found."));
        }

        if (values.Count == 0)
        {
            findings.Add(Finding.Warning("indicators.found", "không đọc được chỉ tiêu nào / no indicator value was found."));
        }

        return new ParsedReport(file, format, unit, period, values, findings) { Lines = lines };
    }

    private void Derive(List<ExtractedValue> values)
    {
        // A total the report does not state is the sum of its parts when the catalog's identity is a plain sum and every part is stated.
        foreach (var identity in catalog.HardIdentities.Where(i => i.IsPlainSum))
        {
            if (values.Any(v => v.Code == identity.Total))
            {
                continue;
            }

            var found = identity.Terms.Select(t => values.FirstOrDefault(v => v.Code == t.Code)).ToList();
            if (found.All(v => v is not null))
            {
                values.Add(new ExtractedValue(identity.Total, found.Sum(v => v!.Value), true, 0.8, null));
            }
        }
    }
}
