using System.Diagnostics;
using Portal.Kiosk.Packaging;
using Portal.Output;
using Portal.Platform;

namespace Portal.Kiosk.Sync;

/// <summary>
/// Updates a kiosk's site from a source without ever leaving it without a working site. The new
/// version is assembled in a staging folder: files unchanged since a version already on the kiosk are
/// hard-linked (or copied) locally, the rest fetched; every file is checked against the manifest's size
/// and SHA-256. Only a complete, verified version is switched in (<see cref="SiteVersions"/>); until
/// then the current one keeps serving, whatever happens. An interrupted run leaves its staging or
/// version folder, and the next run with the same version re-verifies and reuses it
/// (<see cref="VersionAdoption"/>), continuing partial downloads. A full disk is the exception: then
/// the staging folder is deleted, since a kiosk at 0 bytes free is worse than a second download.
/// </summary>
public static class KioskSync
{
    public static Task<SyncResult> SyncAsync(ISyncSource source, string target, ISyncObserver? observer = null, CancellationToken cancel = default) =>
        SyncAsync(source, target, SiteSwitchModes.Default, observer, SyncHooks.None, cancel);

    public static Task<SyncResult> SyncAsync(ISyncSource source, string target, SiteSwitchMode mode, ISyncObserver? observer = null, CancellationToken cancel = default) =>
        SyncAsync(source, target, mode, observer, SyncHooks.None, cancel);

    internal static Task<SyncResult> SyncAsync(ISyncSource source, string target, ISyncObserver? observer, SyncHooks hooks, CancellationToken cancel) =>
        SyncAsync(source, target, SiteSwitchModes.Default, observer, hooks, cancel);

    internal static async Task<SyncResult> SyncAsync(ISyncSource source, string target, SiteSwitchMode mode, ISyncObserver? observer, SyncHooks hooks, CancellationToken cancel)
    {
        var clock = Stopwatch.StartNew();
        var site = SiteVersions.For(target, mode);
        using var held = site.Lock();
        site.Recover();

        var incoming = await source.ReadManifestAsync(cancel);
        if (OperatingSystem.IsWindows())
        {
            WindowsPaths.Check(incoming, site.Target); // a file named CON or "a." would be written somewhere else, or not at all
        }

        var currentFolder = site.CurrentFolder();
        var current = currentFolder is null ? null : KioskManifest.TryRead(currentFolder) ?? Describe(currentFolder);
        if (current is not null && current.ContentId == incoming.ContentId)
        {
            // A run killed after the switch left old versions behind; finish its cleanup now.
            site.Cleanup(keepStaging: true);
            return new SyncResult(SyncOutcome.UpToDate, current, null, currentFolder!, 0, 0, 0, 0, clock.Elapsed);
        }

        var name = SiteVersions.NameFor(incoming);
        var staging = site.StagingFor(incoming);
        var folder = VersionAdoption.TryAdopt(site, name, staging, incoming);
        var work = new Assembled(0, 0, 0, 0, 0, folder is not null);
        if (folder is null)
        {
            var local = LocalReuse.Index(currentFolder, current, site.PreviousFolder());
            var plan = Classify(incoming, current, staging, local);
            DiskSpace.Check(site, hooks.Disk, plan.Summary.BytesToFetch, plan.ReuseBytes, incoming.ToJson().Length * 3L);
            observer?.Planned(plan.Summary);
            try
            {
                work = await Assemble(source, staging, incoming, plan, local, observer, hooks, cancel);
            }
            catch (KioskException e) when (e.Failure == KioskFailure.WriteFailed)
            {
                // The disk is full (or failing): free what this run wrote. The live and previous versions stay.
                site.Cleanup();
                throw new KioskException(KioskFailure.WriteFailed, e.Message + " 当前版本照常使用；本次暂存的文件已删除，以免占满磁盘。", e.InnerException);
            }

            folder = site.Install(staging, name);
            hooks.Reached(SyncStep.Installed);
        }

        if (site.TargetIsPlainFolder && current is not null && KioskManifest.TryRead(currentFolder!) is null)
        {
            // The hand-copied folder becomes the rollback version: give it a manifest first, so a rollback
            // can verify it even if this run is killed right after the switch.
            var path = Path.Combine(currentFolder!, KioskManifest.FileName);
            await WriteFailure.GuardAsync(path, () => File.WriteAllTextAsync(path, current.ToJson(), cancel));
        }

        folder = site.Switch(folder, "adopted-" + (current is null ? "site" : SiteVersions.NameFor(current)), hooks);
        Native.FlushFileSystems();
        hooks.Reached(SyncStep.Switched);

        site.Cleanup();
        hooks.Reached(SyncStep.CleanedUp);
        return new SyncResult(SyncOutcome.Updated, incoming, current?.BuildId, folder, work.Fetched, work.Reused, work.Staged, work.Bytes, clock.Elapsed)
        {
            Linked = work.Linked,
            AdoptedVersionFolder = work.Adopted,
        };
    }

    /// <summary>
    /// Makes the previous version live again, after checking every one of its files against its
    /// manifest; the version it replaces becomes the previous one, so a second rollback undoes the first.
    /// </summary>
    public static RollbackResult Rollback(string target) => Rollback(target, SiteSwitchModes.Default);

    public static RollbackResult Rollback(string target, SiteSwitchMode mode)
    {
        var site = SiteVersions.For(target, mode);
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
        var live = site.Switch(previous, "adopted-site", SyncHooks.None);
        Native.FlushFileSystems();
        return new RollbackResult(from, manifest.BuildId, live);
    }

    /// <summary>
    /// Finishes or undoes a switch that a power cut or kill interrupted, so <paramref name="target"/> holds
    /// a complete version. Every sync and rollback does this first; a kiosk launcher calls it before it
    /// opens the browser. Does nothing when no switch was interrupted.
    /// </summary>
    public static void Recover(string target, SiteSwitchMode mode)
    {
        var site = SiteVersions.For(target, mode);
        if (!Directory.Exists(site.Root))
        {
            return; // never synced: nothing to repair
        }

        using var held = site.Lock();
        site.Recover();
    }

    private sealed record Plan(SyncPlan Summary, IReadOnlyList<ManifestEntry> Work, long ReuseBytes);

    private sealed record Assembled(int Fetched, int Reused, int Linked, int Staged, long Bytes, bool Adopted);

    /// <summary>Fills the staging folder with every file of <paramref name="incoming"/>, verified, and writes its manifest last.</summary>
    private static async Task<Assembled> Assemble(ISyncSource source, string staging, KioskManifest incoming, Plan plan, Dictionary<string, string> local, ISyncObserver? observer, SyncHooks hooks, CancellationToken cancel)
    {
        WriteFailure.Guard(staging, () => Directory.CreateDirectory(staging));

        long bytes = 0;
        int fetched = 0, reused = 0, linked = 0;
        var corrupt = new List<string>();
        foreach (var file in plan.Work)
        {
            cancel.ThrowIfCancellationRequested();
            var staged = ManifestPath.Under(staging, file.Path);
            WriteFailure.Guard(staged, () => Directory.CreateDirectory(Path.GetDirectoryName(staged)!));
            var reuse = local.TryGetValue(file.Sha256, out var copy) ? await LocalReuse.PlaceAsync(copy, staged, file, hooks.Disk, cancel) : Reuse.Failed;
            if (reuse != Reuse.Failed)
            {
                reused++;
                linked += reuse == Reuse.Linked ? 1 : 0;
            }
            else if (await FetchVerified(source, file, new PartFile(staged + ".part", hooks.Disk), staged, n => { bytes += n; observer?.Transferred(n); }, cancel))
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
        hooks.Reached(SyncStep.Downloaded);

        // The manifest is written last and flushed with everything else: it marks the folder complete.
        var manifestPath = Path.Combine(staging, KioskManifest.FileName);
        await WriteFailure.GuardAsync(manifestPath, () => File.WriteAllTextAsync(manifestPath, incoming.ToJson(), cancel));
        Native.FlushFileSystems();
        hooks.Reached(SyncStep.Verified);
        return new Assembled(fetched, reused, linked, plan.Summary.AlreadyStaged, bytes, false);
    }

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

    /// <summary>Decides per file: already staged and verified (skipped), local reuse, or fetch (less what a partial download holds).</summary>
    private static Plan Classify(KioskManifest incoming, KioskManifest? current, string staging, Dictionary<string, string> local)
    {
        var work = new List<ManifestEntry>();
        int staged = 0, reuse = 0, fetch = 0;
        long fetchBytes = 0, reuseBytes = 0;
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
                reuseBytes += file.Size;
            }
            else
            {
                fetch++;
                var partial = new FileInfo(path + ".part") is { Exists: true } part && part.Length <= file.Size ? part.Length : 0;
                fetchBytes += file.Size - partial;
            }
        }

        return new Plan(new SyncPlan(incoming, current, incoming.Files.Count, fetch, fetchBytes, reuse, staged), work, reuseBytes);
    }

    /// <summary>Fetches into <c>.part</c>, verifies, then renames; a resumed file that fails is fetched once more from scratch.</summary>
    private static async Task<bool> FetchVerified(ISyncSource source, ManifestEntry file, PartFile part, string staged, Action<long> transferred, CancellationToken cancel)
    {
        var resumed = File.Exists(part.Path);
        for (var attempt = 0; attempt < (resumed ? 2 : 1); attempt++)
        {
            await source.FetchAsync(file, part, transferred, cancel);
            if (FileHash.Matches(part.Path, file))
            {
                File.Move(part.Path, staged, overwrite: true);
                return true;
            }

            part.Delete();
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
