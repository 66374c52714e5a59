using System.Globalization;

namespace Portal.Kiosk.Sync;

/// <summary>
/// Checks before the first byte is written that the kiosk's disk can hold the update: the bytes still to
/// fetch, the bytes to reuse when hard links are not possible (they are then copied), the manifest, and
/// a margin so the kiosk (its browser cache, its logs) is not left at 0 bytes free even on success.
/// </summary>
internal static class DiskSpace
{
    /// <summary>Left free on top of the update.</summary>
    public const long Margin = 16L << 20;

    public static void Check(SiteVersions site, StagingDisk disk, long fetchBytes, long reuseBytes, long manifestBytes)
    {
        var links = CanHardLink(site, disk);
        var need = fetchBytes + (links ? 0 : reuseBytes) + manifestBytes + Margin;
        var available = disk.AvailableBytes(site.Root);
        if (available >= need)
        {
            return;
        }

        var parts = $"下载 {Bytes(fetchBytes)}" + (links ? "" : $"、复制未变文件 {Bytes(reuseBytes)}（此文件系统不支持硬链接）") + $"、余量 {Bytes(Margin)}";
        throw new KioskException(KioskFailure.WriteFailed,
            $"磁盘空间不足，未开始更新：需要 {Bytes(need)}（{parts}），{site.Root} 所在磁盘只有 {Bytes(available)} 可用。当前版本未改动；请清理磁盘后重试。");
    }

    /// <summary>
    /// Tries one hard link in the versions folder (same file system as every version), to a fresh file:
    /// not to the lock file, which Windows would refuse to link while it is held open.
    /// </summary>
    private static bool CanHardLink(SiteVersions site, StagingDisk disk)
    {
        var source = Path.Combine(site.Root, ".link-probe-source");
        var probe = Path.Combine(site.Root, ".link-probe");
        File.Delete(probe);
        File.WriteAllBytes(source, []);
        var works = disk.TryHardLink(source, probe);
        File.Delete(probe);
        File.Delete(source);
        return works;
    }

    private static string Bytes(long n) => n.ToString("N0", CultureInfo.InvariantCulture) + " 字节" + (n >= 1 << 20 ? "（" + (n / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB）" : "");
}
