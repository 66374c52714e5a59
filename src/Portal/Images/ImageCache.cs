using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Portal.Output;

namespace Portal.Images;

/// <summary>
/// Encoded images kept between runs, so a rebuild with nothing changed re-encodes nothing: one folder per
/// key (source bytes + settings) holding the files and <c>image.json</c>. It lives beside the output, in
/// <c>.NAME.portal-cache/images/</c> (like the lock and staging folders), never inside it; without a
/// parent folder to hold it the entries stay in memory for the life of the process.
/// </summary>
public sealed class ImageCache
{
    private const string MetaFile = "image.json";
    private const string SourcesFile = "sources.json";
    private readonly string? _folder;
    private readonly Dictionary<string, EncodedImage> _memory = new(StringComparer.Ordinal);

    public ImageCache(string? folder) => _folder = folder;

    /// <summary>The persistent folder for the output <paramref name="output"/>, or null when it is a root.</summary>
    public static string? FolderFor(string output) =>
        OutputFolder.For(output) is { } f ? Path.Combine(f.Cache, "images") : null;

    /// <summary>The cache key: what the files are made from. Equal keys give equal files.</summary>
    public static string Key(byte[] source, ImageSettings settings)
    {
        var bytes = Convert.ToHexStringLower(SHA256.HashData(source));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(bytes + "|" + settings.Key)))[..32];
    }

    /// <summary>The entry for <paramref name="key"/>, when every one of its files is still there.</summary>
    public CachedImage? Get(string key)
    {
        if (_folder is null)
        {
            lock (_memory)
            {
                return _memory.TryGetValue(key, out var kept) ? Cached(kept, null) : null;
            }
        }

        var entry = Path.Combine(_folder, key);
        try
        {
            var meta = JsonSerializer.Deserialize<Meta>(File.ReadAllText(Path.Combine(entry, MetaFile)));
            if (meta is null || meta.Files.Any(f => !File.Exists(Path.Combine(entry, f.Name))))
            {
                return null;
            }

            return new CachedImage(meta.Width, meta.Height, meta.HasAlpha, [.. meta.Files.Select(f => new CachedFile(f.Width, f.Height, f.Format, Path.Combine(entry, f.Name), null))]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null; // a missing or half-written entry: encode again
        }
    }

    /// <summary>Keeps <paramref name="encoded"/> under <paramref name="key"/>; the metadata is written last, so a
    /// run killed half-way leaves an entry <see cref="Get"/> does not trust.</summary>
    public CachedImage Put(string key, EncodedImage encoded)
    {
        if (_folder is null)
        {
            lock (_memory)
            {
                _memory[key] = encoded;
            }

            return Cached(encoded, null);
        }

        var entry = Path.Combine(_folder, key);
        Directory.CreateDirectory(entry);
        var files = encoded.Files.Select(f => new MetaEntry(f.Width, f.Height, f.Format, FileName(f))).ToList();
        foreach (var (meta, file) in files.Zip(encoded.Files))
        {
            File.WriteAllBytes(Path.Combine(entry, meta.Name), file.Bytes);
        }

        var temporary = Path.Combine(entry, MetaFile + ".tmp");
        File.WriteAllText(temporary, JsonSerializer.Serialize(new Meta(encoded.Width, encoded.Height, encoded.HasAlpha, files)));
        File.Move(temporary, Path.Combine(entry, MetaFile), overwrite: true);
        return Cached(encoded, entry);
    }

    /// <summary>
    /// The sources of the last run: path → size, time, settings and key, so the next process (another
    /// <c>portal build</c>) need not read and hash a photo whose size and time did not change, the same
    /// trust the engine gives a document's size and time.
    /// </summary>
    public Dictionary<string, SourceStamp> ReadSources()
    {
        try
        {
            return _folder is not null && JsonSerializer.Deserialize<Dictionary<string, SourceStamp>>(File.ReadAllText(Path.Combine(_folder, SourcesFile))) is { } read
                ? new Dictionary<string, SourceStamp>(read, StringComparer.Ordinal)
                : new Dictionary<string, SourceStamp>(StringComparer.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return new Dictionary<string, SourceStamp>(StringComparer.Ordinal);
        }
    }

    public void WriteSources(IReadOnlyDictionary<string, SourceStamp> sources)
    {
        if (_folder is null)
        {
            return;
        }

        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, SourcesFile);
        File.WriteAllText(path + ".tmp", JsonSerializer.Serialize(sources));
        File.Move(path + ".tmp", path, overwrite: true);
    }

    /// <summary>
    /// Removes the entries no image of this build uses (an image replaced or deleted, old settings). Only
    /// folders named like a key and holding <c>image.json</c>: nothing this cache did not write.
    /// </summary>
    public void Prune(IReadOnlySet<string> used)
    {
        if (_folder is null || !Directory.Exists(_folder))
        {
            return;
        }

        foreach (var entry in Directory.EnumerateDirectories(_folder))
        {
            var name = Path.GetFileName(entry);
            if (name.Length == 32 && name.All(char.IsAsciiHexDigitLower) && !used.Contains(name) && File.Exists(Path.Combine(entry, MetaFile)))
            {
                try
                {
                    Directory.Delete(entry, recursive: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Left for the next build: a stale entry only takes space.
                }
            }
        }
    }

    private static CachedImage Cached(EncodedImage encoded, string? entry) =>
        new(encoded.Width, encoded.Height, encoded.HasAlpha, [.. encoded.Files.Select(f => entry is null
            ? new CachedFile(f.Width, f.Height, f.Format, null, f.Bytes)
            : new CachedFile(f.Width, f.Height, f.Format, Path.Combine(entry, FileName(f)), null))]);

    private static string FileName(EncodedFile f) => $"{f.Width}-{f.Format.ToString().ToLowerInvariant()}";

    private sealed record Meta(int Width, int Height, bool HasAlpha, List<MetaEntry> Files);

    private sealed record MetaEntry(int Width, int Height, ImageFormat Format, string Name);
}

/// <summary>What a source file looked like when it was given <see cref="Key"/>: its size, its time and the settings.</summary>
public sealed record SourceStamp(long Length, long ModifiedTicks, string Settings, string Key);

/// <summary>An image as the cache holds it: each file on disk (<see cref="CachedFile.Path"/>) or in memory.</summary>
public sealed record CachedImage(int Width, int Height, bool HasAlpha, IReadOnlyList<CachedFile> Files);

public sealed record CachedFile(int Width, int Height, ImageFormat Format, string? Path, byte[]? Bytes);
