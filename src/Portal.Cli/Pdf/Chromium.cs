namespace Portal.Cli.Pdf;

/// <summary>
/// Where the system Chromium is: PORTAL_CHROMIUM, else /usr/bin/chromium (Debian's package). Playwright's
/// own browser download is never used: the machines that print posters are often offline.
/// </summary>
public static class Chromium
{
    public const string DefaultPath = "/usr/bin/chromium";

    public static string Path => Environment.GetEnvironmentVariable("PORTAL_CHROMIUM") is { Length: > 0 } path ? path : DefaultPath;

    /// <summary>The Chinese message when the browser is missing, saying how to install it.</summary>
    public static string? Problem()
    {
        var path = Path;
        return File.Exists(path)
            ? null
            : $"找不到 Chromium 浏览器（{path}），生成 PDF 需要它和中文字体。请先安装：apt-get install chromium fonts-noto-cjk；浏览器装在别处时，用环境变量 PORTAL_CHROMIUM 指定它的路径。";
    }
}
