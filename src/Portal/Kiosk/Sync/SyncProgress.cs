namespace Portal.Kiosk.Sync;

/// <summary>What a sync is about to do, decided from the two manifests before any transfer.</summary>
/// <param name="Files">Files in the new version.</param>
/// <param name="ToFetch">Files to transfer from the source.</param>
/// <param name="BytesToFetch">Their total size.</param>
/// <param name="ToReuse">Unchanged files hard-linked (or copied) from the versions already on the kiosk.</param>
/// <param name="AlreadyStaged">Files a previous, interrupted run already fetched and verified.</param>
public sealed record SyncPlan(KioskManifest Incoming, KioskManifest? Current, int Files, int ToFetch, long BytesToFetch, int ToReuse, int AlreadyStaged);

/// <summary>Receives progress from a sync (the CLI draws a progress bar from it). Called on the syncing thread.</summary>
public interface ISyncObserver
{
    void Planned(SyncPlan plan);

    void Transferred(long bytes);

    void FileDone(string path);
}

public enum SyncOutcome
{
    /// <summary>The kiosk already had exactly this version; nothing was changed.</summary>
    UpToDate,

    /// <summary>The new version is live; the one before is kept for rollback.</summary>
    Updated,
}

/// <summary>What a sync did.</summary>
public sealed record SyncResult(
    SyncOutcome Outcome,
    KioskManifest Installed,
    string? PreviousBuildId,
    string VersionFolder,
    int Fetched,
    int Reused,
    int Resumed,
    long BytesFetched,
    TimeSpan Elapsed)
{
    /// <summary>Of <see cref="Reused"/>, how many are hard links (no space used).</summary>
    public int Linked { get; init; }

    /// <summary>
    /// True when a complete folder of this version already on the kiosk (left by an interrupted run, or
    /// the previous version after a rollback) was verified again and switched to, with nothing fetched.
    /// </summary>
    public bool AdoptedVersionFolder { get; init; }
}

/// <summary>What a rollback did.</summary>
public sealed record RollbackResult(string? FromBuildId, string ToBuildId, string VersionFolder);
