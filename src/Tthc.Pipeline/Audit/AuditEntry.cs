using Tthc.Core.Access;

namespace Tthc.Pipeline.Audit;

/// <summary>One line of the append-only audit log: who did what, when, and what it replaced.</summary>
/// <param name="At">When.</param>
/// <param name="KeyId">The key that did it (its id, never the key).</param>
/// <param name="Role">That key's role.</param>
/// <param name="Action">What kind of change (<see cref="AuditActions"/>).</param>
/// <param name="Province">The province it concerns, when one does (the audit query filters on it).</param>
/// <param name="Target">What was changed: a unit code, a registry, a key id, a submission.</param>
/// <param name="Before">What was there before, where something was replaced.</param>
/// <param name="After">What is there now.</param>
public sealed record AuditEntry(
    DateTimeOffset At,
    string KeyId,
    AccessRole Role,
    string Action,
    string? Province,
    string Target,
    string? Before,
    string? After)
{
    /// <summary>An entry for <paramref name="caller"/> at <paramref name="at"/>.</summary>
    public static AuditEntry By(Caller caller, DateTimeOffset at, string action, string? province, string target, string? before = null, string? after = null)
        => new(at, caller.KeyId, caller.Role, action, province, target, before, after);
}
