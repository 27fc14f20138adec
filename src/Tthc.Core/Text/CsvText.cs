using System.Text;

namespace Tthc.Core.Text;

/// <summary>RFC 4180 records from CSV text: quoted fields, doubled quotes, line breaks inside quotes.</summary>
public static class CsvText
{
    /// <summary>A record with the 1-based line it starts on.</summary>
    /// <param name="Line">Line number where the record starts.</param>
    /// <param name="Fields">The fields, unquoted.</param>
    public sealed record Row(int Line, IReadOnlyList<string> Fields);

    /// <summary>Splits CSV text into records; blank lines are skipped.</summary>
    public static IEnumerable<Row> Read(string text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var line = 1;
        var startLine = 1;
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    inQuotes = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    if (fields.Count > 1 || fields[0].Length > 0)
                    {
                        yield return new Row(startLine, fields.ToArray());
                    }

                    fields.Clear();
                    line++;
                    startLine = line;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        fields.Add(field.ToString());
        if (fields.Count > 1 || fields[0].Length > 0)
        {
            yield return new Row(startLine, fields.ToArray());
        }
    }

    /// <summary>Quotes a field for writing when it needs it.</summary>
    public static string Quote(string field)
        => field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
