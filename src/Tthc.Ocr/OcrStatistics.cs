namespace Tthc.Ocr;

/// <summary>What the local programs cost so far (pages, time, peak memory): read by <c>tthc bench --scenario ocr</c>.</summary>
public sealed class OcrStatistics
{
    private readonly Lock gate = new();

    /// <summary>Pages read by the engine.</summary>
    public int Pages { get; private set; }

    /// <summary>Time spent rendering pages.</summary>
    public TimeSpan RenderTime { get; private set; }

    /// <summary>Time spent in the engine.</summary>
    public TimeSpan RecognizeTime { get; private set; }

    /// <summary>Highest memory of one run of the renderer.</summary>
    public long PeakRendererBytes { get; private set; }

    /// <summary>Highest memory of one run of the engine.</summary>
    public long PeakEngineBytes { get; private set; }

    internal void Rendered(ProgramRun run)
    {
        lock (gate)
        {
            RenderTime += run.Elapsed;
            PeakRendererBytes = Math.Max(PeakRendererBytes, run.PeakMemoryBytes);
        }
    }

    internal void Recognized(ProgramRun run)
    {
        lock (gate)
        {
            Pages++;
            RecognizeTime += run.Elapsed;
            PeakEngineBytes = Math.Max(PeakEngineBytes, run.PeakMemoryBytes);
        }
    }
}
