using Tthc.Core.Text;

namespace Tthc.Core.Extraction.Narrative;

/// <summary>A report's lines with their folded tokens and the layout facts sentence splitting needs.</summary>
internal sealed class TokenizedReport
{
    [ThreadStatic]
    private static List<TextToken>? spare;

    private readonly string?[] folded;
    private List<TextToken>? ownTokens;
    private int[]? lineOfToken;

    private static readonly Dictionary<string, string> NumberWords = new(StringComparer.Ordinal)
    {
        ["mot"] = "1",
        ["hai"] = "2",
        ["ba"] = "3",
        ["bon"] = "4",
        ["nam"] = "5",
        ["sau"] = "6",
        ["bay"] = "7",
        ["tam"] = "8",
        ["chin"] = "9",
        ["muoi"] = "10",
    };

    private readonly HashSet<int> writtenNumbers;

    private TokenizedReport(IReadOnlyList<SourceLine> lines, List<TextToken> tokens, LineInfo[] info, int maxEvidence, HashSet<int> writtenNumbers)
    {
        folded = new string?[lines.Count];
        ValueNumberCache = new bool?[tokens.Count];
        StrayCache = new bool?[tokens.Count];
        this.writtenNumbers = writtenNumbers;
        Lines = lines;
        Tokens = tokens;
        ownTokens = tokens;
        Info = info;
        MaxEvidenceChars = maxEvidence;
    }

    /// <summary>The source lines.</summary>
    public IReadOnlyList<SourceLine> Lines { get; }

    /// <summary>All tokens, line after line.</summary>
    public IReadOnlyList<TextToken> Tokens { get; }

    /// <summary>Per-line layout, parallel to <see cref="Lines"/>.</summary>
    public IReadOnlyList<LineInfo> Info { get; }

    /// <summary>Per token: whether it was judged an indicator value (filled by the scanner as it goes).</summary>
    public bool?[] ValueNumberCache { get; }

    /// <summary>Per token: whether it is a document, level, place or rank number (filled by the scanner as it goes).</summary>
    public bool?[] StrayCache { get; }

    /// <summary>Characters of a line kept as evidence.</summary>
    public int MaxEvidenceChars { get; }

    /// <summary>Layout of one line.</summary>
    /// <param name="FirstToken">Index of the line's first token.</param>
    /// <param name="TokenCount">Number of tokens on the line.</param>
    /// <param name="Bullet">The bullet character the line starts with ('-', '+'), '#' for a numbered heading, '\0' for none.</param>
    /// <param name="StartsNumbered">True when the line's first token is an item or footnote number, not a value.</param>
    /// <param name="IsTable">True for a table row.</param>
    /// <param name="IsAppendix">True inside an appendix / statistics-form section of a narrative report.</param>
    /// <param name="IsHeading">True for a line in capitals (a header or heading): a sentence on its own.</param>
    /// <param name="IsCellRow">True for a row read from real table cells (.docx, .xlsx), not a text line with bars.</param>
    public readonly record struct LineInfo(int FirstToken, int TokenCount, char Bullet, bool StartsNumbered, bool IsTable, bool IsAppendix, bool IsHeading, bool IsCellRow);

    /// <summary>Tokenizes lines within the limits.</summary>
    public static TokenizedReport Create(IReadOnlyList<SourceLine> lines, ExtractionLimits limits, CancellationToken cancellationToken)
    {
        var chars = 0L;
        foreach (var line in lines)
        {
            chars += Math.Min(line.Text.Length, limits.MaxLineChars);
        }

        // The token list is reused per thread (see Release): a large report would otherwise put it on the large-object heap each time.
        var tokens = spare ?? new List<TextToken>((int)Math.Min(chars / 4 + 16, 4_000_000));
        spare = null;
        tokens.Clear();
        var info = new LineInfo[lines.Count];
        var appendix = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if ((i & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var line = lines[i];
            var start = tokens.Count;
            OcrTokenizer.Tokenize(line.Text, line.Number, limits.MaxLineChars, tokens);
            if (i > 0 && info[i - 1].TokenCount > 0 && !line.IsTableRow && !lines[i - 1].IsTableRow)
            {
                OcrTokenizer.RepairAcross(tokens, start);
            }

            var count = tokens.Count - start;
            var bullet = BulletOf(line.Text);
            var numbered = count > 0 && tokens[start].Kind == TextTokenKind.Number && IsItemNumber(line.Text, tokens, start, count);
            if (count > 0 && count <= 12 && IsAppendixHeading(tokens, start, count))
            {
                appendix = true;
            }

            var isTable = line.IsTableRow || line.Text.Contains('|', StringComparison.Ordinal);
            info[i] = new LineInfo(start, count, numbered && bullet == '\0' ? '#' : bullet, numbered, isTable, appendix && !line.IsTableRow, IsCapitals(line.Text), line.IsTableRow);
        }

        // A document typed all in capitals has no capital headings: its lines wrap like any other text.
        var capitals = info.Count(l => l.IsHeading);
        if (capitals * 2 > info.Count(l => l.TokenCount > 0))
        {
            for (var i = 0; i < info.Length; i++)
            {
                info[i] = info[i] with { IsHeading = false };
            }
        }

        return new TokenizedReport(lines, tokens, info, limits.MaxEvidenceChars, ReadNumberWords(tokens));
    }

    /// <summary>True when the number at <paramref name="tokenIndex"/> was written in words ("tám hồ sơ").</summary>
    public bool IsWrittenNumber(int tokenIndex) => writtenNumbers.Contains(tokenIndex);

    /// <summary>
    /// The words of a number near a token as the report writes them (for a person reading what was set aside):
    /// from the start of its clause to the end of its unit, at most about a line.
    /// </summary>
    public string ExcerptFor(int tokenIndex)
    {
        var line = Lines[LineOf(tokenIndex)].Text;
        var token = Tokens[tokenIndex];
        var written = writtenNumbers.Contains(tokenIndex) ? null : token.Text;
        var at = -1;
        if (written is not null)
        {
            // The n-th occurrence on the line of the same written number.
            var nth = 0;
            for (var k = tokenIndex - 1; k >= 0 && Tokens[k].Line == token.Line; k--)
            {
                nth += Tokens[k].Text == written ? 1 : 0;
            }

            for (var i = 0; i <= nth; i++)
            {
                at = line.IndexOf(written, at + 1, StringComparison.Ordinal);
                if (at < 0)
                {
                    break;
                }
            }
        }

        if (at < 0)
        {
            var max = Math.Min(MaxEvidenceChars, 160);
            return line.Length > max ? line[..max].Trim() + "…" : line.Trim();
        }

        var from = at;
        while (from > 0 && at - from < 60 && !EndsClause(line, from - 1))
        {
            from--;
        }

        while (from > 0 && from < at && !EndsClause(line, from - 1) && !char.IsWhiteSpace(line[from - 1]))
        {
            from++; // a whole word, not its tail
        }

        var to = at + written!.Length;
        while (to < line.Length && to - at < 50 && !EndsClause(line, to))
        {
            to++;
        }

        while (to < line.Length && !EndsClause(line, to) && !char.IsWhiteSpace(line[to]))
        {
            to++;
        }

        return line[from..to].Trim();
    }

    private static bool EndsClause(string line, int i)
        => line[i] is ';' or ':' or '(' or ')' or '\n'
            || (line[i] is '.' or ',' && !(i > 0 && i + 1 < line.Length && char.IsDigit(line[i - 1]) && char.IsDigit(line[i + 1])));

    private static HashSet<int> ReadNumberWords(List<TextToken> tokens)
    {
        // "chỉ tám hồ sơ quá hạn", "sáu hồ sơ": a number in words is one only right before the noun it counts.
        var written = new HashSet<int>();
        for (var k = 0; k + 1 < tokens.Count; k++)
        {
            if (tokens[k].Kind == TextTokenKind.Word
                && (tokens[k + 1].Is("pakn") || tokens[k + 1].Is("tthc") || (tokens[k + 1].Is("ho") && k + 2 < tokens.Count && tokens[k + 2].Is("so")))
                && NumberWords.TryGetValue(tokens[k].Text, out var digits)
                && !(k > 0 && tokens[k - 1].Kind == TextTokenKind.Word && NumberWords.ContainsKey(tokens[k - 1].Text)))
            {
                tokens[k] = new TextToken(TextTokenKind.Number, digits, tokens[k].Line);
                written.Add(k);
            }
        }

        return written;
    }

    /// <summary>The 0-based index of the line a token is on.</summary>
    public int LineOf(int tokenIndex)
    {
        if (lineOfToken is null)
        {
            lineOfToken = new int[Tokens.Count];
            for (var i = 0; i < Info.Count; i++)
            {
                Array.Fill(lineOfToken, i, Info[i].FirstToken, Info[i].TokenCount);
            }
        }

        return lineOfToken[tokenIndex];
    }

    /// <summary>Hands the token list back for the next report on this thread; the report must not be used afterwards.</summary>
    public void Release()
    {
        if (ownTokens is { Capacity: <= 1_000_000 } list)
        {
            list.Clear();
            spare = list;
        }

        ownTokens = null;
    }

    /// <summary>The evidence for a token's line.</summary>
    public Evidence EvidenceFor(int lineIndex)
    {
        var text = Lines[lineIndex].Text.TrimEnd('\r');
        return new Evidence(Lines[lineIndex].Number, text.Length > MaxEvidenceChars ? text[..MaxEvidenceChars] : text, Lines[lineIndex].Page);
    }

    /// <summary>The folded words of a line joined by spaces (numbers and dates kept), for header matching.</summary>
    public string FoldedLine(int lineIndex)
    {
        if (folded[lineIndex] is { } cached)
        {
            return cached;
        }

        var li = Info[lineIndex];
        var sb = new System.Text.StringBuilder();
        for (var k = li.FirstToken; k < li.FirstToken + li.TokenCount; k++)
        {
            if (Tokens[k].Kind is TextTokenKind.Word or TextTokenKind.Number or TextTokenKind.Slashed)
            {
                if (sb.Length > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(Tokens[k].Text);
            }
        }

        return folded[lineIndex] = sb.ToString();
    }

    private static bool IsCapitals(string text)
    {
        var letters = 0;
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, 200)))
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters >= 4;
    }

    private static char BulletOf(string text)
    {
        var skipped = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            if (c is '-' or '+' or '•' or '–' or '—' or '*' or '~' or '·' or '●' or '▪')
            {
                return c is '+' ? '+' : '-';
            }

            if (c is '\'' or '’' or '‘' or '"' or '_' or '.' or ',' && skipped++ < 3)
            {
                continue;
            }

            return '\0';
        }

        return '\0';
    }

    private static bool IsItemNumber(string text, List<TextToken> tokens, int start, int count)
    {
        // "1. …", "2.1 | …", "3.1.1. …", "12 Thuộc lĩnh vực…" (footnote), "337 Tổng số PAKN…" (form row): an index, not a value.
        var first = tokens[start].Text;
        var trimmed = text.TrimStart();
        var afterNumber = trimmed.Length > first.Length ? trimmed[first.Length] : ' ';
        if (count > 1 && tokens[start + 1].Kind == TextTokenKind.Percent)
        {
            return false; // "81,73%" wrapped onto its own line
        }

        if (first.Contains(',', StringComparison.Ordinal))
        {
            return false;
        }

        if (first.Contains('.', StringComparison.Ordinal))
        {
            // "2.1", "3.1.1.": a section number (groups of one or two digits); "2.273" is a value.
            return first.Split('.').All(g => g.Length is >= 1 and <= 2);
        }

        if (first.Length > 3)
        {
            return false;
        }

        if (afterNumber is '.' or ')' or '|' or ']')
        {
            // "1. Tham gia…", "b) …", "2 | …"; a value ending a sentence ("… cấp xã là\n434.") is not an item.
            var after = trimmed[(first.Length + 1)..].Trim();
            return afterNumber == '|' || (first.Length <= 2 && after.Length > 0);
        }

        // A capitalised word after the number starts an item ("12 Thuộc lĩnh vực…", "337 Tổng số…"); an acronym is
        // the number's unit ("129 TTHC", "70 PAKN") on a wrapped line.
        var rest = trimmed[Math.Min(trimmed.Length, first.Length)..].TrimStart();
        if (rest.Length == 0 || count < 2)
        {
            return false;
        }

        var next = rest.Split(' ', 2)[0];
        var letters = next.Where(char.IsLetter).ToList();
        var acronym = letters.Count >= 2 && letters.All(char.IsUpper);
        return rest[0] == '|' || char.IsDigit(rest[0]) || (char.IsUpper(rest[0]) && !acronym);
    }

    private static bool IsAppendixHeading(List<TextToken> tokens, int start, int count)
    {
        // Asked of every short line: only one with a word ending in "bieu" or the word "phu" can be such a heading.
        var candidate = false;
        for (var k = start; k < start + count && !candidate; k++)
        {
            candidate = tokens[k].Kind == TextTokenKind.Word && (tokens[k].Text.EndsWith("bieu", StringComparison.Ordinal) || tokens[k].Text == "phu");
        }

        if (!candidate)
        {
            return false;
        }

        var words = new System.Text.StringBuilder(64);
        for (var k = start; k < start + count; k++)
        {
            if (tokens[k].Kind == TextTokenKind.Word)
            {
                (words.Length > 0 ? words.Append(' ') : words).Append(tokens[k].Text);
            }
        }

        var text = words.ToString();
        return text.Contains("bieu mau thong ke", StringComparison.Ordinal) || text.StartsWith("phu luc", StringComparison.Ordinal);
    }
}
