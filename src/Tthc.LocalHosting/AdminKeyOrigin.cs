namespace Tthc.LocalHosting;

/// <summary>Where the local host's admin key came from.</summary>
public enum AdminKeyOrigin
{
    /// <summary>The setting <c>Auth:AdminKey</c> (environment <c>Auth__AdminKey</c>).</summary>
    Setting,

    /// <summary>The key file of an earlier run.</summary>
    File,

    /// <summary>Made at this start.</summary>
    Generated,
}
