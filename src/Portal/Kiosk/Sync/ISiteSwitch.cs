namespace Portal.Kiosk.Sync;

/// <summary>
/// The part of a kiosk's on-disk layout that depends on the <see cref="SiteSwitchMode"/>: where the live
/// and the rollback version are, how one becomes the other, and how an interrupted switch is repaired.
/// Chosen once per run by <see cref="SiteVersions.For"/>; everything else (staging, adoption, cleanup)
/// is shared and asks only these questions.
/// </summary>
internal interface ISiteSwitch
{
    /// <summary>The folder the browser currently sees, or null when there is none.</summary>
    string? CurrentFolder();

    /// <summary>The version kept for <c>--rollback</c>, or null when there is none.</summary>
    string? PreviousFolder();

    /// <summary>
    /// True when the live folder is a real folder at <c>TARGET</c> that may have been copied there by hand
    /// (it then needs its manifest written before it becomes the rollback version).
    /// </summary>
    bool LiveIsPlainFolder { get; }

    /// <summary>Finishes or undoes whatever an interrupted switch left on disk; a no-op when nothing was interrupted.</summary>
    void Recover();

    /// <summary>
    /// Makes the complete version <paramref name="folder"/> (under the versions root) live and the current
    /// one the rollback version; <paramref name="adoptedName"/> names a live folder that has no version name
    /// yet. Returns where the new version now lives.
    /// </summary>
    string Switch(string folder, string adoptedName, SyncHooks hooks);
}
