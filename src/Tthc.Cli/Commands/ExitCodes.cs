namespace Tthc.Cli.Commands;

/// <summary>The command's exit codes.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int NotAReport = 2;

    /// <summary>Azurite could not be started (no <c>npm ci</c>, no Node.js) and no storage is configured.</summary>
    public const int EmulatorUnavailable = 3;

    /// <summary>The Azurite <c>serve</c> started died and could not be started again.</summary>
    public const int StorageLost = 4;
}
