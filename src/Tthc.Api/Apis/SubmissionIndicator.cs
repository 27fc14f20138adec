using System.Text.Json.Nodes;
using Tthc.Core.Extraction;
using Tthc.Core.Indicators;

namespace Tthc.Api.Apis;

/// <summary>One value of a submission, as in the parse-result JSON.</summary>
/// <param name="Code">Indicator code.</param>
/// <param name="Value">The value as a JSON number: whole for counts, up to four decimals otherwise.</param>
/// <param name="Derived">True when computed rather than read.</param>
/// <param name="Confidence">0–1.</param>
/// <param name="Evidence">Line and text it was read from.</param>
/// <param name="Review">True when its confidence is below the submission's review threshold (a person should confirm it).</param>
public sealed record SubmissionIndicator(string Code, JsonNode Value, bool Derived, double Confidence, Evidence? Evidence, bool Review)
{
    /// <summary>From an extracted value, reviewed at <paramref name="threshold"/>.</summary>
    public static SubmissionIndicator From(ExtractedValue v, IndicatorCatalog catalog, double threshold = ValueReview.DefaultThreshold)
        => new(v.Code, ParseResultJson.JsonNumber(v.Value, catalog.Describe(v.Code).Kind), v.Derived, Math.Round(v.Confidence, 2), v.Evidence, ValueReview.NeedsReview(v, threshold));
}
