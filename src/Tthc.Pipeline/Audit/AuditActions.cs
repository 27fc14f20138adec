namespace Tthc.Pipeline.Audit;

/// <summary>The kinds of change the audit log records.</summary>
public static class AuditActions
{
    /// <summary>A report uploaded (over HTTP or through the blob path).</summary>
    public const string Upload = "upload";

    /// <summary>An upload URL (a write-only SAS for one blob of <c>incoming/{unit}/</c>) handed out: whose key asked for which blob.</summary>
    public const string UploadUrl = "upload.url";

    /// <summary>An accepted report's values replaced by a newer version's (before: the replaced submission and its values).</summary>
    public const string ReportReplace = "report.replace";

    /// <summary>A province's unit registry loaded (replacing the previous one).</summary>
    public const string RegistryLoad = "registry.load";

    /// <summary>A key created.</summary>
    public const string KeyCreate = "key.create";

    /// <summary>A key revoked.</summary>
    public const string KeyRevoke = "key.revoke";

    /// <summary>A reviewer's decision on a value.</summary>
    public const string ReviewDecision = "review.decision";
}
