using System.Globalization;
using System.Text;

namespace Tthc.Core.Text;

/// <summary>
/// Splits a line of Vietnamese report text into folded tokens for matching: diacritics and case folded
/// (NFD, đ → d), OCR debris removed, digits inside words read as the letters they stand for (<c>s6</c> → so,
/// <c>x4</c> → xa, <c>1a</c> → la), numbers split off words (<c>1.414hd</c>), and the frequent OCR confusions of
/// the domain's key words repaired (<c>hd so</c> → ho so, <c>Ty 1€</c> → ty le, <c>ding han</c> → dung han).
/// The original line is kept by the caller for evidence.
/// </summary>
public static partial class OcrTokenizer
{
    /// <summary>Tokenizes one line (at most <paramref name="maxChars"/> characters of it) into <paramref name="output"/>.</summary>
    public static void Tokenize(string line, int lineNumber, int maxChars, List<TextToken> output)
    {
        line = NormalizeDates(line);
        var start = output.Count;
        var sb = Builder ??= new StringBuilder(256);
        sb.Clear();
        FoldChars(line.AsSpan(0, Math.Min(line.Length, maxChars)), sb);
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(sb.Length);
        try
        {
            sb.CopyTo(0, buffer, 0, sb.Length);
            var folded = buffer.AsSpan(0, sb.Length);
            foreach (var range in folded.Split(' '))
            {
                var chunk = folded[range];
                if (!chunk.IsEmpty)
                {
                    AddChunk(chunk, lineNumber, output);
                }
            }
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        }

        Repair(output, start);
    }

    /// <summary>The folded, repaired words of a text joined by single spaces (punctuation dropped), for label matching.</summary>
    public static string Words(string text)
    {
        var tokens = new List<TextToken>();
        Tokenize(text, 0, 4096, tokens);
        return string.Join(' ', tokens.Where(t => t.Kind is TextTokenKind.Word or TextTokenKind.Number).Select(t => t.Text));
    }

    /// <summary>
    /// Dates written with dots or dashes become slashed like the rest: "2.1.2018", "5-12-2020", "15- 11-2021",
    /// "2025-10-13", "ngày 23-2", "tháng 5-2021" (so they are dates, not the numbers 2.1 or 5122020).
    /// </summary>
    public static string NormalizeDates(string line)
    {
        // Every line of every report comes here: the regexes run only where their year or their dash between digits is.
        if (HasYearAfterDotOrDash(line))
        {
            line = DayMonthYear().Replace(line, "$1/$2/$3");
        }

        if (!HasDashBetweenDigits(line))
        {
            return line;
        }

        line = IsoDate().Replace(line, "$3/$2/$1");
        line = DayMonthAfterWord().Replace(line, "$1 $2/$3");
        return MonthYearAfterWord().Replace(line, "$1 $2/$3");
    }

    /// <summary>Whether a line has "-2018", ". 2018" and the like: what every match of <see cref="DayMonthYear"/> ends with.</summary>
    private static bool HasYearAfterDotOrDash(string line)
    {
        for (var i = line.AsSpan().IndexOfAny('-', '.'); i >= 0 && i < line.Length; i++)
        {
            if (line[i] is not ('-' or '.'))
            {
                continue;
            }

            var y = i + 1 < line.Length && line[i + 1] == ' ' ? i + 2 : i + 1;
            if (y + 3 < line.Length && (line[y] == '1' && line[y + 1] == '9' || line[y] == '2' && line[y + 1] == '0')
                && char.IsDigit(line[y + 2]) && char.IsDigit(line[y + 3]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a line has a dash between digits, at most one white space either side: what the dash patterns need.</summary>
    private static bool HasDashBetweenDigits(string line)
    {
        for (var i = line.IndexOf('-', StringComparison.Ordinal); i >= 0; i = line.IndexOf('-', i + 1))
        {
            var before = (i >= 1 && char.IsDigit(line[i - 1])) || (i >= 2 && char.IsWhiteSpace(line[i - 1]) && char.IsDigit(line[i - 2]));
            var after = (i + 1 < line.Length && char.IsDigit(line[i + 1])) || (i + 2 < line.Length && char.IsWhiteSpace(line[i + 1]) && char.IsDigit(line[i + 2]));
            if (before && after)
            {
                return true;
            }
        }

        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\d.,/])(\d{1,2}) ?[-.] ?(\d{1,2}) ?[-.] ?((?:19|20)\d{2})(?![\d.,]\d)")]
    private static partial System.Text.RegularExpressions.Regex DayMonthYear();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\d/])((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)")]
    private static partial System.Text.RegularExpressions.Regex IsoDate();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?i)(ngày|từ|đến|sáng|chiều|tối|trưa|hôm)\s+(\d{1,2})\s?-\s?(\d{1,2})(?![\d/.,]\d|\d)")]
    private static partial System.Text.RegularExpressions.Regex DayMonthAfterWord();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?i)(tháng)\s+(\d{1,2})\s?-\s?((?:19|20)\d{2})(?!\d)")]
    private static partial System.Text.RegularExpressions.Regex MonthYearAfterWord();

    private static readonly string?[] FoldTable = new string?[0x2500];

    [ThreadStatic]
    private static StringBuilder? Builder;

    private static void FoldChars(ReadOnlySpan<char> text, StringBuilder sb)
    {
        foreach (var c in text)
        {
            if (c == '|')
            {
                // A cell bar stands apart from the words on either side.
                sb.Append(" | ");
            }
            else if (c < 0x80)
            {
                sb.Append(c switch
                {
                    '&' => 'e',
                    '@' => 'o',
                    '$' => 's',
                    _ when char.IsControl(c) => ' ',
                    _ => char.ToLowerInvariant(c),
                });
            }
            else
            {
                sb.Append(c < FoldTable.Length ? FoldTable[c] ??= Fold(c) : " ");
            }
        }
    }

    private static string Fold(char c)
    {
        switch (c)
        {
            case 'đ' or 'Đ' or 'Ð' or 'ð' or 'Ɖ':
                return "d";
            case '€' or '¢' or '£':
                return "e";
            case '©' or '®' or 'º' or '°':
                return "o";
            case '§':
                return "s";
            case '¥':
                return "y";
            case 'ı' or '¡' or '¦':
                return "i";
            case 'ﬁ':
                return "fi";
            case 'ﬂ':
                return "fl";
            case '\u2013' or '\u2014':
                return " - ";
        }

        if (char.IsWhiteSpace(c) || char.IsControl(c))
        {
            return " ";
        }

        var sb = new StringBuilder(2);
        foreach (var d in c.ToString().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.ToLowerInvariant(d));
            }
        }

        return sb.ToString();
    }

    private static bool IsKept(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or ',' or ';' or ':' or '%' or '(' or ')' or '/' or '|';

    private static void AddChunk(ReadOnlySpan<char> raw, int line, List<TextToken> output)
    {
        Span<char> buffer = raw.Length <= 256 ? stackalloc char[raw.Length] : new char[raw.Length];
        var n = 0;
        foreach (var c in raw)
        {
            if (IsKept(c))
            {
                buffer[n++] = c;
            }
        }

        var s = buffer[..n];
        if (s.IsEmpty)
        {
            return;
        }

        if (s is "|")
        {
            output.Add(new TextToken(TextTokenKind.Separator, "|", line));
            return;
        }

        // Leading punctuation.
        while (!s.IsEmpty && s[0] is '(' or ')' or ',' or ';' or ':' or '.' or '%' or '|')
        {
            AddPunct(s[0], line, output);
            s = s[1..];
        }

        // Trailing punctuation, emitted after the core.
        var trailingStart = s.Length;
        while (trailingStart > 0 && s[trailingStart - 1] is '(' or ')' or ',' or ';' or ':' or '.' or '%' or '|' or '/')
        {
            trailingStart--;
        }

        var core = s[..trailingStart];
        var trailing = s[trailingStart..];
        AddCore(core, line, output);
        foreach (var c in trailing)
        {
            AddPunct(c, line, output);
        }
    }

    private static void AddPunct(char c, int line, List<TextToken> output)
    {
        var kind = c switch
        {
            '(' => TextTokenKind.Open,
            ')' => TextTokenKind.Close,
            ':' => TextTokenKind.Colon,
            '%' => TextTokenKind.Percent,
            '/' => TextTokenKind.Slashed,
            _ => TextTokenKind.Separator,
        };
        output.Add(new TextToken(kind, c switch { '(' => "(", ')' => ")", ':' => ":", '%' => "%", '/' => "/", ',' => ",", ';' => ";", '.' => ".", '|' => "|", _ => c.ToString() }, line));
    }

    private static void AddCore(ReadOnlySpan<char> core, int line, List<TextToken> output)
    {
        if (core.IsEmpty)
        {
            return;
        }

        if (core.EndsWith("/100") && core.Length > 4 && char.IsAsciiDigit(core[0]) && core[..^4].IndexOfAnyExcept("0123456789.,") < 0)
        {
            // "86,5/100 điểm": a score out of 100.
            output.Add(new TextToken(TextTokenKind.Number, core[..^4].ToString(), line));
            output.Add(new TextToken(TextTokenKind.Slashed, "/100", line));
            return;
        }

        if (core.Contains('/'))
        {
            if (core.ContainsAnyInRange('0', '9'))
            {
                output.Add(new TextToken(TextTokenKind.Slashed, core.ToString(), line));
            }
            else
            {
                foreach (var part in core.ToString().Split('/', StringSplitOptions.RemoveEmptyEntries))
                {
                    AddCore(part, line, output);
                }
            }

            return;
        }

        // Split at inner punctuation that is not part of a number: "giéi,quyét", "ch)ng", "1.414hd".
        Span<char> word = stackalloc char[64];
        var i = 0;
        while (i < core.Length)
        {
            var j = i;
            if (char.IsAsciiDigit(core[i]))
            {
                while (j < core.Length && (char.IsAsciiDigit(core[j]) || (core[j] is '.' or ',' && j + 1 < core.Length && char.IsAsciiDigit(core[j + 1]))))
                {
                    j++;
                }

                var digits = core[i..j];
                var k = j;
                while (k < core.Length && char.IsAsciiLetterOrDigit(core[k]))
                {
                    k++;
                }

                if (k > j && digits.Length == 1 && k - j <= 3)
                {
                    // "1a", "5o", "1y": a letter the scanner read as a digit.
                    AddWord(core[i..k], line, output);
                    i = k;
                }
                else
                {
                    output.Add(new TextToken(TextTokenKind.Number, digits.ToString(), line));
                    i = j;
                }
            }
            else if (char.IsAsciiLetter(core[i]))
            {
                var length = 0;
                while (j < core.Length)
                {
                    if (char.IsAsciiLetterOrDigit(core[j]))
                    {
                        if (length < word.Length)
                        {
                            word[length++] = core[j];
                        }

                        j++;
                    }
                    else if (core[j] is '(' or ')' && j + 1 < core.Length && char.IsAsciiLetter(core[j + 1]) && length <= 2)
                    {
                        // OCR debris inside a word: "ch)ng", "T(?ng".
                        j++;
                    }
                    else
                    {
                        break;
                    }
                }

                AddWord(word[..length], line, output);
                i = j;
            }
            else
            {
                if (core[i] is '(' or ')' or ':' or ';' or '%')
                {
                    AddPunct(core[i], line, output);
                }

                // ',' and '.' between letters are OCR debris, not separators.
                i++;
            }
        }
    }

    private static void AddWord(ReadOnlySpan<char> word, int line, List<TextToken> output)
    {
        Span<char> w = stackalloc char[Math.Min(word.Length, 64)];
        var n = 0;
        var hasLetter = false;
        foreach (var c in word)
        {
            if (n == w.Length)
            {
                break;
            }

            hasLetter |= char.IsAsciiLetter(c);
            w[n++] = c switch
            {
                '0' or '6' or '9' => 'o',
                '1' => 'l',
                '3' or '4' => 'a',
                '5' => 's',
                '8' => 'b',
                '7' => 't',
                '2' => 'z',
                _ => c,
            };
        }

        if (!hasLetter)
        {
            return;
        }

        output.Add(new TextToken(TextTokenKind.Word, Canonical(Intern(w[..n])), line));
    }

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CommonWords = new Dictionary<string, string>(
        """
        ho so tong tiep nhan giai quyet da dang dung han qua truoc trong tra lai yeu cau bo sung ky chuyen sang truc tuyen
        buu chinh phan anh kien nghi pakn xu ly tthc thu tuc cap tinh huyen xa cong dich vu toan trinh mot ty le hoa thanh
        toan hai long diem chi la va cua cac tai tren voi duoc nhu sau cu the trong do dat tu den ngay thang nam quy the
        co khong hanh chinh ubnd van phong nguoi dan doanh nghiep viec thuc hien ket bao cao tren dia ban theo quyet dinh
        """.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Distinct().ToDictionary(w => w, w => w, StringComparer.Ordinal))
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // Folded syllables are few (a few thousand): the other words of a thread's reports are kept too, so that a report's
    // tens of thousands of tokens are not as many new strings. Bounded: emptied when full.
    private const int MaxSeenWords = 16_384;

    [ThreadStatic]
    private static Dictionary<string, string>? seenWords;

    private static string Intern(ReadOnlySpan<char> word)
    {
        if (CommonWords.TryGetValue(word, out var known))
        {
            return known;
        }

        var seen = seenWords ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = seen.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out known))
        {
            return known;
        }

        if (seen.Count >= MaxSeenWords)
        {
            seen.Clear();
        }

        var text = word.ToString();
        seen[text] = text;
        return text;
    }

    private static string Canonical(string w) => w switch
    {
        "s" or "sb" or "sd" or "se" or "seo" or "so" or "sos" or "ss" or "sa" or "sl" or "sn" => "so",
        "tyle" or "tyie" or "tyl" or "tylo" => "tyle",
        "tthcl" or "tthci" or "tthc" or "ttahc" => "tthc",
        "tlep" or "giep" or "tiep" or "tiep." or "tiepfi" => "tiep",
        "nhen" or "nhdn" or "nheu" or "nhan" or "nhau" or "nhanp" or "nhelp" => "nhan",
        "huyn" or "huyen" or "huyeen" or "huyenn" => "huyen",
        "xd" or "xi" => "xa",
        "trudc" or "trude" or "trudce" or "truoc" or "truec" => "truoc",
        "tryc" or "trye" or "truee" or "tryuc" or "truc" or "trwc" or "trec" or "tric" => "truc",
        "tuyen" or "tuyeen" or "tuyenq" => "tuyen",
        "dugc" or "duge" or "duogc" or "dwoc" or "dugce" or "duoc" or "duwoc" => "duoc",
        "klen" or "kien" => "kien",
        "tir" or "tur" or "ttr" => "tu",
        "ndp" => "nop",
        "ndi" => "noi",
        "ceng" or "coeng" or "cdng" or "cbng" or "cong" or "conng" => "cong",
        "nadm" or "niam" or "nidm" or "ndm" or "nim" or "nem" or "nami" => "nam",
        "tgi" or "tqi" or "tai" => "tai",
        "bdo" or "beo" or "bio" or "bdao" or "bao" => "bao",
        "cio" or "cdo" or "cdao" or "ceo" => "cao",
        "lwong" => "luong",
        "trmh" => "trinh",
        _ => w,
    };

    private static void Repair(List<TextToken> t, int start)
    {
        for (var i = start; i < t.Count; i++)
        {
            var w = t[i];
            var none = new TextToken(TextTokenKind.Separator, string.Empty, 0);
            var next = i + 1 < t.Count ? t[i + 1] : none;
            var afterNext = i + 2 < t.Count ? t[i + 2] : none;
            if (w.Kind == TextTokenKind.Number && next.Kind == TextTokenKind.Word && afterNext.Kind == TextTokenKind.Word
                && w.Text is "50" or "56" or "86" or "58" or "55" or "59" or "36"
                && (i == start || (i > start && IsTong(t[i - 1].Text)))
                && next.Text is "luong" or "ho" or "hd" or "he" or "pakn" or "tthc" or "phan" or "lieu" or "so")
            {
                // "86 luong hồ sơ", "Tổng 50 hồ sơ": the OCR'd word "Số".
                t[i] = new TextToken(TextTokenKind.Word, "so", w.Line);
                if (i > start && IsTong(t[i - 1].Text))
                {
                    t[i - 1] = t[i - 1] with { Text = "tong" };
                }

                i--;
                continue;
            }

            RepairPair(t, i);
        }
    }

    /// <summary>Repairs a word pair split over two lines ("Ty" | "1€ hồ sơ", "hồ" | "sơ"); <paramref name="lineStart"/> is the new line's first token.</summary>
    public static void RepairAcross(List<TextToken> tokens, int lineStart)
    {
        if (lineStart > 0 && lineStart < tokens.Count)
        {
            RepairPair(tokens, lineStart - 1);
        }
    }

    private static void RepairPair(List<TextToken> t, int i)
    {
        var w = t[i];
        var none = new TextToken(TextTokenKind.Separator, string.Empty, 0);
        var next = i + 1 < t.Count ? t[i + 1] : none;
        if (w.Kind != TextTokenKind.Word)
        {
            return;
        }

        switch (w.Text)
        {
            case "tyle":
                t[i] = w with { Text = "ty" };
                t.Insert(i + 1, w with { Text = "le" });
                return;
            case "ty" or "tj" when next.Kind is TextTokenKind.Word or TextTokenKind.Number
                && next.Text is "l" or "le" or "ie" or "i" or "lo" or "18" or "16" or "1" or "1e" or "ll" or "lb" or "lbo":
                t[i] = w with { Text = "ty" };
                t[i + 1] = new TextToken(TextTokenKind.Word, "le", next.Line);
                return;
        }

        if (next.Kind == TextTokenKind.Word)
        {
            var pair = Pair(w.Text, next.Text);
            if (pair is not null)
            {
                t[i] = w with { Text = pair.Value.First };
                t[i + 1] = next with { Text = pair.Value.Second };
            }
        }
    }

    private static bool IsTong(string a)
        => a.Length is >= 3 and <= 5 && (a[0] == 't' || a.StartsWith("ch", StringComparison.Ordinal)) && a.EndsWith("ng", StringComparison.Ordinal)
            && a is not "trong" and not "thong" and not "tang" and not "tung" and not "trang" and not "thang";

    private static (string First, string Second)? Pair(string a, string b)
    {
        if (b == "so" && a is "hd" or "he" or "h" or "hs" or "ho" or "hb" or "hoso")
        {
            return ("ho", "so");
        }

        if (b == "so" && IsTong(a))
        {
            return ("tong", "so");
        }

        if (b == "han" && a is "dung" or "dang" or "ding" or "dtng" or "diing" or "dong" or "dnng" or "dieng")
        {
            return ("dung", "han");
        }

        if (b == "han" && a is "qua" or "que" or "qud" or "qu")
        {
            return ("qua", "han");
        }

        if (b.StartsWith("qu", StringComparison.Ordinal) && b.EndsWith('t') && b.Length <= 7 && a.Length is >= 3 and <= 5 && a[0] == 'g')
        {
            return ("giai", "quyet");
        }

        if (a.Length is >= 2 and <= 5 && a[0] == 'c' && a[^1] == 'p' && b is "tinh" or "huyen" or "xa")
        {
            return ("cap", b);
        }

        if (a.Length is >= 3 and <= 5 && a.StartsWith("tr", StringComparison.Ordinal) && b is "tuyen" or "tiep")
        {
            return ("truc", b);
        }

        if (a == "so" && b.Length is >= 2 and <= 4 && b[0] == 'h' && b[^1] == 'a')
        {
            return ("so", "hoa");
        }

        if (a.Length is >= 3 and <= 5 && a.StartsWith("ph", StringComparison.Ordinal) && a[^1] == 'n' && b is "anh" or "aanh" or "nh")
        {
            return ("phan", "anh");
        }

        if (a is "xu" or "xir" or "xtr" or "xur" or "xt" or "xl" or "xii" or "xiu" && b is "ly" or "iy" or "li" or "lly" or "ily")
        {
            return ("xu", "ly");
        }

        if (a is "tra" or "tre" or "trd" or "tro" && b == "lai")
        {
            return ("tra", "lai");
        }

        if (a is "thu" or "tha" or "thil" or "thii" or "th" or "thl" or "tht" && b is "tuc" or "tyc")
        {
            return ("thu", "tuc");
        }

        if (a == "dich" && b is "vy" or "vu" or "vw")
        {
            return ("dich", "vu");
        }

        if (a is "d" or "di" or "dd" or "did" or "de" or "da" or "dé" && b is "giai" or "tiep" or "xu" or "duoc" or "hoan" or "cong" or "ban")
        {
            return ("da", b);
        }

        if (a == "cong" && b is "bd" or "be" or "bb" or "b" or "bo" or "bo")
        {
            return ("cong", "bo");
        }

        if (a == "noi" && b is "bd" or "be" or "bb" or "b" or "bo" or "bg")
        {
            return ("noi", "bo");
        }

        if (a is "hai" && b is "lon" or "iong" or "long" or "llong")
        {
            return ("hai", "long");
        }

        return null;
    }
}
