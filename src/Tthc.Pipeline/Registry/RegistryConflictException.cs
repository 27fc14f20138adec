namespace Tthc.Pipeline.Registry;

/// <summary>
/// A registry load refused (409): it would put another province's unit under this province for a time it belongs to
/// the other, or drop more units than <see cref="RegistryOptions.MaxDropShare"/> without <c>confirm</c>. The message
/// names the rows, Vietnamese then English; nothing was stored.
/// </summary>
public sealed class RegistryConflictException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RegistryConflictException()
        : base("Danh mục xung đột / registry conflict.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public RegistryConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public RegistryConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
