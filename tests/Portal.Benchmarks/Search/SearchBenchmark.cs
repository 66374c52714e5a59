using System.Diagnostics;
using System.Runtime.InteropServices;
using Portal.Diagnostics;
using Portal.Load;
using static System.FormattableString;

namespace Portal.Benchmarks;

/// <summary>One typical query measured three ways: ours from file:// (the kiosk), ours over HTTP, Pagefind over HTTP.</summary>
internal sealed record QueryRow(string Query, ProbeRun File, ProbeRun Http, ProbeRun Pagefind);

/// <summary>One recall query: its ground truth and what each engine found (all results, not one page).</summary>
internal sealed record RecallRow(RecallQuery Query, IReadOnlySet<string> Truth, IReadOnlyList<string> Portal, IReadOnlyList<string> Pagefind);

/// <summary>The engine's full builds of one corpus (median figures) and what the search index adds to them.</summary>
internal sealed record BuildShare(int Runs, double WallSeconds, double SearchSeconds, double WriteSeconds, int OutputFiles, int SearchFiles)
{
    public double Share => SearchSeconds / WallSeconds;

    /// <summary>The write stage's time scaled by the index's share of the files: an estimate, the stage is not split.</summary>
    public double EstimatedWriteSeconds => WriteSeconds * SearchFiles / OutputFiles;
}

/// <summary>
/// <c>--search</c>: the budgets of issue 3 on the synthetic corpus (index size, bytes and time per query in
/// headless Chromium, share of the build) beside Pagefind on the same built site, then recall of both on
/// the sample site. Measures and reports; only a failed build or a broken page is an error.
/// </summary>
internal static class SearchBenchmark
{
    /// <summary>Enough to get every result of a query on the sample site (a few dozen pages).</summary>
    private const int AllResults = 100_000;

    public static async Task<int> RunAsync(BenchmarkOptions options)
    {
        if (!Directory.Exists(Path.Combine(options.ThemeDir, "layouts")))
        {
            throw new BenchmarkException($"no theme at {options.ThemeDir} (expected a layouts/ folder there); pass --theme DIR");
        }

        var pagefindVersion = Pagefind.Install();
        var layout = new WorkLayout(options.WorkDir);
        options = options with { ThemeDir = Benchmark.SnapshotTheme(options.ThemeDir, layout.ThemeSnapshot) };
        PortalInput.Write(new CorpusGenerator(Benchmark.WarmupSeed).Generate(WorkLayout.WarmupDocuments), layout.WarmupInput, layout.Trash);
        await using var browser = await ChromiumSession.StartAsync();
        Console.WriteLine(Invariant($"Portal.Benchmarks --search — {RuntimeInformation.OSDescription}, {Environment.ProcessorCount} CPUs, {RuntimeInformation.FrameworkDescription}"));
        Console.WriteLine($"work: {options.WorkDir}   Chromium {browser.Version} ({ChromiumSession.ExecutablePath}), headless   Pagefind {pagefindVersion} (npm)   load avg {Report.Load(Measure.LoadAverage())}");

        var tables = new List<string>();
        foreach (var docs in options.Sizes)
        {
            tables.Add(await CorpusAsync(options, layout, browser, docs, pagefindVersion));
        }

        tables.Add(await RecallAsync(options, layout, browser, pagefindVersion));
        Console.WriteLine();
        foreach (var table in tables)
        {
            Console.WriteLine(table);
        }

        layout.Trash.Empty();
        return 0;
    }

    private static async Task<string> CorpusAsync(BenchmarkOptions options, WorkLayout layout, ChromiumSession browser, int docs, string pagefindVersion)
    {
        Console.WriteLine();
        var corpus = new CorpusGenerator(Benchmark.CorpusSeed).Generate(docs);
        var bytes = PortalInput.Write(corpus, layout.CorpusInput(docs), layout.Trash);
        File.WriteAllText(layout.EditTarget(docs), corpus.EditTarget.RelativePath);
        Console.WriteLine($"corpus-{docs}: {Benchmark.Describe(corpus, bytes)}");

        var builds = Enumerable.Range(1, options.Runs).Select(run => Benchmark.Child(options, docs, Scenario.Full, run)).ToList();
        var site = layout.CorpusOutput(docs);
        var ours = IndexFiles.Portal(site);
        var share = new BuildShare(
            builds.Count,
            Measure.Median(builds.Select(b => b.WallSeconds).ToList()),
            Measure.Median(builds.Select(b => Stage(b, "search")).ToList()),
            Measure.Median(builds.Select(b => Stage(b, "write")).ToList()),
            builds[^1].OutputFiles,
            ours.Where(g => !g.Name.StartsWith("search page", StringComparison.Ordinal)).Sum(g => g.Files));
        Console.WriteLine(Invariant($"  search stage {Report.Seconds(share.SearchSeconds)} of {Report.Seconds(share.WallSeconds)} = {share.Share:P1} of the full build (median of {share.Runs})"));

        Console.WriteLine($"  pagefind: indexing {site} ...");
        var pagefind = Pagefind.Index(site, layout.Pagefind(docs));
        Console.WriteLine(Invariant($"  pagefind: {Report.Seconds(pagefind.Seconds)}; {pagefind.Summary}"));
        var theirs = IndexFiles.Pagefind(pagefind.Dir);

        await using var server = new StaticServer(site, ("/pagefind/", pagefind.Dir));
        server.AddPage(PagefindProbe.PagePath, PagefindProbe.Page);
        var fromFile = new PortalProbe(browser, site, new Uri(Path.Combine(site, "search", "index.html")).AbsoluteUri, CorpusGenerator.Now);
        var overHttp = new PortalProbe(browser, site, server.BaseUrl + "search/index.html", CorpusGenerator.Now);
        var pagefindProbe = new PagefindProbe(browser, server);

        // One untimed query per engine: Chromium's first page of the session pays for starting its renderer.
        var queries = SearchQueries.Synthetic();
        await fromFile.RunAsync(queries[0]);
        await overHttp.RunAsync(queries[0]);
        await pagefindProbe.RunAsync(queries[0]);

        var rows = new List<QueryRow>();
        foreach (var query in queries)
        {
            var row = new QueryRow(query, await fromFile.RunAsync(query), await overHttp.RunAsync(query), await pagefindProbe.RunAsync(query));
            rows.Add(row);
            Console.WriteLine(Invariant(
                $"  {query,-10} portal {row.File.Total,6} results, {SearchReport.Kb(row.File.Bytes)} in {row.File.Files} files, {SearchReport.Ms(row.File.Ms)} file:// / {SearchReport.Ms(row.Http.Ms)} http   pagefind {row.Pagefind.Total,6} results, {SearchReport.Kb(row.Pagefind.Bytes)} in {row.Pagefind.Files} requests, {SearchReport.Ms(row.Pagefind.Ms)}"));
        }

        return SearchReport.Corpus(docs, share, ours, theirs, pagefind, pagefindVersion, rows);
    }

    private static async Task<string> RecallAsync(BenchmarkOptions options, WorkLayout layout, ChromiumSession browser, string pagefindVersion)
    {
        Console.WriteLine();
        var input = Path.Combine(BenchmarkOptions.RepositoryRoot(), "input");
        var site = layout.SampleOutput;
        var clock = Stopwatch.StartNew();
        var report = SiteBuilder.Build(new BuildOptions(BuildPaths.From(input, options.ThemeDir, site)) { Now = CorpusGenerator.Now });
        if (!report.Succeeded)
        {
            throw new BenchmarkException("the sample site did not build:\n" + string.Join('\n', report.Diagnostics.Where(d => d.Severity == Severity.Error)));
        }

        var pages = DocumentPages.Read(site);
        Console.WriteLine(Invariant($"sample site: {input} built in {Report.Seconds(clock.Elapsed.TotalSeconds)}, {pages.Count} document pages"));
        var pagefind = Pagefind.Index(site, layout.SamplePagefind);
        Console.WriteLine($"  pagefind: {pagefind.Summary}");

        await using var server = new StaticServer(site, ("/pagefind/", pagefind.Dir));
        server.AddPage(PagefindProbe.PagePath, PagefindProbe.Page);
        var ours = new PortalProbe(browser, site, new Uri(Path.Combine(site, "search", "index.html")).AbsoluteUri, CorpusGenerator.Now);
        var theirs = new PagefindProbe(browser, server);
        var rows = new List<RecallRow>();
        foreach (var query in SearchQueries.Recall())
        {
            var portal = await ours.RunAsync(query.Query, query.Mode, AllResults);
            var other = await theirs.RunAsync(query.Query, AllResults);
            // Results are compared on document pages only: Pagefind also indexes lists, tags and archives.
            var row = new RecallRow(query, DocumentPages.Containing(pages, query.Meaning), [.. portal.Urls.Where(pages.ContainsKey)], [.. other.Urls.Where(pages.ContainsKey)]);
            rows.Add(row);
            Console.WriteLine(Invariant(
                $"  {query.Query,-10} {query.Mode,-8} truth {row.Truth.Count,2}   portal {SearchReport.Hits(row.Truth, row.Portal)}   pagefind {SearchReport.Hits(row.Truth, row.Pagefind)}"));
        }

        return SearchReport.Recall(pages.Count, pagefindVersion, rows);
    }

    private static double Stage(EngineResult result, string stage) => result.Stages.Where(s => s.Stage == stage).Sum(s => s.Seconds);
}
