using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Azure.Functions.Worker;
using Tthc.Api;
using Tthc.Pipeline;
using Tthc.Storage;

namespace Tthc.Functions.Tests;

/// <summary>The functions.metadata the Worker SDK generated: what the Functions host will index and trigger.</summary>
public sealed partial class FunctionsMetadataTests
{
    private static readonly StorageOptions Storage = new();

    [Fact]
    public void Metadata_ListsEveryFunctionMethodOfTheApp_AndNothingElse()
    {
        var methods = typeof(IngestReport).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .Select(m => m.GetCustomAttribute<FunctionAttribute>()?.Name)
            .OfType<string>()
            .Order(StringComparer.Ordinal);

        Assert.Equal(methods, FunctionsBuildOutput.Functions.Select(f => f.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(25, FunctionsBuildOutput.Functions.Count);
    }

    [Fact]
    public void Metadata_EveryEntryPoint_IsAMethodOfTheAppAssembly()
    {
        Assert.All(FunctionsBuildOutput.Functions, f =>
        {
            Assert.Equal("Tthc.Functions.dll", f.GetProperty("scriptFile").GetString());
            var entryPoint = f.GetProperty("entryPoint").GetString()!;
            var type = typeof(IngestReport).Assembly.GetType(entryPoint[..entryPoint.LastIndexOf('.')]);
            Assert.NotNull(type?.GetMethod(entryPoint[(entryPoint.LastIndexOf('.') + 1)..]));
        });
    }

    [Fact]
    public void IngestReport_IsTheEventGridBlobTriggerOnIncoming()
    {
        var trigger = FunctionsBuildOutput.Trigger(nameof(IngestReport));

        Assert.Equal("blobTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("EventGrid", trigger.GetProperty("source").GetString());
        Assert.Equal("%ReportsContainer%/incoming/{unitCode}/{fileName}", trigger.GetProperty("path").GetString());
    }

    [Fact]
    public void ParseReport_TriggersOnTheParseQueueSetting()
    {
        var trigger = FunctionsBuildOutput.Trigger(nameof(ParseReport));

        Assert.Equal("queueTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("%ParseQueue%", trigger.GetProperty("queueName").GetString());
    }

    [Fact]
    public void RecordParseFailure_TriggersOnThePoisonQueueOfTheParseQueue()
    {
        var trigger = FunctionsBuildOutput.Trigger(nameof(RecordParseFailure));

        Assert.Equal("queueTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("%ParseQueue%-poison", trigger.GetProperty("queueName").GetString());
    }

    [Fact]
    public void NightlyRollup_TimerReadsTheScheduleSetting()
    {
        var trigger = FunctionsBuildOutput.Trigger(nameof(NightlyRollup));

        Assert.Equal("timerTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("%RollupSchedule%", trigger.GetProperty("schedule").GetString());
    }

    [Fact]
    public void SweepSubmissions_TimerReadsTheSweepScheduleSetting()
    {
        var trigger = FunctionsBuildOutput.Trigger(nameof(SweepSubmissions));

        Assert.Equal("timerTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("%SweepSchedule%", trigger.GetProperty("schedule").GetString());
    }

    [Fact]
    public void NightlyRollup_FailedRun_RetriedThreeTimesFiveMinutesApart()
    {
        var retry = FunctionsBuildOutput.Function(nameof(NightlyRollup)).GetProperty("retry");

        Assert.Equal("fixedDelay", retry.GetProperty("strategy").GetString());
        Assert.Equal(3, retry.GetProperty("maxRetryCount").GetInt32());
        Assert.Equal("00:05:00", retry.GetProperty("delayInterval").GetString());
    }

    [Fact]
    public void QueueAndBlobFunctions_HaveNoRetryPolicy()
    {
        // Queue deliveries are retried by the queue (host.json maxDequeueCount), blob events by Event Grid: no second layer.
        Assert.All(
            new[] { nameof(IngestReport), nameof(ParseReport), nameof(RecordParseFailure) },
            name => Assert.False(FunctionsBuildOutput.Function(name).TryGetProperty("retry", out _)));
    }

    [Fact]
    public void HttpFunctions_SameMethodsAndRoutesAsServe()
    {
        var functions = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var trigger in ApiTriggers())
        {
            foreach (var method in trigger.GetProperty("methods").EnumerateArray())
            {
                functions.Add($"{method.GetString()!.ToUpperInvariant()} {trigger.GetProperty("route").GetString()}");
            }
        }

        var serve = ServeRoutes();

        Assert.Contains("GET api/rollups/{province}/{period}", serve);
        Assert.Contains("GET api/submissions/{submissionId}/lines", serve);
        Assert.Equal(serve, functions);
    }

    [Fact]
    public void ApiFunctions_AreAnonymousAtThePlatform_BecauseApiAccessMiddlewareChecksEveryCall()
    {
        // Per-unit and per-province keys replace the one shared function key: the platform lets the call through and
        // ApiAccessMiddleware (registered by AddTthcFunctions, tested in ApiAccessMiddlewareTests) checks key, role, scope.
        Assert.All(ApiTriggers(), t => Assert.Equal("Anonymous", t.GetProperty("authLevel").GetString()));
    }

    [Fact]
    public void OverlappingRoutes_TheMoreSpecificFunctionSortsFirst_AsTheHostMatchesInNameOrder()
    {
        // The Functions host tries HTTP routes in the order of the functions' names, not by ASP.NET Core's precedence
        // (Azure/azure-functions-host#9876): where one route's paths also match another's template (reports/x/upload-url
        // and reports/{unitCode}/{fileName}; every API route and the web app's {*path}), the more specific function's
        // name must sort first, or its calls go to the other function.
        var triggers = FunctionsBuildOutput.Functions
            .SelectMany(f => f.GetProperty("bindings").EnumerateArray()
                .Where(b => b.GetProperty("type").GetString() == "httpTrigger")
                .SelectMany(b => b.GetProperty("methods").EnumerateArray().Select(m => (
                    Name: f.GetProperty("name").GetString()!,
                    Method: m.GetString()!.ToUpperInvariant(),
                    Template: TemplateParser.Parse(b.GetProperty("route").GetString()!)))))
            .ToList();
        var overlapping = new HashSet<string>(StringComparer.Ordinal);

        foreach (var a in triggers)
        {
            foreach (var b in triggers.Where(b => b.Method == a.Method && b.Name != a.Name))
            {
                var path = "/" + Concrete(a.Template.TemplateText!);
                if (new TemplateMatcher(b.Template, []).TryMatch(path, []) && RoutePrecedence.ComputeInbound(a.Template) < RoutePrecedence.ComputeInbound(b.Template))
                {
                    overlapping.Add($"{a.Name} < {b.Name}");
                    Assert.True(StringComparer.OrdinalIgnoreCase.Compare(a.Name, b.Name) < 0, $"{a.Name} ({a.Template.TemplateText}) must sort before {b.Name} ({b.Template.TemplateText}).");
                }
            }
        }

        Assert.Contains($"{nameof(ReportUploadUrl)} < {nameof(UploadReport)}", overlapping);
        Assert.Contains($"{nameof(RollupReport)} < {nameof(WebApp)}", overlapping);
    }

    [Fact]
    public void ApiFunctions_EveryRouteHasAnAccessRule()
    {
        foreach (var trigger in ApiTriggers())
        {
            var route = trigger.GetProperty("route").GetString()![(ApiRoutes.Prefix.Length + 1)..];
            foreach (var method in trigger.GetProperty("methods").EnumerateArray())
            {
                var (rule, _) = ApiAccessRules.Match(method.GetString()!.ToUpperInvariant(), Concrete(route));
                Assert.Equal(route, rule.Route);
            }
        }
    }

    [Fact]
    public void HostJson_RoutePrefixIsEmpty_AndEveryApiRouteNamesApiRoutesPrefix()
    {
        // The web app is served at / by the WebApp function, so the host adds no prefix; the API routes stay /api/...
        Assert.Equal(string.Empty, HostRoutePrefix());
        Assert.All(ApiTriggers(), t => Assert.StartsWith(ApiRoutes.Prefix + "/", t.GetProperty("route").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public void WebApp_IsAnAnonymousGetCatchAllAtTheRoot()
    {
        var trigger = FunctionsBuildOutput.Trigger(nameof(WebApp));

        Assert.Equal("httpTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("{*path}", trigger.GetProperty("route").GetString());
        Assert.Equal("Anonymous", trigger.GetProperty("authLevel").GetString());
        Assert.Equal(["get", "head"], trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!.ToLowerInvariant()));
    }

    [Fact]
    public void SettingExpressions_NameTheSettingsTheOptionsRead()
    {
        var referenced = FunctionsBuildOutput.Functions
            .SelectMany(f => f.GetProperty("bindings").EnumerateArray())
            .SelectMany(b => b.EnumerateObject().Where(p => p.Value.ValueKind == System.Text.Json.JsonValueKind.String))
            .SelectMany(p => PercentSetting().Matches(p.Value.GetString()!))
            .Select(m => m.Groups["name"].Value)
            .ToHashSet(StringComparer.Ordinal);

        Assert.Equal(
            new HashSet<string>([StorageOptions.ReportsContainerSetting, StorageOptions.ParseQueueSetting, RollupOptions.ScheduleSetting, Pipeline.WorkerOptions.SweepScheduleSetting], StringComparer.Ordinal),
            referenced);
    }

    [Fact]
    public void Defaults_AreTheNamesInfraCreates()
    {
        Assert.Equal("reports", Storage.ReportsContainer);
        Assert.Equal("parse-requests", Storage.ParseQueue);
        Assert.Equal("parse-requests-poison", Storage.PoisonQueue);
        Assert.Equal("0 0 18 * * *", new RollupOptions().Schedule);
    }

    // Every HTTP trigger but the web app's catch-all.
    private static IEnumerable<System.Text.Json.JsonElement> ApiTriggers()
        => FunctionsBuildOutput.Functions
            .Where(f => f.GetProperty("name").GetString() != nameof(WebApp))
            .SelectMany(f => f.GetProperty("bindings").EnumerateArray())
            .Where(b => b.GetProperty("type").GetString() == "httpTrigger");

    // What `serve` maps: the same registrations, then MapTthcApi.
    private static SortedSet<string> ServeRoutes()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddTthcPipeline(builder.Configuration).AddTthcStorage(builder.Configuration).AddTthcApi();
        var app = builder.Build();
        app.MapTthcApi();

        var routes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>())
        {
            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])
            {
                routes.Add($"{method} {endpoint.RoutePattern.RawText!.Trim('/')}");
            }
        }

        return routes;
    }

    // A request path for a route template: each {parameter} filled with a code.
    private static string Concrete(string route) => Parameter().Replace(route, "x-1");

    private static string HostRoutePrefix()
        => FunctionsBuildOutput.ReadJson("host.json").GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString()!;

    [GeneratedRegex(@"%(?<name>[^%]+)%")]
    private static partial Regex PercentSetting();

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}
