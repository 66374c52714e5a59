using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using Portal.Posters;
using Portal.Tests.Support;
using QRCoder;

namespace Portal.Tests.Posters;

/// <summary>
/// The QR code of a poster must encode exactly the page's URL. The SVG QRCoder made is read back into a
/// module grid (its rectangles), that grid drawn as a PNG, and the PNG decoded by zbarimg: so what is
/// checked is the drawing, not only the data QRCoder started from.
/// </summary>
public sealed class QrSvgTests
{
    [Theory]
    [InlineData("https://kjzc.example.org/notices/keji-huodongzhou-2026/")]
    [InlineData("https://mini.example.org/sub/path/techniques/shuidao-yuyang-jishu/")]
    [InlineData("http://127.0.0.1:5080/policies/quanmin-kexue-suzhi-gangyao-jiedu/")]
    public void Svg_decodes_to_exactly_the_url(string url)
    {
        var grid = ModulesOf(QrSvg.For(url));
        using var temp = new TempDir();
        var png = temp.Combine("qr.png");
        File.WriteAllBytes(png, Png(grid));
        Assert.Equal([url], Tools.DecodeQr(png));
    }

    [Fact]
    public void Svg_has_a_quiet_zone_of_four_modules()
    {
        var grid = ModulesOf(QrSvg.For("https://kjzc.example.org/notices/keji-huodongzhou-2026/"));
        var size = grid.Length;
        bool Dark(int x, int y) => grid[y][x];
        for (var i = 0; i < size; i++)
        {
            for (var band = 0; band < QrSvg.QuietZoneModules; band++)
            {
                Assert.False(Dark(i, band) || Dark(i, size - 1 - band) || Dark(band, i) || Dark(size - 1 - band, i), $"module drawn in the quiet zone at {i},{band}");
            }
        }

        // The finder pattern's corner starts right after the quiet zone: the zone is exactly four modules.
        Assert.True(Dark(4, 4) && Dark(size - 5, 4) && Dark(4, size - 5));
    }

    [Fact]
    public void Error_correction_is_level_m()
    {
        // Format information (ISO/IEC 18004 table C.1) beside the top-left finder: bits 14–13 are the
        // level, XOR-masked with 101010000010010; M is 00.
        var grid = ModulesOf(QrSvg.For("https://kjzc.example.org/notices/keji-huodongzhou-2026/"));
        var q = QrSvg.QuietZoneModules;
        var first = (grid[8 + q][0 + q] ? 1 : 0) ^ 1;
        var second = (grid[8 + q][1 + q] ? 1 : 0) ^ 0;
        Assert.Equal((0, 0), (first, second));
    }

    /// <summary>Reads QRCoder's SVG (a viewBox of N×N modules, dark runs as rects or path pieces) into a grid.</summary>
    internal static bool[][] ModulesOf(string svg)
    {
        var viewBox = Regex.Match(svg, "viewBox=\"0 0 (\\d+) (\\d+)\"");
        Assert.True(viewBox.Success, "no viewBox in " + svg[..Math.Min(200, svg.Length)]);
        var size = int.Parse(viewBox.Groups[1].Value, CultureInfo.InvariantCulture);
        var grid = Enumerable.Range(0, size).Select(_ => new bool[size]).ToArray();
        void Fill(int x, int y, int w, int h)
        {
            for (var row = y; row < y + h; row++)
            {
                for (var col = x; col < x + w; col++)
                {
                    grid[row][col] = true;
                }
            }
        }

        // Dark runs are drawn as rectangles, either <rect> elements or "M x y h w v h h -w z" path pieces.
        foreach (Match rect in Regex.Matches(svg, "<rect ([^>]*)/?>"))
        {
            var attributes = rect.Groups[1].Value;
            if (Attr(attributes, "fill") is "#000000")
            {
                Fill((int)Attr(attributes, "x", 0), (int)Attr(attributes, "y", 0), (int)Attr(attributes, "width", 0), (int)Attr(attributes, "height", 0));
            }
        }

        foreach (Match path in Regex.Matches(svg, "<path fill=\"#000000\" d=\"([^\"]*)\""))
        {
            foreach (Match run in Regex.Matches(path.Groups[1].Value, "M(\\d+) (\\d+)h(\\d+)v(\\d+)h-\\d+z"))
            {
                int N(int g) => int.Parse(run.Groups[g].Value, CultureInfo.InvariantCulture);
                Fill(N(1), N(2), N(3), N(4));
            }
        }

        Assert.True(grid.Sum(r => r.Count(d => d)) > 100, "no dark modules read from the SVG: " + svg[..Math.Min(400, svg.Length)]);
        return grid;
    }

    private static string? Attr(string attributes, string name) =>
        Regex.Match(attributes, "\\b" + name + "=\"([^\"]*)\"") is { Success: true } m ? m.Groups[1].Value : null;

    private static double Attr(string attributes, string name, double fallback) =>
        Attr(attributes, name) is { } text ? double.Parse(text, CultureInfo.InvariantCulture) : fallback;

    /// <summary>Draws the grid (quiet zone included) as a PNG with QRCoder's dependency-free PNG writer.</summary>
    private static byte[] Png(bool[][] grid)
    {
        var version = (grid.Length - 2 * QrSvg.QuietZoneModules - 21) / 4 + 1;
        using var data = new QRCodeData(version, true);
        Assert.Equal(grid.Length, data.ModuleMatrix.Count);
        for (var y = 0; y < grid.Length; y++)
        {
            data.ModuleMatrix[y] = new BitArray(grid[y]);
        }

        using var png = new PngByteQRCode(data);
        return png.GetGraphic(8, drawQuietZones: true);
    }
}
