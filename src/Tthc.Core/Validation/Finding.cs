namespace Tthc.Core.Validation;

/// <summary>Something a person should read about a report: what rule, which indicators, where in the file.</summary>
/// <param name="Severity">Error or warning.</param>
/// <param name="Rule">The rule's name, e.g. <c>dossiers.received = carried_over + received_online + received_direct</c>.</param>
/// <param name="Message">Vietnamese message, with the English after " / ".</param>
/// <param name="Codes">Indicator codes involved.</param>
/// <param name="Line">1-based line of the evidence, when there is one.</param>
public sealed record Finding(Severity Severity, string Rule, string Message, IReadOnlyList<string> Codes, int? Line = null)
{
    /// <summary>An error finding.</summary>
    public static Finding Error(string rule, string message, IReadOnlyList<string>? codes = null, int? line = null)
        => new(Severity.Error, rule, message, codes ?? [], line);

    /// <summary>A warning finding.</summary>
    public static Finding Warning(string rule, string message, IReadOnlyList<string>? codes = null, int? line = null)
        => new(Severity.Warning, rule, message, codes ?? [], line);
}
