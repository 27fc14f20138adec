namespace Tthc.Core.Ocr;

/// <summary>One text line an engine read.</summary>
/// <param name="Text">The line as read (words joined by single spaces).</param>
/// <param name="Confidence">0–1: the engine's confidence in the line.</param>
/// <param name="Region">Where it is on the page, when the engine says.</param>
/// <param name="Words">Its words with their places, when the engine gives them (wide gaps then become table cells).</param>
public sealed record OcrLine(string Text, double Confidence, OcrRegion? Region = null, IReadOnlyList<OcrWord>? Words = null);
