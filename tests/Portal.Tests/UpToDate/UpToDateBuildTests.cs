using Portal.Load;
using Portal.Tests.Support;
using Portal.UpToDate;

namespace Portal.Tests.UpToDate;

/// <summary>
/// <c>portal build</c> with nothing changed since the last one runs no stage, writes nothing and reports
/// what the last build did; any change a build could see (a source's bytes, the theme, the options, a day
/// or an item's instant passing, the output itself) makes it a full build again.
/// </summary>
public sealed class UpToDateBuildTests : IDisposable
{
    private static readonly DateTimeOffset Now = SiteBuild.FixedNow;

    private readonly TempDir _temp = new();
    private readonly string _theme;

    public UpToDateBuildTests()
    {
        _theme = _temp.Combine("theme");
        Folders.Copy(Repo.Path("theme"), _theme);
        _temp.Write("input/site.yml", MiniSite.SiteYml);
        // A technique past its review date: the warning every build reports, the skipped one included.
        _temp.Write("input/techniques/a.md", "---\ntitle: 技术\ndate: 2026-01-01\nreview_by: 2026-11-01\n---\n\n正文。\n");
        _temp.Write("input/notices/b.md", "---\ntitle: 通知\ndate: 2026-11-01\nexpires: 2026-11-30\n---\n\n通知正文。\n");
        _temp.Write("input/notices/later.md", "---\ntitle: 定时通知\ndate: 2026-11-23 15:00\n---\n\n下午发布。\n");
    }

    private string Output => _temp.Combine("output");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_rebuild_with_nothing_changed_runs_no_stage_keeps_every_file_and_repeats_the_warnings()
    {
        var first = Build();
        var before = Snapshot();

        var second = Build();

        Assert.True(second.UpToDate);
        Assert.Equal(["up-to-date"], second.Timings.Select(t => t.Stage));
        Assert.Equal(before, Snapshot());
        Assert.Equal(first.Diagnostics, second.Diagnostics);
        Assert.Contains(second.Diagnostics, d => d.Code == Diagnostics.DiagnosticCodes.ReviewDue);
        Assert.Equal(first.PagesByKind, second.PagesByKind);
        Assert.Equal(first.FileCount, second.FileCount);
        Assert.Equal(new Portal.Output.PublishResult(0, first.FileCount, 0), second.Published);
    }

    [Fact]
    public void A_source_touched_but_not_changed_is_still_up_to_date()
    {
        Build();
        File.SetLastWriteTimeUtc(_temp.Combine("input/notices/b.md"), DateTime.UtcNow);
        File.SetLastWriteTimeUtc(_temp.Combine("theme/layouts/base.html"), DateTime.UtcNow);

        Assert.True(Build().UpToDate);
    }

    [Theory]
    [InlineData("input/notices/b.md", "---\ntitle: 通知（更正）\ndate: 2026-11-01\nexpires: 2026-11-30\n---\n\n通知正文。\n")]
    [InlineData("input/notices/new.md", "---\ntitle: 新通知\ndate: 2026-11-02\n---\n\n新的。\n")]
    [InlineData("input/_theme/partials/footer.html", "<footer>县科技局</footer>\n")]
    [InlineData("theme/i18n/zh-CN.yml", null)]
    public void Any_changed_source_makes_a_full_build(string relative, string? text)
    {
        Build();
        var path = _temp.Combine(relative);
        _temp.Write(relative, text ?? File.ReadAllText(path) + "\n# 改动\n");

        var report = Build();

        Assert.False(report.UpToDate);
        Assert.Contains(report.Timings, t => t.Stage == "templates");
    }

    [Fact]
    public void A_deleted_source_makes_a_full_build_that_removes_its_page()
    {
        Build();
        File.Delete(_temp.Combine("input/notices/b.md"));

        var report = Build();

        Assert.False(report.UpToDate);
        Assert.False(File.Exists(Path.Combine(Output, "notices/b/index.html")));
    }

    [Fact]
    public void Other_options_make_a_full_build()
    {
        Build();

        var report = SiteBuilder.Build(Options() with { BaseUrl = "https://other.example.org/" });

        Assert.False(report.UpToDate);
        Assert.Contains("https://other.example.org/", File.ReadAllText(Path.Combine(Output, "sitemap.xml")), StringComparison.Ordinal);
        Assert.False(SiteBuilder.Build(Options()).UpToDate);
    }

    [Theory]
    [InlineData("edited")]
    [InlineData("deleted")]
    [InlineData("added")]
    [InlineData("manifest")]
    public void An_output_changed_by_hand_is_rebuilt_as_the_sources_say(string how)
    {
        Build();
        var before = Contents();
        var page = Path.Combine(Output, "index.html");
        switch (how)
        {
            case "edited":
                // Same size, a later time: what an editor's save looks like.
                var bytes = File.ReadAllBytes(page);
                bytes[^2] = (byte)'x';
                File.WriteAllBytes(page, bytes);
                File.SetLastWriteTimeUtc(page, DateTime.UtcNow.AddSeconds(5));
                break;
            case "deleted":
                File.Delete(page);
                break;
            case "added":
                File.WriteAllText(Path.Combine(Output, "stray.html"), "<p>不是构建生成的</p>");
                break;
            default:
                File.AppendAllText(Path.Combine(Output, Portal.Output.BuildManifest.FileName), " ");
                break;
        }

        var report = Build();

        Assert.False(report.UpToDate);
        Assert.Equal(before, Contents());
    }

    [Fact]
    public void Later_the_same_day_is_up_to_date_until_an_item_crosses_its_own_moment()
    {
        Build(Now);

        Assert.True(Build(Now.AddHours(2)).UpToDate);
        // 15:00: the scheduled notice is published.
        var afternoon = Build(new DateTimeOffset(2026, 11, 23, 15, 0, 0, Now.Offset));
        Assert.False(afternoon.UpToDate);
        Assert.True(File.Exists(Path.Combine(Output, "notices/later/index.html")));
    }

    [Fact]
    public void The_next_day_makes_a_full_build()
    {
        Build(new DateTimeOffset(2026, 11, 23, 16, 0, 0, Now.Offset));

        Assert.False(Build(new DateTimeOffset(2026, 11, 24, 0, 0, 0, Now.Offset)).UpToDate);
    }

    [Fact]
    public void A_theme_that_prints_the_clock_is_up_to_date_only_for_the_same_moment()
    {
        File.AppendAllText(Path.Combine(_theme, "layouts", "base.html"), "<!-- {{ build_now }} -->\n");
        Build(Now);

        Assert.True(Build(Now).UpToDate);
        Assert.False(Build(Now.AddMinutes(1)).UpToDate);
    }

    [Fact]
    public void Check_runs_every_stage_even_when_the_output_is_up_to_date()
    {
        Build();

        var check = SiteBuilder.Build(Options() with { WriteOutput = false });

        Assert.False(check.UpToDate);
        Assert.Contains(check.Timings, t => t.Stage == "templates");
    }

    [Fact]
    public void A_kiosk_build_into_the_folder_is_never_taken_for_the_web_build()
    {
        _temp.Write("input/site.yml", MiniSite.SiteYml + "\nkiosks:\n  - id: huatang\n    name: 华塘镇\n    region: 北湖区/华塘镇\n");
        Build();
        var kiosk = SiteBuilder.Build(Options() with { Kiosk = "huatang" });
        Assert.True(kiosk.Succeeded, string.Join("\n", kiosk.Diagnostics));

        Assert.False(SiteBuilder.Build(Options() with { Kiosk = "huatang" }).UpToDate);
        var web = Build();
        Assert.False(web.UpToDate);
        Assert.False(File.Exists(Path.Combine(Output, "kiosk.json")));
    }

    private BuildOptions Options(DateTimeOffset? now = null) =>
        new(BuildPaths.From(_temp.Combine("input"), _theme, Output)) { Now = now ?? Now };

    private BuildReport Build(DateTimeOffset? now = null)
    {
        var report = SiteBuilder.Build(Options(now));
        report.NoErrors();
        return report;
    }

    /// <summary>Every output file with its bytes and time: an up-to-date build touches neither.</summary>
    private Dictionary<string, string> Snapshot() =>
        Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(Output, f),
            f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))) + "@" + File.GetLastWriteTimeUtc(f).Ticks);

    private Dictionary<string, string> Contents() =>
        Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(Output, f),
            f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
