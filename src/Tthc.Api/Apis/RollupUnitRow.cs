using Tthc.Core.Rollups;
using Tthc.Core.Units;

namespace Tthc.Api.Apis;

/// <summary>One unit's accepted values.</summary>
/// <param name="Unit">Unit code.</param>
/// <param name="Name">Unit name.</param>
/// <param name="Level">Level.</param>
/// <param name="SubmissionId">The submission the values come from.</param>
/// <param name="SubmittedAt">When it was uploaded.</param>
/// <param name="Values">Values by indicator code, those awaiting review included.</param>
/// <param name="AwaitingReview">Codes whose values wait for a person's review and are not counted yet.</param>
public sealed record RollupUnitRow(string Unit, string Name, UnitLevel Level, string SubmissionId, DateTimeOffset SubmittedAt, IReadOnlyDictionary<string, decimal> Values, IReadOnlyList<string> AwaitingReview)
{
    /// <summary>From the domain's unit figures.</summary>
    public static RollupUnitRow From(UnitFigures u) => new(u.UnitCode, u.UnitName, u.Level, u.SubmissionId, u.SubmittedAt, u.Values, u.AwaitingReview);
}
