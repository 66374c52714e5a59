using System.CommandLine;
using Portal.Cli.Progress;
using Portal.Content;
using Portal.Diagnostics;
using Portal.Load;
using Portal.Output;
using Spectre.Console;

namespace Portal.Cli.Commands;

/// <summary><c>portal build</c>: build the site into the output folder, replacing it only on success.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var options = new CommonOptions();
        var kiosk = new Option<string?>("--kiosk") { Description = "为 site.yml 中指定编号的触摸屏构建（只含面向该地区的内容，触摸屏界面）", HelpName = "编号" };
        var allKiosks = new Option<bool>("--all-kiosks") { Description = "为 site.yml 中的每个触摸屏分别构建，输出到 <输出目录>/kiosks/<编号>/" };
        var command = new Command("build", "构建网站：校验全部内容，成功后整体替换输出目录（失败时保留上一次的结果）。");
        options.AddTo(command);
        command.Options.Add(kiosk);
        command.Options.Add(allKiosks);
        command.SetAction(parse =>
        {
            var build = options.Read(parse);
            var verbose = parse.GetValue(options.Verbose);
            var kioskId = parse.GetValue(kiosk);
            if (parse.GetValue(allKiosks))
            {
                return kioskId is null ? BuildAllKiosks(build, verbose) : Refuse("--kiosk 和 --all-kiosks 只能选一个。");
            }

            if (CommonOptions.ProblemWith(build) is { } problem)
            {
                return Refuse(problem);
            }

            if (kioskId is not null && KnownKiosks(build) is { } known && !known.Any(k => k.Id == kioskId))
            {
                return Refuse(known.Count == 0
                    ? $"site.yml 中没有触摸屏配置（kiosks），无法构建“{kioskId}”。"
                    : $"site.yml 中没有编号为“{kioskId}”的触摸屏，已有：{string.Join("、", known.Select(k => k.Id))}。");
            }

            return Run(build with { Kiosk = kioskId }, verbose, kioskId is null ? "构建" : $"触摸屏 {kioskId} 构建");
        });
        return command;
    }

    /// <summary>One build per kiosk profile into output/kiosks/ID/; each is atomic on its own, and one failure fails the command.</summary>
    private static int BuildAllKiosks(BuildOptions build, bool verbose)
    {
        // The output folder holds kiosks/ID/ folders (each with its own manifest), not a site of its own:
        // check where it is, then each kiosk folder in full, before building any of them.
        if ((CommonOptions.ProblemWith(build with { WriteOutput = false }) ?? OutputFolderRules.PlacementProblem(build.Paths)) is { } problem)
        {
            return Refuse(problem);
        }

        var profiles = KnownKiosks(build);
        if (profiles is null)
        {
            // site.yml itself is broken: a normal build reports why, with file:line.
            return Run(build, verbose, "构建");
        }

        if (profiles.Count == 0)
        {
            return Refuse("site.yml 中没有触摸屏配置（kiosks），没有可构建的触摸屏。");
        }

        if (profiles.Select(p => OutputFolderRules.ProblemWith(KioskPaths(build, p))).FirstOrDefault(p => p is not null) is { } kioskProblem)
        {
            return Refuse(kioskProblem);
        }

        var worst = ExitCodes.Ok;
        foreach (var profile in profiles)
        {
            var paths = KioskPaths(build, profile);
            var output = paths.Output;
            Terminal.Console.MarkupLine(Markup.Escape($"触摸屏 {profile.Id}（{profile.Name}）→ {Path.GetRelativePath(Environment.CurrentDirectory, output)}"));
            var exit = Run(build with { Paths = paths, Kiosk = profile.Id }, verbose, $"触摸屏 {profile.Id} 构建");
            worst = Math.Max(worst, exit);
        }

        return worst;
    }

    private static BuildPaths KioskPaths(BuildOptions build, KioskProfile profile) =>
        build.Paths with { Output = Path.Combine(build.Paths.Output, "kiosks", profile.Id) };

    private static int Run(BuildOptions build, bool verbose, string verb)
    {
        var report = ProgressDisplay.Around(progress => SiteBuilder.Build(build with { Progress = progress }));
        ReportPrinter.Diagnostics(report, Console.Out);
        ReportPrinter.Summary(report, Terminal.Console, verbose, verb);
        return report.Succeeded ? ExitCodes.Ok : ExitCodes.ContentErrors;
    }

    /// <summary>The kiosk profiles of site.yml, or null when site.yml cannot be read (the build then reports it).</summary>
    private static IReadOnlyList<KioskProfile>? KnownKiosks(BuildOptions build)
    {
        var paths = build.Paths;
        var config = SiteConfigLoader.Load(Path.Combine(paths.Input, InputScanner.SiteConfigFile), paths.InputDisplay + "/" + InputScanner.SiteConfigFile, new DiagnosticBag());
        return config?.Kiosks;
    }

    private static int Refuse(string message)
    {
        Console.Error.WriteLine(message);
        return ExitCodes.BadArguments;
    }
}
