using Portal.Kiosk.Sync;

namespace Portal.Kiosk.Install;

/// <summary>
/// The portal commands a kiosk runs, as words (program first), shared by the systemd units and the
/// Windows files so both platforms sync, recover and check the same way.
/// </summary>
public static class KioskCommands
{
    public static IReadOnlyList<string> Sync(KioskInstallOptions o) =>
        [.. o.Portal, "sync", o.Source, o.Site, "--switch", SwitchName(o.Switch)];

    /// <summary>Finishes an interrupted switch and records the version the browser is about to show (<see cref="ShownVersion"/>).</summary>
    public static IReadOnlyList<string> Recover(KioskInstallOptions o) =>
        [.. o.Portal, "kiosk", "recover", "--site", o.Site, "--switch", SwitchName(o.Switch)];

    /// <summary>Exits 0 when the live version is no longer the one the browser was started on.</summary>
    public static IReadOnlyList<string> Changed(KioskInstallOptions o) =>
        [.. o.Portal, "kiosk", "changed", "--site", o.Site];

    public static IReadOnlyList<string> Browser(KioskInstallOptions o, params string[] extraFlags) =>
        [o.Browser, .. KioskBrowser.Flags(o.Browser), .. extraFlags, FileUrl.IndexOf(o.Platform, o.Site)];

    public static string SwitchName(SiteSwitchMode mode) => mode.ToString().ToLowerInvariant();
}
