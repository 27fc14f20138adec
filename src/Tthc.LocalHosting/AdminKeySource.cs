using Tthc.Core.Access;

namespace Tthc.LocalHosting;

/// <summary>The local host's admin key and where it came from, so <c>serve</c> can say so (and show a new key once).</summary>
/// <param name="Key">The admin key.</param>
/// <param name="Origin">Where it came from.</param>
/// <param name="File">The file it is kept in, if any.</param>
public sealed record AdminKeySource(string Key, AdminKeyOrigin Origin, string? File)
{
    /// <summary>The default file <c>serve</c> keeps its admin key in: <c>~/.tthc/admin-key</c>.</summary>
    public static string DefaultFile => Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".tthc", "admin-key");

    /// <summary>The configured key; else the key in <paramref name="file"/>; else a new one (written to <paramref name="file"/> when given).</summary>
    public static AdminKeySource Resolve(string? configured, string? file)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new(configured.Trim(), AdminKeyOrigin.Setting, null);
        }

        if (file is not null && System.IO.File.Exists(file) && System.IO.File.ReadAllText(file).Trim() is { Length: > 0 } kept)
        {
            return new(kept, AdminKeyOrigin.File, file);
        }

        var (_, key) = AccessKeySecret.Generate();
        if (file is null)
        {
            return new(key, AdminKeyOrigin.Generated, null);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            // Owner-only from the start: the key is never readable by others, not even for a moment.
            create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(file, create))
        {
            writer.Write(key + "\n");
        }

        return new(key, AdminKeyOrigin.Generated, file);
    }
}
