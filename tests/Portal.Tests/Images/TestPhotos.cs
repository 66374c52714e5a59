using NetVips;

namespace Portal.Tests.Images;

/// <summary>
/// Real image files made with libvips at test time, the way phones write them: a JPEG stored sideways with
/// EXIF orientation 6 ("rotate 90° clockwise to show"), camera make and model and a GPS position, and a PNG
/// with a transparent background.
/// </summary>
public static class TestPhotos
{
    public const string Make = "TestPhone";
    public const string Latitude = "25/1 48/1 0/1";

    /// <summary>
    /// A phone photo stored <paramref name="storedWidth"/> × <paramref name="storedHeight"/> with a red band
    /// along its stored top edge: shown upright (turned a quarter clockwise) the band is the right edge.
    /// <paramref name="noise"/> adds grain, which JPEG cannot compress (a large file, like a real photo).
    /// </summary>
    public static byte[] SidewaysJpeg(int storedWidth, int storedHeight, bool noise = false, int quality = 90, double shade = 60)
    {
        using var field = Image.Black(storedWidth, storedHeight, bands: 3) + new[] { shade, 130, 70 };
        using var band = Image.Black(storedWidth, Math.Max(4, storedHeight / 10), bands: 3) + new double[] { 230, 20, 20 };
        using var banded = field.Insert(band, 0, 0);
        using var grained = noise ? banded + Image.Gaussnoise(storedWidth, storedHeight, sigma: 40).Bandjoin([Image.Gaussnoise(storedWidth, storedHeight, sigma: 40), Image.Gaussnoise(storedWidth, storedHeight, sigma: 40)]) : banded.Copy();
        using var pixels = grained.Cast(Enums.BandFormat.Uchar);
        using var tagged = pixels.Mutate(m =>
        {
            m.Set(GValue.GIntType, "orientation", 6);
            m.Set(GValue.GStrType, "exif-ifd0-Make", Make);
            m.Set(GValue.GStrType, "exif-ifd0-Model", "Model 12");
            m.Set(GValue.GStrType, "exif-ifd3-GPSLatitudeRef", "N");
            m.Set(GValue.GStrType, "exif-ifd3-GPSLatitude", Latitude);
            m.Set(GValue.GStrType, "exif-ifd3-GPSLongitudeRef", "E");
            m.Set(GValue.GStrType, "exif-ifd3-GPSLongitude", "113/1 2/1 0/1");
        });
        return tagged.JpegsaveBuffer(q: quality);
    }

    /// <summary>A drawing with a transparent background: a half-transparent green square.</summary>
    public static byte[] TransparentPng(int width, int height)
    {
        using var colour = Image.Black(width, height, bands: 3) + new double[] { 40, 160, 60 };
        using var alpha = Image.Black(width, height) + 128;
        using var rgba = colour.Bandjoin(alpha).Cast(Enums.BandFormat.Uchar);
        return rgba.PngsaveBuffer();
    }

    /// <summary>A HEIF file libvips can read (AV1-coded, as an .heif from some Android phones).</summary>
    public static byte[] Av1Heif(int width, int height)
    {
        using var colour = (Image.Black(width, height, bands: 3) + new double[] { 200, 180, 40 }).Cast(Enums.BandFormat.Uchar);
        return colour.HeifsaveBuffer(compression: Enums.ForeignHeifCompression.Av1);
    }

    /// <summary>
    /// An iPhone HEIC as this libvips sees it: the HEIF box header of the "heic" brand, HEVC pictures it has
    /// no decoder for (the packaged libvips carries none; a real iPhone file fails the same way).
    /// </summary>
    public static byte[] UnreadableHeic() =>
        [0, 0, 0, 24, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'h', (byte)'e', (byte)'i', (byte)'c', 0, 0, 0, 0,
         (byte)'m', (byte)'i', (byte)'f', (byte)'1', (byte)'h', (byte)'e', (byte)'i', (byte)'c', 0, 0, 0, 8, (byte)'m', (byte)'d', (byte)'a', (byte)'t'];

    /// <summary>Every metadata field of a file that says something about the camera, the place or the owner.</summary>
    public static IReadOnlyList<string> PrivateFields(Image image) =>
        [.. image.GetFields().Where(f => f.StartsWith("exif-", StringComparison.Ordinal) || f is "xmp-data" or "iptc-data" or "orientation" or "icc-profile-data" || f.Contains("gps", StringComparison.OrdinalIgnoreCase))];
}
