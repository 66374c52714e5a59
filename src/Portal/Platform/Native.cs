using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Portal.Platform;

/// <summary>
/// The POSIX calls .NET does not offer, for kiosk sync and for replacing output files in place. <c>rename(2)</c> replaces a symbolic link with
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
    /// False where unsupported (older kernels, some file systems, macOS) or when either path is missing.
    /// </summary>
    public static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return renameat2(AtFdCwd, a, AtFdCwd, b, RenameExchange) == 0;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>What is at <paramref name="path"/> (a link is not followed); null where <c>statx</c> is unavailable (other systems, old kernels or C libraries) or fails.</summary>
    public static FileStatus? StatusOf(string path) => OperatingSystem.IsLinux() ? Statx(AtFdCwd, path, NoFollow) : null;

    /// <summary>
    /// True when nothing but <paramref name="handle"/> can see its file: it has no other name (link count 1,
    /// <c>statx</c>) and no other open file refers to it (Linux grants a write lease only then,
    /// <c>fcntl(F_SETLEASE)</c>; the lease is dropped at once, it is only the question). False where either
    /// is unsupported (other systems, some file systems), so callers assume somebody may be reading.
    /// </summary>
    public static bool NobodyElseCanSee(SafeFileHandle handle)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        var fd = (int)handle.DangerousGetHandle();
        if (Statx(fd, "", EmptyPath) is not { Links: 1 })
        {
            return false;
        }

        // Somebody opening the file while the lease is held breaks it, and the kernel signals the holder:
        // SIGIO by default, which would end the process; SIGURG is ignored unless handled.
        if (fcntl(fd, SetSignal, SignalUrgent) != 0 || fcntl(fd, SetLease, WriteLease) != 0)
        {
            return false;
        }

        _ = fcntl(fd, SetLease, Unlock);
        return true;
    }

    private static FileStatus? Statx(int dirFd, string path, int flags)
    {
        Span<byte> status = stackalloc byte[StatxSize];
        try
        {
            if (statx(dirFd, path, flags, StatxTypeModeLinks, ref status[0]) != 0)
            {
                return null;
            }
        }
        catch (EntryPointNotFoundException)
        {
            return null;
        }

        var mode = BitConverter.ToUInt16(status[StatxModeOffset..]);
        var kind = (mode & FileTypeMask) switch
        {
            RegularFile => FileKind.Plain,
            DirectoryFile => FileKind.Folder,
            SymbolicLink => FileKind.Link,
            _ => FileKind.Other,
        };
        return new FileStatus(kind, (UnixFileMode)(mode & 0xFFF), BitConverter.ToUInt32(status[StatxLinkCountOffset..]));
    }

    // struct statx is laid out the same on every Linux architecture (unlike struct stat).
    private const int StatxSize = 256;
    private const int StatxLinkCountOffset = 16;
    private const int StatxModeOffset = 28;
    private const uint StatxTypeModeLinks = 0x1 | 0x2 | 0x4;
    private const int EmptyPath = 0x1000;
    private const int NoFollow = 0x100;
    private const int FileTypeMask = 0xF000;
    private const int RegularFile = 0x8000;
    private const int DirectoryFile = 0x4000;
    private const int SymbolicLink = 0xA000;

    [DllImport("libc", SetLastError = true)]
    private static extern int statx(int dirFd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, ref byte status);

    private const int SetSignal = 10;
    private const int SetLease = 1024;
    private const int WriteLease = 1;
    private const int Unlock = 2;
    private const int SignalUrgent = 23;

    [DllImport("libc", SetLastError = true)]
    private static extern int fcntl(int fd, int command, nint argument);

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

/// <summary>What a path names, as <c>statx</c> tells it without following a link.</summary>
internal readonly record struct FileStatus(FileKind Kind, UnixFileMode Mode, uint Links);

internal enum FileKind
{
    Plain,
    Folder,
    Link,
    Other,
}
