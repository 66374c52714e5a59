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

        return KioskManifest.Parse(buffer.ToArray(), _path + "!" + KioskManifest.FileName);
    }

    public async Task FetchAsync(ManifestEntry file, string partPath, Action<long> transferred, CancellationToken cancel)
    {
        if (!_entries.TryGetValue(file.Path, out var entry))
        {
            throw new KioskException(KioskFailure.Rejected, $"压缩包 {_path} 中缺少清单列出的文件 {file.Path}。");
        }

        try
        {
            await using var from = await entry.OpenAsync(cancel);
            await using var to = new FileStream(partPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
            await CappedCopy.CopyAsync(from, to, file.Size, transferred, cancel);
        }
        catch (InvalidDataException e)
        {
            throw new KioskException(KioskFailure.Rejected, $"压缩包中的 {file.Path} 已损坏：{e.Message}", e);
        }
        catch (IOException e)
        {
            throw new KioskException(KioskFailure.TransferFailed, $"读取压缩包 {_path} 失败：{e.Message}", e);
        }
    }

    public void Dispose() => _archive.Dispose();
}
