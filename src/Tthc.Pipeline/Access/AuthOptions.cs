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
}
