using System.Text.Json;
using Portal.Cli.Reporting;
using Portal.Diagnostics;
using Portal.Tests.Support;

namespace Portal.Tests.Cli;

public class DiagnosticDigestTests
{
    private static Diagnostic Warning(string file, int line, string code = "PORTAL040") =>
        new(Severity.Warning, code, new SourceSpan(file, line, 1), "中文句子中用了半角标点“,”，请改为全角“，”。");

    private static List<string> Lines(IEnumerable<Diagnostic> diagnostics) =>
        [.. DiagnosticDigest.Of([.. diagnostics]).Select(DiagnosticDigest.Text)];

    [Fact]
    public void AFewDiagnosticsArePrintedAsTheyAre()
    {
        var diagnostics = new[] { Warning("input/a.md", 1), Warning("input/a.md", 2), Warning("input/b.md", 1, "PORTAL041") };
        Assert.Equal(diagnostics.Select(d => d.ToString()), Lines(diagnostics));
    }

    [Fact]
    public void OneFileShowsAFewLinesPerCodeAndCountsTheRest()
    {
        var lines = Lines(Enumerable.Range(1, 10).Select(i => Warning("input/a.md", i)));
        Assert.Equal(
            [
                Warning("input/a.md", 1).ToString(),
                Warning("input/a.md", 2).ToString(),
                Warning("input/a.md", 3).ToString(),
                "input/a.md: 另有 7 条同类警告（PORTAL040）",
                "PORTAL040：共 10 条警告，另有 7 条同类警告未逐条显示（全部列表：portal check --format json）",
            ],
            lines);
    }

    [Fact]
    public void AFloodAcrossFilesIsCappedPerCode()
    {
        var flood = Enumerable.Range(0, 1000).SelectMany(f => Enumerable.Range(1, 70).Select(l => Warning($"input/n{f:0000}.md", l)));
        var lines = Lines(flood);
        Assert.Equal(DiagnosticDigest.PerCode, lines.Count(l => l.Contains(": 警告 PORTAL040:", StringComparison.Ordinal)));
        Assert.True(lines.Count < 50, string.Join("\n", lines));
        Assert.Equal("PORTAL040：共 70000 条警告，另有 69980 条同类警告未逐条显示（全部列表：portal check --format json）", lines[^1]);
    }

    [Fact]
    public void EveryFileWithAnErrorIsNamed()
    {
        var errors = Enumerable.Range(0, 100).Select(f => new Diagnostic(Severity.Error, "PORTAL009", new SourceSpan($"input/n{f:000}.md", 4, 3), "地区不在 site.yml 中"));
        var lines = Lines(errors);
        Assert.Equal(100, lines.Count);
    }

    [Fact]
    public void CheckOfAWarningFloodPrintsADigestAndJsonKeepsEverything()
    {
        using var site = new MiniSite();
        var body = string.Join("\n\n", Enumerable.Range(0, 200).Select(i => $"水稻,小麦第{i}段"));
        for (var n = 0; n < 30; n++)
        {
            site.With($"notices/n{n:00}.md", $"---\ntitle: 通知{n}\ndate: 2026-01-05\n---\n{body}\n");
        }

        var (exit, text, _) = PortalProcess.Run(Path.GetDirectoryName(site.Input)!, "check", "--input", "input", "--theme", Repo.Path("theme"), "--now", "2026-03-01");
        Assert.Equal(0, exit);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length < 60, text);
        Assert.Contains("input/notices/n00.md: 另有 197 条同类警告（PORTAL040）", text);
        Assert.Contains("PORTAL040：共 6000 条警告，另有 5980 条同类警告未逐条显示", text);

        var (_, json, _) = PortalProcess.Run(Path.GetDirectoryName(site.Input)!, "check", "--input", "input", "--theme", Repo.Path("theme"), "--now", "2026-03-01", "--format", "json");
        using var parsed = JsonDocument.Parse(json);
        Assert.Equal(6000, parsed.RootElement.GetProperty("diagnostics").EnumerateArray().Count(d => d.GetProperty("code").GetString() == "PORTAL040"));
    }
}
