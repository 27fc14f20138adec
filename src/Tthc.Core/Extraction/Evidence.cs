using System.Globalization;
using System.Text.Json.Serialization;

namespace Tthc.Core.Extraction;

/// <summary>Where a value was read: the 1-based line (within its page, for a PDF) and that line's original text.</summary>
/// <param name="Line">1-based line (or row) number in the file, or in its page when <paramref name="Page"/> is set.</param>
/// <param name="Text">The source line as written (or as OCR read it), damage and all.</param>
/// <param name="Page">1-based page of a PDF; null for formats without pages.</param>
public sealed record Evidence(int Line, string Text, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Page = null)
{
    /// <summary>Where it is, for people: <c>dòng 14</c> or <c>trang 2, dòng 14</c>.</summary>
    [JsonIgnore]
    public string Location => Page is { } page
        ? string.Create(CultureInfo.InvariantCulture, $"trang {page}, dòng {Line}")
        : string.Create(CultureInfo.InvariantCulture, $"dòng {Line}");
}
