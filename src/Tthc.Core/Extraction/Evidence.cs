namespace Tthc.Core.Extraction;

/// <summary>Where a value was read: the 1-based line and that line's original text.</summary>
/// <param name="Line">1-based line (or row) number in the file.</param>
/// <param name="Text">The source line as written, damage and all.</param>
public sealed record Evidence(int Line, string Text);
