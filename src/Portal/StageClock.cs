using System.Diagnostics;

namespace Portal;

/// <summary>
/// Times each stage of a build for <see cref="BuildReport.Timings"/> (<c>--verbose</c>, the benchmark)
/// and tells the progress sink when each stage starts and ends.
/// </summary>
internal sealed class StageClock(IBuildProgress progress)
{

    public List<StageTiming> Timings { get; } = [];

    public T Run<T>(string stage, Func<T> run) => Run(stage, 0, run);

    public T Run<T>(string stage, int total, Func<T> run)
    {
        progress.StageStarted(stage, total);
        var clock = Stopwatch.StartNew();
        var result = run();
        Timings.Add(new StageTiming(stage, clock.Elapsed));
        progress.StageFinished(stage, clock.Elapsed);
        return result;
    }
}
