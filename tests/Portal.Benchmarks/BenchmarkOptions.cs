using System.Globalization;

namespace Portal.Benchmarks;

/// <summary>
/// Command line. The parent process takes --docs/--hugo/--work/--theme/--runs; it re-invokes itself
/// with --single N --scenario S (one child per measured build) so every peak-memory figure belongs to
/// exactly one build: PeakWorkingSet64 is process-wide and never goes down.
/// </summary>
internal sealed record BenchmarkOptions(
    IReadOnlyList<int> Sizes,
    bool Hugo,
    string WorkDir,
    string ThemeDir,
    int Runs,
    int? Single,
    Scenario Scenario,
    int Run,
    bool Search = false,
    bool Serve = false,
    bool SearchStage = false,
    int Photos = 0)
{
    public const string Usage = """
        usage: dotnet run -c Release --project tests/Portal.Benchmarks -- [options]

          --docs 1000,10000   corpus sizes (default 1000)
          --hugo              also build the same corpus with Hugo (needs `hugo` on PATH)
          --work DIR          where corpora and outputs go (default: $TMPDIR/portal-bench)
          --theme DIR         the engine's theme (default: theme/ at the repository root)
          --runs N            engine runs per scenario, median reported (default 1; Hugo always 3)
          --serve             measure portal serve's incremental builds (body edit, layout, partial, title) instead
          --photos N          measure the image stage instead: N generated 12 MP phone photos (20 for the budgets),
                              first build, no-change rebuild against the same site without photos, largest file
          --search-stage      time the search stage alone on the existing corpus-N under --work: full index
                              runs, then incremental updates after one edit (default --docs 10000)
          --search            measure full-text search instead (index size, bytes per query, time to results in
                              Chromium, share of the build) beside Pagefind, and recall on the sample site
                              (default --docs 10000; needs /usr/bin/chromium, node and npm)

        internal (the parent starts these):
          --single N --scenario full|no-change|edit [--run K]
        """;

    public static BenchmarkOptions Parse(string[] args)
    {
        List<int>? sizes = null;
        var hugo = false;
        var search = false;
        var serve = false;
        var searchStage = false;
        var photos = 0;
        string? work = null;
        string? theme = null;
        var runs = 1;
        int? single = null;
        var scenario = Scenario.Full;
        var run = 1;
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new UsageException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--docs":
                    sizes = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Positive).ToList();
                    break;
                case "--hugo":
                    hugo = true;
                    break;
                case "--search":
                    search = true;
                    break;
                case "--search-stage":
                    searchStage = true;
                    break;
                case "--serve":
                    serve = true;
                    break;
                case "--photos":
                    photos = Positive(Value());
                    break;
                case "--work":
                    work = Value();
                    break;
                case "--theme":
                    theme = Value();
                    break;
                case "--runs":
                    runs = Positive(Value());
                    break;
                case "--single":
                    single = Positive(Value());
                    break;
                case "--scenario":
                    var name = Value();
                    scenario = Scenarios.Parse(name) ?? throw new UsageException($"unknown scenario '{name}'");
                    break;
                case "--run":
                    run = Positive(Value());
                    break;
                case "-h" or "--help":
                    throw new UsageException(null);
                default:
                    throw new UsageException($"unknown argument '{args[i]}'");
            }
        }

        var workDir = Path.GetFullPath(work ?? Path.Combine(Path.GetTempPath(), "portal-bench"));
        var themeDir = Path.GetFullPath(theme ?? Path.Combine(RepositoryRoot(), "theme"));
        sizes ??= [search || serve || searchStage ? 10_000 : 1000];
        return new BenchmarkOptions(sizes, hugo, workDir, themeDir, runs, single, scenario, run, search, serve, searchStage, photos);
    }

    private static int Positive(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new UsageException($"'{text}' is not a positive number");

    /// <summary>The folder of Portal.sln, found upward from the working directory, then from the program's own folder.</summary>
    public static string RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Portal.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new UsageException("cannot find the repository (Portal.sln) to locate theme/ and input/; pass --theme DIR");
    }
}

/// <summary>A command-line mistake (or --help, with no problem): Program prints the problem and the usage, and exits 2.</summary>
internal sealed class UsageException(string? problem) : Exception(problem ?? "usage")
{
    public string? Problem { get; } = problem;
}
