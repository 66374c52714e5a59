using Portal.Content;
using Portal.Load;
using Portal.Scaffold;
using Portal.Tests.Support;

namespace Portal.Tests.Cli;

public class NewCommandTests
{
    [Theory]
    [InlineData("notice", "notices")]
    [InlineData("technique", "techniques")]
    [InlineData("policy", "policies")]
    [InlineData("page", "pages")]
    public void NewDocumentsRoundTripThroughCheckWithoutErrors(string type, string folder)
    {
        using var temp = CopyOfSampleSite();
        var (exit, stdout, stderr) = PortalProcess.Run(temp.Path, "new", type, "油菜冬季田间管理");
        Assert.True(exit == 0, stderr);
        Assert.Equal($"input/{folder}/youcai-dongji-tianjian-guanli.md", stdout.Trim());
        var text = File.ReadAllText(temp.Combine("input", folder, "youcai-dongji-tianjian-guanli.md"));
        Assert.StartsWith("---\ntitle: 油菜冬季田间管理  # 必填", text);
        Assert.Contains($"date: {TodayInBeijing()}", text);

        // Checked as of today (the file's date), so the new document is published and every rule applies to it.
        var check = PortalProcess.Run(temp.Path, "check", "--theme", Repo.Path("theme"), "--format", "json");
        Assert.True(check.Exit == 0, check.Out + check.Err);
        using var json = System.Text.Json.JsonDocument.Parse(check.Out);
        Assert.Equal(0, json.RootElement.GetProperty("errors").GetInt32());
        var aboutNewFile = json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Where(d => d.GetProperty("file").GetString()!.Contains("youcai", StringComparison.Ordinal));
        Assert.Empty(aboutNewFile);
    }

    [Fact]
    public void EveryKeyOfTheTypeIsInTheFileRequiredOnesFilledOptionalOnesCommented()
    {
        using var temp = CopyOfSampleSite();
        var (exit, stdout, _) = PortalProcess.Run(temp.Path, "new", "notice", "关于举办培训班的通知");
        Assert.Equal(0, exit);
        var lines = File.ReadAllLines(temp.Combine(stdout.Trim()));
        foreach (var key in FrontMatterKeys.Notice)
        {
            Assert.Contains(lines, l => l.StartsWith(key + ":", StringComparison.Ordinal) || l.StartsWith("# " + key + ":", StringComparison.Ordinal));
        }

        Assert.Contains("issuer: 郴州市科学技术局  # 发文单位：不写时用 site.yml 中的默认单位", lines);
        Assert.Contains(lines, l => l.StartsWith("# doc_no: ", StringComparison.Ordinal) && l.Contains("  # 文号", StringComparison.Ordinal));
        Assert.All(lines.Where(l => l.StartsWith("# ", StringComparison.Ordinal) && !l.StartsWith("#  ", StringComparison.Ordinal) && l.Contains(':', StringComparison.Ordinal)),
            l => Assert.Contains("  # ", l)); // each optional key line carries its hint
    }

    [Fact]
    public void EveryFrontMatterKeyHasAHint()
    {
        var keys = SectionNames.All.SelectMany(FrontMatterKeys.For).Distinct();
        Assert.All(keys, key => Assert.True(KeyHints.All.ContainsKey(key), key));
        Assert.Empty(KeyHints.All.Keys.Except(SectionNames.All.SelectMany(FrontMatterKeys.For)));
    }

    [Fact]
    public void UncommentingEveryOptionalKeyStillParses()
    {
        var site = new SiteConfig { Title = "站", BaseUrl = "https://x.example/", TimeZone = SiteConfigLoader.ChinaStandardTime, Issuer = "县科技局", Categories = ["种植"] };
        foreach (var section in SectionNames.All)
        {
            var text = DocumentScaffold.Render(new ScaffoldContext(section, "标题: 带冒号 #1", new DateOnly(2026, 3, 1), site));
            var uncommented = string.Join('\n', text.Split('\n').Select(l => l.StartsWith("# ", StringComparison.Ordinal) ? l[2..] : l));
            var diagnostics = new Portal.Diagnostics.DiagnosticBag();
            var front = FrontMatter.Split(uncommented, "x.md", diagnostics);
            Assert.True(front is not null, string.Join("\n", diagnostics.Sorted()) + "\n" + uncommented);
            Assert.Equal("标题: 带冒号 #1", ((YamlDotNet.RepresentationModel.YamlScalarNode)front.Yaml.Children[new YamlDotNet.RepresentationModel.YamlScalarNode("title")]).Value);
            Assert.Equal(FrontMatterKeys.For(section).Count, front.Yaml.Children.Count);
        }
    }

    [Fact]
    public void SlugsAreMadeUniqueAndAnExplicitTakenSlugIsRefused()
    {
        using var temp = CopyOfSampleSite();
        var first = PortalProcess.Run(temp.Path, "new", "technique", "水稻育秧技术");
        Assert.Equal(0, first.Exit);
        Assert.Equal("input/techniques/shuidao-yuyang-jishu-2.md", first.Out.Trim()); // the bundle shuidao-yuyang-jishu exists

        var before = File.ReadAllText(temp.Combine("input", "notices", "keji-huodongzhou-2026.md"));
        var taken = PortalProcess.Run(temp.Path, "new", "notice", "活动周", "--slug", "keji-huodongzhou-2026");
        Assert.Equal(2, taken.Exit);
        Assert.Contains("已被占用", taken.Err);
        Assert.Equal(before, File.ReadAllText(temp.Combine("input", "notices", "keji-huodongzhou-2026.md")));

        var reserved = PortalProcess.Run(temp.Path, "new", "page", "标签", "--slug", "tags");
        Assert.Equal(2, reserved.Exit);

        var invalid = PortalProcess.Run(temp.Path, "new", "notice", "通知", "--slug", "Bad_Slug");
        Assert.Equal(2, invalid.Exit);
        Assert.Contains("小写英文字母", invalid.Err);

        var chosen = PortalProcess.Run(temp.Path, "new", "notice", "通知", "--slug", "my-notice-2026");
        Assert.Equal("input/notices/my-notice-2026.md", chosen.Out.Trim());
    }

    [Fact]
    public void BadTypesAndMissingFoldersExitTwo()
    {
        using var temp = CopyOfSampleSite();
        Assert.Equal(2, PortalProcess.Run(temp.Path, "new", "poster", "标题").Exit);
        var missing = PortalProcess.Run(temp.Path, "new", "notice", "标题", "--input", "nowhere");
        Assert.Equal(2, missing.Exit);
        Assert.Contains("找不到内容目录 nowhere", missing.Err);
        Assert.Equal(2, PortalProcess.Run(temp.Path, "new", "notice", "！！！").Exit); // no slug from punctuation
    }

    private static string TodayInBeijing() =>
        TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, SiteConfigLoader.ChinaStandardTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The sample input/ in a scratch folder, so tests can add files.</summary>
    private static TempDir CopyOfSampleSite()
    {
        var temp = new TempDir();
        foreach (var file in Directory.EnumerateFiles(Repo.Path("input"), "*", SearchOption.AllDirectories))
        {
            var target = temp.Combine("input", Path.GetRelativePath(Repo.Path("input"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return temp;
    }
}
