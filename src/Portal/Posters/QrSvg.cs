using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using QRCoder;

namespace Portal.Posters;

/// <summary>
/// QR codes for paper: error correction M (survives a smudge or a pin through the sheet) and a quiet
/// zone of 4 modules, as ISO/IEC 18004 asks. The SVG scales with its box (viewBox, no fixed size), so
/// CSS decides how many millimetres it takes.
/// QRCoder computes the modules; the drawing is written here because QRCoder's SvgQRCode closes every dark
/// run as its own rectangle (<c>M4 4h7v1h-7z</c>), and with one code on each of 20,000 posters that doubled
/// the bytes: here each row is one stroke of unit width, with relative moves between its runs.
/// </summary>
public static class QrSvg
{
    public const int QuietZoneModules = 4;

    // The bulletin is rendered on every build, serve's included, with one code per item (every current
    // urgent notice): drawing them again was most of its time. A code depends on its text alone.
    private const int Remembered = 4096;
    private static readonly ConcurrentDictionary<string, string> Drawn = new(StringComparer.Ordinal);

    public static string For(string text)
    {
        if (Drawn.TryGetValue(text, out var known))
        {
            return known;
        }

        var svg = Draw(text);
        if (Drawn.Count >= Remembered)
        {
            Drawn.Clear();
        }

        Drawn[text] = svg;
        return svg;
    }

    private static string Draw(string text)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var modules = data.ModuleMatrix; // quiet zone included (4 modules, QRCoder's default)
        var size = modules.Count;
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
        {
            var pen = -1; // x where the last run of this row ended; -1 before the first
            for (var x = 0; x < size; x++)
            {
                if (!modules[y][x] || (x > 0 && modules[y][x - 1]))
                {
                    continue;
                }

                var end = x;
                while (end < size && modules[y][end])
                {
                    end++;
                }

                // Numbers appended as they are (never negative, so no culture shows): two formatted strings
                // per run were a tenth of a poster's cost.
                if (pen < 0)
                {
                    path.Append('M').Append(x).Append(' ').Append(y).Append(".5");
                }
                else
                {
                    path.Append('m').Append(x - pen).Append(" 0");
                }

                path.Append('h').Append(end - x);
                pen = end;
            }
        }

        // Inline in HTML: the code is an image whose text is printed beside it, so it is hidden from readers.
        return Invariant($"<svg class=\"qr__code\" role=\"img\" aria-hidden=\"true\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" shape-rendering=\"crispEdges\">")
            + Invariant($"<path fill=\"#fff\" d=\"M0 0h{size}v{size}H0z\"/><path stroke=\"#000\" d=\"{path}\"/></svg>");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
