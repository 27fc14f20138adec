using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tthc.Api;

/// <summary>The API's JSON settings: camelCase, Vietnamese text unescaped.</summary>
public static class ApiJson
{
    /// <summary>Applies the settings to a serializer options instance (ASP.NET Core's, or a client's).</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        return options;
    }
}
