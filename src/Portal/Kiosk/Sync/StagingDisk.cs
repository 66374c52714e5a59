using Portal.Platform;
namespace Portal.Kiosk.Sync;

/// <summary>
/// The kiosk's disk as a sync writes to it: free space, hard links and the streams staged files are
/// written through. Tests subclass it to simulate a full disk (ENOSPC on a write cannot be produced
/// without mounting a tiny file system, which needs root) or a file system without hard links.
/// </summary>
internal class StagingDisk
{
    public static readonly StagingDisk Local = new();

    /// <summary>Bytes an unprivileged process may still write on the volume holding <paramref name="folder"/> (statvfs).</summary>
    public virtual long AvailableBytes(string folder) => new DriveInfo(folder).AvailableFreeSpace;

    /// <summary>Makes <paramref name="link"/> a second name of <paramref name="existing"/>; false when the file system cannot.</summary>
    public virtual bool TryHardLink(string existing, string link) => Native.TryLink(existing, link);

    public virtual Stream OpenWrite(string path, bool append) =>
        new FileStream(path, append ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
}
