using System.Diagnostics;
using System.Text.Json;
using Portal.Tests.Support;

namespace Portal.Tests.Cms;

/// <summary>
/// theme/admin/portal-cms.js proposes the slug <c>portal new</c> would make: its port of Slugs.FromTitle,
/// run in Node with the generated site-data.js, gives the same slug for titles of every shape.
/// </summary>
public sealed class PinyinSlugScriptTests
{
    private static readonly string[] Titles =
    [
        "油菜冬季田间管理",
        "关于开展冬季蔬菜大棚保温技术培训的通知",
        "2026年科技活动周",
        "ＡＢＣ水稻１２号品种介绍",
        "水稻、玉米（春播）技术：要点!",
        "关于做好2026年全市科技活动周冬季集中服务工作的紧急通知（第二版）附件说明",
        "Hello World",
        "重庆",
        "——",
    ];

    [Fact]
    public void The_form_proposes_the_slug_portal_new_makes()
    {
        using var site = new MiniSite(MiniSite.SiteYml + "\ncms:\n  backend: github\n  repo: county/site\n")
            .With("notices/youcai-dongji-tianjian-guanli.md", "---\ntitle: 已有\ndate: 2026-10-01\n---\n\n正文。\n");
        site.Build().NoErrors();
        var admin = Path.Combine(site.Output, "admin");

        // The browser globals the script touches, stubbed: only window.portalSlug is called.
        var harness = $$"""
            const fs = require('fs');
            global.window = global;
            global.CMS = { registerEventListener() {}, registerPreviewStyle() {}, registerPreviewTemplate() {} };
            global.h = () => null;
            global.createClass = (spec) => spec;
            global.HTMLInputElement = class { set value(v) {} };
            global.document = { addEventListener() {} };
            eval(fs.readFileSync({{JsonSerializer.Serialize(Path.Combine(admin, "site-data.js"))}}, 'utf8'));
            eval(fs.readFileSync({{JsonSerializer.Serialize(Path.Combine(admin, "portal-cms.js"))}}, 'utf8'));
            const titles = JSON.parse(fs.readFileSync(0, 'utf8'));
            process.stdout.write(JSON.stringify(titles.map(t => window.portalSlug(t))));
            """;
        var script = Path.Combine(site.Output, "harness.js");
        File.WriteAllText(script, harness);
        using var node = Process.Start(new ProcessStartInfo("node", [script]) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false })!;
        node.StandardInput.Write(JsonSerializer.Serialize(Titles));
        node.StandardInput.Close();
        var output = node.StandardOutput.ReadToEnd();
        var error = node.StandardError.ReadToEnd();
        node.WaitForExit();
        Assert.True(node.ExitCode == 0, error);

        var taken = new HashSet<string> { "youcai-dongji-tianjian-guanli" };
        var expected = Titles.Select(t => Portal.Text.Slugs.FromTitle(t) is { Length: > 0 } slug ? Portal.Text.Slugs.Unique(slug, taken.Contains) : "").ToList();
        Assert.Equal(expected, JsonSerializer.Deserialize<List<string>>(output));
        Assert.Equal("youcai-dongji-tianjian-guanli-2", expected[0]);
    }
}
