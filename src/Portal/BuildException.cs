namespace Portal;

/// <summary>
/// An unexpected failure (a bug, not a content problem), carrying the file being processed so the
/// CLI can print one useful line instead of a stack trace.
/// </summary>
public sealed class BuildException(string file, Exception inner) : Exception($"处理 {file} 时发生内部错误：{inner.Message}", inner)
{
    public string File { get; } = file;

    /// <summary>Runs <paramref name="work"/>, tagging any exception with the file it was working on.</summary>
    public static T For<T>(string file, Func<T> work)
    {
        try
        {
            return work();
        }
        catch (Exception e) when (e is not BuildException)
        {
            throw new BuildException(file, e);
        }
    }
}
