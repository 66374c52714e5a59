using System.IO.Compression;

namespace Portal.Kiosk.Packaging;

/// <summary>What packing produced.</summary>
public sealed record PackResult(string ZipPath, KioskManifest Manifest, long ZipBytes);

/// <summary>
/// Packs a built kiosk site folder into a zip: <c>manifest.json</c> first, then every file at the
/// same relative path. Unzipped, the archive is exactly what <c>portal sync</c> accepts from a folder
/// or a URL. The zip is written beside its destination and renamed into place, so a failed pack never
/// leaves a half-written zip under the final name. Entry times are fixed: the same site packs to the
/// same bytes.
/// </summary>
public static class KioskPackage
{
    private static readonly DateTimeOffset EntryTime = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    // Already compressed: deflating them again costs time and gains nothing.
    private static readonly HashSet<string> Stored = new(StringComparer.OrdinalIgnoreCase)
    {
        ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".pdf", ".zip", ".gz", ".woff", ".woff2", ".mp3", ".mp4", ".docx", ".xlsx",
    };

    public static PackResult Pack(string siteDir, string zipPath)
    {
        var root = Path.GetFullPath(siteDir);
        var zip = Path.GetFullPath(zipPath);
        if (zip.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new KioskException(KioskFailure.NotFound, $"压缩包 {zipPath} 不能放在要打包的目录 {siteDir} 里面。");
        }

        var manifest = KioskManifest.FromFolder(root);
        WindowsPaths.Check(manifest, WindowsPaths.AssumedInstallRoot); // most kiosks run Windows: refuse now, not on the kiosk
        var directory = Path.GetDirectoryName(zip)!;
        if (!Directory.Exists(directory))
        {
            throw new KioskException(KioskFailure.NotFound, $"找不到输出目录 {directory}。");
        }

        var temp = Path.Combine(directory, "." + Path.GetFileName(zip) + "." + Environment.ProcessId + ".tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
            using (var archive = new ZipArchive(stream, ZipArchiveMode.Create))
            {
                var head = archive.CreateEntry(KioskManifest.FileName, CompressionLevel.Optimal);
                head.LastWriteTime = EntryTime;
                using (var writer = new StreamWriter(head.Open()))
                {
                    writer.Write(manifest.ToJson());
                }

                foreach (var file in manifest.Files)
                {
                    AddVerified(archive, root, file);
                }
            }

            File.Move(temp, zip, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }

        return new PackResult(zip, manifest, new FileInfo(zip).Length);
    }

    /// <summary>Copies one file into the zip, checking that it still has the hash the manifest recorded.</summary>
    private static void AddVerified(ZipArchive archive, string root, Portal.Output.ManifestEntry file)
    {
        var level = Stored.Contains(Path.GetExtension(file.Path)) ? CompressionLevel.NoCompression : CompressionLevel.Optimal;
        var entry = archive.CreateEntry(file.Path, level);
        entry.LastWriteTime = EntryTime;
        using var source = File.OpenRead(ManifestPath.Under(root, file.Path));
        using var hashing = new HashingStream(source);
        using (var target = entry.Open())
        {
            hashing.CopyTo(target);
        }

        if (hashing.Length != file.Size || hashing.Hash() != file.Sha256)
        {
            throw new KioskException(KioskFailure.Rejected, $"{file.Path} 在打包过程中被修改，请在构建完成后再打包。");
        }
    }
}
