namespace Tthc.Cli.Demo;

/// <summary>One synthetic unit's report file as the demo uploads it.</summary>
/// <param name="Kind">What the file is, for people (Vietnamese / English).</param>
/// <param name="FileName">The name it is uploaded under.</param>
/// <param name="Content">Its bytes.</param>
/// <param name="ContentType">Its media type.</param>
/// <param name="IsScan">True for a PDF of page images only (read by OCR).</param>
internal sealed record DemoFile(string Kind, string FileName, byte[] Content, string ContentType, bool IsScan = false);
