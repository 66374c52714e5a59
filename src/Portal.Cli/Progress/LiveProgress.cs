using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace Portal.Cli.Progress;

/// <summary>
/// Progress on a terminal: once the build has run longer than the threshold, a Spectre live line
/// (stage, documents done of total, elapsed) redrawn a few times a second on a background thread,
/// and cleared when the build ends. Nothing else writes to the console during a build, so the live
/// display has the console to itself.
/// </summary>
public sealed class LiveProgress : IBuildProgress, IDisposable
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly CancellationTokenSource finished = new();
    private readonly Task display;
    private volatile string stage = "";
    private int total;
    private int done;

    public LiveProgress(IAnsiConsole console, TimeSpan after) =>
        display = Task.Run(() => Show(console, after));

    public void StageStarted(string stage, int total)
    {
        Volatile.Write(ref this.total, total);
        Interlocked.Exchange(ref done, 0);
        this.stage = stage;
    }

    public void Advanced(int count) => Interlocked.Add(ref done, count);

    public void StageFinished(string stage, TimeSpan elapsed)
    {
    }

    public void Dispose()
    {
        finished.Cancel();
        display.Wait();
        finished.Dispose();
    }

    private void Show(IAnsiConsole console, TimeSpan after)
    {
        if (finished.Token.WaitHandle.WaitOne(after))
        {
            return;
        }

        console.Live(new Markup(Line())).AutoClear(true).Start(live =>
        {
            do
            {
                live.UpdateTarget(new Markup(Line()));
                live.Refresh();
            }
            while (!finished.Token.WaitHandle.WaitOne(TimeSpan.FromMilliseconds(150)));
        });
    }

    private string Line()
    {
        var of = Volatile.Read(ref total);
        var documents = of > 0 ? $"  {Volatile.Read(ref done)}/{of} 个文档" : "";
        return Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"正在构建：{StageNames.Of(stage)}{documents}  {clock.Elapsed.TotalSeconds:0.0} 秒"));
    }
}
