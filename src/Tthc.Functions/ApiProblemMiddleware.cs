using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Tthc.Api;

namespace Tthc.Functions;

/// <summary>
/// An exception escaping an HTTP function is answered as <c>serve</c> answers it: by the <see cref="IExceptionHandler"/>
/// that <c>AddTthcApi</c> registers (<see cref="ApiExceptionHandler"/>), so both hosts give the same problem+json.
/// Other triggers rethrow: a queue delivery must fail to be retried and, in the end, poisoned.
/// </summary>
public sealed class ApiProblemMiddleware(IExceptionHandler handler) : IFunctionsWorkerMiddleware
{
    /// <inheritdoc />
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (Exception ex) when (context.GetHttpContext() is { Response.HasStarted: false } http)
        {
            await handler.TryHandleAsync(http, ex, context.CancellationToken);
        }
    }
}
