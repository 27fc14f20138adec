using System.Globalization;
using System.Text;

namespace Tthc.Core.Text;

/// <summary>
/// Folding of Vietnamese text for matching: diacritics removed (NFD), đ (and its look-alike ð) → d, lower case, runs of
/// white space and punctuation collapsed. The original text is kept elsewhere for evidence.
/// </summary>
public static class VietnameseText
{
    /// <summary>Folds text to a lower-case ASCII key with single spaces.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var folded = c switch
            {
                // Đ/đ, and the look-alike eth Ð/ð that legacy encodings and OCR put in their place.
                'đ' or 'Đ' or 'ð' or 'Ð' => 'd',
                _ => char.ToLowerInvariant(c),
            };

            if (char.IsWhiteSpace(folded))
            {
                if (!lastWasSpace)
                {
                    sb.Append(' ');
                    lastWasSpace = true;
                }

                continue;
            }

            sb.Append(folded);
            lastWasSpace = false;
        }

        return sb.ToString().TrimEnd();
    }

    /// <summary>An ASCII slug (<c>[a-z0-9-]+</c>) of a name, as unit and province codes are made.</summary>
    public static string Slug(string text)
    {
        var folded = Fold(text);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        return sb.ToString().Trim('-');
    }

    /// <summary>
    /// A matching key for names: the slug without the administrative prefixes that reports add or drop
    /// ("UBND", "tỉnh", "thành phố", "xã"…), so "UBND TINH HUNG YEN" and "Hưng Yên" meet.
    /// </summary>
    public static string NameKey(string text)
    {
        var words = Slug(text).Split('-', StringSplitOptions.RemoveEmptyEntries).ToList();
        string[][] prefixes =
        [
            ["uy", "ban", "nhan", "dan"], ["ubnd"], ["van", "phong"], ["thanh", "pho"], ["tp"], ["tinh"],
            ["huyen"], ["thi", "xa"], ["thi", "tran"], ["quan"], ["xa"], ["phuong"], ["dac", "khu"],
        ];
        var changed = true;
        while (changed && words.Count > 1)
        {
            changed = false;
            foreach (var prefix in prefixes)
            {
                if (words.Count > prefix.Length && words.Take(prefix.Length).SequenceEqual(prefix))
                {
                    words.RemoveRange(0, prefix.Length);
                    changed = true;
                }
            }
        }

        return string.Concat(words);
    }
}
