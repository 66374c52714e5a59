using System.Diagnostics;
using System.Text.Json;
using Portal.Diagnostics;
using Portal.Load;

namespace Portal.Benchmarks;

/// <summary>
/// The child process: one warm-up build of the small corpus (JIT, first use of Markdig, AngleSharp and
/// Scriban), then exactly one measured build of corpus N in the given scenario, in-process. It prints
/// one line, <c>RESULT {json}</c>, which the parent collects; problems go to stderr with exit code 1.
/// </summary>
internal static class EngineChild
{
    public const string ResultPrefix = "RESULT ";

    public static int Run(BenchmarkOptions options, int docs)
    {
        var layout = new WorkLayout(options.WorkDir);
        var warmup = Build(layout.WarmupInput, options.ThemeDir, layout.WarmupOutput);
        if (!warmup.Succeeded)
        {
            return Fail("warm-up corpus", warmup);
        }

        var input = layout.CorpusInput(docs);
        var output = layout.CorpusOutput(docs);
        switch (options.Scenario)
        {
            case Scenario.Full:
                layout.Trash.MoveAside(output);
                break;
            case Scenario.Edit:
                OneDocEdit.Apply(Path.Combine(input, File.ReadAllText(layout.EditTarget(docs)).Trim()), options.Run);
                break;
        }

        Measure.SettleDisk();

        // Start from a clean heap so garbage from the warm-up is not collected on the measured build's time.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var gen2Before = GC.CollectionCount(2);
        var load = Measure.LoadAverage();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var report = Build(input, options.ThemeDir, output);
        clock.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        if (!report.Succeeded)
        {
            return Fail($"corpus-{docs}", report);
        }

        // A fast build of empty pages is no result: one in-place rendering bug once made exactly that.
        if (Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).FirstOrDefault(f => new FileInfo(f).Length == 0) is { } empty)
        {
            Console.Error.WriteLine($"engine build of corpus-{docs} wrote an empty page: {empty}");
            return 1;
        }

        var warnings = report.Diagnostics.Where(d => d.Severity == Severity.Warning).ToList();
        var result = new EngineResult(
            docs,
            options.Scenario.Name(),
            options.Run,
            clock.Elapsed.TotalSeconds,
            report.FileCount,
            Measure.CountBytes(output),
            report.Published?.Written ?? 0,
            report.Published?.Unchanged ?? 0,
            Process.GetCurrentProcess().PeakWorkingSet64,
            GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore,
            GC.CollectionCount(2) - gen2Before,
            cpu.TotalSeconds,
            load,
            warnings.Count,
            warnings.Select(w => w.ToString()).Distinct().Take(3).ToList(),
            report.Timings.Select(t => new StageSeconds(t.Stage, t.Elapsed.TotalSeconds)).ToList());
        Console.WriteLine(ResultPrefix + JsonSerializer.Serialize(result));
        return 0;
    }

    private static BuildReport Build(string input, string theme, string output) =>
        SiteBuilder.Build(new BuildOptions(BuildPaths.From(input, theme, output)) { Now = CorpusGenerator.Now });

    /// <summary>Errors mean the generator wrote something the schema rejects (or the theme is broken): show why, stop.</summary>
    private static int Fail(string what, BuildReport report)
    {
        var errors = report.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Console.Error.WriteLine($"engine build of {what} failed with {errors.Count} error(s); the first {Math.Min(20, errors.Count)}:");
        foreach (var error in errors.Take(20))
        {
            Console.Error.WriteLine("  " + error);
        }

        return 1;
    }
}
