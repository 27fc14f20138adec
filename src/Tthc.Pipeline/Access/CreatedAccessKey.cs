using Tthc.Core.Access;

namespace Tthc.Pipeline.Access;

/// <summary>A key just made: the stored row and the key itself, which is shown this once and kept nowhere.</summary>
/// <param name="Stored">The stored row (hash only).</param>
/// <param name="Key">The key.</param>
public sealed record CreatedAccessKey(AccessKey Stored, string Key);
