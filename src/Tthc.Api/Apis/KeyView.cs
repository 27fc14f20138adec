using Tthc.Core.Access;

namespace Tthc.Api.Apis;

/// <summary>A stored key as listed: never the key, nor its hash.</summary>
/// <param name="Id">Key id.</param>
/// <param name="Role">Role.</param>
/// <param name="Scope">Unit or province code.</param>
/// <param name="CreatedBy">Id of the key that made it.</param>
/// <param name="CreatedAt">When it was made.</param>
/// <param name="ExpiresAt">When it stops working.</param>
/// <param name="RevokedAt">When it was revoked.</param>
public sealed record KeyView(string Id, AccessRole Role, string Scope, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt)
{
    /// <summary>From a stored key.</summary>
    public static KeyView From(AccessKey k) => new(k.Id, k.Role, k.Scope, k.CreatedBy, k.CreatedAt, k.ExpiresAt, k.RevokedAt);
}
