using System.CommandLine;
using Portal.Kiosk;
using Portal.Kiosk.Install;
using Portal.Kiosk.Sync;

namespace Portal.Cli.Commands;

/// <summary>
/// The two portal steps of a kiosk launcher (written by <c>portal kiosk install</c>): <c>recover</c> before
/// the browser starts, <c>changed</c> after a sync to decide whether the browser must restart.
/// </summary>
public static class KioskLauncherCommands
{
    public static Command Recover()
    {
        var site = SiteOption();
        var switchMode = SwitchOption();
        var command = new Command("recover", "浏览器启动前运行：完成或撤销被断电等中断的版本切换，使网站目录是一个完整的版本，并记下浏览器将显示的版本") { site, switchMode };
        command.SetAction(parse =>
        {
            var target = Path.GetFullPath(parse.GetValue(site)!);
            try
            {
                KioskSync.Recover(target, ParseSwitch(parse.GetValue(switchMode)));
            }
            catch (KioskException e) when (e.Failure == KioskFailure.Busy)
            {
                // The running sync recovers first itself; the browser may start on what is there.
                Console.WriteLine("正在同步，恢复由同步完成：" + e.Message);
            }
            catch (KioskException e)
            {
                Console.Error.WriteLine("恢复失败：" + e.Message);
                return e.Failure == KioskFailure.NotFound ? ExitCodes.BadArguments : ExitCodes.ContentErrors;
            }

            ShownVersion.Record(target);
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Changed()
    {
        var site = SiteOption();
        var command = new Command("changed", "同步后运行：网站的当前版本与浏览器启动时记下的不同则退出码为 0（需要重启浏览器），相同则为 1") { site };
        command.SetAction(parse =>
        {
            var target = Path.GetFullPath(parse.GetValue(site)!);
            if (ShownVersion.Changed(target))
            {
                Console.WriteLine($"{target} 已有新版本，需要重启浏览器。");
                return ExitCodes.Ok;
            }

            Console.WriteLine($"{target} 没有新版本。");
            return 1; // "unchanged" for systemd's ExecCondition (1 skips the unit), not a content error
        });
        return command;
    }

    internal static Option<string> SiteOption() => new("--site")
    {
        Description = "信息亭的网站目录（portal sync 的目标目录，浏览器打开其中的 index.html）",
        Required = true,
        HelpName = "目录",
    };

    internal static Option<string?> SwitchOption()
    {
        var option = new Option<string?>("--switch")
        {
            Description = "切换版本的方式，与 portal sync 所用的相同：rename（Windows 默认）或 symlink（Linux 默认）",
            HelpName = "rename|symlink",
        };
        option.AcceptOnlyFromAmong("rename", "symlink");
        return option;
    }

    internal static SiteSwitchMode ParseSwitch(string? name) => name switch
    {
        "rename" => SiteSwitchMode.Rename,
        "symlink" => SiteSwitchMode.Symlink,
        _ => SiteSwitchModes.Default,
    };
}
