using System.Diagnostics;
using Portal.Output;

namespace Portal.Kiosk.Sync;

/// <summary>
/// Updates a kiosk's site from a source without ever leaving it without a working site. The new
/// version is assembled in a staging folder: files unchanged since a version already on the kiosk are
/// copied locally, the rest fetched; every file is checked against the manifest's size and SHA-256.
/// Only a complete, verified version is switched in (<see cref="SiteVersions"/>); until then the
/// current one keeps serving, whatever happens. An interrupted run leaves its staging folder, and the
/// next run with the same version reuses every verified file and continues partial downloads.
/// </summary>
public static class KioskSync
{
    public static async Task<SyncResult> SyncAsync(ISyncSource source, string target, ISyncObserver? observer = null, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        var site = SiteVersions.For(target);
        using var held = site.Lock();
        site.Recover();

        var incoming = await source.ReadManifestAsync(cancel);
        var currentFolder = site.CurrentFolder();
        var current = currentFolder is null ? null : KioskManifest.TryRead(currentFolder) ?? Describe(currentFolder);
        if (current is not null && current.ContentId == incoming.ContentId)
        {
            return new SyncResult(SyncOutcome.UpToDate, current, null, currentFolder!, 0, 0, 0, 0, clock.Elapsed);
        }

        var staging = site.StagingFor(incoming);
        Directory.CreateDirectory(staging);
        var local = LocalCopies(currentFolder, current, site.PreviousFolder());
        var plan = Classify(incoming, current, staging, local);
        observer?.Planned(plan.Summary);

        long bytes = 0;
        int fetched = 0, reused = 0;
        var corrupt = new List<string>();
        foreach (var file in plan.Work)
        {
            cancel.ThrowIfCancellationRequested();
            var staged = ManifestPath.Under(staging, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(staged)!);
            if (local.TryGetValue(file.Sha256, out var copy) && CopyLocal(copy, staged, file))
            {
                reused++;
            }
            else if (await FetchVerified(source, file, staged, n => { bytes += n; observer?.Transferred(n); }, cancel))
            {
                fetched++;
            }
            else
            {
                corrupt.Add(file.Path);
            }

            observer?.FileDone(file.Path);
        }

        if (corrupt.Count > 0)
        {
            var list = string.Join("、", corrupt.Take(5)) + (corrupt.Count > 5 ? $" 等 {corrupt.Count} 个文件" : "");
            throw new KioskException(KioskFailure.Rejected,
                $"{list} 与清单的大小或 SHA-256 不符，已拒绝这次更新，当前版本未改动。已通过校验的文件保留在暂存目录，修正来源后重新运行即可继续。");
        }

        RemoveStrays(staging, incoming);
        await File.WriteAllTextAsync(Path.Combine(staging, KioskManifest.FileName), incoming.ToJson(), cancel);
        Native.FlushFileSystems();

        var folder = site.Install(staging, SiteVersions.NameFor(incoming));
        var adoptedName = "adopted-" + (current is null ? "site" : SiteVersions.NameFor(current));
        var adopting = site.TargetIsPlainFolder;
        site.Switch(folder, adoptedName);
        Native.FlushFileSystems();
        if (adopting && current is not null && site.PreviousFolder() is { } adopted && KioskManifest.TryRead(adopted) is null)
        {
            // The adopted folder is no longer live: give it a manifest so a rollback can verify it.
            await File.WriteAllTextAsync(Path.Combine(adopted, KioskManifest.FileName), current.ToJson(), cancel);
        }

        site.Cleanup();
        return new SyncResult(SyncOutcome.Updated, incoming, current?.BuildId, folder, fetched, reused, plan.Summary.AlreadyStaged, bytes, clock.Elapsed);
    }

    /// <summary>
    /// Makes the previous version live again, after checking every one of its files against its
    /// manifest; the version it replaces becomes the previous one, so a second rollback undoes the first.
    /// </summary>
    public static RollbackResult Rollback(string target)
    {
        var site = SiteVersions.For(target);
        using var held = site.Lock();
        site.Recover();
        var previous = site.PreviousFolder() ?? throw new KioskException(KioskFailure.NotFound, $"{target} 没有可回退的上一版本。");
        var manifest = KioskManifest.TryRead(previous)
            ?? throw new KioskException(KioskFailure.Rejected, $"上一版本 {previous} 缺少有效的 {KioskManifest.FileName}，无法校验，不回退。");
        var damaged = manifest.Files.Where(f => !FileHash.Matches(ManifestPath.Under(previous, f.Path), f)).Select(f => f.Path).ToList();
        if (damaged.Count > 0)
        {
            throw new KioskException(KioskFailure.Rejected, $"上一版本已损坏（{string.Join("、", damaged.Take(5))}），不回退，当前版本未改动。");
        }

        var current = site.CurrentFolder();
        var from = current is null ? null : KioskManifest.TryRead(current)?.BuildId;
        site.Switch(previous, "adopted-site");
        Native.FlushFileSystems();
        return new RollbackResult(from, manifest.BuildId, previous);
    }

    private sealed record Plan(SyncPlan Summary, IReadOnlyList<ManifestEntry> Work);

    /// <summary>Hashes a live folder that has no manifest (a site copied by hand), for reuse; null when it is unusable.</summary>
    private static KioskManifest? Describe(string folder)
    {
        try
        {
            return KioskManifest.FromFolder(folder);
        }
        catch (KioskException)
        {
            return null;
        }
    }

    /// <summary>Files already on the kiosk, by hash: the live version and the previous one (a roll-forward after a rollback costs nothing).</summary>
    private static Dictionary<string, string> LocalCopies(string? currentFolder, KioskManifest? current, string? previousFolder)
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

    /// <summary>Decides per file: already staged and verified (skipped), local copy, or fetch.</summary>
    private static Plan Classify(KioskManifest incoming, KioskManifest? current, string staging, Dictionary<string, string> local)
    {
        var work = new List<ManifestEntry>();
        int staged = 0, reuse = 0, fetch = 0;
        long fetchBytes = 0;
        foreach (var file in incoming.Files)
        {
            var path = ManifestPath.Under(staging, file.Path);
            if (File.Exists(path))
            {
                if (FileHash.Matches(path, file))
                {
                    staged++;
                    continue;
                }

                File.Delete(path);
            }

            work.Add(file);
            if (local.ContainsKey(file.Sha256))
            {
                reuse++;
            }
            else
            {
                fetch++;
                fetchBytes += file.Size;
            }
        }

        return new Plan(new SyncPlan(incoming, current, incoming.Files.Count, fetch, fetchBytes, reuse, staged), work);
    }

    /// <summary>Copies an unchanged file from a version on the kiosk; false (so it gets fetched) if that copy is damaged.</summary>
    private static bool CopyLocal(string from, string staged, ManifestEntry file)
    {
        var part = staged + ".part";
        try
        {
            File.Copy(from, part, overwrite: true);
        }
        catch (IOException)
        {
            return false;
        }

        if (!FileHash.Matches(part, file))
        {
            File.Delete(part);
            return false;
        }

        File.Move(part, staged, overwrite: true);
        return true;
    }

    /// <summary>Fetches into <c>.part</c>, verifies, then renames; a resumed file that fails is fetched once more from scratch.</summary>
    private static async Task<bool> FetchVerified(ISyncSource source, ManifestEntry file, string staged, Action<long> transferred, CancellationToken cancel)
    {
        var part = staged + ".part";
        var resumed = File.Exists(part);
        for (var attempt = 0; attempt < (resumed ? 2 : 1); attempt++)
        {
            await source.FetchAsync(file, part, transferred, cancel);
            if (FileHash.Matches(part, file))
            {
                File.Move(part, staged, overwrite: true);
                return true;
            }

            File.Delete(part);
        }

        return false;
    }

    /// <summary>Deletes anything in the staging folder the manifest does not list (leftover partial files).</summary>
    private static void RemoveStrays(string staging, KioskManifest manifest)
    {
        var listed = manifest.Files.Select(f => ManifestPath.Under(staging, f.Path)).ToHashSet(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories))
        {
            if (!listed.Contains(file))
            {
                File.Delete(file);
            }
        }
    }
}
