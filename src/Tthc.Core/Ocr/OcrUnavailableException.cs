namespace Tthc.Core.Ocr;

/// <summary>
/// A scanned page needs OCR and no engine can read it here (not installed, not configured). Not a fault of the
/// file: the submission waits as <c>needs-ocr</c> with <see cref="Exception.Message"/> as the reason.
/// </summary>
public sealed class OcrUnavailableException : Exception
{
    /// <summary>Creates the exception with a reason a person can act on (what to install or set).</summary>
    public OcrUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a generic reason.</summary>
    public OcrUnavailableException()
        : this("không có bộ nhận dạng ký tự (OCR) / no OCR engine is available.")
    {
    }

    /// <summary>Creates the exception wrapping the cause.</summary>
    public OcrUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
