namespace Tthc.Core.Ocr;

/// <summary>Whether an OCR engine (or page renderer) can run here.</summary>
/// <param name="Available">True when it can.</param>
/// <param name="Description">What it is (version, endpoint) when available; what to install or set when not.</param>
public sealed record OcrEngineStatus(bool Available, string Description)
{
    /// <summary>An engine that can run.</summary>
    public static OcrEngineStatus Ready(string description) => new(true, description);

    /// <summary>An engine that cannot run, with what to do about it.</summary>
    public static OcrEngineStatus Missing(string whatToDo) => new(false, whatToDo);
}
