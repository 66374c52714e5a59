using Portal.Output;

namespace Portal.Kiosk.Sync;

/// <summary>
/// Finds the work of an interrupted run. The version folder gets its final name only after every file
/// was verified and its <c>manifest.json</c> written and flushed (<c>sync(2)</c>), so a folder under that
/// name is normally complete; but a power cut can still tear a file, and someone may have touched it, so
/// nothing is trusted on its name: the kept manifest must equal the incoming one and every file is
/// hashed again against it (no extra files either). Re-hashing reads the disk once, far cheaper than
/// fetching the version again over a rural link.
/// </summary>
internal static class VersionAdoption
{
    /// <summary>
    /// The complete, verified folder <paramref name="name"/> for <paramref name="incoming"/>, or null.
    /// A folder under that name that fails the check becomes the staging folder (unless it is the rollback
    /// version or a staging folder exists), so its good files are reused and only the bad ones fetched.
    /// </summary>
    public static string? TryAdopt(SiteVersions site, string name, string staging, KioskManifest incoming)
    {
        var folder = Path.Combine(site.Root, name);
        if (!Directory.Exists(folder) || new DirectoryInfo(folder).LinkTarget is not null || folder == site.CurrentFolder())
        {
            return null;
        }

        if (IsComplete(folder, incoming))
        {
            return folder;
        }

        if (folder != site.PreviousFolder() && !Directory.Exists(staging))
        {
            Directory.Move(folder, staging);
        }

        return null;
    }

    private static bool IsComplete(string folder, KioskManifest incoming)
    {
        if (KioskManifest.TryRead(folder) is not { } kept || kept.ToJson() != incoming.ToJson())
        {
            return false;
        }

        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Count();
        return files == incoming.Files.Count + 1 && incoming.Files.All(f => FileHash.Matches(ManifestPath.Under(folder, f.Path), f));
    }
}
