using Portal.Kiosk.Sync;

namespace Portal.Kiosk.Install;

/// <summary>
/// What <c>portal kiosk install</c> was asked for. Every path is absolute and written the kiosk's way
/// (<c>C:\ProgramData\kjzc\site</c> for Windows), since the files run there, not where they were made.
/// </summary>
public sealed record KioskInstallOptions
{
    /// <summary>The kiosk's live site folder (<c>portal sync</c>'s TARGET); the browser opens its index.html.</summary>
    public required string Site { get; init; }

    /// <summary>Where updates come from: an http(s) URL, a folder or a zip made by <c>portal pack</c>.</summary>
    public required string Source { get; init; }

    public required KioskPlatform Platform { get; init; }

    public required SiteSwitchMode Switch { get; init; }

    /// <summary>Minutes between two syncs.</summary>
    public int EveryMinutes { get; init; } = 15;

    /// <summary>The browser program: Chromium or Chrome, or Microsoft Edge (recognised by its file name).</summary>
    public required string Browser { get; init; }

    /// <summary>
    /// How to run portal on the kiosk: the program, or <c>dotnet</c> and <c>portal.dll</c> for a
    /// development build. Every generated command starts with these words.
    /// </summary>
    public required IReadOnlyList<string> Portal { get; init; }

    public static string DefaultBrowser(KioskPlatform platform) => platform == KioskPlatform.Windows
        ? @"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe" // installed with every Windows 10 and 11
        : "/usr/bin/chromium";

    /// <summary>Where the release's portal is put on a kiosk when the files are prepared elsewhere.</summary>
    public static string DefaultPortal(KioskPlatform platform) => platform == KioskPlatform.Windows
        ? @"C:\ProgramData\kjzc\portal.exe"
        : "/usr/local/bin/portal";
}
