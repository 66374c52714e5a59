using AngleSharp.Html.Parser;
using Portal.Cms;
using Portal.Tests.Support;

namespace Portal.Tests.Cms;

/// <summary>Where admin/ is written: the web build of a site with a cms section, never a kiosk, never without the section.</summary>
public sealed class AdminSiteTests
{
    private const string Cms = "\ncms:\n  backend: gitea\n  repo: kejiju/kjzc\n  base_url: https://git.example.org\n  api_root: https://git.example.org/api/v1\n  app_id: abc\n  auth_type: pkce\n";

    private const string Kiosk = "\nkiosks:\n  - id: huatang\n    name: 华塘镇科技之窗\n    region: 北湖区/华塘镇\n";

    [Fact]
    public void The_web_build_writes_admin_with_the_bundle_the_generated_config_and_only_local_scripts()
    {
        using var site = new MiniSite(MiniSite.SiteYml + Cms);
        site.Build().NoErrors();

        var admin = Path.Combine(site.Output, "admin");
        Assert.True(File.Exists(Path.Combine(admin, "decap-cms.js")));
        var config = File.ReadAllText(Path.Combine(admin, "config.yml"));
        Assert.Contains("name: gitea", config);
        Assert.Contains("auth_type: pkce", config);
        Assert.Contains("publish_mode: editorial_workflow", config);
        Assert.Contains("locale: zh_Hans", config);
        Assert.DoesNotContain("local_backend", config);
        var index = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(admin, "index.html")));
        Assert.Equal(["decap-cms.js", "site-data.js", "portal-cms.js"], index.QuerySelectorAll("script").Select(s => s.GetAttribute("src")));
        foreach (var script in index.QuerySelectorAll("script"))
        {
            Assert.True(File.Exists(Path.Combine(admin, script.GetAttribute("src")!)));
        }
    }

    [Fact]
    public void A_kiosk_build_has_no_admin()
    {
        using var site = new MiniSite(MiniSite.SiteYml + Cms + Kiosk);
        var report = SiteBuilder.Build(new BuildOptions(Portal.Load.BuildPaths.From(site.Input, Repo.Path("theme"), site.Output)) { Now = SiteBuild.FixedNow, Kiosk = "huatang" });
        report.NoErrors();
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "admin")));
    }

    [Fact]
    public void A_site_without_a_cms_section_has_no_admin()
    {
        using var site = new MiniSite();
        site.Build().NoErrors();
        Assert.False(Directory.Exists(Path.Combine(site.Output, "admin")));
    }

    [Fact]
    public void The_served_config_names_the_local_backend_and_saves_directly()
    {
        using var site = new MiniSite(MiniSite.SiteYml + Cms);
        var report = SiteBuilder.Build(new BuildOptions(Portal.Load.BuildPaths.From(site.Input, Repo.Path("theme"), site.Output))
        {
            Now = SiteBuild.FixedNow,
            LocalCms = new CmsLocalBackend("http://127.0.0.1:8081/api/v1"),
        });
        report.NoErrors();
        var config = File.ReadAllText(Path.Combine(site.Output, "admin", "config.yml"));
        Assert.Contains("local_backend:\n  url: http://127.0.0.1:8081/api/v1", config);
        Assert.DoesNotContain("publish_mode", config);
    }

    [Fact]
    public void Collection_folders_are_input_relative_to_the_repository_root()
    {
        using var temp = new TempDir();
        Directory.CreateDirectory(temp.Combine("site", "content"));
        Directory.CreateDirectory(temp.Combine(".git"));
        Assert.Equal(temp.Path, AdminSite.ContentRoot(temp.Combine("site", "content")));
        Assert.Equal("site/content", AdminSite.RepositoryFolder(temp.Combine("site", "content")));
    }
}
