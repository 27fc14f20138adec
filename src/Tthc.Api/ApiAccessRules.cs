using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Tthc.Core.Access;

namespace Tthc.Api;

/// <summary>
/// The access table of CONTRACTS.md ("Identity and roles"): one rule per route and method, read by
/// <see cref="ApiAuthorizer"/> in both hosts. A route without a rule is admin-only (fail closed); a test checks that
/// every mapped route has one.
/// </summary>
public static class ApiAccessRules
{
    private static readonly HashSet<AccessRole> Everyone = [AccessRole.Unit, AccessRole.Province, AccessRole.Admin];
    private static readonly HashSet<AccessRole> Province = [AccessRole.Province, AccessRole.Admin];
    private static readonly HashSet<AccessRole> AdminOnly = [AccessRole.Admin];

    /// <summary>Every rule.</summary>
    public static IReadOnlyList<ApiAccessRule> All { get; } =
    [
        new(HttpMethods.Post, ApiRoutes.ReportUpload, Everyone, ApiScope.Unit, "unitCode"),
        new(HttpMethods.Post, ApiRoutes.ReportUploadUrl, Everyone, ApiScope.Unit, "unitCode"),
        new(HttpMethods.Get, ApiRoutes.Submission, Everyone, ApiScope.Submission, "submissionId"),
        new(HttpMethods.Post, ApiRoutes.SubmissionRetry, Province, ApiScope.Submission, "submissionId"),
        new(HttpMethods.Get, ApiRoutes.SubmissionLines, Everyone, ApiScope.Submission, "submissionId"),
        new(HttpMethods.Post, ApiRoutes.SubmissionReview, Everyone, ApiScope.Submission, "submissionId"),
        new(HttpMethods.Get, ApiRoutes.UnitSubmissions, Everyone, ApiScope.Unit, "unitCode"),
        new(HttpMethods.Get, ApiRoutes.Indicators, Everyone, ApiScope.Role),
        new(HttpMethods.Get, ApiRoutes.Session, Everyone, ApiScope.Role),
        new(HttpMethods.Get, ApiRoutes.Rollup, Province, ApiScope.Province, "province"),
        new(HttpMethods.Post, ApiRoutes.Rollup, Province, ApiScope.Province, "province"),
        new(HttpMethods.Get, ApiRoutes.RollupUnits, Province, ApiScope.Province, "province"),
        new(HttpMethods.Get, ApiRoutes.RollupExport, Province, ApiScope.Province, "province"),
        new(HttpMethods.Put, ApiRoutes.Registry, Province, ApiScope.Province, "province"),
        new(HttpMethods.Get, ApiRoutes.Registry, Province, ApiScope.Province, "province"),
        new(HttpMethods.Post, ApiRoutes.Keys, Province, ApiScope.Role),
        new(HttpMethods.Get, ApiRoutes.Keys, Province, ApiScope.Role),
        new(HttpMethods.Delete, ApiRoutes.Key, Province, ApiScope.Role),
        new(HttpMethods.Get, ApiRoutes.Audit, Province, ApiScope.ProvinceQuery, "province"),
    ];

    // Most specific first, as the hosts' routing picks: a LOWER inbound precedence is more specific (a literal segment
    // beats a parameter), so POST reports/{unitCode}/upload-url is matched before POST reports/{unitCode}/{fileName}.
    private static readonly IReadOnlyList<(ApiAccessRule Rule, TemplateMatcher Matcher)> Matchers =
        [.. All.Select(r => (Rule: r, Template: TemplateParser.Parse(r.Route)))
            .OrderBy(m => RoutePrecedence.ComputeInbound(m.Template))
            .Select(m => (m.Rule, new TemplateMatcher(m.Template, new RouteValueDictionary())))];

    /// <summary>The rule for a request (<paramref name="path"/> below <c>/api/</c>) and its route values; admin-only when none matches.</summary>
    public static (ApiAccessRule Rule, RouteValueDictionary Values) Match(string method, string path)
    {
        foreach (var (rule, matcher) in Matchers)
        {
            var values = new RouteValueDictionary();
            if (HttpMethods.Equals(rule.Method, method) && matcher.TryMatch("/" + path.TrimStart('/'), values))
            {
                return (rule, values);
            }
        }

        return (new ApiAccessRule(method, path, AdminOnly, ApiScope.Role), []);
    }
}
