using System.IO.Enumeration;
using System.IO.Hashing;

namespace Portal.UpToDate;

/// <summary>
/// Every file under the folders a build reads, with the hash of its bytes. A file whose size and time are
/// what the last record saw keeps the hash it had (the way git's index trusts a file's stat data), so a
/// check with nothing changed reads directories, not 80 MB of Markdown.
/// </summary>
public static class SourceFiles
{
    // A file written in the same timestamp tick as the moment it was hashed can change again without its
    // size or time moving (git's "racily clean" case): such a file is hashed again at the next check.
    private static readonly TimeSpan Racy = TimeSpan.FromSeconds(2);

    private static readonly EnumerationOptions Everything = new() { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };

    /// <param name="roots">The folders (missing ones are skipped; a folder inside another is read once).</param>
    /// <param name="known">The files of the last record, hashed before <paramref name="knownAt"/> (UTC).</param>
    public static IReadOnlyList<SourceFile> Read(IEnumerable<string> roots, IReadOnlyList<SourceFile> known, DateTime knownAt)
    {
        var cache = known.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var trustedBefore = knownAt.Ticks - Racy.Ticks;
        var entries = roots.Where(Directory.Exists)
            .SelectMany(Stat)
            .DistinctBy(e => e.Path, StringComparer.Ordinal)
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ToList();
        return entries.AsParallel().AsOrdered()
            .Select(e => cache.TryGetValue(e.Path, out var k) && k.Size == e.Size && k.Ticks == e.Ticks && e.Ticks < trustedBefore
                ? k
                : e with { Hash = Hash(e.Path) })
            .ToList();
    }

    /// <summary>
    /// Size and time from the directory listing itself: one system call per folder, not one per file.
    /// Hand-written on <see cref="FileSystemEnumerable{TResult}"/> because FileInfo would stat each file again.
    /// </summary>
    private static FileSystemEnumerable<SourceFile> Stat(string root) =>
        new(Path.GetFullPath(root), (ref FileSystemEntry e) => new SourceFile(e.ToFullPath(), e.Length, e.LastWriteTimeUtc.UtcTicks, ""), Everything)
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory,
        };

    // XxHash128: the check only has to notice a change, not resist a forger (whoever can write input/ can
    // change the site anyway), and it hashes at memory speed where SHA-256 would add a noticeable part of
    // a second to every full build of the 10k corpus.
    private static string Hash(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16);
        var hash = new XxHash128();
        hash.Append(stream);
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }
}
