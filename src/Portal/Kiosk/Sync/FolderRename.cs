using Portal.Platform;
namespace Portal.Kiosk.Sync;

/// <summary>
/// Renames a folder and flushes, so the rename is on disk before the next step. On Windows a rename of
/// the live folder fails while another program (the browser, an antivirus scan) holds a file in it open
/// without delete sharing; such locks are usually brief, so it is retried a few times there.
/// </summary>
internal static class FolderRename
{
    private const int WindowsAttempts = 6;

    public static void Move(string from, string to)
    {
        var delay = TimeSpan.FromMilliseconds(100);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Directory.Move(from, to);
                Native.FlushFileSystems();
                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException && OperatingSystem.IsWindows() && attempt < WindowsAttempts && Directory.Exists(from) && !Directory.Exists(to))
            {
                Thread.Sleep(delay);
                delay *= 2;
            }
        }
    }
}
