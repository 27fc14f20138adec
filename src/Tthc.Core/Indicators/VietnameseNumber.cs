using System.Globalization;

namespace Tthc.Core.Indicators;

/// <summary>
/// Reads numbers written the Vietnamese way (<c>267.922</c> = 267922, <c>98,9</c> = 98.9) or plainly,
/// letting the indicator's kind decide what a lone separator means.
/// </summary>
public static class VietnameseNumber
{
    /// <summary>Parses <paramref name="text"/> as a value of <paramref name="kind"/>; false when it is not a number of that kind.</summary>
    public static bool TryParse(string text, IndicatorKind kind, out decimal value)
    {
        value = 0;
        var s = text.Trim().TrimEnd('%').Trim().Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u00A0", string.Empty, StringComparison.Ordinal);
        if (s.Length == 0 || s.Length > 32)
        {
            return false;
        }

        var negative = s[0] == '-';
        if (negative || s[0] == '+')
        {
            s = s[1..];
        }

        if (s.Length == 0 || !s.All(c => char.IsAsciiDigit(c) || c is '.' or ','))
        {
            return false;
        }

        string normalized;
        if (kind == IndicatorKind.Count)
        {
            // A count never has a fractional part: '.' and ',' can only be thousands separators.
            if (!IsGroupedInteger(s))
            {
                return false;
            }

            normalized = s.Replace(".", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal);
        }
        else
        {
            // Rates and scores are at most 100: a single separator is decimal whichever it is.
            var separators = s.Count(c => c is '.' or ',');
            if (separators > 1)
            {
                return false;
            }

            normalized = s.Replace(',', '.');
        }

        if (!decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        if (negative)
        {
            value = -value;
        }

        return true;
    }

    /// <summary>Formats a value Vietnamese-style: thousands with '.', decimals with ','.</summary>
    public static string Format(decimal value, IndicatorKind kind)
    {
        var vi = CultureInfo.GetCultureInfo("vi-VN");
        return kind == IndicatorKind.Count
            ? value.ToString("#,0", vi)
            : decimal.Round(value, 2).ToString("0.##", vi);
    }

    private static bool IsGroupedInteger(string s)
    {
        var groups = s.Split('.', ',');
        if (groups.Length == 1)
        {
            return groups[0].Length > 0;
        }

        // 1.234.567 or 1,234: every group after the first has exactly three digits.
        return groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3);
    }
}
