using Tthc.Core.Units;

namespace Tthc.Core.Access;

/// <summary>Who is calling: the key that authenticated the request, its role and its scope.</summary>
/// <param name="KeyId">The key's id (never the key itself); <see cref="AdminKeyId"/> for the configured admin key.</param>
/// <param name="Role">The key's role.</param>
/// <param name="Scope">A unit code, a province code, or <c>*</c> for admin.</param>
public sealed record Caller(string KeyId, AccessRole Role, string Scope)
{
    /// <summary>The id under which the configured admin key (<c>Auth:AdminKey</c>) acts.</summary>
    public const string AdminKeyId = "admin";

    /// <summary>The configured admin key.</summary>
    public static Caller Admin { get; } = new(AdminKeyId, AccessRole.Admin, "*");

    /// <summary>The local host itself acting at start-up (<c>serve --registry</c>); recorded as such in the audit log.</summary>
    public static Caller LocalHost { get; } = new("local-host", AccessRole.Admin, "*");

    /// <summary>
    /// The pipeline itself, when processing a report replaces the unit's accepted values with a newer version's; the
    /// upload that caused it has its own audit row, with the uploader's key.
    /// </summary>
    public static Caller Processing { get; } = new("processing", AccessRole.Admin, "*");

    /// <summary>
    /// Whoever wrote into <c>reports/incoming/{unitCode}/</c>: only that unit's SAS (or the app) may write there, so the
    /// folder is the credential of the blob path.
    /// </summary>
    public static Caller IncomingFolder(string unitCode) => new("blob:incoming", AccessRole.Unit, unitCode);

    /// <summary>True for an admin key.</summary>
    public bool IsAdmin => Role == AccessRole.Admin;

    /// <summary>Whether the key may act on <paramref name="province"/> as a whole (admin, or that province's key).</summary>
    public bool CoversProvince(string province)
        => IsAdmin || (Role == AccessRole.Province && string.Equals(Scope, province, StringComparison.Ordinal));

    /// <summary>
    /// Whether the key may act for <paramref name="unitCode"/>: admin, that unit's own key, or the key of a province the
    /// unit belongs to in <paramref name="registry"/> (on any row: a province keeps reading a unit it had).
    /// </summary>
    public bool CoversUnit(string unitCode, UnitRegistry registry) => Role switch
    {
        AccessRole.Admin => true,
        AccessRole.Unit => string.Equals(Scope, unitCode, StringComparison.Ordinal),
        _ => registry.Records.Any(r => r.Code == unitCode && r.Province == Scope),
    };
}
