using Portal.Diagnostics;

namespace Portal.Output;

/// <summary>What publishing did: how many files were written fresh and how many were kept as they were.</summary>
public sealed record PublishResult(int Written, int Unchanged, int Removed);

/// <summary>
/// Stage 7: publish atomically, all files at once, through a <see cref="StagingWriter"/>. Any failure
/// before the swap restores the old output exactly as it was.
/// </summary>
public static class OutputPublisher
{
    /// <summary>Checks the folder, takes its lock (waiting for another run if need be), publishes and lets go.</summary>
    public static PublishResult? Publish(string outputRoot, IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics)
    {
        using var held = Claim(outputRoot, OutputFolderRules.ProblemWith(outputRoot), diagnostics);
        return held is null ? null : Publish(held, files, diagnostics);
    }

    /// <summary>
    /// The lock of a build's output folder, after <see cref="OutputFolderRules"/> allowed it; null (with an
    /// error naming the folder) when refused or still busy after <see cref="OutputLock.Wait"/>.
    /// </summary>
    public static OutputLock? Claim(Load.BuildPaths paths, DiagnosticBag diagnostics) =>
        Claim(paths.Output, OutputFolderRules.ProblemWith(paths), diagnostics);

    private static OutputLock? Claim(string output, string? refusal, DiagnosticBag diagnostics)
    {
        var held = refusal is null ? OutputLock.Acquire(OutputFolder.For(output)!, OutputLock.Wait, out refusal) : null;
        if (held is null)
        {
            diagnostics.Error(DiagnosticCodes.OutputError, new SourceSpan(output), refusal!);
        }

        return held;
    }

    /// <summary>Publishes into the folder whose lock the caller holds (see <see cref="StagingWriter"/>).</summary>
    public static PublishResult? Publish(OutputLock held, IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics)
    {
        using var writer = StagingWriter.Open(held, diagnostics);
        return writer?.Commit(files, diagnostics);
    }
}
