using Portal.Diagnostics;
using Portal.Tests.Support;

namespace Portal.Tests.Templates;

public class TemplateTests
{
    [Fact]
    public void APartialInInputThemeOverridesTheThemes()
    {
        using var site = new MiniSite()
            .With("notices/a.md", "---\ntitle: 通知\ndate: 2026-01-01\n---\n正文。")
            .With("_theme/partials/footer.html", "<footer class=\"custom-footer\">本县自定义页脚</footer>")
            .With("_theme/i18n/zh-CN.yml", "home: 回到首页\n");
        site.Build().NoErrors();
        var html = File.ReadAllText(Path.Combine(site.Output, "notices/a/index.html"));
        Assert.Contains("本县自定义页脚", html);
        Assert.Contains("回到首页", html);
        Assert.Contains("通知公告", html); // other strings still come from the theme
        Assert.False(Directory.Exists(Path.Combine(site.Output, "_theme")));
    }

    [Fact]
    public void TemplateSyntaxErrorIsADiagnosticAtTheTemplatesLine()
    {
        using var site = new MiniSite()
            .With("notices/a.md", "---\ntitle: 通知\ndate: 2026-01-01\n---\n")
            .With("_theme/partials/footer.html", "<footer>\n{{ if }}\n</footer>");
        var report = site.Check();
        var errors = report.Diagnostics.Where(x => x.Code == DiagnosticCodes.TemplateError).ToList();
        Assert.NotEmpty(errors);

        // The cause only: no follow-on errors from the layouts that include the broken partial.
        Assert.All(errors, d => Assert.EndsWith("_theme/partials/footer.html", d.Location.File));
        Assert.All(errors, d => Assert.Equal(2, d.Location.Line));
    }

    [Fact]
    public void TemplateRuntimeErrorIsReportedOnceWithItsLine()
    {
        using var site = new MiniSite()
            .With("notices/a.md", "---\ntitle: 通知\ndate: 2026-01-01\n---\n")
            .With("notices/b.md", "---\ntitle: 通知二\ndate: 2026-01-01\n---\n")
            .With("_theme/layouts/notice.html", "<p>\n{{ include \"does-not-exist\" }}\n</p>");
        var report = site.Check();
        var d = report.Single(DiagnosticCodes.TemplateError);
        Assert.Equal(2, d.Location.Line);
        Assert.Contains("does-not-exist", d.Message);
    }

    [Fact]
    public void TitlesAreHtmlEscaped()
    {
        using var site = new MiniSite().With("notices/a.md", "---\ntitle: \"<script>alert(1)</script>\"\ndate: 2026-01-01\n---\n");
        site.Build().NoErrors();
        var html = File.ReadAllText(Path.Combine(site.Output, "notices/a/index.html"));
        Assert.DoesNotContain("<script>alert(1)</script>", html);
        Assert.Contains("&lt;script&gt;", html);
    }
}
