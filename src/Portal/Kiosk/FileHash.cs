using System.Security.Cryptography;
using Portal.Output;

namespace Portal.Kiosk;

/// <summary>Streaming SHA-256 of files on disk, lowercase hex like <see cref="BuildManifest.Hash"/>.</summary>
public static class FileHash
{
    public static string Sha256(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>True when the file exists with exactly the entry's size and hash (size first: cheap).</summary>
    public static bool Matches(string path, ManifestEntry entry) =>
        new FileInfo(path) is { Exists: true } info && info.Length == entry.Size && Sha256(path) == entry.Sha256;
}
