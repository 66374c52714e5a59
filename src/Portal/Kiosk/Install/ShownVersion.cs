using System.Security.Cryptography;
using System.Text;

namespace Portal.Kiosk.Install;

/// <summary>
/// Which version of a kiosk's site the browser was started on, so an update can restart the browser
/// only when a sync switched in something new (a restart every 15 minutes would interrupt visitors).
/// The launcher records it (<c>portal kiosk recover</c>); <c>portal kiosk changed</c> compares. It is kept
/// per user in the runtime folder (<c>$XDG_RUNTIME_DIR</c>, emptied at log-out like the browser) or
/// <c>%LOCALAPPDATA%</c>, never in the site's folders, which belong to <c>portal sync</c>.
/// </summary>
public static class ShownVersion
{
    /// <summary>The live version's content id, or "none" when the site has no (readable) version yet.</summary>
    /// <remarks>Mid-switch in rename mode there is no site for a moment: "none", and the next check sees the real version.</remarks>
    public static string Live(string site) => KioskManifest.TryRead(site)?.ContentId ?? "none";

    public static void Record(string site)
    {
        var path = StampPath(site);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Live(site) + "\n");
    }

    /// <summary>True when nothing was recorded or the live version differs from the recorded one.</summary>
    public static bool Changed(string site)
    {
        var path = StampPath(site);
        return !File.Exists(path) || File.ReadAllText(path).Trim() != Live(site);
    }

    public static string StampPath(string site)
    {
        var full = Path.GetFullPath(site);
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(full)))[..12];
        var root = Environment.GetEnvironmentVariable("XDG_RUNTIME_DIR") is { Length: > 0 } runtime && !OperatingSystem.IsWindows()
            ? runtime
            : Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
        return Path.Combine(root, "kjzc-kiosk", $"shown-{key}.txt");
    }
}
