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
        List<NotValue> notValues;
        try
        {
            var scan = scanner.Scan(report, unit.Level, period, cancellationToken);
            var chosen = Choose(scan);
            values = [.. chosen.Select(c => new ExtractedValue(c.Code, c.Value, false, Math.Round(c.Confidence * (report.Lines[c.LineIndex].Confidence ?? 1), 2), report.EvidenceFor(c.LineIndex)))];
            notValues = [.. scan.SetAside
                .Where(n => n.TokenIndex >= 0)
                .GroupBy(n => n.TokenIndex)
                .Select(g => g.First())
                .OrderBy(n => n.TokenIndex)
                .Take(limits.MaxNotValues)
                .Select(n => new NotValue(report.ExcerptFor(n.TokenIndex), report.Lines[report.LineOf(n.TokenIndex)].Number, n.Why, n.Code))];
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

        return new ParsedReport(file, format, unit, period, values, findings) { NotValues = notValues, Lines = lines };
    }

    private static List<ValueCandidate> Choose(ScanResult scan)
    {
        // A sentence whose head restates an indicator already read, with another value, is about another scope (a week
        // inside the window, a branch, a level): none of its values is the unit's. Then one value per code: the most
        // certain, then the first; the others are set aside as repeated.
        var taken = new Dictionary<string, ValueCandidate>(StringComparer.Ordinal);
        var otherScope = new HashSet<int>();
        foreach (var sentence in scan.Values.Where(c => c.Sentence >= 0).GroupBy(c => c.Sentence).OrderBy(g => g.Key))
        {
            var head = sentence.First();
            if (taken.TryGetValue(head.Code, out var earlier) && earlier.Value != head.Value && earlier.Confidence >= head.Confidence && earlier.Sentence != head.Sentence)
            {
                otherScope.Add(sentence.Key);
                continue;
            }

            foreach (var c in sentence)
            {
                taken.TryAdd(c.Code, c);
            }
        }

        var chosen = new List<ValueCandidate>();
        foreach (var group in scan.Values.Where(c => !otherScope.Contains(c.Sentence)).GroupBy(c => c.Code, StringComparer.Ordinal))
        {
            var best = group.OrderByDescending(c => c.Confidence).ThenBy(c => c.LineIndex).First();
            chosen.Add(best);
            scan.SetAside.AddRange(group.Where(c => c != best).Select(c => new SetAsideNumber(c.TokenIndex, NotValueReason.Repeated, c.Code)));
        }

        scan.SetAside.AddRange(scan.Values.Where(c => otherScope.Contains(c.Sentence)).Select(c => new SetAsideNumber(c.TokenIndex, NotValueReason.SubUnit, c.Code)));
        return chosen;
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
