using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using Portal.Posters;
using Portal.Tests.Support;
using QRCoder;

namespace Portal.Tests.Posters;

/// <summary>
/// The QR code of a poster must encode exactly the page's URL. The SVG is read back into a module grid
/// (its strokes), that grid drawn as a PNG, and the PNG decoded by zbarimg: so what is checked is the
/// drawing, not only the data QRCoder started from. PosterPdfTests also decode it from the printed PDF.
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

    /// <summary>
    /// Reads the SVG (a viewBox of N×N modules; dark runs as one stroke of unit width per row: <c>M x y.5</c>
    /// starts a row, <c>h w</c> draws a run, <c>m dx 0</c> skips to the next) into a grid.
    /// </summary>
    internal static bool[][] ModulesOf(string svg)
    {
        var viewBox = Regex.Match(svg, "viewBox=\"0 0 (\\d+) (\\d+)\"");
        Assert.True(viewBox.Success, "no viewBox in " + svg[..Math.Min(200, svg.Length)]);
        var size = int.Parse(viewBox.Groups[1].Value, CultureInfo.InvariantCulture);
        var grid = Enumerable.Range(0, size).Select(_ => new bool[size]).ToArray();
        var strokes = Regex.Matches(svg, "<path stroke=\"#000\" d=\"([^\"]*)\"");
        Assert.Single(strokes);
        double x = 0, y = 0;
        foreach (Match command in Regex.Matches(strokes[0].Groups[1].Value, "([Mmh])(-?[\\d.]+)(?: (-?[\\d.]+))?"))
        {
            double N(int g) => double.Parse(command.Groups[g].Value, CultureInfo.InvariantCulture);
            switch (command.Groups[1].Value)
            {
                case "M":
                    (x, y) = (N(2), N(3));
                    Assert.Equal(0.5, y - Math.Floor(y)); // a unit stroke centred in its row of modules
                    break;
                case "m":
                    (x, y) = (x + N(2), y + N(3));
                    break;
                case "h":
                    for (var col = (int)x; col < (int)(x + N(2)); col++)
                    {
                        grid[(int)Math.Floor(y)][col] = true;
                    }

                    x += N(2);
                    break;
            }
        }

        Assert.True(grid.Sum(r => r.Count(d => d)) > 100, "no dark modules read from the SVG: " + svg[..Math.Min(400, svg.Length)]);
        return grid;
    }

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
