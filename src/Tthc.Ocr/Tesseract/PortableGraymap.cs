using System.Globalization;
using System.Text;

namespace Tthc.Ocr.Tesseract;

/// <summary>The size in a PGM/PPM header (<c>P5</c>/<c>P6</c>, width, height, maximum, with optional <c>#</c> comments).</summary>
internal static class PortableGraymap
{
    public static (int Width, int Height) Size(ReadOnlySpan<byte> image)
    {
        var fields = new List<string>(4);
        var i = 0;
        while (fields.Count < 3 && i < image.Length && i < 1024)
        {
            if (image[i] == (byte)'#')
            {
                while (i < image.Length && image[i] != (byte)'\n')
                {
                    i++;
                }
            }
            else if (char.IsWhiteSpace((char)image[i]))
            {
                i++;
            }
            else
            {
                var start = i;
                while (i < image.Length && !char.IsWhiteSpace((char)image[i]))
                {
                    i++;
                }

                fields.Add(Encoding.ASCII.GetString(image[start..i]));
            }
        }

        return fields is [['P', '5' or '6'], var w, var h]
            && int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out var width)
            && int.TryParse(h, NumberStyles.None, CultureInfo.InvariantCulture, out var height)
                ? (width, height)
                : throw new InvalidOperationException("pdftoppm did not write a PGM image.");
    }
}
