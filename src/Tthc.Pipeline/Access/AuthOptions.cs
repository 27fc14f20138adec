namespace Tthc.Pipeline.Access;

/// <summary>Authentication settings (section <c>Auth</c>; environment <c>Auth__AdminKey</c>).</summary>
public sealed class AuthOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Auth";

    /// <summary>
    /// The admin key. In Azure an app setting referencing a Key Vault secret; locally <c>serve</c> makes one when none is
    /// set. Empty: no admin key works (keys made earlier still do).
    /// </summary>
    public string? AdminKey { get; set; }

    /// <summary>
    /// The admin key to accept, or null: none set, or an app setting whose Key Vault reference did not resolve (App
    /// Service then passes the <c>@Microsoft.KeyVault(…)</c> text itself, which must never work as a key).
    /// </summary>
    public string? UsableAdminKey => string.IsNullOrWhiteSpace(AdminKey) || AdminKey.StartsWith("@Microsoft.KeyVault(", StringComparison.OrdinalIgnoreCase) ? null : AdminKey.Trim();
}
