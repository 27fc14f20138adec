namespace Tthc.SyntheticScans;

/// <summary>Where the font of synthetic scans is: DejaVu Serif from Debian's <c>fonts-dejavu-core</c> (it has every Vietnamese letter).</summary>
public static class ScanFont
{
    /// <summary>What to install when the font is missing.</summary>
    public const string InstallHint = "apt-get install fonts-dejavu-core";

    private static readonly string[] Candidates =
    [
        "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
        "/usr/share/fonts/dejavu/DejaVuSerif.ttf",
        "/usr/share/fonts/TTF/DejaVuSerif.ttf",
    ];

    /// <summary>The font file, or null when none is installed.</summary>
    public static string? Find() => Candidates.FirstOrDefault(File.Exists);
}
