using System.ComponentModel;

namespace Portal.Benchmarks;

/// <summary>
/// Times <c>hugo --quiet --minify=false -d public</c> on the Hugo copy of a corpus, three runs per
/// scenario (median wall time, largest peak RSS), mirroring the engine's three scenarios. Hugo has no
/// JIT to warm, so its process wall time is comparable with the engine's in-process build time.
/// </summary>
internal static class HugoRunner
{
    public const int Runs = 3;

    private static readonly string[] Arguments = ["--quiet", "--minify=false", "-d", "public"];

    /// <summary>"hugo v0.111.3+extended …" shortened to "hugo 0.111.3", or null when hugo is not installed.</summary>
    public static string? Version()
    {
        try
        {
            var run = Measure.Run("hugo", ["version"]);
            var words = run.Stdout.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return run.ExitCode == 0 && words.Length > 1 ? "hugo " + words[1].TrimStart('v').Split('+')[0] : null;
        }
        catch (Win32Exception)
        {
            return null;
        }
    }

    public static IReadOnlyList<ResultRow> Run(GeneratedCorpus corpus, string siteDir, int docs, string tool, Trash trash)
    {
        HugoSite.Write(corpus, siteDir, trash);
        var publicDir = Path.Combine(siteDir, "public");
        var rows = new List<ResultRow>();
        foreach (var scenario in Scenarios.All)
        {
            var walls = new List<double>();
            var cpus = new List<double>();
            var loads = new List<double>();
            var peaks = new List<long>();
            for (var run = 1; run <= Runs; run++)
            {
                if (scenario == Scenario.Full)
                {
                    trash.MoveAside(publicDir);
                }
                else if (scenario == Scenario.Edit)
                {
                    OneDocEdit.Apply(Path.Combine(siteDir, "content", corpus.EditTarget.RelativePath), run);
                }

                Measure.SettleDisk();
                if (Measure.LoadAverage() is { } load)
                {
                    loads.Add(load);
                }

                var result = Measure.Run("hugo", Arguments, siteDir, measurePeak: true);
                if (result.ExitCode != 0)
                {
                    throw new BenchmarkException($"hugo failed on {siteDir} (exit {result.ExitCode}):\n{result.Stderr}{result.Stdout}");
                }

                walls.Add(result.Elapsed.TotalSeconds);
                if (result.PeakBytes is { } peak && result.CpuSeconds is { } cpu)
                {
                    peaks.Add(peak);
                    cpus.Add(cpu);
                }
            }

            var row = new ResultRow(docs, tool, scenario, Runs, Measure.Median(walls), cpus.Count > 0 ? Measure.Median(cpus) : null,
                loads.Count > 0 ? Measure.Median(loads) : null, peaks.Count > 0 ? peaks.Max() : null, Measure.CountFiles(publicDir), Measure.CountBytes(publicDir), null);
            rows.Add(row);
            Report.Hugo(row, walls);
        }

        return rows;
    }
}
