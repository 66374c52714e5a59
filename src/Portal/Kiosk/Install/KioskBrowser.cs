namespace Portal.Kiosk.Install;

/// <summary>The command-line flags that turn Chromium, Chrome or Edge into an unattended kiosk.</summary>
public static class KioskBrowser
{
    /// <summary>
    /// Full screen without browser chrome, nothing remembered across restarts, no zoom or swipe-back, and
    /// nothing that asks a question or goes online on its own (the site makes no network request).
    /// </summary>
    public static readonly IReadOnlyList<string> ChromiumFlags =
    [
        "--kiosk",
        "--incognito",
        "--no-first-run",
        "--noerrdialogs",
        "--disable-infobars",
        "--disable-session-crashed-bubble",
        "--disable-pinch",
        "--overscroll-history-navigation=0",
        "--disable-features=Translate",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--check-for-update-interval=31536000",
    ];

    /// <summary>Edge's own kiosk switch: without it <c>--kiosk</c> opens the digital-signage style with an address bar on some builds.</summary>
    public const string EdgeKioskType = "--edge-kiosk-type=fullscreen";

    public static bool IsEdge(string browser) =>
        FileName(browser).StartsWith("msedge", StringComparison.OrdinalIgnoreCase)
        || FileName(browser).StartsWith("microsoft-edge", StringComparison.OrdinalIgnoreCase);

    /// <summary>Flags for <paramref name="browser"/>, without the URL.</summary>
    public static IReadOnlyList<string> Flags(string browser) =>
        IsEdge(browser) ? [.. ChromiumFlags, EdgeKioskType, "--inprivate", "--no-default-browser-check"] : ChromiumFlags; // Edge's name for --incognito

    /// <summary>The program's file name whichever separator the kiosk's system uses.</summary>
    public static string FileName(string path) => path[(path.LastIndexOfAny(['/', '\\']) + 1)..];
}
