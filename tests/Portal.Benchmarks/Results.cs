namespace Portal.Benchmarks;

internal sealed record StageSeconds(string Stage, double Seconds);

/// <summary>
/// One measured engine build, as a child process reports it to the parent (one JSON line on stdout).
/// Wall time is a stopwatch around SiteBuilder.Build; stage times are the engine's own.
/// </summary>
internal sealed record EngineResult(
    int Documents,
    string Scenario,
    int Run,
    double WallSeconds,
    int OutputFiles,
    long OutputBytes,
    int Written,
    int Unchanged,
    long PeakBytes,
    long AllocatedBytes,
    int Gen2Collections,
    double CpuSeconds,
    double? LoadBefore,
    int Warnings,
    IReadOnlyList<string> SampleWarnings,
    IReadOnlyList<StageSeconds> Stages);

/// <summary>
/// One line of the final tables: a tool, a scenario and a corpus size, runs already reduced (median wall
/// and CPU time, largest peak). CPU time and the load average are there because wall time on a shared
/// machine also measures everyone else's work.
/// </summary>
internal sealed record ResultRow(int Documents, string Tool, Scenario Scenario, int Runs, double WallSeconds, double? CpuSeconds, double? LoadBefore,
    long? PeakBytes, int OutputFiles, long OutputBytes, string? Written);
