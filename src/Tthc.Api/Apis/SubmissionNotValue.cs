using Tthc.Core.Extraction;

namespace Tthc.Api.Apis;

/// <summary>A number the reader set aside, as in the parse result's <c>notValues</c>.</summary>
/// <param name="Text">The words around it as written.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Why">hedged, target, other-period, sub-unit, breakdown, not-catalog or repeated.</param>
/// <param name="Code">The indicator its label names, if any.</param>
public sealed record SubmissionNotValue(string Text, int Line, string Why, string? Code)
{
    /// <summary>From a set-aside number.</summary>
    public static SubmissionNotValue From(NotValue n) => new(n.Text, n.Line, n.Why.ToCode(), n.Code);
}
