using System.Text;

namespace Portal.Kiosk.Install;

/// <summary>
/// The <c>file://</c> URL of a site's index.html on the kiosk. Built by hand because <see cref="Uri"/>
/// reads a path by the rules of the system it runs on, and the kiosk may be another one (a Windows path
/// prepared on Linux is not a file path to it).
/// </summary>
public static class FileUrl
{
    public static string IndexOf(KioskPlatform platform, string site)
    {
        var parts = site.Split(platform == KioskPlatform.Windows ? ['\\', '/'] : ['/'], StringSplitOptions.RemoveEmptyEntries);
        var url = new StringBuilder("file://");
        foreach (var (part, i) in parts.Select((p, i) => (p, i)))
        {
            url.Append('/');
            // The drive (C:) stays as it is; every other segment is percent-encoded as UTF-8 (spaces, 汉字, #, %).
            url.Append(platform == KioskPlatform.Windows && i == 0 ? part : Uri.EscapeDataString(part));
        }

        return url.Append("/index.html").ToString();
    }
}
