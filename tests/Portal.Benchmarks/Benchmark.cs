using System.Diagnostics;
using System.Runtime;
using System.Runtime.InteropServices;
using System.Text.Json;
using static System.FormattableString;

namespace Portal.Benchmarks;

/// <summary>
/// The parent process: generates each corpus, starts one child per measured engine build (full,
/// no-change, one-doc edit), optionally times Hugo on the same content, and prints the tables.
/// </summary>
internal static class Benchmark
{
    /// <summary>Fixed seeds: the same command always generates the same corpora, byte for byte.</summary>
    public const int CorpusSeed = 20261123;
    public const int WarmupSeed = 7;

    public static int Run(BenchmarkOptions options)
    {
        if (!Directory.Exists(Path.Combine(options.ThemeDir, "layouts")))
        {
            throw new BenchmarkException($"no theme at {options.ThemeDir} (expected a layouts/ folder there); pass --theme DIR");
        }

        var hugo = options.Hugo ? HugoRunner.Version() : null;
        Console.WriteLine(Invariant($"Portal.Benchmarks — {RuntimeInformation.OSDescription}, {Environment.ProcessorCount} CPUs, {RuntimeInformation.FrameworkDescription}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC"));
        Console.WriteLine($"work: {options.WorkDir}   theme: {options.ThemeDir} (copied to the work folder first)   now: {CorpusGenerator.Now:yyyy-MM-dd HH:mm zzz}");
        if (options.Hugo)
        {
            Console.WriteLine(hugo is null ? "hugo: not found on PATH, Hugo comparison skipped" : $"{hugo}; peak memory via /usr/bin/time -v: {(Measure.CanMeasurePeak ? "yes" : "no (install GNU time: apt-get install -y time)")}");
        }

        var layout = new WorkLayout(options.WorkDir);
        options = options with { ThemeDir = SnapshotTheme(options.ThemeDir, layout.ThemeSnapshot) };
        PortalInput.Write(new CorpusGenerator(WarmupSeed).Generate(WorkLayout.WarmupDocuments), layout.WarmupInput, layout.Trash);

        var rows = new List<ResultRow>();
        var stageTables = new List<string>();
        foreach (var docs in options.Sizes)
        {
            Console.WriteLine();
            var clock = Stopwatch.StartNew();
            var corpus = new CorpusGenerator(CorpusSeed).Generate(docs);
            var generated = clock.Elapsed;
            var bytes = PortalInput.Write(corpus, layout.CorpusInput(docs), layout.Trash);
            File.WriteAllText(layout.EditTarget(docs), corpus.EditTarget.RelativePath);
            Console.WriteLine($"corpus-{docs}: {Describe(corpus, bytes)}; generated in {Report.Seconds(generated.TotalSeconds)}, written in {Report.Seconds((clock.Elapsed - generated).TotalSeconds)}");
            Console.WriteLine($"  edit target: {corpus.EditTarget.RelativePath}");

            var results = new List<EngineResult>();
            foreach (var scenario in Scenarios.All)
            {
                var runs = Enumerable.Range(1, options.Runs).Select(run => Child(options, docs, scenario, run)).ToList();
                results.AddRange(runs);
                var loads = runs.Where(r => r.LoadBefore is not null).Select(r => r.LoadBefore!.Value).ToList();
                rows.Add(new ResultRow(docs, "portal", scenario, runs.Count, Measure.Median(runs.Select(r => r.WallSeconds).ToList()),
                    Measure.Median(runs.Select(r => r.CpuSeconds).ToList()), loads.Count > 0 ? Measure.Median(loads) : null,
                    runs.Max(r => r.PeakBytes), runs[0].OutputFiles, runs[0].OutputBytes, scenario == Scenario.Full ? null : Report.Count(runs.Max(r => r.Written))));
            }

            stageTables.Add(Report.Stages(docs, results));
            if (hugo is not null)
            {
                rows.AddRange(HugoRunner.Run(corpus, layout.Hugo(docs), docs, hugo, layout.Trash));
            }
        }

        layout.Trash.Empty();
        Console.WriteLine();
        Console.WriteLine(Report.Table(rows));
        Console.WriteLine(Report.Ratios(rows));
        Console.WriteLine(Report.CpuTable(rows));
        foreach (var table in stageTables)
        {
            Console.WriteLine(table);
        }

        Console.WriteLine("portal: wall time is SiteBuilder.Build in-process after a warm-up build (no JIT, no process start); peak memory is the child process's peak RSS.");
        Console.WriteLine("both: every measured build starts after `sync`, and the folders replaced between builds (outputs, corpora) are moved aside and deleted only after the last one, so no build pays for writing back or deleting another one's files.");
        if (hugo is not null)
        {
            Console.WriteLine($"hugo: wall time is the whole process (start to exit), median of {HugoRunner.Runs}; peak memory is max RSS from /usr/bin/time -v. The Hugo layouts are simpler than the engine's theme and it makes no region, category, archive or Atom pages.");
        }

        return 0;
    }

    /// <summary>
    /// Copies the theme once and builds every corpus with the copy: the theme may be edited while a
    /// benchmark runs, and a changed template between the full build and the no-change rebuild would
    /// make the rebuild rewrite every page and measure the wrong thing.
    /// </summary>
    public static string SnapshotTheme(string theme, string snapshot)
    {
        if (Directory.Exists(snapshot))
        {
            Directory.Delete(snapshot, recursive: true);
        }

        foreach (var file in Directory.EnumerateFiles(theme, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(snapshot, Path.GetRelativePath(theme, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return snapshot;
    }

    /// <summary>Runs one measured build in a fresh process and reads back its RESULT line.</summary>
    public static EngineResult Child(BenchmarkOptions options, int docs, Scenario scenario, int run)
    {
        var (file, args) = Measure.Self(
        [
            "--single", docs.ToString(System.Globalization.CultureInfo.InvariantCulture), "--scenario", scenario.Name(),
            "--run", run.ToString(System.Globalization.CultureInfo.InvariantCulture), "--work", options.WorkDir, "--theme", options.ThemeDir,
        ]);
        var process = Measure.Run(file, args);
        var line = process.Stdout.Split('\n').FirstOrDefault(l => l.StartsWith(EngineChild.ResultPrefix, StringComparison.Ordinal));
        if (process.ExitCode != 0 || line is null)
        {
            throw new BenchmarkException($"engine {scenario.Label()} of corpus-{docs} failed (exit {process.ExitCode}):\n{process.Stderr}{process.Stdout}");
        }

        var result = JsonSerializer.Deserialize<EngineResult>(line[EngineChild.ResultPrefix.Length..])
            ?? throw new BenchmarkException("child printed an empty result");
        Report.Engine(result);
        return result;
    }

    public static string Describe(GeneratedCorpus corpus, long bytes)
    {
        var docs = corpus.Documents;
        var kinds = string.Join(", ", docs.GroupBy(d => d.Folder).Select(g => $"{Report.Count(g.Count())} {g.Key}"));
        var hanzi = docs.Average(d => d.Body.Count(c => c is >= '\u4e00' and <= '\u9fff'));
        var tables = docs.Count(d => d.Body.Contains("|---|", StringComparison.Ordinal));
        var links = docs.Sum(d => d.Body.Split("](../").Length - 1);
        var scheduled = docs.Count(d => d.IsScheduled);
        return Invariant($"{kinds}; {bytes / 1024.0 / 1024.0:0.0} MB, {hanzi:0} 汉字 per body, tables in {100.0 * tables / docs.Count:0}%, {links} cross-links, {scheduled} scheduled");
    }
}
