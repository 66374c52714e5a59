using Portal.Diagnostics;
using Portal.Output;

namespace Portal;

public sealed record StageTiming(string Stage, TimeSpan Elapsed);

/// <summary>Everything a build tells its caller: problems, timings, what it made, what it wrote.</summary>
public sealed record BuildReport(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<StageTiming> Timings,
    IReadOnlyDictionary<string, int> PagesByKind,
    int FileCount,
    PublishResult? Published)
{
    /// <summary>Output paths this build wrote or deleted (set by incremental builds; the preview reloads only tabs showing them).</summary>
    public IReadOnlyList<string>? ChangedFiles { get; init; }

    /// <summary>True when nothing had changed since the last build, so no stage ran and this is that build's report.</summary>
    public bool UpToDate { get; init; }

    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);

    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);

    public TimeSpan Total => Timings.Aggregate(TimeSpan.Zero, (sum, t) => sum + t.Elapsed);
}
