using Tthc.Core.Units;

namespace Tthc.Core.Extraction.Narrative;

/// <summary>
/// The units a news-style text names, in folded words: a public-administration centre or one-stop body with its
/// level ("Trung tâm Phục vụ hành chính công tỉnh", "bộ phận một cửa xã …"), an authority ("UBND phường …",
/// "UBND TP …") and the whole of a level ("toàn tỉnh", "toàn huyện").
/// </summary>
internal static class UnitMentions
{
    /// <summary>A body named at the start of <paramref name="words"/>, with the level it belongs to (null: none said).</summary>
    public static Body? BodyAt(ReadOnlySpan<char> words)
    {
        // Asked of every sentence: only one opening with a body's or an authority's first word is split into words.
        var first = words.TrimStart(' ');
        var space = first.IndexOf(' ');
        if ((space < 0 ? first : first[..space]) is not ("trung" or "bo" or "ubnd" or "uy"))
        {
            return null;
        }

        var w = words.ToString().Split(' ', 16, StringSplitOptions.RemoveEmptyEntries);
        if (w.Length >= 2 && w[0] == "trung" && w[1] == "tam")
        {
            var cong = Array.FindIndex(w, 2, Math.Min(6, w.Length - 2), x => x == "cong");
            return cong > 0 && w[cong - 1] == "chinh" && w[cong - 2] == "hanh"
                ? new Body(LevelWordIn(w, cong + 1, 4) switch { null or UnitLevel.Province => UnitLevel.Department, var l => l })
                : null;
        }

        if (w.Length >= 3 && w[0] == "bo" && w[1] == "phan" && (Has(w, "mot", "cua") || Has(w, "tiep", "nhan")))
        {
            return new Body(LevelWordIn(w, 2, 12) is { } l && l != UnitLevel.Province ? l : null);
        }

        var authority = w.Length >= 2 && w[0] == "ubnd" ? 1 : w.Length >= 4 && w[0] == "uy" && w[1] == "ban" && w[2] == "nhan" && w[3] == "dan" ? 4 : -1;
        return authority > 0 && authority < w.Length && LevelWordAt(w, authority) is { } level ? new Body(level == UnitLevel.Province ? UnitLevel.Province : level) : null;
    }

    /// <summary>
    /// The level a line of text is about, by the units it names: <c>Strong</c> from a whole, a body or an authority
    /// ("toàn tỉnh", "Trung tâm … tỉnh", "UBND phường …"), <c>Weak</c> from a bare level word ("huyện", "xã …").
    /// </summary>
    public static (UnitLevel? Strong, UnitLevel? Weak) LevelOf(string words)
    {
        var w = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        UnitLevel? weak = null;
        for (var i = 0; i < w.Length; i++)
        {
            if (w[i] == "toan" && i + 1 < w.Length && LevelWordAt(w, i + 1) is { } whole)
            {
                return (whole, weak);
            }

            if (w[i] is "trung" or "bo" or "ubnd" or "uy" && BodyAt(string.Join(' ', w.Skip(i).Take(16))) is { Level: { } body })
            {
                return (body, weak);
            }

            var before = i > 0 ? w[i - 1] : string.Empty;
            if (weak is null && before is not ("cap" or "cac" or "thi" or "dia" or "hai" or "ba") && LevelWordAt(w, i) is { } bare && bare != UnitLevel.Province)
            {
                weak = bare;
            }
        }

        return (null, weak);
    }

    private static UnitLevel? LevelWordIn(string[] w, int from, int count)
    {
        for (var i = from; i < Math.Min(w.Length, from + count); i++)
        {
            if (w[i - 1] != "cap" && LevelWordAt(w, i) is { } level)
            {
                return level;
            }
        }

        return null;
    }

    private static UnitLevel? LevelWordAt(string[] w, int i)
    {
        var next = i + 1 < w.Length ? w[i + 1] : string.Empty;
        return w[i] switch
        {
            "tinh" => UnitLevel.Province,
            "huyen" or "tx" or "tp" => UnitLevel.District,
            "thi" when next == "xa" => UnitLevel.District,
            "thanh" when next == "pho" => UnitLevel.District,
            "xa" when next is not ("hoi" or "thi") => UnitLevel.Commune,
            "phuong" when next is not ("huong" or "an" or "thuc" or "tien" or "phap" or "cham") => UnitLevel.Commune,
            "dac" when next == "khu" => UnitLevel.Commune,
            _ => null,
        };
    }

    private static bool Has(string[] w, string a, string b)
    {
        for (var i = 0; i + 1 < w.Length; i++)
        {
            if (w[i] == a && w[i + 1] == b)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A body and the level it belongs to.</summary>
    /// <param name="Level">Its level; null when the text does not say.</param>
    public sealed record Body(UnitLevel? Level);
}
