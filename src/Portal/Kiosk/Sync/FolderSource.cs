using Portal.Output;

namespace Portal.Kiosk.Sync;

/// <summary>
/// A folder, typically on a USB stick: an unzipped package (with <c>manifest.json</c>) or a built
/// kiosk site as <c>portal build --kiosk</c> left it (the manifest is then computed by hashing it).
/// </summary>
public sealed class FolderSource(string folder) : ISyncSource
{
    private readonly string _root = Path.GetFullPath(folder);

    public string Display => folder;

    public Task<KioskManifest> ReadManifestAsync(CancellationToken cancel)
    {
        var path = Path.Combine(_root, KioskManifest.FileName);
        try
        {
            return Task.FromResult(File.Exists(path) ? KioskManifest.Parse(File.ReadAllBytes(path), path) : KioskManifest.FromFolder(_root));
        }
        catch (IOException e)
        {
            throw new KioskException(KioskFailure.TransferFailed, $"读取 {folder} 失败：{e.Message}", e);
        }
    }

    public async Task FetchAsync(ManifestEntry file, PartFile part, Action<long> transferred, CancellationToken cancel)
    {
        var path = ManifestPath.Under(_root, file.Path);
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new KioskException(KioskFailure.Rejected, $"来源 {folder} 中缺少清单列出的文件 {file.Path}。");
        }

        if (info.LinkTarget is not null)
        {
            throw new KioskException(KioskFailure.Rejected, $"来源中的 {file.Path} 是符号链接，出于安全考虑不复制。");
        }

        try
        {
            await using var from = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
            await using var to = part.OpenWrite(append: false);
            await CappedCopy.CopyAsync(from, to, file.Size, transferred, cancel);
        }
        catch (IOException e)
        {
            throw new KioskException(KioskFailure.TransferFailed, $"读取来源文件 {path} 失败：{e.Message}", e);
        }
    }

    public void Dispose()
    {
    }
}
