using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Tthc.Pipeline.Access;
using Tthc.Pipeline.Ingestion;
using Tthc.Pipeline.Ports;

namespace Tthc.Api;

/// <summary>
/// The one mapping from an exception that escapes an endpoint to its RFC 7807 answer, used by both hosts:
/// <c>serve</c> through <c>UseExceptionHandler</c>, the Functions app through its worker middleware. So a
/// broken upload rule, a lost write race or a fault answer the same status and body wherever they happen.
/// </summary>
public sealed partial class ApiExceptionHandler(IProblemDetailsService problemDetails, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = ProblemFor(exception);
        if (problem.Status >= StatusCodes.Status500InternalServerError)
        {
            LogFault(exception, httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>The answer for <paramref name="exception"/>: client errors say what to fix; a fault says nothing of its internals.</summary>
    public static ProblemDetails ProblemFor(Exception exception) => exception switch
    {
        UploadRejectedException { Rule: UploadRule.Size } e => Problem(StatusCodes.Status413PayloadTooLarge, "Tệp quá lớn / File too large", e.Message),
        UploadRejectedException { Rule: UploadRule.UnitCode } e => Problem(StatusCodes.Status400BadRequest, "Mã đơn vị không hợp lệ / Invalid unit code", e.Message),
        UploadRejectedException { Rule: UploadRule.FileName } e => Problem(StatusCodes.Status400BadRequest, "Tên tệp không hợp lệ / Invalid file name", e.Message),
        UploadRejectedException e => Problem(StatusCodes.Status400BadRequest, "Tệp rỗng / Empty file", e.Message),
        AccessDeniedException e => Problem(StatusCodes.Status403Forbidden, "Không có quyền / Forbidden", e.Message),
        WriteConflictException => Problem(StatusCodes.Status409Conflict, "Dữ liệu đang được ghi đồng thời / Concurrent update", "Thử lại sau giây lát / retry in a moment."),
        _ => Problem(StatusCodes.Status500InternalServerError, "Lỗi máy chủ / Server error", "Yêu cầu không xử lý được; xem nhật ký theo traceId / the request failed; see the logs for its traceId."),
    };

    private static ProblemDetails Problem(int status, string title, string detail) => new() { Status = status, Title = title, Detail = detail };

    [LoggerMessage(Level = LogLevel.Error, Message = "{Method} {Path} failed")]
    private partial void LogFault(Exception exception, string method, string path);
}
