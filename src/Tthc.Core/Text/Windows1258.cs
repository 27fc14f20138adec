using System.Text;

namespace Tthc.Core.Text;

/// <summary>
/// A small decoder for Windows-1258 (Vietnamese ANSI), the encoding of older Windows text reports.
/// 1258 writes tones as combining marks after the base letter, so the result is normalised to NFC.
/// </summary>
public static class Windows1258
{
    // 0x80–0x9F: the Windows block; 0xA0–0xFF: Latin-1 except the Vietnamese code points below.
    private static readonly char[] High =
    [
        '\u20AC', '\uFFFD', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\uFFFD', '\u2039', '\u0152', '\uFFFD', '\uFFFD', '\uFFFD',
        '\uFFFD', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\uFFFD', '\u203A', '\u0153', '\uFFFD', '\uFFFD', '\u0178',
    ];

    /// <summary>Decodes Windows-1258 bytes to NFC text.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var sb = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
        {
            sb.Append(Map(b));
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The character for one byte.</summary>
    public static char Map(byte b) => b switch
    {
        < 0x80 => (char)b,
        < 0xA0 => High[b - 0x80],
        0xC3 => '\u0102', // Ă
        0xCC => '\u0300', // combining grave
        0xD0 => '\u0110', // Đ
        0xD2 => '\u0309', // combining hook above
        0xD5 => '\u01A0', // Ơ
        0xDD => '\u01AF', // Ư
        0xDE => '\u0303', // combining tilde
        0xE3 => '\u0103', // ă
        0xEC => '\u0301', // combining acute
        0xF0 => '\u0111', // đ
        0xF2 => '\u0323', // combining dot below
        0xF5 => '\u01A1', // ơ
        0xFD => '\u01B0', // ư
        0xFE => '\u20AB', // ₫
        _ => (char)b,
    };

    /// <summary>Encodes Vietnamese text to Windows-1258 (base letter + tone mark); characters it lacks become '?'.</summary>
    public static byte[] Encode(string text)
    {
        var reverse = new Dictionary<char, byte>();
        for (var i = 0x80; i <= 0xFF; i++)
        {
            var c = Map((byte)i);
            if (c != '\uFFFD')
            {
                reverse.TryAdd(c, (byte)i);
            }
        }

        var bytes = new List<byte>(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (c < 0x80)
            {
                bytes.Add((byte)c);
                continue;
            }

            if (reverse.TryGetValue(c, out var direct))
            {
                bytes.Add(direct);
                continue;
            }

            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            var tones = decomposed.Where(m => m is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323').ToList();
            var baseText = new string([.. decomposed.Where(m => !tones.Contains(m))]).Normalize(NormalizationForm.FormC);
            bytes.Add(baseText.Length == 1 && (baseText[0] < 0x80 || reverse.ContainsKey(baseText[0]))
                ? (baseText[0] < 0x80 ? (byte)baseText[0] : reverse[baseText[0]])
                : (byte)'?');
            bytes.AddRange(tones.Select(t => reverse[t]));
        }

        return [.. bytes];
    }
}
