using Portal.Output;

namespace Portal.Kiosk.Sync;

/// <summary>How an unchanged file got into the new version.</summary>
internal enum Reuse
{
    /// <summary>The local copy was damaged or unreadable: fetch the file instead.</summary>
    Failed,

    /// <summary>A hard link: no space used, both versions share the bytes.</summary>
    Linked,

    /// <summary>A copy, where the file system has no hard links (FAT, exFAT).</summary>
    Copied,
}

/// <summary>
/// Puts a file that a version already on the kiosk holds into the new one. A hard link costs no space,
/// so an update needs room only for what changed; sharing the inode is safe because sync never writes
/// into a version's files, it only adds new ones and renames. The source is verified first either way.
/// </summary>
internal static class LocalReuse
{
    /// <summary>Files already on the kiosk, by hash: the live version and the previous one (a roll-forward after a rollback costs nothing).</summary>
    public static Dictionary<string, string> Index(string? currentFolder, KioskManifest? current, string? previousFolder)
    {
        var byHash = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string? folder, KioskManifest? manifest)
        {
            if (folder is null || manifest is null)
            {
                return;
            }

            foreach (var file in manifest.Files)
            {
                byHash.TryAdd(file.Sha256, ManifestPath.Under(folder, file.Path));
            }
        }

        Add(currentFolder, current);
        Add(previousFolder, previousFolder is null ? null : KioskManifest.TryRead(previousFolder));
        return byHash;
    }

    public static async Task<Reuse> PlaceAsync(string from, string staged, ManifestEntry file, StagingDisk disk, CancellationToken cancel)
    {
        if (!Matches(from, file))
        {
            return Reuse.Failed;
        }

        var part = new PartFile(staged + ".part", disk);
        part.Delete();
        if (disk.TryHardLink(from, part.Path))
        {
            File.Move(part.Path, staged, overwrite: true);
            return Reuse.Linked;
        }

        // No hard links here: copy. Read errors mean a damaged local copy (fetch instead); write errors
        // come from the part file's stream as WriteFailed and stop the sync with the file named.
        try
        {
            await using var source = new FileStream(from, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
            await using var to = part.OpenWrite(append: false);
            await CappedCopy.CopyAsync(source, to, file.Size, _ => { }, cancel);
        }
        catch (IOException)
        {
            part.Delete();
            return Reuse.Failed;
        }

        if (!FileHash.Matches(part.Path, file))
        {
            part.Delete();
            return Reuse.Failed;
        }

        File.Move(part.Path, staged, overwrite: true);
        return Reuse.Copied;
    }

    private static bool Matches(string path, ManifestEntry file)
    {
        try
        {
            return FileHash.Matches(path, file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
