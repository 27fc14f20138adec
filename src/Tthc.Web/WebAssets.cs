using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;

namespace Tthc.Web;

/// <summary>The web app's files, read once from this assembly's embedded resources (<c>wwwroot/**</c>).</summary>
public sealed class WebAssets
{
    private const string Root = "wwwroot/";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".json"] = "application/json; charset=utf-8",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private readonly FrozenDictionary<string, WebAsset> assets;

    /// <summary>Reads the embedded files.</summary>
    public WebAssets()
    {
        var assembly = typeof(WebAssets).Assembly;
        assets = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Root, StringComparison.Ordinal))
            .Select(n => Read(assembly, n))
            .ToFrozenDictionary(a => a.Path, StringComparer.Ordinal);
    }

    /// <summary>Every path served.</summary>
    public IEnumerable<string> Paths => assets.Keys;

    /// <summary>The file at <paramref name="path"/> (no leading slash; empty for <c>index.html</c>), if there is one.</summary>
    public WebAsset? Find(string? path) => assets.GetValueOrDefault(string.IsNullOrEmpty(path) ? "index.html" : path.TrimStart('/'));

    private static WebAsset Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.ToArray();
        var path = name[Root.Length..];
        var type = ContentTypes.GetValueOrDefault(System.IO.Path.GetExtension(path), "application/octet-stream");
        return new WebAsset(path, type, bytes, $"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]}\"");
    }
}
