using System.CommandLine;
using System.Globalization;
using Portal.Kiosk;
using Portal.Kiosk.Sync;
using Spectre.Console;

namespace Portal.Cli.Commands;

/// <summary>
/// <c>portal sync SOURCE TARGET</c> and <c>portal sync --rollback TARGET</c>: update a kiosk's site from
/// a folder, a zip or a URL, atomically, keeping the previous version. The work is the engine's
/// (<see cref="KioskSync"/>); this file parses, draws the progress bar and prints Chinese messages.
/// </summary>
public static class SyncCommand
{
    public static Command Create()
    {
        var source = new Argument<string>("来源") { Description = "更新来源：文件夹（如 U 盘上的目录）、portal pack 生成的 zip，或发布地址 http(s)://…/（与 --rollback 一起用时，这里写目标目录）" };
        var target = new Argument<string?>("目标") { Description = "信息亭的网站目录（浏览器打开的就是它；symlink 方式下它是指向当前版本的符号链接，rename 方式下是普通文件夹）", Arity = ArgumentArity.ZeroOrOne };
        var rollback = new Option<bool>("--rollback") { Description = "回退到上一版本（再执行一次即撤销回退）" };
        var switchMode = new Option<string?>("--switch")
        {
            Description = "切换版本的方式：rename（重命名文件夹，不需要符号链接；Windows 默认）或 symlink（原子替换符号链接；Linux 默认）。同一目标请始终用同一种方式；每次同步和回退开始时都会先完成或撤销上次被中断的切换",
            HelpName = "rename|symlink",
        };
        switchMode.AcceptOnlyFromAmong("rename", "symlink");
        var timeout = new Option<int>("--timeout") { Description = "网络连接、等待响应的超时秒数，也是测量下载速率的时间窗口", DefaultValueFactory = _ => 30, HelpName = "秒" };
        var minRate = new Option<int>("--min-rate") { Description = "最低下载速率（KB/秒，按每个 --timeout 窗口平均）；更慢的请求会中断并重试，从断点续传", DefaultValueFactory = _ => 1, HelpName = "KB/秒" };
        var attempts = new Option<int>("--retries") { Description = "每个网络请求最多尝试的次数（间隔依次加倍）", DefaultValueFactory = _ => 4, HelpName = "次数" };
        var command = new Command("sync", "更新信息亭：比较清单，只传输有变化的文件，逐个校验 SHA-256，全部通过后原子切换到新版本，并保留上一版本用于回退。传输中断或文件损坏时当前版本照常使用，重新运行会从中断处继续。")
        {
            source,
            target,
            rollback,
            switchMode,
            timeout,
            minRate,
            attempts,
        };
        command.SetAction(async (parse, cancel) =>
        {
            var first = parse.GetValue(source)!;
            var second = parse.GetValue(target);
            var mode = parse.GetValue(switchMode) switch
            {
                "rename" => SiteSwitchMode.Rename,
                "symlink" => SiteSwitchMode.Symlink,
                _ => SiteSwitchModes.Default,
            };
            if (parse.GetValue(rollback))
            {
                if (second is not null)
                {
                    Console.Error.WriteLine("参数错误：--rollback 只需要目标目录，例如 portal sync --rollback /srv/kiosk/site。");
                    return ExitCodes.BadArguments;
                }

                return Rollback(first, mode);
            }

            if (second is null)
            {
                Console.Error.WriteLine("参数错误：需要来源和目标，例如 portal sync /media/usb/huatang.zip /srv/kiosk/site。");
                return ExitCodes.BadArguments;
            }

            if (parse.GetValue(timeout) < 1 || parse.GetValue(attempts) < 1 || parse.GetValue(minRate) < 1)
            {
                Console.Error.WriteLine("参数错误：--timeout、--retries 和 --min-rate 必须是正整数。");
                return ExitCodes.BadArguments;
            }

            var http = new HttpSourceOptions
            {
                Timeout = TimeSpan.FromSeconds(parse.GetValue(timeout)),
                Attempts = parse.GetValue(attempts),
                MinimumBytesPerSecond = parse.GetValue(minRate) * 1024L,
            };
            return await Sync(first, second, mode, http, cancel);
        });
        return command;
    }

    /// <summary>A size for people: 812 B, 14.2 KB, 3.1 MB.</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => (bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " KB",
        _ => (bytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB",
    };

    private static async Task<int> Sync(string from, string to, SiteSwitchMode mode, HttpSourceOptions http, CancellationToken cancel)
    {
        try
        {
            using var source = SyncSources.Open(from, http);
            SyncResult result;
            if (Console.IsOutputRedirected)
            {
                result = await KioskSync.SyncAsync(source, to, mode, new PlainLog(), cancel);
            }
            else
            {
                result = await Terminal.Console.Progress()
                    .AutoClear(true)
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new DownloadedColumn(), new TransferSpeedColumn(), new RemainingTimeColumn())
                    .StartAsync(ctx => KioskSync.SyncAsync(source, to, mode, new ProgressBar(ctx), cancel));
            }

            Report(result, to, mode);
            return ExitCodes.Ok;
        }
        catch (KioskException e)
        {
            Console.Error.WriteLine("更新失败：" + e.Message);
            if (e.Failure == KioskFailure.TransferFailed)
            {
                Console.Error.WriteLine("当前版本照常使用。已下载并通过校验的文件已保留，重新运行同一命令会从中断处继续。");
            }

            return e.Failure == KioskFailure.NotFound ? ExitCodes.BadArguments : ExitCodes.ContentErrors;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("已中断。当前版本照常使用，重新运行同一命令会从中断处继续。");
            return ExitCodes.ContentErrors;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"更新失败，当前版本照常使用：{e.Message}");
            return ExitCodes.ContentErrors;
        }
    }

    private static void Report(SyncResult r, string target, SiteSwitchMode mode)
    {
        var m = r.Installed;
        var label = m.BuildId + (m.ProfileLabel is { } p ? $"（配置 {p}）" : "");
        if (r.Outcome == SyncOutcome.UpToDate)
        {
            Console.WriteLine($"已是最新版本：构建 {label}，无需更新。");
            return;
        }

        Console.WriteLine($"更新完成：{target} 现在是构建 {label}" + (m.BuildTime is { } t ? $"，构建于 {t}" : "") + "。");
        if (r.AdoptedVersionFolder)
        {
            Console.WriteLine($"  本机已有这个版本的完整副本（中断的运行留下，或回退前的版本），重新校验通过后直接启用，未重新下载；用时 {r.Elapsed.TotalSeconds:0.0} 秒。");
        }
        else
        {
            var linked = r.Linked > 0 ? $"（其中 {r.Linked} 个为硬链接，不占额外空间）" : "";
            Console.WriteLine($"  共 {m.Files.Count} 个文件：下载 {r.Fetched} 个（{Size(r.BytesFetched)}），本地复用 {r.Reused} 个{linked}，续传前已完成 {r.Resumed} 个；用时 {r.Elapsed.TotalSeconds:0.0} 秒。");
        }

        if (r.PreviousBuildId is { } previous)
        {
            Console.WriteLine($"  上一版本 {previous} 已保留，可用 portal sync --rollback {target}{SwitchFlag(mode)} 回退。");
        }
    }

    /// <summary>The --switch flag to repeat in a suggested command, when the mode is not this system's default.</summary>
    private static string SwitchFlag(SiteSwitchMode mode) =>
        mode == SiteSwitchModes.Default ? "" : " --switch " + mode.ToString().ToLowerInvariant();

    private static int Rollback(string target, SiteSwitchMode mode)
    {
        try
        {
            var result = KioskSync.Rollback(target, mode);
            Console.WriteLine($"已回退：{target} 现在是构建 {result.ToBuildId}" + (result.FromBuildId is { } from ? $"（原为 {from}，已保留，再次执行 --rollback 可恢复）" : "") + "。");
            return ExitCodes.Ok;
        }
        catch (KioskException e)
        {
            Console.Error.WriteLine("回退失败：" + e.Message);
            return e.Failure == KioskFailure.NotFound ? ExitCodes.BadArguments : ExitCodes.ContentErrors;
        }
    }

    /// <summary>Redirected output (a systemd timer's journal): one line for the plan, none per chunk.</summary>
    private sealed class PlainLog : ISyncObserver
    {
        public void Planned(SyncPlan plan) =>
            Console.WriteLine($"新版本 {plan.Incoming.BuildId}：{plan.Files} 个文件，需下载 {plan.ToFetch} 个（{Size(plan.BytesToFetch)}），本地复用 {plan.ToReuse} 个，已暂存 {plan.AlreadyStaged} 个。");

        public void Transferred(long bytes)
        {
        }

        public void FileDone(string path)
        {
        }
    }

    /// <summary>A Spectre progress bar over the bytes to fetch.</summary>
    private sealed class ProgressBar(ProgressContext context) : ISyncObserver
    {
        private ProgressTask? _task;

        public void Planned(SyncPlan plan) =>
            _task = context.AddTask($"下载 {plan.ToFetch} 个文件", maxValue: Math.Max(1, plan.BytesToFetch));

        public void Transferred(long bytes) => _task?.Increment(bytes);

        public void FileDone(string path)
        {
        }
    }
}
