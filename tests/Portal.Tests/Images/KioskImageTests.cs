using NetVips;
using Portal.Engine;
using Portal.Tests.Support;

namespace Portal.Tests.Images;

/// <summary>A kiosk package carries one file per image, in the width that fits the kiosk's screen.</summary>
public sealed class KioskImageTests
{
    private const string Kiosks = MiniSite.SiteYml + """

        kiosks:
          - id: huatang
            name: 华塘镇科技之窗
            region: 北湖区/华塘镇
            screen_width: 1280
        """;

    [Fact]
    public void A_kiosk_gets_one_webp_per_image_fitted_to_its_screen()
    {
        using var site = new PhotoSite(Kiosks);

        SiteEngine.ForOneBuild(site.Options(kiosk: "huatang")).Build().NoErrors();

        var photos = site.OutputFiles(PhotoSite.Bundle + "/photo.").ToList();
        var logos = site.OutputFiles(PhotoSite.Bundle + "/logo.").ToList();
        Assert.Single(photos);
        Assert.Single(logos);
        // 1280 px screen: the widest web width not above it (960); the 600 px logo is not upscaled.
        Assert.EndsWith("-960.webp", photos[0], StringComparison.Ordinal);
        Assert.EndsWith("-600.webp", logos[0], StringComparison.Ordinal);
        using var photo = Image.NewFromFile(site.Path(photos[0]));
        Assert.Equal((960, 1280), (photo.Width, photo.Height));
        Assert.Empty(TestPhotos.PrivateFields(photo));

        var page = File.ReadAllText(site.Path(PhotoSite.Page));
        Assert.DoesNotContain("<picture>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("srcset", page, StringComparison.Ordinal);
        Assert.Contains("width=\"960\" height=\"1280\"", page, StringComparison.Ordinal);
    }
}
