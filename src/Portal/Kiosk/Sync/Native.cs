using System.Runtime.InteropServices;

namespace Portal.Kiosk.Sync;

/// <summary>
/// The POSIX calls sync needs and .NET does not offer. <c>rename(2)</c> replaces a symbolic link with
/// another in one step (File.Move would follow the link to the directory); <c>sync(2)</c> makes the new
/// version durable before the link points at it, so a power cut never leaves a link to half-written
/// files; <c>link(2)</c> gives an unchanged file a second name in the new version instead of a copy.
/// On Windows (rename switch only) hard links come from <c>CreateHardLinkW</c>, and there is no
/// <c>sync(2)</c>: the journal and the previous-version record are flushed file by file instead
/// (<see cref="FileStream.Flush(bool)"/>), and NTFS journals the folder renames themselves.
/// </summary>
internal static class Native
{
    public static void Rename(string from, string to)
    {
        if (rename(from, to) != 0)
        {
            throw new IOException($"rename {from} → {to} 失败（errno {Marshal.GetLastPInvokeError()}）");
        }
    }

    public static void FlushFileSystems()
    {
        if (!OperatingSystem.IsWindows())
        {
            sync();
        }
    }

    /// <summary>
    /// Creates a hard link; false on any failure (EPERM/ENOTSUP on FAT or exFAT, EMLINK, EXDEV, even
    /// ENOSPC), after which the caller copies instead. A copy on a full disk then fails with an honest
    /// write error naming the file, so nothing is lost by not telling the reasons apart here.
    /// </summary>
    public static bool TryLink(string existing, string link) =>
        OperatingSystem.IsWindows() ? CreateHardLinkW(link, existing, IntPtr.Zero) : link_(existing, link) == 0;

    [DllImport("libc", SetLastError = true)]
    private static extern int rename([MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath);

    /// <summary>
    /// Swaps two paths in one step (Linux <c>renameat2(RENAME_EXCHANGE)</c>, since 3.15 / glibc 2.28):
    /// a plain site folder and a new link to a version trade places with no moment without a site.
    /// False where unsupported (older kernels, some file systems, macOS); the caller then moves and links.
    /// </summary>
    public static bool TryExchange(string a, string b)
    {
        try
        {
            return renameat2(AtFdCwd, a, AtFdCwd, b, RenameExchange) == 0;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;

    [DllImport("libc")]
    private static extern void sync();

    [DllImport("libc", SetLastError = true)]
    private static extern int renameat2(int oldDirFd, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, int newDirFd, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);

    [DllImport("kernel32", CharSet = CharSet.Unicode, SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static extern bool CreateHardLinkW(string link, string existing, IntPtr securityAttributes);

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int link_([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string link);
}
