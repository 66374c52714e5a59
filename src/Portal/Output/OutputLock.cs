using System.Diagnostics;
using System.Globalization;

namespace Portal.Output;

/// <summary>
/// One writer per output folder at a time, across processes: <c>portal build</c>, the nightly rebuild and
/// <c>portal serve</c> all take it before touching the folder. It is an operating-system lock on an open
/// lock file beside the output (<see cref="OutputFolder.LockFile"/>, FileShare.None: flock on Unix, a
/// sharing lock on Windows), so it disappears with the process that held it: a lock file left by a
/// crashed run never blocks anyone. The file is removed again on release (Linux, Windows). Hand-written
/// on the BCL's own file locking because that is all it takes; a lock library would add a dependency for
/// the same flock call.
/// </summary>
public sealed class OutputLock : IDisposable
{
    /// <summary>How long a second build waits for the first; <c>PORTAL_OUTPUT_LOCK_WAIT</c> (seconds) shortens it for tests.</summary>
    public static TimeSpan Wait =>
        int.TryParse(Environment.GetEnvironmentVariable("PORTAL_OUTPUT_LOCK_WAIT"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : TimeSpan.FromSeconds(30);

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    // Deleting the file on release races with a waiter that opened it just before: the waiter would then
    // lock a file no longer at the path while a third run creates and locks a new one. Linux shows an
    // unlinked open file as "(deleted)" in /proc, so the waiter can tell and retry; Windows refuses to open
    // a file that is being deleted. Elsewhere (macOS) the small file is left in place.
    private static readonly bool CanSeeUnlinked = OperatingSystem.IsLinux() && Directory.Exists("/proc/self/fd");

    private readonly FileStream _stream;

    private OutputLock(OutputFolder folder, FileStream stream)
    {
        Folder = folder;
        _stream = stream;
    }

    public OutputFolder Folder { get; }

    /// <summary>
    /// Takes the lock, waiting up to <paramref name="wait"/> while another run holds it. Null when it stayed
    /// busy; <paramref name="problem"/> then says so in Chinese, naming the folder.
    /// </summary>
    public static OutputLock? Acquire(OutputFolder folder, TimeSpan wait, out string? problem)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                Directory.CreateDirectory(folder.Parent);
                if (TryOpen(folder.LockFile) is { } stream)
                {
                    problem = null;
                    return new OutputLock(folder, stream);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problem = $"无法在 {folder.Parent} 创建锁文件 {Path.GetFileName(folder.LockFile)}：{e.Message}";
                return null;
            }

            if (clock.Elapsed >= wait)
            {
                problem = $"输出目录 {folder.Path} 正被另一个 portal 构建或预览写入，等待 {wait.TotalSeconds:0} 秒后仍未结束。请等它完成后再试（锁文件：{folder.LockFile}）。";
                return null;
            }

            Thread.Sleep(Poll);
        }
    }

    public void Dispose()
    {
        try
        {
            if (CanSeeUnlinked)
            {
                // Still holding the lock, so nobody else is using the file.
                File.Delete(Folder.LockFile);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left in place it is harmless: only an open handle locks.
        }
        finally
        {
            _stream.Dispose();
        }
    }

    /// <summary>The locked stream, or null when another run holds the lock (or held it and removed the file meanwhile).</summary>
    private static FileStream? TryOpen(string path)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, OperatingSystem.IsWindows() ? FileOptions.DeleteOnClose : FileOptions.None);
        }
        catch (Exception e) when (e is IOException && IsHeldByOther(e) || e is UnauthorizedAccessException && OperatingSystem.IsWindows())
        {
            return null;
        }

        if (CanSeeUnlinked && IsUnlinked(stream))
        {
            stream.Dispose();
            return null;
        }

        try
        {
            // Who holds it, for a person looking at the file.
            stream.SetLength(0);
            stream.Write(System.Text.Encoding.UTF8.GetBytes($"portal {Environment.ProcessId}\n"));
            stream.Flush();
            return stream;
        }
        catch
        {
            // A full disk: let go of the handle at once, or it would block this process's next try.
            stream.Dispose();
            throw;
        }
    }

    private static bool IsUnlinked(FileStream stream) =>
        new FileInfo("/proc/self/fd/" + stream.SafeFileHandle.DangerousGetHandle()).LinkTarget?.EndsWith(" (deleted)", StringComparison.Ordinal) == true;

    /// <summary>A sharing violation: the file is open with FileShare.None elsewhere (Windows HRESULT 0x20, Unix EWOULDBLOCK).</summary>
    private static bool IsHeldByOther(Exception e) => e is IOException io && (io.HResult & 0xFFFF) is 0x20 or 11 or 35;
}
