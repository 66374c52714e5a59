using System.IO.Compression;
using Portal.Output;

namespace Portal.Kiosk.Sync;

/// <summary>
/// A package made by <c>portal pack</c>. Only entries the manifest names are ever read, each through
/// the size cap, so stray or hostile entries in the archive are ignored.
/// </summary>
public sealed class ZipSource : ISyncSource
{
    private readonly string _path;
    private readonly ZipArchive _archive;
    private readonly Dictionary<string, ZipArchiveEntry> _entries = new(StringComparer.Ordinal);

    public ZipSource(string path)
    {
        _path = path;
        try
        {
            _archive = ZipFile.OpenRead(path);
        }
        catch (InvalidDataException e)
        {
            throw new KioskException(KioskFailure.Rejected, $"{path} 不是有效的 zip 压缩包：{e.Message}", e);
        }

        foreach (var entry in _archive.Entries)
        {
            _entries.TryAdd(entry.FullName, entry);
        }
    }

    public string Display => _path;

    public async Task<KioskManifest> ReadManifestAsync(CancellationToken cancel)
    {
        if (!_entries.TryGetValue(KioskManifest.FileName, out var entry))
        {
            throw new KioskException(KioskFailure.Rejected, $"压缩包 {_path} 的根目录没有 {KioskManifest.FileName}，不是 portal pack 生成的更新包。");
        }

        using var buffer = new MemoryStream();
        await using (var stream = await entry.OpenAsync(cancel))
        {
            await CappedCopy.CopyAsync(stream, buffer, KioskManifest.MaxBytes, _ => { }, cancel);
        }

        var manifest = KioskManifest.Parse(buffer.ToArray(), _path + "!" + KioskManifest.FileName);
        foreach (var name in manifest.Files.Select(f => f.Path).Prepend(KioskManifest.FileName))
        {
            if (_entries.TryGetValue(name, out var listed) && NotARegularFile(listed) is { } kind)
            {
                throw new KioskException(KioskFailure.Rejected, $"压缩包 {_path} 中的 {name} 是{kind}，出于安全考虑拒绝这次更新（只接受普通文件），当前版本未改动。");
            }
        }

        return manifest;
    }

    public async Task FetchAsync(ManifestEntry file, PartFile part, Action<long> transferred, CancellationToken cancel)
    {
        if (!_entries.TryGetValue(file.Path, out var entry))
        {
            throw new KioskException(KioskFailure.Rejected, $"压缩包 {_path} 中缺少清单列出的文件 {file.Path}。");
        }

        try
        {
            await using var from = await entry.OpenAsync(cancel);
            await using var to = part.OpenWrite(append: false);
            await CappedCopy.CopyAsync(from, to, file.Size, transferred, cancel);
        }
        catch (InvalidDataException e)
        {
            throw new KioskException(KioskFailure.Rejected, $"压缩包中的 {file.Path} 已损坏：{e.Message}", e);
        }
        catch (IOException e)
        {
            throw new KioskException(KioskFailure.TransferFailed, $"读取压缩包 {_path} 中的 {file.Path} 失败：{e.Message}", e);
        }
    }

    public void Dispose() => _archive.Dispose();

    /// <summary>
    /// What a zip made on Unix says the entry is, from the file-type bits of the mode in the upper half of
    /// its external attributes (<c>zip -y</c> stores a symbolic link as an entry whose bytes are the link
    /// target); null for a regular file or an archive without Unix modes.
    /// </summary>
    private static string? NotARegularFile(ZipArchiveEntry entry)
    {
        const int TypeMask = 0xF000, Regular = 0x8000, Link = 0xA000, Directory = 0x4000;
        var type = (entry.ExternalAttributes >>> 16) & TypeMask;
        return type switch
        {
            0 or Regular => null,
            Link => "符号链接",
            Directory => "目录",
            _ => "特殊文件（设备、管道或套接字）",
        };
    }
}
