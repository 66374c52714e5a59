using System.Runtime.ExceptionServices;

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
        catch (Exception e) when (e is not BuildException and not OutOfMemoryException)
        {
            throw new BuildException(file, e);
        }
    }

    /// <summary>
    /// Runs a parallel loop whose bodies use <see cref="For{T}"/>: Parallel.For wraps their exception in an
    /// <see cref="AggregateException"/>; callers get the first <see cref="BuildException"/> itself, which names the file.
    /// </summary>
    public static void Unwrapped(Action parallelLoop)
    {
        try
        {
            parallelLoop();
        }
        catch (AggregateException e) when (e.Flatten().InnerExceptions.FirstOrDefault(x => x is BuildException) is { } first)
        {
            ExceptionDispatchInfo.Capture(first).Throw();
        }
    }
}
