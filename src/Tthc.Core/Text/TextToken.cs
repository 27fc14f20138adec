namespace Tthc.Core.Text;

/// <summary>What a token of folded report text is.</summary>
public enum TextTokenKind
{
    /// <summary>A folded word (ASCII, lower case, OCR-repaired).</summary>
    Word,

    /// <summary>A number as written (<c>267.922</c>, <c>98,9</c>, <c>00</c>).</summary>
    Number,

    /// <summary>A slashed or otherwise non-value number: dates, document numbers, ratios (<c>19/01/2024</c>, <c>26/42</c>, <c>/100</c>).</summary>
    Slashed,

    /// <summary>A clause separator: <c>,</c> <c>;</c> <c>.</c> or a table cell border.</summary>
    Separator,

    /// <summary>A colon (label–value joiner).</summary>
    Colon,

    /// <summary>An opening parenthesis.</summary>
    Open,

    /// <summary>A closing parenthesis.</summary>
    Close,

    /// <summary>A percent sign.</summary>
    Percent,
}

/// <summary>One token of folded report text with the 1-based line it came from.</summary>
/// <param name="Kind">Token kind.</param>
/// <param name="Text">Folded text (numbers as written).</param>
/// <param name="Line">1-based source line.</param>
public readonly record struct TextToken(TextTokenKind Kind, string Text, int Line)
{
    /// <summary>True for a word equal to <paramref name="word"/>.</summary>
    public bool Is(string word) => Kind == TextTokenKind.Word && Text == word;
}
