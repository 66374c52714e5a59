using System.Globalization;
using System.Text;
using static System.FormattableString;

namespace Portal.Benchmarks;

/// <summary>Everything the benchmark prints: progress lines while it runs, then Markdown tables for the README.</summary>
internal static class Report
{
    public static string Seconds(double seconds) => Invariant($"{seconds:0.00} s");

    public static string Megabytes(long? bytes) => bytes is { } b ? Invariant($"{b / 1024.0 / 1024.0:0} MB") : "n/a";

    public static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    public static string DocsPerSecond(int docs, double seconds) => (docs / seconds).ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>One engine build as it finishes: the headline figures, then where the time went.</summary>
    public static void Engine(EngineResult r)
    {
        Console.WriteLine(Invariant(
            $"  portal       {Scenarios.Parse(r.Scenario)!.Value.Label(),-22} {Seconds(r.WallSeconds)} (cpu {Seconds(r.CpuSeconds)}, load {Load(r.LoadBefore)}), {DocsPerSecond(r.Documents, r.WallSeconds)} docs/s, {Count(r.OutputFiles)} files ({Count(r.Written)} written, {Count(r.Unchanged)} unchanged), peak {Megabytes(r.PeakBytes)}, allocated {r.AllocatedBytes / 1024.0 / 1024.0 / 1024.0:0.0} GB, gen2 GCs {r.Gen2Collections}"));
        Console.WriteLine("               stages: " + string.Join(" | ", r.Stages.Select(s => s.Stage + " " + Seconds(s.Seconds))));
        if (r.Warnings > 0)
        {
            Console.WriteLine($"               {r.Warnings} warning(s), e.g. {string.Join(" / ", r.SampleWarnings)}");
        }
    }

    public static void Hugo(ResultRow row, IReadOnlyList<double> walls) =>
        Console.WriteLine($"  {row.Tool,-12} {row.Scenario.Label(),-22} {Seconds(row.WallSeconds)} (runs: {string.Join(", ", walls.Select(Seconds))}; cpu {(row.CpuSeconds is { } cpu ? Seconds(cpu) : "n/a")}, load {Load(row.LoadBefore)}), {Count(row.OutputFiles)} files, peak {Megabytes(row.PeakBytes)}");

    public static string Load(double? load) => load is { } l ? Invariant($"{l:0.0}") : "n/a";

    /// <summary>The README table: one row per corpus, tool and scenario.</summary>
    public static string Table(IEnumerable<ResultRow> rows)
    {
        var table = new StringBuilder();
        table.AppendLine("| corpus | tool | wall time | docs/s | peak memory | output files | output bytes |");
        table.AppendLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var row in rows)
        {
            var runs = row.Runs > 1 ? $", median of {row.Runs}" : "";
            var files = Count(row.OutputFiles) + (row.Written is { } written ? $" ({written} written)" : "");
            table.AppendLine($"| {Count(row.Documents)} docs | {row.Tool}: {row.Scenario.Label()}{runs} | {Seconds(row.WallSeconds)} | {DocsPerSecond(row.Documents, row.WallSeconds)} | {Megabytes(row.PeakBytes)} | {files} | {Megabytes(row.OutputBytes)} |");
        }

        return table.ToString();
    }

    /// <summary>
    /// The budgets of issue 11 are ratios to Hugo in the same run: portal's full build over Hugo's full build
    /// for wall time, peak memory and output bytes (lower is better; the goal is 0.3, 0.3 and 1.5), and
    /// portal's rebuild with nothing changed over Hugo's full build (budget 0.1).
    /// </summary>
    public static string Ratios(IReadOnlyList<ResultRow> rows)
    {
        var table = new StringBuilder();
        table.AppendLine("| corpus | full build wall ÷ Hugo | peak memory ÷ Hugo | output bytes ÷ Hugo | no-change rebuild ÷ Hugo's full build |");
        table.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var docs in rows.Select(r => r.Documents).Distinct())
        {
            var portal = rows.FirstOrDefault(r => r.Documents == docs && r.Tool == "portal" && r.Scenario == Scenario.Full);
            var hugo = rows.FirstOrDefault(r => r.Documents == docs && r.Tool != "portal" && r.Scenario == Scenario.Full);
            if (portal is null || hugo is null)
            {
                continue;
            }

            var peak = portal.PeakBytes is { } p && hugo.PeakBytes is { } h && h > 0 ? Invariant($"{(double)p / h:0.00}×") : "n/a";
            var unchanged = rows.FirstOrDefault(r => r.Documents == docs && r.Tool == "portal" && r.Scenario == Scenario.NoChange) is { } same
                ? Invariant($"{same.WallSeconds / hugo.WallSeconds:0.000}×")
                : "n/a";
            table.AppendLine(Invariant($"| {Count(docs)} docs | {portal.WallSeconds / hugo.WallSeconds:0.00}× | {peak} | {(double)portal.OutputBytes / Math.Max(1, hugo.OutputBytes):0.00}× | {unchanged} |"));
        }

        return table.ToString();
    }

    /// <summary>
    /// CPU time beside wall time, and the load average when the build started: on a machine shared with
    /// other work, wall time far above CPU time / CPU count means the build was waiting for a CPU.
    /// </summary>
    public static string CpuTable(IEnumerable<ResultRow> rows)
    {
        var table = new StringBuilder();
        table.AppendLine(Invariant($"| corpus | tool | wall time | cpu time (user+sys) | load avg before ({Environment.ProcessorCount} CPUs) |"));
        table.AppendLine("|---|---|---:|---:|---:|");
        foreach (var row in rows)
        {
            table.AppendLine($"| {Count(row.Documents)} docs | {row.Tool}: {row.Scenario.Label()} | {Seconds(row.WallSeconds)} | {(row.CpuSeconds is { } cpu ? Seconds(cpu) : "n/a")} | {Load(row.LoadBefore)} |");
        }

        return table.ToString();
    }

    /// <summary>The engine's own stage timings for one corpus, one column per scenario (medians when --runs &gt; 1).</summary>
    public static string Stages(int docs, IReadOnlyList<EngineResult> results)
    {
        var columns = Scenarios.All.Select(s => results.Where(r => r.Scenario == s.Name()).ToList()).Where(c => c.Count > 0).ToList();
        var stages = results.SelectMany(r => r.Stages.Select(s => s.Stage)).Distinct().ToList();
        var table = new StringBuilder();
        table.AppendLine($"engine stages, {Count(docs)} docs:");
        table.AppendLine();
        table.AppendLine("| stage | " + string.Join(" | ", columns.Select(c => Scenarios.Parse(c[0].Scenario)!.Value.Label())) + " |");
        table.AppendLine("|---|" + string.Concat(columns.Select(_ => "---:|")));
        foreach (var stage in stages)
        {
            table.AppendLine($"| {stage} | " + string.Join(" | ", columns.Select(c => Seconds(Measure.Median(c.Select(r => r.Stages.Where(s => s.Stage == stage).Sum(s => s.Seconds)).ToList())))) + " |");
        }

        table.AppendLine("| **sum of stages** | " + string.Join(" | ", columns.Select(c => Seconds(Measure.Median(c.Select(r => r.Stages.Sum(s => s.Seconds)).ToList())))) + " |");
        table.AppendLine("| **wall (Build call)** | " + string.Join(" | ", columns.Select(c => Seconds(Measure.Median(c.Select(r => r.WallSeconds).ToList())))) + " |");
        return table.ToString();
    }
}
