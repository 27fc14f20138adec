namespace Tthc.Core;

/// <summary>The library's one exception: input (a report, a registry file) that cannot be read as what it claims to be.</summary>
public sealed class InputFormatException : Exception
{
    /// <summary>Creates the exception for a file and, where known, a line.</summary>
    public InputFormatException(string file, int? line, string message)
        : base(line is null ? $"{file}: {message}" : $"{file}, dòng/line {line}: {message}")
    {
        File = file;
        Line = line;
        Reason = message;
    }

    /// <summary>Creates the exception without location.</summary>
    public InputFormatException(string message)
        : this("(input)", null, message)
    {
    }

    /// <summary>Creates the exception without location.</summary>
    public InputFormatException()
        : this("(input)", null, "unreadable input")
    {
    }

    /// <summary>Creates the exception without location, wrapping a cause.</summary>
    public InputFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = "(input)";
        Reason = message;
    }

    /// <summary>The file name as uploaded.</summary>
    public string File { get; }

    /// <summary>1-based line, when the fault has one.</summary>
    public int? Line { get; }

    /// <summary>The reason without the location prefix.</summary>
    public string Reason { get; }
}
