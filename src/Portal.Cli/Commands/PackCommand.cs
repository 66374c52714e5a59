using System.CommandLine;
using Portal.Kiosk;
using Portal.Kiosk.Packaging;

namespace Portal.Cli.Commands;

/// <summary><c>portal pack SITE_DIR</c>: a built kiosk site as a zip with manifest.json, for USB or publishing.</summary>
public static class PackCommand
{
    public static Command Create()
    {
        var site = new Argument<string>("网站目录") { Description = "已构建的信息亭网站目录，例如 output/kiosks/huatang" };
        var output = new Option<string?>("--output", "-o") { Description = "压缩包路径（默认：网站目录名加 .zip，放在它旁边）", HelpName = "文件" };
        var command = new Command("pack", "把已构建的信息亭网站打包成 zip（根目录含 manifest.json：每个文件的路径、大小、SHA-256，以及构建编号、时间和配置），用于 U 盘拷贝或发布到网址供 portal sync 使用。")
        {
            site,
            output,
        };
        command.SetAction(parse =>
        {
            var siteDir = parse.GetValue(site)!;
            if (!Directory.Exists(siteDir))
            {
                Console.Error.WriteLine($"找不到网站目录 {siteDir}。请先构建信息亭网站，例如 portal build --kiosk ID。");
                return ExitCodes.BadArguments;
            }

            var zip = parse.GetValue(output) ?? Path.GetFullPath(siteDir).TrimEnd(Path.DirectorySeparatorChar) + ".zip";
            try
            {
                var result = KioskPackage.Pack(siteDir, zip);
                var m = result.Manifest;
                Console.WriteLine($"已打包 {siteDir} → {Display(result.ZipPath)}");
                Console.WriteLine($"  构建编号 {m.BuildId}" + (m.BuildTime is { } time ? $" · 构建时间 {time}" : "") + (m.ProfileLabel is { } p ? $" · 配置 {p}" : " · 无 kiosk.json"));
                Console.WriteLine($"  {m.Files.Count} 个文件，共 {SyncCommand.Size(m.TotalBytes)}，压缩包 {SyncCommand.Size(result.ZipBytes)}");
                return ExitCodes.Ok;
            }
            catch (KioskException e)
            {
                Console.Error.WriteLine("打包失败：" + e.Message);
                return e.Failure == KioskFailure.NotFound ? ExitCodes.BadArguments : ExitCodes.ContentErrors;
            }
        });
        return command;
    }

    /// <summary>The path relative to the working folder when it is inside it, else in full.</summary>
    private static string Display(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
