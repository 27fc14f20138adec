namespace Tthc.LocalHosting;

/// <summary>How to start the local host (<c>serve</c>, <c>demo</c>, <c>bench</c>, end-to-end tests).</summary>
public sealed class LocalHostOptions
{
    /// <summary>HTTP port; 0 picks a free one.</summary>
    public int Port { get; init; } = 7071;

    /// <summary>Registry CSV files to load at start.</summary>
    public IReadOnlyList<string> RegistryFiles { get; init; } = [];

    /// <summary>Configuration entries layered over appsettings and the environment (tests, bench).</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>Command-line arguments passed to the configuration.</summary>
    public string[] Args { get; init; } = [];

    /// <summary>Minimum log level on the console.</summary>
    public LogLevel LogLevel { get; init; } = LogLevel.Information;

    /// <summary>
    /// Where the admin key is kept when the setting <c>Auth:AdminKey</c> is empty: read from this file, or made and
    /// written there (owner-only) when the file does not exist. Null: a key is made for this run only (demo, bench).
    /// </summary>
    public string? AdminKeyFile { get; init; }

    /// <summary>Replaces the clock (tests).</summary>
    public TimeProvider? Time { get; init; }
}
