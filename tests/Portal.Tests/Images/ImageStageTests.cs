using AngleSharp.Html.Parser;
using NetVips;
using Portal.Diagnostics;
using Portal.Engine;
using Portal.Output;
using Portal.Tests.Support;

namespace Portal.Tests.Images;

/// <summary>
/// The image stage end to end: a phone photo stored sideways with GPS and camera data and a transparent PNG
/// go in; what comes out is read back with libvips (sizes, orientation, formats, no metadata) and in the page.
/// </summary>
public sealed class ImageStageTests : IDisposable
{
    private readonly PhotoSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void The_fixture_photo_really_is_sideways_with_gps_and_camera_data()
    {
        using var source = Image.NewFromFile(Path.Combine(_site.Input, PhotoSite.Bundle, "photo.jpg"));
        Assert.Equal(6, (int)source.Get("orientation"));
        Assert.StartsWith(TestPhotos.Make, (string)source.Get("exif-ifd0-Make"), StringComparison.Ordinal);
        Assert.StartsWith(TestPhotos.Latitude, (string)source.Get("exif-ifd3-GPSLatitude"), StringComparison.Ordinal);
        Assert.Equal((2400, 1800), (source.Width, source.Height));
    }

    [Fact]
    public void A_phone_photo_is_upright_stripped_and_written_in_three_widths_of_webp_and_jpeg()
    {
        SiteEngine.ForOneBuild(_site.Options()).Build().NoErrors();

        var files = _site.OutputFiles(PhotoSite.Bundle + "/photo.").ToList();
        Assert.Equal(6, files.Count);
        Assert.DoesNotContain(PhotoSite.Bundle + "/photo.jpg", _site.OutputFiles());
        foreach (var file in files)
        {
            using var image = Image.NewFromFile(_site.Path(file));
            Assert.Empty(TestPhotos.PrivateFields(image));
            Assert.Equal(file.EndsWith(".webp", StringComparison.Ordinal) ? "webpload" : "jpegload", (string)image.Get("vips-loader"));
            // Upright: the stored 2400 × 1800 is shown 1800 wide and 2400 high, so every file is portrait.
            Assert.True(image.Height > image.Width, file);
            Assert.Equal((int)Math.Round(image.Width * 4 / 3.0), image.Height, tolerance: 1);
            // The red band of the stored top edge is now on the right.
            var right = image.Getpoint(image.Width - 2, image.Height / 2);
            var left = image.Getpoint(1, image.Height / 2);
            Assert.True(right[0] > 180 && right[1] < 80, $"{file}: right edge {string.Join(",", right)}");
            Assert.True(left[0] < 120, $"{file}: left edge {string.Join(",", left)}");
        }

        Assert.Equal([480, 960, 1600], Widths(files, ".jpg"));
        Assert.Equal([480, 960, 1600], Widths(files, ".webp"));
        Assert.All(files, f => Assert.Matches(@"/photo\.[0-9a-f]{10}-\d+\.(webp|jpg)$", f));
    }

    [Fact]
    public void A_small_transparent_png_is_never_upscaled_and_keeps_its_alpha_in_png()
    {
        SiteEngine.ForOneBuild(_site.Options()).Build().NoErrors();

        var files = _site.OutputFiles(PhotoSite.Bundle + "/logo.").ToList();
        Assert.Equal([480, 600], Widths(files, ".png"));
        Assert.Equal([480, 600], Widths(files, ".webp"));
        foreach (var file in files)
        {
            using var image = Image.NewFromFile(_site.Path(file));
            Assert.True(image.HasAlpha(), file);
            Assert.Equal(image.Width * 2 / 3, image.Height, tolerance: 1);
        }
    }

    [Fact]
    public void Pages_offer_picture_srcset_and_sizes_with_the_real_upright_size()
    {
        SiteEngine.ForOneBuild(_site.Options()).Build().NoErrors();
        var page = new HtmlParser().ParseDocument(File.ReadAllText(_site.Path(PhotoSite.Page)));

        var cover = page.QuerySelector(".doc__cover img")!;
        Assert.Equal(("1600", "2133"), (cover.GetAttribute("width"), cover.GetAttribute("height")));
        Assert.Null(cover.GetAttribute("loading"));
        Assert.Equal("async", cover.GetAttribute("decoding"));
        Assert.Equal("田间照片示例", cover.GetAttribute("alt"));

        var body = page.QuerySelector(".prose img[alt='稻田里的秧苗']")!;
        Assert.Equal("picture", body.ParentElement!.LocalName);
        Assert.Equal(("1600", "2133", "lazy", "async"), (body.GetAttribute("width"), body.GetAttribute("height"), body.GetAttribute("loading"), body.GetAttribute("decoding")));
        Assert.Matches(@"^photo\.[0-9a-f]{10}-480\.jpg 480w, photo\.[0-9a-f]{10}-960\.jpg 960w, photo\.[0-9a-f]{10}-1600\.jpg 1600w$", body.GetAttribute("srcset"));
        Assert.Matches(@"^photo\.[0-9a-f]{10}-960\.jpg$", body.GetAttribute("src"));
        var source = body.ParentElement.QuerySelector("source")!;
        Assert.Equal("image/webp", source.GetAttribute("type"));
        Assert.Matches(@"-480\.webp 480w, .*-960\.webp 960w, .*-1600\.webp 1600w$", source.GetAttribute("srcset"));
        Assert.Equal(Portal.Images.Picture.ColumnSizes, source.GetAttribute("sizes"));

        // Raw HTML goes through the DOM path and comes out the same way.
        var raw = page.QuerySelector("img[alt='合作社标志']")!;
        Assert.Equal("picture", raw.ParentElement!.LocalName);
        Assert.Equal(("600", "400"), (raw.GetAttribute("width"), raw.GetAttribute("height")));
        Assert.Matches(@"^logo\.[0-9a-f]{10}-480\.png 480w, logo\.[0-9a-f]{10}-600\.png 600w$", raw.GetAttribute("srcset"));

        // Every file the page names exists and is in the manifest, like every other output file.
        var manifest = BuildManifest.Read(_site.Output)!.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var named = page.QuerySelectorAll("img[srcset], source[srcset]").SelectMany(e => e.GetAttribute("srcset")!.Split(", ").Select(s => s.Split(' ')[0]));
        Assert.All(named, n => Assert.Contains(PhotoSite.Bundle + "/" + n, manifest));
    }

    [Fact]
    public void A_rebuild_with_nothing_changed_encodes_nothing_and_leaves_the_files_alone()
    {
        var first = SiteEngine.ForOneBuild(_site.Options());
        first.Build().NoErrors();
        Assert.Equal(2, first.ImagesEncoded);
        var photo = _site.OutputFiles(PhotoSite.Bundle + "/photo.").First();
        var before = File.GetLastWriteTimeUtc(_site.Path(photo));

        var again = SiteEngine.ForOneBuild(_site.Options());
        again.Build().NoErrors();

        Assert.Equal(0, again.ImagesEncoded);
        Assert.Equal(before, File.GetLastWriteTimeUtc(_site.Path(photo)));
        Assert.True(Directory.Exists(Path.Combine(Path.GetDirectoryName(_site.Output)!, ".output.portal-cache", "images")));
    }

    [Fact]
    public void A_later_build_re_encodes_a_photo_replaced_since_and_nothing_else()
    {
        SiteEngine.ForOneBuild(_site.Options()).Build().NoErrors();
        var photo = Path.Combine(_site.Input, PhotoSite.Bundle, "photo.jpg");
        File.WriteAllBytes(photo, TestPhotos.SidewaysJpeg(2400, 1800, shade: 90));
        File.SetLastWriteTimeUtc(photo, DateTime.UtcNow.AddMinutes(1));

        var next = SiteEngine.ForOneBuild(_site.Options());
        next.Build().NoErrors();

        Assert.Equal(1, next.ImagesEncoded);
        using var published = Image.NewFromFile(_site.Path(_site.OutputFiles(PhotoSite.Bundle + "/photo.").First(f => f.EndsWith("-480.jpg", StringComparison.Ordinal))));
        Assert.True(published.Getpoint(10, published.Height / 2)[0] > 70, "the new photo (lighter red channel) is published");
    }

    [Fact]
    public void Serve_re_encodes_only_the_image_that_changed_and_drops_its_old_files()
    {
        var serve = new SiteEngine(_site.Options());
        serve.Build().NoErrors();
        var oldPhotos = _site.OutputFiles(PhotoSite.Bundle + "/photo.").ToList();
        var logos = _site.OutputFiles(PhotoSite.Bundle + "/logo.").ToList();

        File.WriteAllBytes(Path.Combine(_site.Input, PhotoSite.Bundle, "photo.jpg"), TestPhotos.SidewaysJpeg(2400, 1800, shade: 90));
        var report = serve.Build();

        report.NoErrors();
        Assert.Equal(3, serve.ImagesEncoded);
        Assert.Equal(logos, _site.OutputFiles(PhotoSite.Bundle + "/logo.").ToList());
        var newPhotos = _site.OutputFiles(PhotoSite.Bundle + "/photo.").ToList();
        Assert.Equal(6, newPhotos.Count);
        Assert.Empty(newPhotos.Intersect(oldPhotos));
        Assert.Contains(PhotoSite.Page, report.ChangedFiles!);
        Assert.Contains(newPhotos[0].Split('/')[^1], File.ReadAllText(_site.Path(PhotoSite.Page)), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_reads_headers_only_and_writes_no_cache()
    {
        var check = SiteEngine.ForOneBuild(_site.Options(write: false));
        check.Build().NoErrors();

        Assert.Equal(0, check.ImagesEncoded);
        Assert.False(Directory.Exists(Path.Combine(Path.GetDirectoryName(_site.Output)!, ".output.portal-cache")));
    }

    private static List<int> Widths(IEnumerable<string> files, string extension) =>
        [.. files.Where(f => f.EndsWith(extension, StringComparison.Ordinal)).Select(f => int.Parse(f[(f.LastIndexOf('-') + 1)..^extension.Length], System.Globalization.CultureInfo.InvariantCulture)).Order()];
}
