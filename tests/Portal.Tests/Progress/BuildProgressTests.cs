using System.Collections.Concurrent;
using Portal.Load;
using Portal.Tests.Support;

namespace Portal.Tests.Progress;

public class BuildProgressTests
{
    /// <summary>Records what a build reports, as the CLI's sinks receive it (Advanced from many threads).</summary>
    private sealed class Recorder : IBuildProgress
    {
        private int _done;

        public ConcurrentQueue<string> Events { get; } = new();

        public Dictionary<string, (int Total, int Done)> Stages { get; } = [];

        public void StageStarted(string stage, int total)
        {
            Interlocked.Exchange(ref _done, 0);
            Events.Enqueue("start " + stage);
            Stages[stage] = (total, 0);
        }

        public void Advanced(int count) => Interlocked.Add(ref _done, count);

        public void StageFinished(string stage, TimeSpan elapsed)
        {
            Events.Enqueue("end " + stage);
            Stages[stage] = (Stages[stage].Total, Volatile.Read(ref _done));
        }
    }

    [Fact]
    public void A_build_reports_every_stage_in_order_and_counts_the_documents_of_parallel_stages()
    {
        using var temp = new TempDir();
        var recorder = new Recorder();
        var report = SiteBuilder.Build(new BuildOptions(BuildPaths.From(Repo.Path("input"), Repo.Path("theme"), temp.Combine("out"))) { Now = SiteBuild.FixedNow, Progress = recorder });
        report.NoErrors();

        var events = recorder.Events.ToList();
        var stages = report.Timings.Select(t => t.Stage).ToList();
        Assert.Equal(stages.SelectMany(s => new[] { "start " + s, "end " + s }), events);
        var documents = Directory.EnumerateFiles(Repo.Path("input"), "*.md", SearchOption.AllDirectories)
            .Count(f => !Path.GetFileName(f).Equals("README.md", StringComparison.Ordinal) && !f.Contains("/_", StringComparison.Ordinal));
        foreach (var stage in new[] { "markdown", "html" })
        {
            Assert.Equal(documents, recorder.Stages[stage].Total);
            Assert.Equal(documents, recorder.Stages[stage].Done);
        }

        // Templates count pages (lists and tag pages too; a document's poster is part of its page).
        var pages = report.PagesByKind.Values.Sum();
        Assert.Equal(pages, recorder.Stages["templates"].Total);
        Assert.Equal(pages, recorder.Stages["templates"].Done);
    }

    [Fact]
    public void Redirected_output_gets_one_stderr_line_per_stage_and_stdout_is_unchanged()
    {
        using var temp = new TempDir();
        string[] args = ["check", "--input", Repo.Path("input"), "--theme", Repo.Path("theme"), "--now", "2026-11-23"];
        var (exit, stdout, stderr) = PortalProcess.RunWith(new Dictionary<string, string> { ["PORTAL_PROGRESS_AFTER_MS"] = "0" }, temp.Path, args);
        var (quietExit, quietStdout, quietStderr) = PortalProcess.Run(temp.Path, args);

        Assert.Equal(0, exit);
        Assert.Equal(quietExit, exit);
        Assert.Equal(Normalize(quietStdout), Normalize(stdout));
        Assert.Equal("", quietStderr);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["读取", "校验", "图片", "Markdown", "HTML 处理"], lines.Take(5).Select(l => l.Split('：')[0].Replace("阶段 ", "", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.StartsWith("阶段 Markdown：", StringComparison.Ordinal) && l.Contains("个文档", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.StartsWith("阶段 ", l, StringComparison.Ordinal));
        Assert.DoesNotContain("\u001b", stderr, StringComparison.Ordinal); // no live terminal display when redirected
    }

    /// <summary>The summary line carries the build's time, which differs between two runs.</summary>
    private static string Normalize(string output) =>
        System.Text.RegularExpressions.Regex.Replace(output, "用时 [0-9.]+ 秒", "用时 N 秒");
}
