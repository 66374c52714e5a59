using System.Text;

namespace Portal.Kiosk.Install;

/// <summary>
/// The start-up script of a Windows kiosk, for the user's Startup folder (shell:startup). A .cmd and not a
/// shortcut: a .lnk is a binary format (MS-SHLLINK) that only Windows' shell API writes reliably, and a
/// shortcut can run one program, while the launcher has to run two (recover, then the browser) and watch.
/// It recovers an interrupted switch, starts the browser full screen, then checks every minute: a new
/// version synced by the task (or a browser that was closed) restarts the browser, after recovery again.
/// Saved as UTF-8: the first lines are ASCII, and <c>chcp 65001</c> makes cmd read the rest (Chinese
/// paths) as UTF-8; lines end in CRLF, as cmd expects.
/// </summary>
public static class WindowsLauncher
{
    public const string FileName = "kjzc-kiosk.cmd";

    public static InstallFile For(KioskInstallOptions o)
    {
        var image = KioskBrowser.FileName(o.Browser);
        // A profile of its own: the browser then is a separate instance that stays in the foreground, and
        // taskkill below ends only it. %LOCALAPPDATA% is left for cmd to expand (not doubled).
        var profile = "\"--user-data-dir=%LOCALAPPDATA%\\kjzc-kiosk\\browser\"";
        var browser = KioskCommands.Browser(o);
        var lines = new[]
        {
            "@echo off",
            $"rem {InstallFile.Marker}: kiosk launcher. Generated; running the command again overwrites this file.",
            "chcp 65001 >nul",
            ":start",
            WindowsQuote.CmdLine(KioskCommands.Recover(o)),
            $"start \"\" {WindowsQuote.CmdWord(browser[0])} {WindowsQuote.CmdLine(browser.Skip(1).SkipLast(1))} {profile} {WindowsQuote.CmdWord(browser[^1])}",
            ":watch",
            "timeout /t 60 /nobreak >nul",
            // errorlevel 0: a new version is live (1 means unchanged, 2 or 3 an error: keep showing what runs).
            WindowsQuote.CmdLine(KioskCommands.Changed(o)) + " >nul 2>&1",
            $"if not errorlevel 1 (taskkill /im {WindowsQuote.CmdWord(image)} /f >nul 2>&1 & goto start)",
            $"tasklist /fi {WindowsQuote.CmdWord("imagename eq " + image)} | find /i {WindowsQuote.CmdWord(image)} >nul || goto start",
            "goto watch",
        };
        return new InstallFile(FileName, "开机启动脚本（先恢复中断的切换，再全屏打开网站；有新版本时重启浏览器）", Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n"));
    }
}
