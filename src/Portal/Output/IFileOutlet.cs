namespace Portal.Output;

/// <summary>
/// Where a stage hands its files as soon as a batch is rendered: a one-off build streams them into the
/// staging folder (<see cref="StagingWriter"/>), so memory holds models and indexes, not the whole output;
/// <c>portal serve</c> keeps them (<see cref="KeptInMemory"/>) to compare with the next build.
/// </summary>
public interface IFileOutlet
{
    /// <summary>The files to carry on with: the same ones, or stand-ins whose bytes are on disk already.</summary>
    IReadOnlyList<OutputFile> Take(IReadOnlyList<OutputFile> files);
}

/// <summary>The outlet that keeps every file in memory until the write stage.</summary>
public sealed class KeptInMemory : IFileOutlet
{
    public static readonly KeptInMemory Instance = new();

    private KeptInMemory()
    {
    }

    public IReadOnlyList<OutputFile> Take(IReadOnlyList<OutputFile> files) => files;
}
