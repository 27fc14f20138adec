namespace Tthc.Api;

/// <summary>
/// The HTTP routes of CONTRACTS.md, the one source of truth for <c>serve</c> (minimal APIs) and the
/// Functions app (<c>HttpTrigger(Route = Prefix + "/" + ...)</c>). Templates are relative to <see cref="Prefix"/>.
/// The Functions host's own route prefix is empty (host.json) so that the web app can be served at <c>/</c>;
/// every API function therefore names <see cref="Prefix"/> itself, and the routes stay <c>/api/...</c> on both hosts.
/// </summary>
public static class ApiRoutes
{
    /// <summary>The route prefix (<c>/api</c>) of every API route.</summary>
    public const string Prefix = "api";

    /// <summary>POST: upload a report file for a unit.</summary>
    public const string ReportUpload = "reports/{unitCode}/{fileName}";

    /// <summary>
    /// POST: a short-lived, write-only URL (SAS) for one blob <c>incoming/{unitCode}/{fileName}</c> of the reports
    /// container (<c>?fileName=</c> or body <c>{"fileName"}</c>). Its literal last segment outranks <see cref="ReportUpload"/>'s
    /// <c>{fileName}</c> in <c>serve</c>'s routing and in <see cref="ApiAccessRules"/>; the Functions host, which tries
    /// routes in the order of function names, gets it right by the name of its function (<c>ReportUploadUrl</c>).
    /// </summary>
    public const string ReportUploadUrl = "reports/{unitCode}/upload-url";

    /// <summary>GET: a submission's status, findings and values.</summary>
    public const string Submission = "submissions/{submissionId}";

    /// <summary>POST: run a <c>failed</c> submission again (province or admin).</summary>
    public const string SubmissionRetry = "submissions/{submissionId}/retry";

    /// <summary>GET: a submission's file as numbered lines, for showing each value's evidence in its place.</summary>
    public const string SubmissionLines = "submissions/{submissionId}/lines";

    /// <summary>POST: confirm or correct one value of a submission (<c>{"code", "action": "confirm|correct", "value"?}</c>).</summary>
    public const string SubmissionReview = "submissions/{submissionId}/review";

    /// <summary>GET: a unit's submissions with their status, newest first.</summary>
    public const string UnitSubmissions = "units/{unitCode}/submissions";

    /// <summary>GET: the indicator catalog (codes, labels, kinds, units, rollup methods).</summary>
    public const string Indicators = "indicators";

    /// <summary>GET: who the caller is (key id, role, scope), so a client can show what the key may do.</summary>
    public const string Session = "session";

    /// <summary>GET: the rollup (<c>?fresh=true</c> recomputes); POST: recompute now.</summary>
    public const string Rollup = "rollups/{province}/{period}";

    /// <summary>GET: the per-unit rows behind a rollup.</summary>
    public const string RollupUnits = "rollups/{province}/{period}/units";

    /// <summary>GET: the consolidated table as <c>?format=xlsx|csv</c>.</summary>
    public const string RollupExport = "rollups/{province}/{period}/export";

    /// <summary>PUT: load a province's unit registry file (CSV of CONTRACTS.md; every row of that province); GET: the file as loaded.</summary>
    public const string Registry = "registry/{province}";

    /// <summary>POST: make a unit or province key (shown once); GET: list keys.</summary>
    public const string Keys = "keys";

    /// <summary>DELETE: revoke a key.</summary>
    public const string Key = "keys/{id}";

    /// <summary>GET: the audit log, <c>?province=&amp;from=&amp;to=</c>.</summary>
    public const string Audit = "audit";
}
