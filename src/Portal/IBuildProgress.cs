namespace Portal;

/// <summary>
/// Where a build reports how far it is (the CLI shows it to people). Data only: the engine knows no console.
/// <see cref="Advanced"/> is called from parallel stages, so implementations must be thread-safe.
/// </summary>
public interface IBuildProgress
{
    /// <summary>A stage begins; <paramref name="total"/> is its number of documents (0 when it does not go document by document).</summary>
    void StageStarted(string stage, int total);

    /// <summary><paramref name="count"/> more documents of the current stage are done (called concurrently).</summary>
    void Advanced(int count);

    void StageFinished(string stage, TimeSpan elapsed);
}

/// <summary>The progress sink that ignores everything (the default: tests, serve, tools).</summary>
public sealed class BuildProgress : IBuildProgress
{
    public static IBuildProgress None { get; } = new BuildProgress();

    private BuildProgress()
    {
    }

    public void StageStarted(string stage, int total)
    {
    }

    public void Advanced(int count)
    {
    }

    public void StageFinished(string stage, TimeSpan elapsed)
    {
    }
}
