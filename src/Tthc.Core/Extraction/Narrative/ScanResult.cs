namespace Tthc.Core.Extraction.Narrative;

/// <summary>What a scan of a report found: candidate values, and the numbers set aside with why.</summary>
/// <param name="Values">Candidate values, several per code possible.</param>
/// <param name="SetAside">Numbers seen and not taken.</param>
internal sealed record ScanResult(List<ValueCandidate> Values, List<SetAsideNumber> SetAside)
{
    /// <summary>The stray numbers already recorded (a sentence is looked at more than once).</summary>
    public HashSet<int> Strays { get; } = [];
}
