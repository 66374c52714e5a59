using Portal.Benchmarks;

// Build-speed benchmark of the engine on a generated Chinese corpus (see Benchmark and EngineChild), or,
// with --search, the full-text search benchmark beside Pagefind (see Search/SearchBenchmark), or, with
// --serve, portal serve's incremental builds (see ServeBenchmark), or, with --photos N, the image stage (see ImageBenchmark).
// No assertions on time: it measures and reports; only a failed build is an error.
try
{
    var options = BenchmarkOptions.Parse(args);
    return options.Single is { } docs ? EngineChild.Run(options, docs)
        : options.SearchStage ? SearchStageBenchmark.Run(options)
        : options.Search ? await SearchBenchmark.RunAsync(options)
        : options.Serve ? ServeBenchmark.Run(options)
        : options.Photos > 0 ? ImageBenchmark.Run(options)
        : Benchmark.Run(options);
}
catch (UsageException e)
{
    if (e.Problem is { } problem)
    {
        Console.Error.WriteLine(problem);
    }

    Console.Error.WriteLine(BenchmarkOptions.Usage);
    return 2;
}
catch (BenchmarkException e)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}
