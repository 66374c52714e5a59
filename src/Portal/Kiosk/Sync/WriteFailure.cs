namespace Portal.Kiosk.Sync;

/// <summary>
/// Turns an <see cref="IOException"/> from writing to the kiosk's disk into a
/// <see cref="KioskFailure.WriteFailed"/> naming the file. Sources catch <see cref="IOException"/> as a
/// failed read or a dropped connection (and HTTP retries those); a full disk must not be blamed on the
/// zip or retried four times.
/// </summary>
internal static class WriteFailure
{
    private const int Enospc = 28;
    private const int Edquot = 122;
    private const int ErrorDiskFull = unchecked((int)0x80070070);
    private const int ErrorHandleDiskFull = unchecked((int)0x80070027);

    public static KioskException For(string path, Exception e) =>
        new(KioskFailure.WriteFailed, $"写入 {path} 失败（写入本机磁盘出错，不是来源的问题）：{Reason(e)}", e);

    public static bool IsDiskFull(Exception e) => e.HResult is Enospc or Edquot or ErrorDiskFull or ErrorHandleDiskFull;

    private static string Reason(Exception e) => IsDiskFull(e) ? "磁盘空间不足（" + e.Message + "）" : e.Message;

    /// <summary>Runs a write to <paramref name="path"/>, translating its I/O errors.</summary>
    public static void Guard(string path, Action write)
    {
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw For(path, e);
        }
    }

    /// <inheritdoc cref="Guard(string, Action)"/>
    public static async Task GuardAsync(string path, Func<Task> write)
    {
        try
        {
            await write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw For(path, e);
        }
    }
}
