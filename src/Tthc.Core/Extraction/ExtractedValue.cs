namespace Tthc.Core.Extraction;

/// <summary>One indicator value read from (or derived for) a report.</summary>
/// <param name="Code">Catalog code.</param>
/// <param name="Value">The value in the indicator's unit.</param>
/// <param name="Derived">True when computed rather than read.</param>
/// <param name="Confidence">0–1: how sure the reader is.</param>
/// <param name="Evidence">Line and text it came from; null for derived values.</param>
public sealed record ExtractedValue(string Code, decimal Value, bool Derived, double Confidence, Evidence? Evidence);
