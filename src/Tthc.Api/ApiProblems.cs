using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Tthc.Api;

/// <summary>RFC 7807 problem responses, with the Vietnamese text first and the English after.</summary>
internal static class ApiProblems
{
    public static ProblemHttpResult BadRequest(string title, string detail) => TypedResults.Problem(detail, title: title, statusCode: StatusCodes.Status400BadRequest);

    public static ProblemHttpResult NotFound(string title, string detail) => TypedResults.Problem(detail, title: title, statusCode: StatusCodes.Status404NotFound);

    public static ProblemHttpResult Conflict(string title, string detail) => TypedResults.Problem(detail, title: title, statusCode: StatusCodes.Status409Conflict);
}
