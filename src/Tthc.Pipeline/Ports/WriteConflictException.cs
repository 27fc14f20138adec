namespace Tthc.Pipeline.Ports;

/// <summary>An optimistic-concurrency write lost a race (ETag changed, or the entity appeared meanwhile): read again and retry.</summary>
public sealed class WriteConflictException : Exception
{
    /// <summary>Creates the exception.</summary>
    public WriteConflictException()
        : base("Another writer changed the entity first.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public WriteConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public WriteConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
