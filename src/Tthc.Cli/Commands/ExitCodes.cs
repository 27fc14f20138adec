namespace Tthc.Cli.Commands;

/// <summary>The command's exit codes.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int NotAReport = 2;
}
