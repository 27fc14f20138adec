namespace Tthc.Core.Ocr;

/// <summary>One word an engine read.</summary>
/// <param name="Text">The word.</param>
/// <param name="Confidence">0–1.</param>
/// <param name="Region">Where it is on the page.</param>
public sealed record OcrWord(string Text, double Confidence, OcrRegion Region);
