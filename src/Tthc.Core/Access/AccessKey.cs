namespace Tthc.Core.Access;

/// <summary>A stored API key: never the key itself, only its SHA-256 hash, with what it may do and its history.</summary>
/// <param name="Id">Public id (part of the key, so a request names the one row to check).</param>
/// <param name="Role">Role (unit or province; admin is the configured key).</param>
/// <param name="Scope">Unit or province code.</param>
/// <param name="Hash">SHA-256 of the whole key, lower-case hex.</param>
/// <param name="CreatedBy">Key id of the creator.</param>
/// <param name="CreatedAt">When it was made.</param>
/// <param name="ExpiresAt">When it stops working; null = never.</param>
/// <param name="RevokedAt">When it was revoked; null = not revoked.</param>
public sealed record AccessKey(
    string Id,
    AccessRole Role,
    string Scope,
    string Hash,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? RevokedAt)
{
    /// <summary>Whether the key works at <paramref name="now"/>: not revoked, not expired.</summary>
    public bool IsActiveAt(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || now < ExpiresAt);

    /// <summary>The caller a request with this key acts as.</summary>
    public Caller AsCaller() => new(Id, Role, Scope);
}
