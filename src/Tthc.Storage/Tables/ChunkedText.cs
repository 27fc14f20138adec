using Azure.Data.Tables;

namespace Tthc.Storage.Tables;

/// <summary>
/// Long text (JSON) split across string properties, because a table property holds at most 32K characters
/// while an entity holds 1 MiB.
/// </summary>
internal static class ChunkedText
{
    private const int ChunkChars = 30_000;

    public static void Write(TableEntity entity, string name, string text)
    {
        var chunks = (text.Length + ChunkChars - 1) / ChunkChars;
        entity[name + "Chunks"] = chunks;
        for (var i = 0; i < chunks; i++)
        {
            entity[name + i.ToString(System.Globalization.CultureInfo.InvariantCulture)] = text.Substring(i * ChunkChars, Math.Min(ChunkChars, text.Length - (i * ChunkChars)));
        }
    }

    public static string? Read(TableEntity entity, string name)
    {
        var chunks = entity.GetInt32(name + "Chunks");
        if (chunks is null)
        {
            return null;
        }

        return string.Concat(Enumerable.Range(0, chunks.Value).Select(i => entity.GetString(name + i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }
}
