namespace Tthc.Core.Validation;

/// <summary>How serious a finding is: an error rejects the report, a warning is kept and shown.</summary>
public enum Severity
{
    /// <summary>Kept and shown; the report is still accepted.</summary>
    Warning,

    /// <summary>The report is rejected and its rows are not used.</summary>
    Error,
}
