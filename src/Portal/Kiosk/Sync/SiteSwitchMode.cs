namespace Portal.Kiosk.Sync;

/// <summary>How a kiosk's live folder is switched to a new version (<c>portal sync --switch</c>).</summary>
public enum SiteSwitchMode
{
    /// <summary>
    /// <c>TARGET</c> is a symbolic link to a version folder, replaced in one <c>rename(2)</c>: the
    /// browser never sees a missing site. Needs symbolic links (Linux).
    /// </summary>
    Symlink,

    /// <summary>
    /// <c>TARGET</c> is a plain folder; a switch is two folder renames (live aside, new in) recorded in a
    /// journal first, so an interrupted switch is finished on the next start. Works everywhere (Windows).
    /// </summary>
    Rename,
}

/// <summary>The switch mode a kiosk uses when none is named.</summary>
public static class SiteSwitchModes
{
    /// <summary>Rename on Windows, where creating symbolic links needs administrator rights; symlink elsewhere.</summary>
    public static SiteSwitchMode Default => OperatingSystem.IsWindows() ? SiteSwitchMode.Rename : SiteSwitchMode.Symlink;
}
