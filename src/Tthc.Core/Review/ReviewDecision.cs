using Tthc.Core.Extraction;

namespace Tthc.Core.Review;

/// <summary>A person's decision on one value of a submission; a correction keeps the value as read and its evidence.</summary>
/// <param name="Code">Indicator code.</param>
/// <param name="Action">Confirm or correct.</param>
/// <param name="Original">The value as read.</param>
/// <param name="Value">The value that counts from now on (the original when confirmed).</param>
/// <param name="Evidence">The line the original was read from.</param>
/// <param name="ReviewedBy">Who decided (the key's id and role, or the host's name for it).</param>
/// <param name="ReviewedAt">When.</param>
public sealed record ReviewDecision(string Code, ReviewAction Action, decimal Original, decimal Value, Evidence? Evidence, string ReviewedBy, DateTimeOffset ReviewedAt);
