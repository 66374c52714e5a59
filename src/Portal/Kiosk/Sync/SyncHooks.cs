namespace Portal.Kiosk.Sync;

/// <summary>The named points of a sync after which an interruption leaves a different state on disk.</summary>
public enum SyncStep
{
    /// <summary>Every file of the new version is in the staging folder (fetched or reused).</summary>
    Downloaded,

    /// <summary>The staging folder's manifest is written and flushed: the folder is complete and verified.</summary>
    Verified,

    /// <summary>The staging folder was renamed to its version name; the old version is still live.</summary>
    Installed,

    /// <summary>Rename switch only: the journal naming both folders is on disk; nothing is renamed yet.</summary>
    Journaled,

    /// <summary>Rename switch only: the live folder is renamed aside; no folder is at the target until the next step.</summary>
    LiveSetAside,

    /// <summary>Rename switch only: the new version is at the target; the rollback version is not yet recorded.</summary>
    NewMovedIn,

    /// <summary>The new version is live (the link points at it, or it was renamed in); the old one is the previous version.</summary>
    Switched,

    /// <summary>Versions older than the previous one are deleted.</summary>
    CleanedUp,
}

/// <summary>
/// Test seams of <see cref="KioskSync"/>: the disk it writes to (to inject a full disk) and a callback
/// after each <see cref="SyncStep"/> (a test throws there to simulate the process being killed).
/// </summary>
internal sealed record SyncHooks
{
    public static readonly SyncHooks None = new();

    public StagingDisk Disk { get; init; } = StagingDisk.Local;

    public Action<SyncStep>? AfterStep { get; init; }

    public void Reached(SyncStep step) => AfterStep?.Invoke(step);
}
