using System.Globalization;
using System.Text;
using Tthc.Core.Text;
using Tthc.Core.Units;

namespace Tthc.Core.Extraction.Narrative;

/// <summary>
/// Finds the issuing unit from the header ("UBND TỈNH HƯNG YÊN / VĂN PHÒNG", "UBND XÃ …", "SỞ …") or, when the
/// header is lost, from the body ("UBND huyện báo cáo", "trên địa bàn huyện Cẩm Xuyên"); the province by
/// <see cref="ProvinceMap.Match"/> over old and new names, diacritic-insensitive.
/// </summary>
internal static partial class UnitDetector
{
    private const int HeaderLines = 12;

    private static readonly HashSet<string> ProvinceKeys = [.. ProvinceMap.Default.All.SelectMany(p => new[] { VietnameseText.NameKey(p.Name), p.Code.Replace("-", string.Empty, StringComparison.Ordinal) }), "hochiminh", "tphcm", "hcm", "thuathienhue", "bariavungtau"];

    /// <summary>The unit as far as the report tells it.</summary>
    public static ReportedUnit Detect(TokenizedReport report)
    {
        var map = ProvinceMap.Default;
        UnitLevel? level = null;
        string? name = null;
        string? provinceCode = null;
        var office = false;

        // The header names the parent agency first and the issuing unit under it ("UBND TỈNH X / SỞ NỘI VỤ",
        // "UBND THÀNH PHỐ X / UBND XÃ Y", "UBND TỈNH X / VĂN PHÒNG"): the last unit line of the block wins.
        var header = Enumerable.Range(0, Math.Min(HeaderLines, report.Lines.Count)).Select(report.FoldedLine).ToList();
        var unitLines = 0;
        for (var i = 0; i < header.Count && unitLines < 3; i++)
        {
            var line = " " + header[i] + " ";
            if (Starts(line, "ubnd tinh", "uy ban nhan dan tinh", "tinh", "ubnd thanh pho", "uy ban nhan dan thanh pho", "thanh pho"))
            {
                var code = ProvinceAfter(map, line, "tinh") ?? ProvinceAfter(map, line, "thanh pho");
                if (code is not null && provinceCode is null)
                {
                    provinceCode = code;
                    level ??= UnitLevel.Province;
                    unitLines++;
                }
            }
            else if (Starts(line, "ubnd huyen", "uy ban nhan dan huyen", "ubnd quan", "ubnd thi xa", "huyen"))
            {
                level = UnitLevel.District;
                name = "UBND huyện " + NameAfter(report.Lines[i].Text, "huyện", "huyen", "quận", "thị xã");
                unitLines++;
            }
            else if (Starts(line, "ubnd xa", "uy ban nhan dan xa", "ubnd phuong", "uy ban nhan dan phuong", "ubnd dac khu"))
            {
                level = UnitLevel.Commune;
                var kind = line.Contains(" phuong ", StringComparison.Ordinal) ? "phường" : line.Contains(" dac khu ", StringComparison.Ordinal) ? "đặc khu" : "xã";
                name = $"UBND {kind} " + NameAfter(report.Lines[i].Text, "xã", "xa", "phường", "phuong", "đặc khu", "dac khu");
                unitLines++;
            }
            else if (Starts(line, "so") && i < 4 && header[i].Split(' ') is { Length: >= 2 and <= 8 } words && words.Skip(1).All(w => w.All(char.IsAsciiLetter)))
            {
                level = UnitLevel.Department;
                name = TitleCase(report.Lines[i].Text.Split(['|', '\t'], 2)[0].Trim());
                unitLines++;
            }
            else if (Starts(line, "van phong") && level == UnitLevel.Province)
            {
                unitLines++;
            }
        }

        if (level == UnitLevel.Province)
        {
            office = header.Any(h => h.StartsWith("van phong", StringComparison.Ordinal));
        }

        if (level is null)
        {
            (level, name) = FromBody(report);
        }

        level ??= FromMentions(report);

        provinceCode ??= MostMentionedProvince(report, map);
        var province = provinceCode is null ? null : map.Find(provinceCode)?.Name;
        if (level == UnitLevel.Province && province is not null)
        {
            name = office ? $"Văn phòng UBND tỉnh {province}" : $"UBND tỉnh {province}";
        }

        return new ReportedUnit(name, level, province, null);
    }

    private static (UnitLevel? Level, string? Name) FromBody(TokenizedReport report)
    {
        var counts = new Dictionary<UnitLevel, int>();
        for (var i = 0; i < report.Lines.Count; i++)
        {
            var line = " " + report.FoldedLine(i) + " ";
            Count(line, " ubnd huyen bao cao ", UnitLevel.District);
            Count(line, " uy ban nhan dan huyen ", UnitLevel.District);
            Count(line, " ubnd xa bao cao ", UnitLevel.Commune);
            Count(line, " ubnd phuong bao cao ", UnitLevel.Commune);
            Count(line, " ubnd tinh bao cao ", UnitLevel.Province);
        }

        if (counts.Count == 0)
        {
            return (null, null);
        }

        var level = counts.MaxBy(c => c.Value).Key;
        var word = level switch { UnitLevel.District => "huyện", UnitLevel.Commune => "xã", _ => "tỉnh" };
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        var foldedWord = " " + VietnameseText.Fold(word) + " ";
        for (var i = 0; i < report.Lines.Count; i++)
        {
            if (!(" " + report.FoldedLine(i) + " ").Contains(foldedWord, StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var n in NamesAfter(report.Lines[i].Text, word))
            {
                names[n] = names.GetValueOrDefault(n) + 1;
            }
        }

        var best = names.Count == 0 ? null : names.MaxBy(n => n.Value).Key;
        return (level, best is null ? null : $"UBND {word} {best}");

        void Count(string line, string phrase, UnitLevel l)
        {
            if (line.Contains(phrase, StringComparison.Ordinal))
            {
                counts[l] = counts.GetValueOrDefault(l) + 1;
            }
        }
    }

    private static UnitLevel? FromMentions(TokenizedReport report)
    {
        // A news text names its unit where it gives its figures ("toàn tỉnh đã tiếp nhận …", "Trung tâm … tỉnh đã tiếp
        // nhận …", "UBND phường … cho biết, tỷ lệ …"): the first line with a figure and a named unit decides; else the
        // level named most often.
        var counts = new Dictionary<UnitLevel, int>();
        UnitLevel? firstWeak = null;
        for (var i = 0; i < report.Lines.Count; i++)
        {
            var figure = HasFigure(report, i);
            var strong = Department().IsMatch(report.Lines[i].Text) ? UnitLevel.Department : (UnitLevel?)null;
            var (named, weak) = UnitMentions.LevelOf(report.FoldedLine(i));
            strong ??= named;
            if (strong is { } s)
            {
                if (figure)
                {
                    return s;
                }

                counts[s] = counts.GetValueOrDefault(s) + 1;
            }

            if (figure && firstWeak is null)
            {
                firstWeak = weak;
            }
        }

        return counts.Count > 0 ? counts.MaxBy(c => c.Value).Key : firstWeak;
    }

    private static bool HasFigure(TokenizedReport report, int line)
    {
        var info = report.Info[line];
        for (var k = info.FirstToken; k < info.FirstToken + info.TokenCount; k++)
        {
            var t = report.Tokens[k];
            if (t.Kind == TextTokenKind.Number && !(t.Text.Length == 4 && t.Text.StartsWith("20", StringComparison.Ordinal))
                && k + 1 < report.Tokens.Count && report.Tokens[k + 1].Kind is TextTokenKind.Word or TextTokenKind.Percent
                && !(k > 0 && report.Tokens[k - 1].Kind == TextTokenKind.Word && report.Tokens[k - 1].Text is "nam" or "thang" or "quy" or "ngay"))
            {
                return true;
            }
        }

        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\p{L})Sở\s+\p{Lu}")]
    private static partial System.Text.RegularExpressions.Regex Department();

    private static string? MostMentionedProvince(TokenizedReport report, ProvinceMap map)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < report.Lines.Count; i++)
        {
            var line = " " + report.FoldedLine(i) + " ";
            foreach (var prefix in (string[])["tinh", "thanh pho"])
            {
                var at = 0;
                while ((at = line.IndexOf(" " + prefix + " ", at, StringComparison.Ordinal)) >= 0)
                {
                    if (ProvinceAfter(map, line[at..], prefix) is { } code)
                    {
                        // The addressee line ("Kính gửi: Văn phòng UBND tỉnh X") of a lower unit names its province.
                        counts[code] = counts.GetValueOrDefault(code) + (i < HeaderLines ? 3 : 1);
                    }

                    at += prefix.Length + 1;
                }
            }
        }

        return counts.Count == 0 ? null : counts.MaxBy(c => c.Value).Key;
    }

    private static string? ProvinceAfter(ProvinceMap map, string line, string prefix)
    {
        var at = line.IndexOf(" " + prefix + " ", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var words = line[(at + prefix.Length + 2)..].Split(' ', 5, StringSplitOptions.RemoveEmptyEntries);
        foreach (var n in (int[])[2, 3, 4, 1])
        {
            if (words.Length >= n && ProvinceKeys.Contains(string.Concat(words.Take(n))) && map.Match(string.Join(' ', words.Take(n))) is { } code && !(n == 1 && words[0].Length < 3))
            {
                return code;
            }
        }

        return null;
    }

    private static bool Starts(string paddedLine, params ReadOnlySpan<string> prefixes)
    {
        foreach (var p in prefixes)
        {
            if (paddedLine.StartsWith(" " + p.Trim() + " ", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string NameAfter(string original, params string[] words)
        => NamesAfter(original, words).FirstOrDefault() ?? string.Empty;

    private static IEnumerable<string> NamesAfter(string original, params string[] words)
    {
        var tokens = original.Split([' ', '\t', ',', ';', '(', ')', ':', '.', '!', '?', '"'], StringSplitOptions.RemoveEmptyEntries);
        var folded = words.Select(VietnameseText.Fold).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Length - 1; i++)
        {
            if (!folded.Contains(VietnameseText.Fold(tokens[i])))
            {
                continue;
            }

            var name = new List<string>();
            for (var k = i + 1; k < tokens.Length && name.Count < 3 && tokens[k].Length > 0 && char.IsUpper(tokens[k][0]) && tokens[k].All(char.IsLetter); k++)
            {
                name.Add(tokens[k]);
            }

            if (name.Count > 0)
            {
                yield return TitleCase(string.Join(' ', name));
            }
        }
    }

    private static string TitleCase(string text)
    {
        var lower = text.Normalize(NormalizationForm.FormC).ToLower(CultureInfo.GetCultureInfo("vi-VN"));
        return CultureInfo.GetCultureInfo("vi-VN").TextInfo.ToTitleCase(lower);
    }
}
