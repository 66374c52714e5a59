using Portal.Diagnostics;

namespace Portal.Tests.Support;

/// <summary>A throwaway input folder with a minimal site.yml, for tests that need one rule at a time.</summary>
public sealed class MiniSite : IDisposable
{
    public const string SiteYml = """
        title: 小站
        base_url: https://mini.example.org/
        issuer: 测试科技局
        categories: [种植, 养殖]
        regions:
          北湖区: [华塘镇]
        """;

    private readonly TempDir _temp = new();

    public MiniSite(string siteYml = SiteYml) => _temp.Write("input/site.yml", siteYml);

    public string Input => _temp.Combine("input");

    public string Output => _temp.Combine("output");

    public MiniSite With(string relative, string text)
    {
        _temp.Write("input/" + relative, text);
        return this;
    }

    public MiniSite WithBytes(string relative, byte[] bytes)
    {
        var full = _temp.Combine("input", relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return this;
    }

    public BuildReport Check(DateTimeOffset? now = null) =>
        SiteBuilder.Build(new BuildOptions(Portal.Load.BuildPaths.From(Input, Repo.Path("theme"), Output)) { Now = now ?? SiteBuild.FixedNow, WriteOutput = false });

    public BuildReport Build(DateTimeOffset? now = null) =>
        SiteBuilder.Build(new BuildOptions(Portal.Load.BuildPaths.From(Input, Repo.Path("theme"), Output)) { Now = now ?? SiteBuild.FixedNow });

    public void Dispose() => _temp.Dispose();
}

public static class ReportAssertions
{
    /// <summary>Finds the single diagnostic with this code, failing with every diagnostic listed otherwise.</summary>
    public static Diagnostic Single(this BuildReport report, string code)
    {
        var matches = report.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(matches.Count == 1, $"expected one {code}, got {matches.Count}:\n" + string.Join("\n", report.Diagnostics));
        return matches[0];
    }

    public static void NoErrors(this BuildReport report) =>
        Assert.True(report.Succeeded, "unexpected errors:\n" + string.Join("\n", report.Diagnostics));
}
