using Tthc.Core.Access;

namespace Tthc.Api.Apis;

/// <summary>The body of <c>GET /api/session</c>.</summary>
/// <param name="KeyId">The key's id.</param>
/// <param name="Role">unit, province or admin.</param>
/// <param name="Scope">The unit or province code the key acts for (<c>*</c> for admin).</param>
public sealed record SessionView(string KeyId, AccessRole Role, string Scope)
{
    /// <summary>From the authenticated caller.</summary>
    public static SessionView From(Caller caller) => new(caller.KeyId, caller.Role, caller.Scope);
}
