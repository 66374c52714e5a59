using System.Diagnostics;
using Portal.Output;
using Portal.Search;
using static System.FormattableString;

namespace Portal.Benchmarks;

/// <summary>
/// <c>--search-stage</c>: the search stage alone on an existing corpus (default: corpus-N under --work, as
/// the build benchmark leaves it), after the pipeline up to the site model ran once, untimed. Times a full
/// index several times, then one body edit through a kept stage. Measures and reports; no assertions.
/// </summary>
internal static class SearchStageBenchmark
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.FromHours(8));

    public static int Run(BenchmarkOptions options)
    {
        var docs = options.Sizes[0];
        var input = new WorkLayout(options.WorkDir).CorpusInput(docs);
        if (!Directory.Exists(input))
        {
            throw new BenchmarkException($"no corpus at {input}: run the build benchmark with --docs {docs} first, or pass --work");
        }

        var clock = Stopwatch.StartNew();
        var site = StageInput.Load(input, options.ThemeDir, Now);
        Console.WriteLine(Invariant($"{input}: {site.Processed.Count} documents loaded to the site model in {clock.Elapsed.TotalSeconds:0.0} s"));

        var runs = Math.Max(3, options.Runs);
        var times = new List<double>();
        IReadOnlyList<OutputFile> files = [];
        for (var run = 1; run <= runs; run++)
        {
            var (wall, cpu) = Time(() => files = new SearchStage().Run(site.Site, site.Processed, site.Labels));
            times.Add(wall);
            Console.WriteLine(Invariant($"full index, run {run}: {wall:0} ms wall, {cpu:0} ms CPU ({files.Count} files, {files.Sum(f => (long)f.Content!.Length) / 1e6:0.0} MB)"));
        }

        Console.WriteLine(Invariant($"full index: median {Measure.Median(times):0} ms over {runs} runs"));

        // A kept stage, then edits as serve hands them over: one document's body (the page's search text), then its title.
        var stage = new SearchStage();
        files = stage.Run(site.Site, site.Processed, site.Labels);
        var edits = new List<double>();
        for (var edit = 0; edit < 5; edit++)
        {
            var at = (137 + (edit * 1931)) % site.Processed.Count;
            var processed = site.Processed.ToArray();
            processed[at] = processed[at] with { SearchText = processed[at].SearchText + "新增一句关于水稻育秧的话。" + edit };
            site = site with { Processed = processed };
            var before = files;
            var (wall, cpu) = Time(() => files = stage.Run(site.Site, site.Processed, site.Labels));
            edits.Add(wall);
            var reused = files.Zip(before).Count(p => ReferenceEquals(p.First, p.Second));
            Console.WriteLine(Invariant($"body edit {edit + 1}: {wall:0} ms wall, {cpu:0} ms CPU; {stage.LastCounted} document counted, {stage.LastEncodedShards} shards encoded, {reused} of {files.Count} files reused"));
        }

        Console.WriteLine(Invariant($"body edit: median {Measure.Median(edits):0} ms"));
        for (var edit = 0; edit < 2; edit++)
        {
            var at = (501 + (edit * 2719)) % site.Processed.Count;
            var item = site.Processed[at].Item;
            site = site.With(at, site.Processed[at] with { Item = item with { Title = item.Title + "（修订）" } });
            var (wall, cpu) = Time(() => files = stage.Run(site.Site, site.Processed, site.Labels));
            Console.WriteLine(Invariant($"title edit {edit + 1}: {wall:0} ms wall, {cpu:0} ms CPU; {stage.LastCounted} document counted, {stage.LastEncodedShards} shards encoded"));
        }

        return 0;
    }

    /// <summary>Wall and process CPU milliseconds of one call (the machine is shared: CPU time says what the work cost).</summary>
    private static (double Wall, double Cpu) Time(Action run)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        run();
        var wall = clock.Elapsed.TotalMilliseconds;
        process.Refresh();
        return (wall, (process.TotalProcessorTime - cpu).TotalMilliseconds);
    }
}
