using System.CommandLine;
using System.Text;
using Portal.Kiosk;
using Portal.Kiosk.Install;
using Portal.Kiosk.Sync;

namespace Portal.Cli.Commands;

/// <summary>
/// <c>portal kiosk install --site DIR --source URL|DIR</c>: writes the systemd units (Linux) or the Task
/// Scheduler task and start-up script (Windows) of a kiosk (<see cref="KioskInstall"/>), and says what to run next.
/// </summary>
public static class KioskInstallCommand
{
    public static Command Create()
    {
        var site = KioskLauncherCommands.SiteOption();
        var source = new Option<string>("--source") { Description = "更新来源：发布地址 http(s)://…/、文件夹或 portal pack 生成的 zip（与 portal sync 的来源相同）", Required = true, HelpName = "地址|目录" };
        var every = new Option<int>("--every") { Description = "每隔多少分钟同步一次", DefaultValueFactory = _ => 15, HelpName = "分钟" };
        var browser = new Option<string?>("--browser") { Description = "浏览器程序（Chromium、Chrome 或 Edge）；默认 Linux 为 /usr/bin/chromium，Windows 为 Edge", HelpName = "路径" };
        var switchMode = KioskLauncherCommands.SwitchOption();
        var platform = new Option<string?>("--platform") { Description = "信息亭的系统，默认为本机系统；在办公室电脑上可为另一种系统准备文件（需同时给出 --output-dir）", HelpName = "linux|windows" };
        platform.AcceptOnlyFromAmong("linux", "windows");
        var portal = new Option<string?>("--portal") { Description = "信息亭上 portal 程序的路径；默认为正在运行的这个程序（为另一种系统准备时：/usr/local/bin/portal 或 C:\\ProgramData\\kjzc\\portal.exe）", HelpName = "路径" };
        var output = new Option<string?>("--output-dir") { Description = "写入文件的文件夹；默认 Linux 为 ~/.config/systemd/user，Windows 为 %LOCALAPPDATA%\\kjzc-kiosk（任务计划）和启动文件夹（启动脚本）", HelpName = "目录" };
        var dryRun = new Option<bool>("--dry-run") { Description = "只显示将要写入的文件内容，不写入" };
        var force = new Option<bool>("--force") { Description = "覆盖同名但不是本命令生成的文件" };
        var command = new Command("install", "生成信息亭无人值守运行所需的文件：Linux 上为 systemd 用户服务和定时器，Windows 上为任务计划 XML 和开机启动脚本。定时用 portal sync 更新网站；开机时先恢复中断的切换，再用浏览器全屏打开 file://…/index.html，有新版本时重启浏览器。")
        {
            site, source, every, browser, switchMode, platform, portal, output, dryRun, force,
        };
        command.SetAction(parse =>
        {
            var target = parse.GetValue(platform) switch
            {
                "linux" => KioskPlatform.Linux,
                "windows" => KioskPlatform.Windows,
                _ => KioskPlatforms.Current,
            };
            var here = target == KioskPlatforms.Current;
            var mode = parse.GetValue(switchMode) switch
            {
                null => target == KioskPlatform.Windows ? SiteSwitchMode.Rename : SiteSwitchMode.Symlink,
                var chosen => KioskLauncherCommands.ParseSwitch(chosen),
            };
            if (target == KioskPlatform.Windows && mode == SiteSwitchMode.Symlink)
            {
                return Refuse("Windows 信息亭只能用 --switch rename（符号链接需要管理员权限）。");
            }

            if (parse.GetValue(every) is < 1 or > 1440)
            {
                return Refuse("--every 必须是 1 到 1440 之间的分钟数。");
            }

            var paths = new[] { ("--site", (string?)parse.GetValue(site)), ("--source", Url(parse.GetValue(source)!) ? null : parse.GetValue(source)), ("--browser", parse.GetValue(browser)), ("--portal", parse.GetValue(portal)) };
            if (!here && paths.FirstOrDefault(p => p.Item2 is not null && !KioskPlatforms.IsAbsolute(target, p.Item2)) is ({ } name, { } relative))
            {
                return Refuse($"{name} {relative} 不是信息亭上的绝对路径（例如 {(target == KioskPlatform.Windows ? @"C:\ProgramData\kjzc\site" : "/srv/kiosk/site")}）。");
            }

            var options = new KioskInstallOptions
            {
                Site = here ? Path.GetFullPath(parse.GetValue(site)!) : parse.GetValue(site)!,
                Source = here && !Url(parse.GetValue(source)!) ? Path.GetFullPath(parse.GetValue(source)!) : parse.GetValue(source)!,
                Platform = target,
                Switch = mode,
                EveryMinutes = parse.GetValue(every),
                Browser = parse.GetValue(browser) is { } b ? (here ? Path.GetFullPath(b) : b) : KioskInstallOptions.DefaultBrowser(target),
                Portal = parse.GetValue(portal) is { } p ? [here ? Path.GetFullPath(p) : p] : here ? ThisProgram() : [KioskInstallOptions.DefaultPortal(target)],
            };

            IReadOnlyList<InstallFile> files;
            try
            {
                files = KioskInstall.Files(options);
            }
            catch (ArgumentException)
            {
                return Refuse("路径中不能有双引号、换行等控制字符。");
            }

            if (parse.GetValue(dryRun))
            {
                foreach (var file in files)
                {
                    Console.WriteLine($"===== {file.Name}：{file.Purpose} =====");
                    Console.WriteLine(Text(file.Bytes).TrimEnd());
                }

                return ExitCodes.Ok;
            }

            if (!here && parse.GetValue(output) is null)
            {
                return Refuse("为另一种系统准备文件时，请用 --output-dir 指定写入的文件夹，再把文件复制到信息亭上。");
            }

            var folder = parse.GetValue(output) is { } o ? Path.GetFullPath(o) : null;
            try
            {
                var written = KioskInstall.Write(files, f => folder ?? DefaultFolder(target, f), parse.GetValue(force));
                foreach (var (file, path) in files.Zip(written))
                {
                    Console.WriteLine($"已写入 {path}：{file.Purpose}");
                }

                if (here && Path.GetDirectoryName(options.Site) is { } parent && !Directory.Exists(parent))
                {
                    Console.WriteLine($"注意：{parent} 还不存在，请在第一次同步前创建（portal sync 只创建网站目录本身）。");
                }

                NextSteps(options, written, folder is not null);
                return ExitCodes.Ok;
            }
            catch (KioskException e)
            {
                Console.Error.WriteLine("未写入：" + e.Message);
                return ExitCodes.BadArguments;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine("写入失败：" + e.Message);
                return ExitCodes.ContentErrors;
            }
        });
        return command;
    }

    private static int Refuse(string message)
    {
        Console.Error.WriteLine("参数错误：" + message);
        return ExitCodes.BadArguments;
    }

    private static bool Url(string source) =>
        source.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || source.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    /// <summary>This program as the kiosk runs it: the single file, or <c>dotnet portal.dll</c> for a development build.</summary>
    private static string[] ThisProgram()
    {
        var process = Environment.ProcessPath!;
        // Assembly.Location is empty in a single file, where the program is the process itself anyway.
        var dll = Path.Combine(AppContext.BaseDirectory, "portal.dll");
        return Path.GetFileNameWithoutExtension(process) == "dotnet" && File.Exists(dll) ? [process, dll] : [process];
    }

    private static string DefaultFolder(KioskPlatform platform, InstallFile file)
    {
        if (platform == KioskPlatform.Linux)
        {
            var config = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME") is { Length: > 0 } c ? c : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config");
            return Path.Combine(config, "systemd", "user");
        }

        return file.Name == WindowsLauncher.FileName
            ? Environment.GetFolderPath(Environment.SpecialFolder.Startup)
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "kjzc-kiosk");
    }

    private static string Text(byte[] bytes) => bytes is [0xFF, 0xFE, ..] ? Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2) : Encoding.UTF8.GetString(bytes);

    private static void NextSteps(KioskInstallOptions o, IReadOnlyList<string> written, bool elsewhere)
    {
        Console.WriteLine("下一步：");
        if (o.Platform == KioskPlatform.Linux)
        {
            if (elsewhere)
            {
                Console.WriteLine("  把以上文件复制到信息亭上自动登录用户的 ~/.config/systemd/user/，然后以该用户运行：");
            }

            Console.WriteLine("  systemctl --user daemon-reload");
            Console.WriteLine($"  systemctl --user enable --now {SystemdUnits.SyncTimer} {SystemdUnits.Launcher}");
            Console.WriteLine("  断电或重启后会自动启动；查看同步记录：journalctl --user -u " + SystemdUnits.SyncService);
            return;
        }

        var xml = elsewhere ? @"<信息亭上的路径>\" + WindowsTask.FileName : written.First(p => p.EndsWith(WindowsTask.FileName, StringComparison.Ordinal));
        if (elsewhere)
        {
            Console.WriteLine($"  把以上文件复制到信息亭上；{WindowsLauncher.FileName} 放进自动登录用户的启动文件夹（Win+R 输入 shell:startup）。");
        }

        Console.WriteLine($"  在管理员命令提示符中运行：schtasks /create /tn {WindowsTask.TaskName} /xml \"{xml}\" /f");
        Console.WriteLine($"  立即同步一次：schtasks /run /tn {WindowsTask.TaskName}");
    }
}
