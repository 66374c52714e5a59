namespace Portal.Output;

/// <summary>
/// A file's size and modification time (UTC ticks): how a build tells, without reading it, that a file it
/// wrote (the manifest above all) is still the one it wrote.
/// </summary>
public readonly record struct FileStamp(long Size, long Ticks)
{
    public static FileStamp? Of(string path) =>
        new FileInfo(path) is { Exists: true } info ? new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks) : null;
}
