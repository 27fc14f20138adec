using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tthc.Core.Access;
using Tthc.Core.Text;
using Tthc.Core.Units;
using Tthc.Pipeline.Access;

namespace Tthc.Api.Apis;

/// <summary>Keys: <c>POST /api/keys</c>, <c>GET /api/keys</c>, <c>DELETE /api/keys/{id}</c> (admin; a province key for its units' keys).</summary>
public static class KeysApi
{
    /// <summary>Maps the routes on the <c>/api</c> group.</summary>
    public static IEndpointRouteBuilder MapKeysApi(this IEndpointRouteBuilder app)
    {
        app.MapPost(ApiRoutes.Keys, PostKey).WithName(nameof(PostKey));
        app.MapGet(ApiRoutes.Keys, GetKeys).WithName(nameof(GetKeys));
        app.MapDelete(ApiRoutes.Key, DeleteKey).WithName(nameof(DeleteKey));
        return app;
    }

    /// <summary>Makes a key; 201 with the key itself, which is never shown again.</summary>
    public static async Task<Results<Created<KeyCreated>, ProblemHttpResult>> PostKey(HttpRequest request, CreateAccessKey create, CancellationToken cancellationToken)
    {
        KeyRequest? body;
        try
        {
            body = await request.ReadFromJsonAsync<KeyRequest>(TthcJson.Options, cancellationToken);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            body = null;
        }

        if (body is null || body.Role == AccessRole.Admin || body.Scope is null || !ApiArguments.IsCode(body.Scope))
        {
            return ApiProblems.BadRequest("Yêu cầu tạo khóa không hợp lệ / Invalid key request", "Gửi / send {\"role\": \"unit|province\", \"scope\": \"<mã / code>\", \"expires\": \"…\"?}.");
        }

        if (body.Role == AccessRole.Province && ProvinceMap.Default.Find(body.Scope) is null)
        {
            return ApiProblems.BadRequest("Không có tỉnh này / Unknown province", $"'{body.Scope}' không phải mã tỉnh / is not a province code.");
        }

        var made = await create.ExecuteAsync(request.HttpContext.Caller(), body.Role, body.Scope, body.Expires, cancellationToken);
        return TypedResults.Created($"/{ApiRoutes.Prefix}/keys/{made.Stored.Id}", new KeyCreated(made.Key, made.Stored.Id, made.Stored.Role, made.Stored.Scope, made.Stored.ExpiresAt));
    }

    /// <summary>The keys the caller may see (without the keys or their hashes).</summary>
    public static async Task<Ok<IReadOnlyList<KeyView>>> GetKeys(HttpRequest request, ListAccessKeys list, CancellationToken cancellationToken)
        => TypedResults.Ok<IReadOnlyList<KeyView>>([.. (await list.ExecuteAsync(request.HttpContext.Caller(), cancellationToken)).Select(KeyView.From)]);

    /// <summary>Revokes a key at once; 404 when there is none.</summary>
    public static async Task<Results<Ok<KeyView>, ProblemHttpResult>> DeleteKey(string id, HttpRequest request, RevokeAccessKey revoke, CancellationToken cancellationToken)
        => await revoke.ExecuteAsync(request.HttpContext.Caller(), id, cancellationToken) is { } revoked
            ? TypedResults.Ok(KeyView.From(revoked))
            : ApiProblems.NotFound("Không có khóa này / Unknown key", $"'{id}' không tồn tại / no such key.");
}
