namespace Tthc.Pipeline.Access;

/// <summary>The caller's key does not reach what it asked for (403); the message is Vietnamese, then English.</summary>
public sealed class AccessDeniedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AccessDeniedException()
        : base("Khóa không có quyền này / the key may not do this.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public AccessDeniedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public AccessDeniedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
