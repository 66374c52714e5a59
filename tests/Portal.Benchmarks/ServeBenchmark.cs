using System.Diagnostics;
using System.Runtime.InteropServices;
using Portal.Engine;
using Portal.Incremental;
using Portal.Load;
using static System.FormattableString;

namespace Portal.Benchmarks;

/// <summary>
/// <c>--serve</c>: what an editor waits for in <c>portal serve</c>. One <see cref="SiteEngine"/> builds the
/// corpus once, then, in the same process as serve does, takes one change at a time and reports two times:
/// until the changed pages are on disk (when the preview reloads the tab) and until the whole output,
/// search index and manifest included, equals a full build. Each build is told the edited file, as serve's
/// watcher tells it; the "seen by the watcher" rows also run the watcher and time from the save.
/// </summary>
internal static class ServeBenchmark
{
    public static int Run(BenchmarkOptions options)
    {
        var layout = new WorkLayout(options.WorkDir);
        var theme = Benchmark.SnapshotTheme(options.ThemeDir, layout.ThemeSnapshot);
        Console.WriteLine(Invariant($"Portal.Benchmarks --serve — {RuntimeInformation.OSDescription}, {Environment.ProcessorCount} CPUs, {RuntimeInformation.FrameworkDescription}"));
        foreach (var docs in options.Sizes)
        {
            var corpus = new CorpusGenerator(Benchmark.CorpusSeed).Generate(docs);
            var input = layout.CorpusInput(docs);
            PortalInput.Write(corpus, input, layout.Trash);
            var output = layout.CorpusOutput(docs) + "-serve";
            layout.Trash.MoveAside(output);

            var session = new SiteEngine(new BuildOptions(BuildPaths.From(input, theme, output)) { Now = CorpusGenerator.Now });
            var clock = Stopwatch.StartNew();
            var first = session.Build();
            Ensure(first, "first build");
            Console.WriteLine(Invariant($"\ncorpus-{docs}: first build in the session {clock.Elapsed.TotalSeconds:0.00} s, {first.FileCount:N0} files"));
            Console.WriteLine("| change | pages on disk | whole output | files written | path | slowest stages (all of 10 ms or more) |");
            Console.WriteLine("|---|---:|---:|---:|---|---|");

            var target = Path.Combine(input, corpus.EditTarget.RelativePath);
            for (var run = 1; run <= options.Runs; run++)
            {
                OneDocEdit.Apply(target, run);
                Measure(session, $"one document's body (run {run})", [target]);
            }

            for (var run = 1; run <= options.Runs; run++)
            {
                ThroughTheWatcher(session, input, theme, () => OneDocEdit.Apply(target, options.Runs + run), $"one document's body, saved and seen by the watcher (run {run})");
            }

            // Each run retitles the document again (another suffix), so every run rebuilds the lists it is in.
            for (var run = 1; run <= options.Runs; run++)
            {
                var text = File.ReadAllText(target);
                File.WriteAllText(target, System.Text.RegularExpressions.Regex.Replace(text, "(?m)^title: (\"?)(.*?)(\"?)$", run % 2 == 1 ? "title: $1$2（修订）$3" : "title: $1$2（再修订）$3"));
                Measure(session, $"one document's title: lists, tags, feeds (run {run})", [target]);
            }

            var partial = Path.Combine(theme, "partials", "footer.html");
            var layoutFile = Path.Combine(theme, "layouts", "policy.html");
            var restorePartial = File.ReadAllText(partial);
            var restoreLayout = File.ReadAllText(layoutFile);
            try
            {
                File.AppendAllText(layoutFile, "\n{{# benchmark edit }}\n<p hidden>policy layout edit</p>\n");
                Measure(session, "one layout (policy.html)", [layoutFile]);
                File.WriteAllText(partial, restorePartial.Replace("</footer>", "<p hidden>footer edit</p></footer>", StringComparison.Ordinal));
                Measure(session, "a partial on every page (footer.html)", [partial]);
            }
            finally
            {
                File.WriteAllText(partial, restorePartial);
                File.WriteAllText(layoutFile, restoreLayout);
            }

        }

        layout.Trash.Empty();
        return 0;
    }

    private static void Measure(SiteEngine session, string change, IReadOnlyCollection<string>? changed)
    {
        var paused = GC.GetTotalPauseDuration();
        var clock = Stopwatch.StartNew();
        TimeSpan? pages = null;
        var report = session.Build(changed, _ => pages ??= clock.Elapsed);
        var total = clock.Elapsed;
        // The garbage collector's pauses are inside the stages' times; shown apart since they move with the heap, not the change.
        var gc = GC.GetTotalPauseDuration() - paused;
        Ensure(report, change);
        Row(change, pages ?? total, total, report, string.Join(", ", report.Timings.OrderByDescending(t => t.Elapsed).Where((t, i) => i < 3 || t.Elapsed.TotalMilliseconds >= 10).Take(10).Select(t => $"{t.Stage} {Ms(t.Elapsed)}")) + $"; GC pauses {Ms(gc)}");
    }

    private static void Row(string change, TimeSpan pages, TimeSpan total, BuildReport report, string stages) =>
        Console.WriteLine(Invariant($"| {change} | {Ms(pages)} | {Ms(total)} | {report.ChangedFiles?.Count ?? 0:N0} | {(report.Timings.Any(t => t.Stage == "write-pages") ? "body-edit shortcut" : "cached pipeline")} | {stages} |"));

    /// <summary>
    /// From outside the build: the edit is saved to disk and serve's <see cref="ChangeWatcher"/> (with its
    /// settle time) starts the build, as in <c>portal serve</c>; timed from just before the save.
    /// </summary>
    private static void ThroughTheWatcher(SiteEngine session, string input, string theme, Action save, string change)
    {
        using var done = new ManualResetEventSlim();
        TimeSpan? pages = null;
        TimeSpan? total = null;
        BuildReport? report = null;
        var clock = new Stopwatch();
        var gate = new object();
        using var watcher = new ChangeWatcher([input, theme], changed =>
        {
            // One build per save is measured; a late event of the same save builds nothing more here (serve
            // would build again, one at a time, as PreviewBuilds does).
            lock (gate)
            {
                if (done.IsSet)
                {
                    return;
                }

                report = session.Build(changed, _ => pages ??= clock.Elapsed);
                total = clock.Elapsed;
                done.Set();
            }
        }, ChangeWatcher.Settle);
        clock.Start();
        save();
        if (!done.Wait(TimeSpan.FromSeconds(30)))
        {
            throw new BenchmarkException($"{change}: the watcher started no build within 30 s");
        }

        lock (gate)
        {
            Ensure(report!, change);
        }

        Row(change, pages ?? total!.Value, total!.Value, report!, Invariant($"settle {ChangeWatcher.Settle.TotalMilliseconds:0} ms, then as above"));
    }

    private static string Ms(TimeSpan time) => time.TotalSeconds >= 1 ? Invariant($"{time.TotalSeconds:0.00} s") : Invariant($"{time.TotalMilliseconds:0} ms");

    private static void Ensure(BuildReport report, string what)
    {
        if (!report.Succeeded)
        {
            throw new BenchmarkException($"{what} failed:\n" + string.Join("\n", report.Diagnostics.Take(5)));
        }
    }
}
