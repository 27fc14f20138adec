using System.Text.Json.Nodes;
using Tthc.Core.Extraction;
using Tthc.Core.Indicators;
using Tthc.Core.Review;

namespace Tthc.Api.Apis;

/// <summary>One value of a submission, as in the parse-result JSON, with where it stands in review.</summary>
/// <param name="Code">Indicator code.</param>
/// <param name="Value">The value that counts, as a JSON number (the corrected one after a correction): whole for counts, up to four decimals otherwise.</param>
/// <param name="Derived">True when computed rather than read.</param>
/// <param name="Confidence">0–1.</param>
/// <param name="Evidence">Line and text it was read from.</param>
/// <param name="Review">True when the review policy asks a person for it (confidence below the threshold, or named by a warning), decided or not.</param>
/// <param name="ReviewState">notNeeded, awaiting, confirmed or corrected: where it stands with a person's review (<see cref="ReviewPolicy"/>).</param>
/// <param name="Original">The value as read, when a person corrected it.</param>
public sealed record SubmissionIndicator(string Code, JsonNode Value, bool Derived, double Confidence, Evidence? Evidence, bool Review, ValueReviewState ReviewState, JsonNode? Original)
{
    /// <summary>From an extracted value, the decisions on the submission and its state under the review policy.</summary>
    public static SubmissionIndicator From(ExtractedValue v, IndicatorCatalog catalog, bool needsReview, ReviewedValues reviewed, ValueReviewState state)
    {
        var kind = catalog.Describe(v.Code).Kind;
        var value = reviewed.Values.TryGetValue(v.Code, out var counted) ? counted : v.Value;
        return new(v.Code, ParseResultJson.JsonNumber(value, kind), v.Derived, Math.Round(v.Confidence, 2), v.Evidence, needsReview, state, state == ValueReviewState.Corrected ? ParseResultJson.JsonNumber(v.Value, kind) : null);
    }
}
