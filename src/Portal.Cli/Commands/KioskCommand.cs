using System.CommandLine;

namespace Portal.Cli.Commands;

/// <summary><c>portal kiosk …</c>: setting up a kiosk PC (install) and the two steps its launcher runs (recover, changed).</summary>
public static class KioskCommand
{
    public static Command Create() => new("kiosk", "信息亭 PC 的设置：生成开机自动显示网站、定时同步更新所需的文件")
    {
        KioskInstallCommand.Create(),
        KioskLauncherCommands.Recover(),
        KioskLauncherCommands.Changed(),
    };
}
