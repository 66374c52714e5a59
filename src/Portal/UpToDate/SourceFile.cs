namespace Portal.UpToDate;

/// <summary>
/// One file a build reads (under input/ or the theme), as the build record keeps it: the hash of its
/// bytes, and the size and modification time that let the next check trust that hash without reading the
/// file again.
/// </summary>
public sealed record SourceFile(string Path, long Size, long Ticks, string Hash);
