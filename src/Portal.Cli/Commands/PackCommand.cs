using System.CommandLine;
using Portal.Kiosk;
using Portal.Kiosk.Packaging;

namespace Portal.Cli.Commands;

/// <summary>
/// <c>portal pack --kiosk ID</c> (build that kiosk, then pack it) or <c>portal pack SITE_DIR</c> (pack a
/// built kiosk site): a zip with manifest.json, for a USB stick or a web host <c>portal sync</c> reads.
/// </summary>
public static class PackCommand
{
    public static Command Create()
    {
        var site = new Argument<string?>("网站目录") { Description = "已构建的信息亭网站目录，例如 output/kiosks/huatang（用 --kiosk 时不需要）", Arity = ArgumentArity.ZeroOrOne };
        var output = new Option<string?>("--output", "-o") { Description = "压缩包路径（默认：网站目录名加 .zip；用 --kiosk 时为 kiosk-<编号>.zip）", HelpName = "文件" };
        var kiosk = new Option<string?>("--kiosk") { Description = "先为 site.yml 中这个编号的触摸屏构建网站，再打包", HelpName = "编号" };
        var build = new CommonOptions();
        var command = new Command("pack", "把已构建的信息亭网站打包成 zip（根目录含 manifest.json：每个文件的路径、大小、SHA-256，以及构建编号、时间和配置），用于 U 盘拷贝或发布到网址供 portal sync 使用。")
        {
            site,
            output,
            kiosk,
        };
        build.AddTo(command, withOutput: false);
        command.SetAction(parse =>
        {
            if (parse.GetValue(kiosk) is { } kioskId)
            {
                return BuildAndPack(build.Read(parse), kioskId, parse.GetValue(output) ?? $"kiosk-{kioskId}.zip");
            }

            if (parse.GetValue(site) is not { } siteDir)
            {
                Console.Error.WriteLine("请给出已构建的网站目录，或用 --kiosk 编号 先构建再打包。");
                return ExitCodes.BadArguments;
            }

            if (!Directory.Exists(siteDir))
            {
                Console.Error.WriteLine($"找不到网站目录 {siteDir}。请先构建信息亭网站，例如 portal build --kiosk ID。");
                return ExitCodes.BadArguments;
            }

            return Pack(siteDir, parse.GetValue(output) ?? Path.GetFullPath(siteDir).TrimEnd(Path.DirectorySeparatorChar) + ".zip");
        });
        return command;
    }

    /// <summary>Builds the kiosk into a temporary folder (never touching output/) and packs that.</summary>
    private static int BuildAndPack(BuildOptions options, string kioskId, string zip)
    {
        if (CommonOptions.ProblemWith(options) is { } problem)
        {
            Console.Error.WriteLine(problem);
            return ExitCodes.BadArguments;
        }

        var temp = Path.Combine(Path.GetTempPath(), "portal-pack-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            var report = Progress.ProgressDisplay.Around(progress => SiteBuilder.Build(options with { Paths = Load.BuildPaths.From(options.Paths.Input, options.Paths.Theme, temp), Kiosk = kioskId, Progress = progress }));
            ReportPrinter.Diagnostics(report, Console.Out);
            if (!report.Succeeded)
            {
                Console.Error.WriteLine($"触摸屏 {kioskId} 构建失败，没有打包。");
                return ExitCodes.ContentErrors;
            }

            return Pack(temp, zip, $"触摸屏 {kioskId} 的网站");
        }
        finally
        {
            if (Directory.Exists(temp))
            {
                Directory.Delete(temp, recursive: true);
            }
        }
    }

    private static int Pack(string siteDir, string zip, string? display = null)
    {
        try
        {
            var result = KioskPackage.Pack(siteDir, zip);
            var m = result.Manifest;
            Console.WriteLine($"已打包 {display ?? siteDir} → {Display(result.ZipPath)}");
            Console.WriteLine($"  构建编号 {m.BuildId}" + (m.BuildTime is { } time ? $" · 构建时间 {time}" : "") + (m.ProfileLabel is { } p ? $" · 配置 {p}" : " · 无 kiosk.json"));
            Console.WriteLine($"  {m.Files.Count} 个文件，共 {SyncCommand.Size(m.TotalBytes)}，压缩包 {SyncCommand.Size(result.ZipBytes)}");
            return ExitCodes.Ok;
        }
        catch (KioskException e)
        {
            Console.Error.WriteLine("打包失败：" + e.Message);
            return e.Failure == KioskFailure.NotFound ? ExitCodes.BadArguments : ExitCodes.ContentErrors;
        }
    }

    /// <summary>The path relative to the working folder when it is inside it, else in full.</summary>
    private static string Display(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
