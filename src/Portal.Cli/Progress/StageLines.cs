using System.Diagnostics;
using System.Globalization;

namespace Portal.Cli.Progress;

/// <summary>
/// Progress for logs (output redirected): one plain line per finished stage, to stderr so stdout keeps
/// only diagnostics and the summary. Nothing is printed unless the build runs longer than the threshold;
/// the stages finished before that are held back and printed then, so a long build lists every stage in order.
/// </summary>
public sealed class StageLines(TextWriter writer, TimeSpan after) : IBuildProgress
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly List<string> held = [];
    private int total;
    private int done;

    public void StageStarted(string stage, int total)
    {
        this.total = total;
        Interlocked.Exchange(ref done, 0);
    }

    public void Advanced(int count) => Interlocked.Add(ref done, count);

    public void StageFinished(string stage, TimeSpan elapsed)
    {
        var documents = total > 0 ? $"{Volatile.Read(ref done)} 个文档，" : "";
        held.Add(string.Create(CultureInfo.InvariantCulture, $"阶段 {StageNames.Of(stage)}：{documents}{elapsed.TotalSeconds:0.00} 秒"));
        if (clock.Elapsed < after)
        {
            return;
        }

        foreach (var line in held)
        {
            writer.WriteLine(line);
        }

        held.Clear();
        writer.Flush();
    }
}
