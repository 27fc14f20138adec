namespace Tthc.Pipeline.Ports;

/// <summary>A blob under <c>incoming/{unitCode}/{fileName}</c>.</summary>
/// <param name="BlobName">Full blob name.</param>
/// <param name="UnitCode">Unit code from the path.</param>
/// <param name="FileName">File name from the path.</param>
public sealed record IncomingBlob(string BlobName, string UnitCode, string FileName)
{
    /// <summary>The folder of the reports container that units upload into.</summary>
    public const string Folder = "incoming";

    /// <summary>Splits <c>incoming/{unitCode}/{fileName}</c>; null for any other name.</summary>
    public static IncomingBlob? FromName(string blobName)
    {
        var parts = blobName.Split('/', 3);
        return parts.Length == 3 && parts[0] == Folder && parts[1].Length > 0 && parts[2].Length > 0 && !parts[2].Contains('/', StringComparison.Ordinal)
            ? new IncomingBlob(blobName, parts[1], parts[2])
            : null;
    }
}
