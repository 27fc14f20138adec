using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tthc.Core.Text;

/// <summary>
/// The one JSON policy of the API, the stores and the command line: camelCase names, enums as camelCase strings
/// (<c>accepted</c>, <c>onlyReported</c>, <c>commune</c>, also as dictionary keys), Vietnamese text unescaped.
/// </summary>
public static class TthcJson
{
    /// <summary>Options with the policy applied (shared, read-only once used).</summary>
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions());

    /// <summary>Applies the policy to an options instance (ASP.NET Core's, or a client's).</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DictionaryKeyPolicy = null;
        options.PropertyNameCaseInsensitive = true;
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        return options;
    }

    /// <summary>An enum value's JSON name (<c>Accepted</c> → <c>accepted</c>), for places that are not serialized whole (table columns).</summary>
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum
        => JsonSerializer.Serialize(value, Options).Trim('"');

    /// <summary>Reads an enum value from its JSON name; false for anything else.</summary>
    public static bool TryParse<TEnum>(string? name, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        if (name is null)
        {
            return false;
        }

        try
        {
            value = JsonSerializer.Deserialize<TEnum>(JsonSerializer.Serialize(name, Options), Options);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
