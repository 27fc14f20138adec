namespace Tthc.Pipeline.Ingestion;

/// <summary>The rule an upload broke.</summary>
public enum UploadRule
{
    /// <summary>The unit code is not <c>[a-z0-9-]+</c> (at most 100 characters).</summary>
    UnitCode,

    /// <summary>The file name is empty, too long, or has a path separator.</summary>
    FileName,

    /// <summary>The file is over <see cref="UploadOptions.MaxFileBytes"/>.</summary>
    Size,

    /// <summary>The file has no bytes.</summary>
    Empty,
}
