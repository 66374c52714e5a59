using System.Text.Json;
using Portal.Diagnostics;
using Portal.Output;

namespace Portal.UpToDate;

/// <summary>
/// What the last clean <c>portal build</c> was made from and what it told its caller, kept in the cache
/// folder beside the output (<c>.NAME.portal-cache/build.json</c>, never inside the published site). The
/// next build compares against it before any stage runs: same tool, options and source bytes, a "now" in
/// the same window, and the output as it was left, and there is nothing to do.
/// </summary>
/// <param name="Key">Hash of the tool's build, the options and every source file's path and hash.</param>
/// <param name="HashedAt">When (UTC) the source hashes were taken; see <see cref="SourceFiles"/>.</param>
/// <param name="Manifest">Size and time of <c>portal-manifest.json</c> as this build wrote it: any later publish rewrites it.</param>
/// <param name="WrittenAt">When (UTC) the output was complete; a file changed in it since is newer.</param>
public sealed record BuildRecord(
    string Key,
    DateTime HashedAt,
    IReadOnlyList<SourceFile> Sources,
    NowWindow Window,
    FileStamp Manifest,
    DateTime WrittenAt,
    int FileCount,
    IReadOnlyDictionary<string, int> PagesByKind,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    public const string FileName = "build.json";

    /// <summary>The record in <paramref name="cacheFolder"/>; null when there is none or it cannot be read (an older tool's, a torn write).</summary>
    public static BuildRecord? Read(string cacheFolder)
    {
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllBytes(Path.Combine(cacheFolder, FileName)), RecordJson.Default.BuildRecord);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Replaces the record atomically (a torn record would only cost a full build, but reads as garbage).</summary>
    public void Write(string cacheFolder)
    {
        Directory.CreateDirectory(cacheFolder);
        var path = Path.Combine(cacheFolder, FileName);
        AtomicReplacer.ReplaceOne(path, JsonSerializer.SerializeToUtf8Bytes(this, RecordJson.Default.BuildRecord));
    }

    /// <summary>Removes the record, so an output changed by other means is never taken for this build's.</summary>
    public static void Forget(string cacheFolder)
    {
        try
        {
            File.Delete(Path.Combine(cacheFolder, FileName));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A record that stays describes an output whose manifest has since been rewritten: it no longer matches.
        }
    }
}
