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
            clock.Restart();
            files = FullIndex(site);
            times.Add(clock.Elapsed.TotalMilliseconds);
            Console.WriteLine(Invariant($"full index, run {run}: {times[^1]:0} ms ({files.Count} files, {files.Sum(f => (long)f.Content!.Length) / 1e6:0.0} MB)"));
        }

        Console.WriteLine(Invariant($"full index: median {Measure.Median(times):0} ms over {runs} runs"));
        return 0;
    }

    private static IReadOnlyList<OutputFile> FullIndex(StageInput site)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(site.Site.Now, site.Site.Config.TimeZone).DateTime);
        var index = SearchIndexBuilder.Build(SearchDocuments.From(site.Site, site.Processed, site.Labels), today);
        return SearchIndexWriter.Write(index, s => site.Labels[Content.SectionNames.LabelKey(s)], today, site.Labels["tags"]);
    }
}
