namespace Portal.Images;

/// <summary>The file formats the stage writes.</summary>
public enum ImageFormat
{
    Webp,
    Jpeg,
    Png,
}

/// <summary>One encoded file of an image: its size in pixels, its format, and where it goes in the output.</summary>
public sealed record ImageVariant(int Width, int Height, ImageFormat Format, string OutputPath)
{
    public string MimeType => Format switch
    {
        ImageFormat.Webp => "image/webp",
        ImageFormat.Png => "image/png",
        _ => "image/jpeg",
    };

    public string Extension => Format switch
    {
        ImageFormat.Webp => ".webp",
        ImageFormat.Png => ".png",
        _ => ".jpg",
    };
}
