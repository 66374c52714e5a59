using Portal.Diagnostics;

namespace Portal.Output;

/// <summary>What publishing did: how many files were written fresh and how many were kept as they were.</summary>
public sealed record PublishResult(int Written, int Unchanged, int Removed);

/// <summary>
/// Stage 7's entry: claims the output folder (its rules, then its lock) for a build; the publish itself
/// is <see cref="StagingWriter"/>.
/// </summary>
public static class OutputPublisher
{
    /// <summary>
    /// The lock of a build's output folder, after <see cref="OutputFolderRules"/> allowed it; null (with an
    /// error naming the folder) when refused or still busy after <see cref="OutputLock.Wait"/>.
    /// </summary>
    public static OutputLock? Claim(Load.BuildPaths paths, DiagnosticBag diagnostics)
    {
        var refusal = OutputFolderRules.ProblemWith(paths);
        var held = refusal is null ? OutputLock.Acquire(OutputFolder.For(paths.Output)!, OutputLock.Wait, out refusal) : null;
        if (held is null)
        {
            diagnostics.Error(DiagnosticCodes.OutputError, new SourceSpan(paths.Output), refusal!);
        }

        return held;
    }
}
