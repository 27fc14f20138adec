namespace Tthc.LocalHosting.Emulator;

/// <summary>
/// Azurite cannot be started on this machine: <c>npm ci</c> has not installed <c>node_modules/azurite</c>, or there is no
/// <c>node</c>. The message is one line saying what to do; the command line prints it instead of a stack trace.
/// </summary>
public sealed class EmulatorUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public EmulatorUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public EmulatorUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
