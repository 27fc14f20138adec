using Tthc.Core.Submissions;

namespace Tthc.Pipeline.Ports;

/// <summary>A unit's history as read from <see cref="IUnitHistoryStore"/>, with the concurrency tag to update it under.</summary>
/// <param name="History">The history (empty when none is stored).</param>
/// <param name="ETag">Its concurrency tag; null when none is stored yet.</param>
public sealed record StoredUnitHistory(UnitHistory History, string? ETag);
