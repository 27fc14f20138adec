using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Tthc.Functions.Tests;

/// <summary>
/// The invocation context the worker hands its middleware, for driving <see cref="ApiProblemMiddleware"/> without a
/// Functions host: the services of the invocation's scope and, for an HTTP trigger, the ASP.NET Core request under
/// the key the worker's ASP.NET Core integration stores it (<c>HttpRequestContext</c>, read by <c>GetHttpContext()</c>).
/// Members the middleware never reads throw.
/// </summary>
internal sealed class InvocationContext(IServiceProvider services, HttpContext? http) : FunctionContext
{
    public override string InvocationId { get; } = Guid.NewGuid().ToString();

    public override string FunctionId => throw new NotSupportedException();

    public override TraceContext TraceContext => throw new NotSupportedException();

    public override BindingContext BindingContext => throw new NotSupportedException();

    public override RetryContext RetryContext => throw new NotSupportedException();

    public override IServiceProvider InstanceServices { get; set; } = services;

    public override FunctionDefinition FunctionDefinition => throw new NotSupportedException();

    public override IDictionary<object, object> Items { get; set; } = http is null ? new Dictionary<object, object>() : new Dictionary<object, object> { ["HttpRequestContext"] = http };

    public override Microsoft.Azure.Functions.Worker.IInvocationFeatures Features => throw new NotSupportedException();

    public override CancellationToken CancellationToken => TestContext.Current.CancellationToken;
}
