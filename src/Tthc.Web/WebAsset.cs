namespace Tthc.Web;

/// <summary>One file of the web app.</summary>
/// <param name="Path">Its path under <c>/</c>, e.g. <c>js/app.js</c>.</param>
/// <param name="ContentType">Its media type with charset for text.</param>
/// <param name="Content">Its bytes.</param>
/// <param name="ETag">A strong validator derived from the bytes.</param>
public sealed record WebAsset(string Path, string ContentType, ReadOnlyMemory<byte> Content, string ETag);
