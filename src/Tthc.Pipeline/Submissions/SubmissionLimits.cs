using Tthc.Core.Validation;

namespace Tthc.Pipeline.Submissions;

/// <summary>
/// What a submission may carry into the <c>Submissions</c> table (1 MiB per entity): at most <see cref="MaxFindings"/>
/// findings (the rest counted in one more), messages and evidence cut to a readable length. Applied by processing
/// before every save, so no file, however hostile, makes a submission too large to store.
/// </summary>
public static class SubmissionLimits
{
    /// <summary>Findings kept; one more says how many were left out.</summary>
    public const int MaxFindings = 100;

    /// <summary>Longest finding message kept, in characters.</summary>
    public const int MaxMessageLength = 1_000;

    /// <summary>Longest evidence text kept, in characters.</summary>
    public const int MaxEvidenceLength = 500;

    /// <summary>Values kept (the catalog has a few dozen indicators; each code appears once).</summary>
    public const int MaxIndicators = 200;

    /// <summary><paramref name="submission"/> within the limits.</summary>
    public static Submission Apply(Submission submission)
    {
        var findings = submission.Findings;
        var indicators = submission.Indicators;
        if (findings.Count <= MaxFindings && indicators.Count <= MaxIndicators
            && findings.All(f => f.Message.Length <= MaxMessageLength)
            && indicators.All(v => v.Evidence is null || v.Evidence.Text.Length <= MaxEvidenceLength))
        {
            return submission;
        }

        List<Finding> kept = [.. findings.Take(MaxFindings).Select(f => f.Message.Length <= MaxMessageLength ? f : f with { Message = f.Message[..MaxMessageLength] + "…" })];
        if (findings.Count > MaxFindings)
        {
            var rest = findings.Skip(MaxFindings).ToList();
            kept.Add(new Finding(
                rest.Any(f => f.Severity == Severity.Error) ? Severity.Error : Severity.Warning,
                "findings.more",
                $"{submission.FileName}: còn {rest.Count} phát hiện khác không được lưu / {rest.Count} more findings not stored.",
                []));
        }

        return submission with
        {
            Findings = kept,
            Indicators = [.. indicators.Take(MaxIndicators).Select(v => v.Evidence is { } e && e.Text.Length > MaxEvidenceLength ? v with { Evidence = e with { Text = e.Text[..MaxEvidenceLength] + "…" } } : v)],
        };
    }
}
