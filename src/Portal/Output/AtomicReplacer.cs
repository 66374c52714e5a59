using System.Collections.Concurrent;
using Microsoft.Win32.SafeHandles;
using Portal.Platform;

namespace Portal.Output;

/// <summary>
/// Replaces files in a folder that readers use meanwhile (serve's output): each file in one step, so a reader
/// sees the old bytes or the new, never half of them, and without a new inode per file where the system
/// allows it. One instance per batch of writes, from any number of threads; <see cref="Dispose"/> deletes the
/// spare files it still holds.
/// </summary>
/// <remarks>
/// The plain way, a temporary file renamed over the target, frees the target's old inode each time. On ext4
/// without a journal (this project's benchmark machine) every later file creation checks, one by one, each
/// inode freed in the last minute (the kernel's <c>recently_deleted</c>), so a batch slows down the more it
/// has written: replacing the same 12,000 files of 20 KB twice in a row took 6.1 and 9.7 s that way, against
/// 0.3 s this way (a Python loop doing either, on this machine). Here the new bytes go into a spare file, which
/// then trades places with the target (<see cref="Native.TryExchange"/>): the target has the new bytes, the
/// spare the old inode, and the next write fills that spare again. Only a spare nobody else can see is filled
/// again (<see cref="Native.NobodyElseCanSee"/>: no other name, no other open file), so a reader that opened
/// the old file just before the swap goes on reading the old bytes, and a hard link elsewhere keeps its
/// content; any other spare is deleted, as the plain way would have.
/// Where the exchange is unsupported, or for a new file, the spare is simply renamed onto the target.
/// </remarks>
internal sealed class AtomicReplacer : IDisposable
{
    /// <summary>The temporary file beside its target: recognisably the tool's own if a run is interrupted.</summary>
    public const string TemporarySuffix = ".portal-tmp";

    // Decided once: an exchange is only worth it where what it brings back can be looked at (statx).
    private static readonly bool Recycles = Native.StatusOf(Path.GetTempPath()) is not null;

    private readonly ConcurrentBag<string> _spares = [];

    // The permissions a file this replacer creates gets (the process's umask); -1 until it made one. Only a
    // spare with these is filled again, so no page inherits another file's mode.
    private int _newFileMode = -1;

    /// <summary>One file replaced on its own (a manifest, a record): no batch to hand its old inode to.</summary>
    public static void ReplaceOne(string path, ReadOnlySpan<byte> bytes)
    {
        using var replacer = new AtomicReplacer();
        replacer.Replace(path, bytes);
    }

    public void Replace(string path, ReadOnlySpan<byte> bytes)
    {
        var temporary = ReusableSpare() is var (spare, handle) ? Refill(spare, handle, bytes) : NewBeside(path, bytes);
        try
        {
            if (Recycles && Native.TryExchange(temporary, path))
            {
                KeepAsSpare(temporary, path);
                return;
            }

            // A new file, perhaps in a new folder, or no exchange on this system. A spare from another folder
            // is not moved there: across a mount, File.Move copies, and a reader could see half a copy.
            if (temporary != path + TemporarySuffix)
            {
                DeleteOurs(temporary);
                temporary = NewBeside(path, bytes);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            DeleteOurs(temporary);
            throw;
        }
    }

    public void Dispose()
    {
        while (_spares.TryTake(out var spare))
        {
            DeleteOurs(spare);
        }
    }

    /// <summary>Deletes a temporary file or spare of this replacer's, quietly: a failure of its own is not the one to report, and File.Delete never removes a folder.</summary>
    private static void DeleteOurs(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left under its .portal-tmp name, which says whose it is.
        }
    }

    private static string Refill(string spare, SafeFileHandle handle, ReadOnlySpan<byte> bytes)
    {
        using (handle)
        {
            RandomAccess.Write(handle, bytes, 0);
            RandomAccess.SetLength(handle, bytes.Length);
        }

        return spare;
    }

    private string NewBeside(string path, ReadOnlySpan<byte> bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + TemporarySuffix;
        NewFile.Write(temporary, bytes);
        if (_newFileMode < 0 && OperatingSystem.IsLinux())
        {
            _newFileMode = (int)File.GetUnixFileMode(temporary);
        }

        return temporary;
    }

    /// <summary>
    /// After the exchange, <paramref name="spare"/> holds what was at <paramref name="path"/>. An exchange
    /// swaps anything, where a rename over the path only replaces a file, a link or a pipe: a folder, or
    /// anything that cannot be looked at, goes back where it was and the write fails as the rename would
    /// have; only a plain file with no other name and the permissions of a new file is kept to fill again;
    /// anything else (a link, which opening would write through; a pipe; another file's permissions) is
    /// deleted, as the rename would have.
    /// </summary>
    private void KeepAsSpare(string spare, string path)
    {
        switch (Native.StatusOf(spare))
        {
            case { Kind: FileKind.Plain, Links: 1 } old when (int)old.Mode == _newFileMode:
                _spares.Add(spare);
                return;
            case null or { Kind: FileKind.Folder }:
                if (!Native.TryExchange(spare, path))
                {
                    throw new IOException($"无法写入 {path}：该位置不是文件，它现在位于 {spare}。");
                }

                throw new IOException($"无法写入 {path}：该位置是一个文件夹。");
            default:
                DeleteOurs(spare);
                return;
        }
    }

    private (string Path, SafeFileHandle Handle)? ReusableSpare()
    {
        while (_spares.TryTake(out var spare))
        {
            try
            {
                // Not FileShare.None: .NET would refuse the file for a reader in this process; the lease tells instead.
                var handle = File.OpenHandle(spare, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
                if (Native.NobodyElseCanSee(handle))
                {
                    return (spare, handle);
                }

                handle.Dispose();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Gone, or no longer ours to write: not worth failing an unrelated page for.
            }

            DeleteOurs(spare);
        }

        return null;
    }
}
