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
}
