using System.Globalization;
using NetVips;
using Portal.Diagnostics;
using Portal.Load;
using Portal.Output;

namespace Portal.Images;

/// <summary>
/// The image stage: every raster image under input/ is decoded once, turned upright, stripped of its
/// metadata and written in the widths and formats of <see cref="ImageSettings"/> under content-hashed
/// names. Two caches: in memory, a source whose size and time did not change is not even read again
/// (<c>portal serve</c>); on disk (<see cref="ImageCache"/>), an image whose bytes and settings were
/// encoded before is not encoded again, and one whose size and time match the cache's record of it is not
/// even read (every rebuild).
/// </summary>
public sealed class ImageStage(ImageCache cache)
{
    /// <summary>A source above this size gets the PORTAL050 note: the published files are small, the upload was not.</summary>
    public const long LargeSourceBytes = 2 * 1024 * 1024;

    private readonly Dictionary<string, Known> _known = new(StringComparer.Ordinal);
    // The cache's record of which source file made which entry (read once, rewritten after each run).
    private Dictionary<string, SourceStamp>? _stamps;
    private int _encoded;

    /// <summary>How many images this stage has encoded (not taken from a cache) since it was made.</summary>
    public int Encoded => _encoded;

    /// <param name="encode">False for <c>portal check</c>: read each header only (sizes, format problems) and write nothing.</param>
    public ImageSet Run(IReadOnlyList<AssetSource> assets, ImageSettings settings, string inputDisplay, DiagnosticBag diagnostics, bool encode)
    {
        var raster = assets.Where(a => ImageSources.IsRaster(a.RelativePath)).ToList();
        _stamps ??= encode ? cache.ReadSources() : [];
        var results = new Known[raster.Count];
        Parallel.For(0, raster.Count, i => results[i] = One(raster[i], settings, inputDisplay, encode));

        var images = new Dictionary<string, ProcessedImage>(StringComparer.Ordinal);
        var files = new List<OutputFile>();
        lock (_known)
        {
            _known.Clear();
            foreach (var (asset, known) in raster.Zip(results))
            {
                _known[asset.RelativePath] = known;
                known.Diagnostics.ForEach(diagnostics.Add);
                if (known.Image is { } image)
                {
                    images[asset.RelativePath] = image;
                    files.AddRange(known.Files);
                }
            }
        }

        files.AddRange(Svgs(assets, inputDisplay, diagnostics));
        if (encode)
        {
            _stamps = raster.Zip(results).Where(r => r.Second.Image is not null)
                .ToDictionary(r => r.First.RelativePath, r => new SourceStamp(r.Second.Length, r.Second.Modified.Ticks, settings.Key, r.Second.Image!.Key), StringComparer.Ordinal);
            cache.WriteSources(_stamps);
            cache.Prune(results.Where(r => r.Image is not null).Select(r => r.Image!.Key).ToHashSet(StringComparer.Ordinal));
        }

        return new ImageSet(images, files);
    }

    /// <summary>SVG files, cleaned of scripts (small text files: done every build rather than cached).</summary>
    private static IEnumerable<OutputFile> Svgs(IReadOnlyList<AssetSource> assets, string inputDisplay, DiagnosticBag diagnostics)
    {
        foreach (var svg in assets.Where(ImageSources.IsSvg))
        {
            if (SvgSanitizer.Sanitize(File.ReadAllBytes(svg.FullPath)) is { } clean)
            {
                yield return new OutputFile(svg.OutputPath, clean, null);
            }
            else
            {
                diagnostics.Error(DiagnosticCodes.ImageUnsupported, new SourceSpan(inputDisplay + "/" + svg.RelativePath), $"SVG 图 {Path.GetFileName(svg.RelativePath)} 无法读取（不是完整的 SVG 文件）。请在绘图软件里重新导出 SVG，或另存为 PNG。");
            }
        }
    }

    private Known One(AssetSource asset, ImageSettings settings, string inputDisplay, bool encode)
    {
        var file = new FileInfo(asset.FullPath);
        Known? before;
        lock (_known)
        {
            _known.TryGetValue(asset.RelativePath, out before);
        }

        if (before is not null && before.Length == file.Length && before.Modified == file.LastWriteTimeUtc && before.Settings == settings.Key && (before.Encoded || !encode))
        {
            return before;
        }

        var display = new SourceSpan(inputDisplay + "/" + asset.RelativePath);
        var diagnostics = new List<Diagnostic>();
        if (file.Length > LargeSourceBytes)
        {
            var mb = (file.Length / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture);
            diagnostics.Add(new Diagnostic(Severity.Info, DiagnosticCodes.ImageTooLarge, display, $"图片过大，已自动压缩，原图 {mb} MB。网站上发布的是压缩后的版本；原图可以不用这么大（手机照片一般 1–2 MB 就够）。"));
        }

        // Read-only while the images are done in parallel: replaced only after they all are.
        var stamp = _stamps?.GetValueOrDefault(asset.RelativePath);
        if (encode && stamp is not null && stamp.Length == file.Length && stamp.ModifiedTicks == file.LastWriteTimeUtc.Ticks && stamp.Settings == settings.Key
            && cache.Get(stamp.Key) is { } unchanged)
        {
            // Another process made this entry from a file of the same size and time: no need to read it again.
            var (kept, keptFiles) = Describe(asset, stamp.Key, unchanged, file.Length);
            return new Known(file.Length, file.LastWriteTimeUtc, settings.Key, true, kept, keptFiles, diagnostics);
        }

        var bytes = File.ReadAllBytes(asset.FullPath);
        var key = ImageCache.Key(bytes, settings);
        try
        {
            if (!encode)
            {
                var (width, height) = ImageEncoder.UprightSize(bytes);
                var planned = Planned(width, height, settings);
                return new Known(file.Length, file.LastWriteTimeUtc, settings.Key, false, Describe(asset, key, planned, bytes.Length).Image, [], diagnostics);
            }

            var cached = cache.Get(key);
            if (cached is null)
            {
                cached = cache.Put(key, ImageEncoder.Encode(bytes, settings));
                Interlocked.Increment(ref _encoded);
            }

            var (image, files) = Describe(asset, key, cached, bytes.Length);
            return new Known(file.Length, file.LastWriteTimeUtc, settings.Key, true, image, files, diagnostics);
        }
        catch (VipsException)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.ImageUnsupported, display, Unsupported(asset.RelativePath)));
            return new Known(file.Length, file.LastWriteTimeUtc, settings.Key, encode, null, [], diagnostics);
        }
    }

    private static string Unsupported(string path) => ImageSources.IsHeic(path)
        ? $"无法读取 iPhone 的 HEIC 照片 {Path.GetFileName(path)}。请导出为 JPEG 后再放进来：在 iPhone 上打开“设置 → 相机 → 格式”选“兼容性最佳”再拍；已拍的照片可在“照片”里选中后“共享 → 存储到文件”（会存为 JPEG），或在电脑上用“照片”应用导出为 JPEG。"
        : $"无法读取图片 {Path.GetFileName(path)}：文件已损坏或不是图片。请用看图软件打开它，另存为 JPEG 或 PNG 后再放进来。";

    /// <summary>The sizes an encode would give, for <c>portal check</c>, which does not encode.</summary>
    private static CachedImage Planned(int width, int height, ImageSettings settings)
    {
        var top = Math.Min(settings.Widths[^1], width);
        var widths = settings.Widths.Where(w => w < top).Append(top).Distinct().Order();
        return new CachedImage(top, (int)Math.Round(height * (double)top / width), false,
            [.. widths.Select(w => new CachedFile(w, (int)Math.Round(height * (double)w / width), ImageFormat.Webp, null, []))]);
    }

    /// <summary>Names each file after the source, the key and the width: <c>notices/x/photo.0a1b2c3d4e-960.webp</c>.</summary>
    private static (ProcessedImage Image, List<OutputFile> Files) Describe(AssetSource asset, string key, CachedImage cached, long sourceBytes)
    {
        var output = asset.OutputPath;
        var folder = output.LastIndexOf('/') is var slash and >= 0 ? output[..(slash + 1)] : "";
        var stem = Path.GetFileNameWithoutExtension(output);
        var variants = new List<ImageVariant>();
        var files = new List<OutputFile>();
        foreach (var f in cached.Files.OrderBy(f => f.Format).ThenBy(f => f.Width))
        {
            var variant = new ImageVariant(f.Width, f.Height, f.Format, "");
            variant = variant with { OutputPath = $"{folder}{stem}.{key[..10]}-{f.Width}{variant.Extension}" };
            variants.Add(variant);
            files.Add(f.Path is { } path ? OutputFile.Copy(variant.OutputPath, path) : new OutputFile(variant.OutputPath, f.Bytes, null));
        }

        return (new ProcessedImage(asset.RelativePath, key, cached.Width, cached.Height, cached.HasAlpha, sourceBytes, variants), files);
    }

    /// <summary>What the stage last made of one source, and the file state it was made from.</summary>
    private sealed record Known(long Length, DateTime Modified, string Settings, bool Encoded, ProcessedImage? Image, List<OutputFile> Files, List<Diagnostic> Diagnostics);
}
