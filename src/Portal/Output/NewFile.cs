using Microsoft.Win32.SafeHandles;

namespace Portal.Output;

/// <summary>Writes a file that should not exist yet: one in a fresh staging folder, or a temporary beside its target.</summary>
/// <remarks>
/// Not <see cref="File.WriteAllBytes(string, byte[])"/>: it opens with <see cref="FileMode.Create"/>, for which .NET
/// truncates the file after opening it (ftruncate to 0), and ext4 (auto_da_alloc, on by default) marks a file
/// truncated to zero to have its data pushed to the disk when it is closed: one forced write-out per page, where
/// a created file's data is written back later in large batches.
/// </remarks>
internal static class NewFile
{
    public static void Write(string path, ReadOnlySpan<byte> bytes)
    {
        SafeFileHandle handle;
        try
        {
            handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Left behind by an interrupted run: replace it the ordinary way.
            File.WriteAllBytes(path, bytes);
            return;
        }

        using (handle)
        {
            RandomAccess.Write(handle, bytes, 0);
        }
    }
}
