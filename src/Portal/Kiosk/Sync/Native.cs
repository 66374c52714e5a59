using System.Runtime.InteropServices;

namespace Portal.Kiosk.Sync;

/// <summary>
/// The two POSIX calls the switch needs. <c>rename(2)</c> replaces a symbolic link with another in one
/// step (File.Move would follow the link to the directory); <c>sync(2)</c> makes the new version durable
/// before the link points at it, so a power cut never leaves a link to half-written files.
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

    public static void FlushFileSystems() => sync();

    [DllImport("libc", SetLastError = true)]
    private static extern int rename([MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath);

    [DllImport("libc")]
    private static extern void sync();
}
