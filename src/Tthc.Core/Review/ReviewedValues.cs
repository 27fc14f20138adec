namespace Tthc.Core.Review;

/// <summary>A submission's values after its review decisions, and the codes still waiting for a person.</summary>
/// <param name="Values">Every value by code: as read, or as corrected.</param>
/// <param name="Awaiting">Codes whose values wait for review and do not count in rollups yet.</param>
public sealed record ReviewedValues(IReadOnlyDictionary<string, decimal> Values, IReadOnlyList<string> Awaiting);
