namespace Portal.Kiosk.Install;

/// <summary>The system a kiosk runs, which decides what <c>portal kiosk install</c> writes.</summary>
public enum KioskPlatform
{
    /// <summary>systemd user units: a browser launcher, a sync service with its timer, a reload service.</summary>
    Linux,

    /// <summary>A Task Scheduler task for the sync and a start-up script for the browser.</summary>
    Windows,
}

public static class KioskPlatforms
{
    public static KioskPlatform Current => OperatingSystem.IsWindows() ? KioskPlatform.Windows : KioskPlatform.Linux;

    /// <summary>
    /// Whether <paramref name="path"/> is absolute on <paramref name="platform"/>. Checked as text: an office
    /// PC on Linux prepares files for a Windows kiosk, whose paths <see cref="Path"/> here cannot judge.
    /// </summary>
    public static bool IsAbsolute(KioskPlatform platform, string path) => platform == KioskPlatform.Windows
        ? path.Length >= 3 && char.IsAsciiLetter(path[0]) && path[1] == ':' && path[2] == '\\'
        : path.StartsWith('/');
}
