using NetVips;

namespace Portal.Benchmarks;

/// <summary>
/// Generated 12 MP phone photos (4000 × 3000 JPEG at quality 92, stored sideways with EXIF orientation 6 and
/// a GPS position, grain over colour gradients so they compress like a photo (about 4 MB, like a phone's), not like a flat test card),
/// each a little different so no two share a cache key.
/// </summary>
internal static class PhonePhotos
{
    public const int Width = 4000;
    public const int Height = 3000;

    public static byte[] Make(int index)
    {
        using var xy = Image.Xyz(Width, Height);
        using var x = xy[0];
        using var y = xy[1];
        using var red = x * (200.0 / Width) + 20 + index;
        using var green = y * (150.0 / Height) + 60;
        using var blue = (x + y) * (90.0 / (Width + Height)) + 40;
        using var gradient = red.Bandjoin(green, blue);
        using var grain = Image.Gaussnoise(Width, Height, sigma: 8, mean: 0);
        using var photo = (gradient + grain).Cast(Enums.BandFormat.Uchar);
        using var tagged = photo.Mutate(m =>
        {
            m.Set(GValue.GIntType, "orientation", 6);
            m.Set(GValue.GStrType, "exif-ifd0-Make", "BenchPhone");
            m.Set(GValue.GStrType, "exif-ifd3-GPSLatitudeRef", "N");
            m.Set(GValue.GStrType, "exif-ifd3-GPSLatitude", "25/1 48/1 0/1");
        });
        return tagged.JpegsaveBuffer(q: 92);
    }
}
