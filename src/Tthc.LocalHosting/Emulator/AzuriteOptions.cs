namespace Tthc.LocalHosting.Emulator;

/// <summary>How to run the Azurite storage emulator from the repository's pinned npm package.</summary>
public sealed class AzuriteOptions
{
    /// <summary>Folder for Azurite's data; null keeps everything in memory.</summary>
    public string? Location { get; set; }

    /// <summary>The <c>node</c> executable.</summary>
    public string NodePath { get; set; } = "node";

    /// <summary>Path to <c>azurite.js</c>; null finds <c>node_modules/azurite</c> above the working and base folders.</summary>
    public string? ScriptPath { get; set; }

    /// <summary>Fixed ports (blob, queue, table); null picks free ones.</summary>
    public (int Blob, int Queue, int Table)? Ports { get; set; }

    /// <summary>How long to wait for the emulator to accept connections.</summary>
    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromSeconds(90);
}
