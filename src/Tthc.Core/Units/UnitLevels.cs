using Tthc.Core.Text;

namespace Tthc.Core.Units;

/// <summary>The lower-case names of <see cref="UnitLevel"/> used in files and JSON.</summary>
public static class UnitLevels
{
    /// <summary>The file/JSON name of a level.</summary>
    public static string ToCode(this UnitLevel level) => level switch
    {
        UnitLevel.Province => "province",
        UnitLevel.Department => "department",
        UnitLevel.District => "district",
        _ => "commune",
    };

    /// <summary>The Vietnamese name of a level, as reports write it.</summary>
    public static string ToVietnamese(this UnitLevel level) => level switch
    {
        UnitLevel.Province => "cấp tỉnh",
        UnitLevel.Department => "sở, ban, ngành",
        UnitLevel.District => "cấp huyện",
        _ => "cấp xã",
    };

    /// <summary>Parses a level name; false for anything else.</summary>
    public static bool TryParse(string? text, out UnitLevel level)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "province": level = UnitLevel.Province; return true;
            case "department": level = UnitLevel.Department; return true;
            case "district": level = UnitLevel.District; return true;
            case "commune": level = UnitLevel.Commune; return true;
            default: level = default; return false;
        }
    }

    /// <summary>
    /// The level a written name states by its prefix ("UBND xã …", "Huyện …", "Phường …"): commune for
    /// xã, phường, thị trấn, đặc khu; district for huyện, thị xã; null when it states none ("Thành phố …" can be a
    /// province or a district-level city; "Quận" folds to "quan", which also begins names like Quan Sơn, Quan Lạn).
    /// </summary>
    public static UnitLevel? StatedBy(string name)
    {
        var words = VietnameseText.Slug(name).Split('-', StringSplitOptions.RemoveEmptyEntries).AsSpan();
        string[][] lead = [["uy", "ban", "nhan", "dan"], ["ubnd"], ["van", "phong"]];
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var prefix in lead)
            {
                if (words.Length > prefix.Length && words[..prefix.Length].SequenceEqual(prefix))
                {
                    words = words[prefix.Length..];
                    changed = true;
                }
            }
        }

        return words switch
        {
            ["thi", "xa", _, ..] or ["huyen", _, ..] => UnitLevel.District,
            ["xa", _, ..] or ["phuong", _, ..] or ["thi", "tran", _, ..] or ["dac", "khu", _, ..] => UnitLevel.Commune,
            _ => null,
        };
    }
}
