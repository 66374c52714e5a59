using System.Diagnostics;

namespace Portal;

/// <summary>Times each stage of a build for <see cref="BuildReport.Timings"/> (<c>--verbose</c>, the benchmark).</summary>
internal sealed class StageClock
{
    public List<StageTiming> Timings { get; } = [];

    public T Run<T>(string stage, Func<T> run)
    {
        var clock = Stopwatch.StartNew();
        var result = run();
        Timings.Add(new StageTiming(stage, clock.Elapsed));
        return result;
    }
}
