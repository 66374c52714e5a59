using Portal.Engine;
using Portal.Incremental;

namespace Portal.Cli.Serve;

/// <summary>
/// Runs serve's builds one at a time (the first, then one per settled burst of changes) and tells the tabs.
/// Nothing a build does may end serve: a content error is an overlay with file:line, and an exception (a bug,
/// a library throwing on half-typed input) is an overlay with one Chinese line naming the file, like exit
/// code 3's message. The pages on disk stay the last good ones, and the next save builds again.
/// </summary>
public sealed class PreviewBuilds(SiteEngine session, LiveReload live, Action<BuildReport> print, Action<string, Exception> printFailure)
{
    private readonly object _gate = new();

    public void Rebuild(IReadOnlyCollection<string>? changed)
    {
        lock (_gate)
        {
            try
            {
                var report = session.Build(changed, live.PagesWritten);
                print(report);
                live.Built(report);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The watcher calls this on a timer thread: an exception escaping here would end the process.
                var line = OneLine(e);
                printFailure(line, e);
                live.Failed(line);
            }
        }
    }

    /// <summary>The first line of the message; a BuildException's message names the file.</summary>
    private static string OneLine(Exception e)
    {
        var message = e is BuildException ? e.Message : "预览构建时发生内部错误：" + e.Message;
        return message.Split('\n', 2)[0].TrimEnd('\r');
    }
}
