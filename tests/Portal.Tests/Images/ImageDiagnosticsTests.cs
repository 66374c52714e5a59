using NetVips;
using Portal.Diagnostics;
using Portal.Tests.Support;

namespace Portal.Tests.Images;

/// <summary><c>portal check</c> on photos: too large, no alt text, formats libvips can or cannot read; SVG cleaned.</summary>
public sealed class ImageDiagnosticsTests
{
    private const string Bundle = "notices/zhaopian";

    [Fact]
    public void A_source_over_two_megabytes_is_noted_with_its_size()
    {
        var big = TestPhotos.SidewaysJpeg(2000, 1500, noise: true, quality: 98);
        Assert.True(big.Length > Portal.Images.ImageStage.LargeSourceBytes, $"fixture is only {big.Length} bytes");
        using var site = Site("![大照片](big.jpg)").WithBytes(Bundle + "/big.jpg", big);

        var note = site.Check().Single(DiagnosticCodes.ImageTooLarge);

        Assert.Equal(Severity.Info, note.Severity);
        Assert.EndsWith(Bundle + "/big.jpg", note.Location.File, StringComparison.Ordinal);
        var mb = (big.Length / 1024.0 / 1024.0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"图片过大，已自动压缩，原图 {mb} MB", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_without_alt_text_is_a_warning_at_its_line()
    {
        using var site = Site("第一段。\n\n![](photo.jpg)").WithBytes(Bundle + "/photo.jpg", TestPhotos.SidewaysJpeg(800, 600));

        var warning = site.Check().Single(DiagnosticCodes.ImageNoAlt);

        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(8, warning.Location.Line);
        Assert.Contains("说明文字", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_iphone_heic_libvips_cannot_decode_is_an_error_naming_the_file_and_the_way_to_jpeg()
    {
        using var site = Site("![手机照片](IMG_0001.HEIC)").WithBytes(Bundle + "/IMG_0001.HEIC", TestPhotos.UnreadableHeic());

        var report = site.Build();

        var error = report.Single(DiagnosticCodes.ImageUnsupported);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.EndsWith(Bundle + "/IMG_0001.HEIC", error.Location.File, StringComparison.Ordinal);
        Assert.Contains("IMG_0001.HEIC", error.Message, StringComparison.Ordinal);
        Assert.Contains("导出为 JPEG", error.Message, StringComparison.Ordinal);
        Assert.False(report.Succeeded);
    }

    [Fact]
    public void A_heif_libvips_can_decode_is_converted_like_any_photo()
    {
        using var site = Site("![安卓手机照片](photo.heif)").WithBytes(Bundle + "/photo.heif", TestPhotos.Av1Heif(700, 500));

        site.Build().NoErrors();

        var files = Directory.EnumerateFiles(Path.Combine(site.Output, Bundle)).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.DoesNotContain("photo.heif", files);
        Assert.Contains(files, f => f!.EndsWith("-700.jpg", StringComparison.Ordinal));
        using var jpeg = Image.NewFromFile(Directory.EnumerateFiles(Path.Combine(site.Output, Bundle), "*-700.jpg").Single());
        Assert.Equal((700, 500), (jpeg.Width, jpeg.Height));
    }

    [Fact]
    public void A_corrupt_jpeg_is_an_error_that_names_it()
    {
        using var site = Site("![坏图](broken.jpg)").WithBytes(Bundle + "/broken.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3]);

        var error = site.Check().Single(DiagnosticCodes.ImageUnsupported);

        Assert.Contains("broken.jpg", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_svg_is_published_without_its_scripts_and_handlers()
    {
        const string Svg = """
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10" onload="alert(1)">
              <script>alert(2)</script>
              <a xlink:href="javascript:alert(3)"><rect width="10" height="10" fill="green" onclick="alert(4)"/></a>
              <foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>
              <use href="#keep"/>
            </svg>
            """;
        using var site = Site("![示意图](chart.svg)").With(Bundle + "/chart.svg", Svg);

        site.Build().NoErrors();

        var published = File.ReadAllText(Path.Combine(site.Output, Bundle, "chart.svg"));
        Assert.DoesNotContain("alert", published, StringComparison.Ordinal);
        Assert.DoesNotContain("foreignObject", published, StringComparison.Ordinal);
        Assert.Contains("<rect", published, StringComparison.Ordinal);
        Assert.Contains("href=\"#keep\"", published, StringComparison.Ordinal);
    }

    [Fact]
    public void An_svg_with_a_dtd_is_refused_rather_than_expanded()
    {
        const string Svg = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg xmlns=\"http://www.w3.org/2000/svg\">&x;</svg>";
        using var site = Site("![示意图](evil.svg)").With(Bundle + "/evil.svg", Svg);

        var error = site.Check().Single(DiagnosticCodes.ImageUnsupported);

        Assert.Contains("evil.svg", error.Message, StringComparison.Ordinal);
    }

    private static MiniSite Site(string body) =>
        new MiniSite().With(Bundle + "/index.md", $"---\ntitle: 照片检查\ndate: 2026-11-20\n---\n\n{body}\n");
}
