using System.CommandLine;
using System.Text.Json;
using Spectre.Console;
using Tthc.Api.Apis;
using Tthc.Cli.Keys;
using Tthc.Core.Access;
using Tthc.Core.Text;
using Tthc.LocalHosting;

namespace Tthc.Cli.Commands;

/// <summary>
/// <c>tthc keys create|list|revoke</c>: the key routes over HTTP, against <c>serve</c> or the Functions app. The key
/// used comes from <c>--key</c>, else <c>TTHC_KEY</c>, else the admin key file <c>serve</c> keeps.
/// </summary>
internal static class KeysCommand
{
    public static Command Create()
    {
        var url = new Option<Uri>("--url") { Description = "Địa chỉ API / API base address (TTHC_URL)", DefaultValueFactory = _ => new Uri(Environment.GetEnvironmentVariable("TTHC_URL") is { Length: > 0 } u ? u : "http://127.0.0.1:7071/") };
        var key = new Option<string?>("--key") { Description = "Khóa dùng để gọi / the key to call with (TTHC_KEY; default: serve's admin key file)" };
        var json = new Option<bool>("--json") { Description = "In JSON / print JSON" };

        var role = new Option<string>("--role") { Description = "unit | province", Required = true };
        role.AcceptOnlyFromAmong("unit", "province");
        var scope = new Option<string>("--scope") { Description = "Mã đơn vị hoặc mã tỉnh / unit or province code", Required = true };
        var expires = new Option<DateTimeOffset?>("--expires") { Description = "Hết hạn / expiry (ISO 8601)" };
        var create = new Command("create", "Tạo khóa (chỉ hiện một lần) / make a key (shown once)") { url, key, json, role, scope, expires };
        create.SetAction((result, cancellationToken) => RunAsync(result, url, key, async http =>
        {
            var made = await ApiClients.CreateKeyAsync(http, TthcJson.TryParse<AccessRole>(result.GetValue(role), out var r) ? r : AccessRole.Unit, result.GetValue(scope)!, result.GetValue(expires), cancellationToken);
            if (result.GetValue(json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(made, TthcJson.Options));
            }
            else
            {
                Console.Out.WriteLine($"Khóa {made.Role.ToString().ToLowerInvariant()} {made.Scope} (id {made.Id}) — chỉ hiện một lần / shown once:");
                Console.Out.WriteLine(made.Key);
            }
        }));

        var list = new Command("list", "Liệt kê khóa / list keys") { url, key, json };
        list.SetAction((result, cancellationToken) => RunAsync(result, url, key, async http =>
        {
            using var response = await http.GetAsync("api/keys", cancellationToken);
            await ApiClients.EnsureSuccessAsync(response, cancellationToken);
            var keys = (await response.Content.ReadFromJsonAsync<List<KeyView>>(TthcJson.Options, cancellationToken))!;
            if (result.GetValue(json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(keys, TthcJson.Options));
                return;
            }

            var table = new Table().AddColumns("Id", "Vai trò / role", "Phạm vi / scope", "Tạo bởi / by", "Tạo lúc / created", "Hết hạn / expires", "Thu hồi / revoked");
            foreach (var k in keys)
            {
                table.AddRow(k.Id, k.Role.ToString().ToLowerInvariant(), Markup.Escape(k.Scope), Markup.Escape(k.CreatedBy), k.CreatedAt.ToString("u"), k.ExpiresAt?.ToString("u") ?? "-", k.RevokedAt?.ToString("u") ?? "-");
            }

            AnsiConsole.Write(table);
        }));

        var id = new Argument<string>("ID") { Description = "Id của khóa / key id" };
        var revoke = new Command("revoke", "Thu hồi khóa / revoke a key") { url, key, id };
        revoke.SetAction((result, cancellationToken) => RunAsync(result, url, key, async http =>
        {
            using var response = await http.DeleteAsync($"api/keys/{Uri.EscapeDataString(result.GetValue(id)!)}", cancellationToken);
            await ApiClients.EnsureSuccessAsync(response, cancellationToken);
            Console.Out.WriteLine($"Đã thu hồi / revoked: {result.GetValue(id)}");
        }));

        return new Command("keys", "Khóa truy cập API / API keys") { create, list, revoke };
    }

    private static async Task<int> RunAsync(ParseResult result, Option<Uri> url, Option<string?> key, Func<HttpClient, Task> run)
    {
        var callKey = result.GetValue(key) ?? Environment.GetEnvironmentVariable("TTHC_KEY");
        if (string.IsNullOrWhiteSpace(callKey) && File.Exists(AdminKeySource.DefaultFile))
        {
            callKey = (await File.ReadAllTextAsync(AdminKeySource.DefaultFile)).Trim();
        }

        if (string.IsNullOrWhiteSpace(callKey))
        {
            await Console.Error.WriteLineAsync($"Không có khóa: dùng --key, TTHC_KEY hoặc chạy serve (giữ khóa quản trị ở {AdminKeySource.DefaultFile}) / no key: pass --key, set TTHC_KEY, or run serve.");
            return ExitCodes.Failure;
        }

        using var http = ApiClients.WithKey(result.GetValue(url)!, callKey);
        try
        {
            await run(http);
            return ExitCodes.Ok;
        }
        catch (HttpRequestException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return ExitCodes.Failure;
        }
    }
}
