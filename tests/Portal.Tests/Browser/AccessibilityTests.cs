using System.Text.Json;
using Portal.Tests.Support;

namespace Portal.Tests.Browser;

/// <summary>axe-core on one page of each kind, wide and narrow (contrast and reflow differ by width).</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    internal static readonly string AxeScript = Repo.Path("tests", "node_modules", "axe-core", "axe.min.js");

    // Returns plain data: axe's result objects hold DOM references that do not serialise.
    internal const string RunAxe =
        """
        async () => {
          const result = await axe.run(document, { resultTypes: ['violations'] });
          return result.violations.map(v => ({
            id: v.id,
            impact: v.impact || '',
            help: v.help,
            count: v.nodes.length,
            targets: v.nodes.slice(0, 3).map(n => n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : t).join(' ')),
            summary: v.nodes.length > 0 ? (v.nodes[0].failureSummary || '') : '',
          }));
        }
        """;

    [Theory]
    [MemberData(nameof(SamplePages.EachKindAtEachViewport), MemberType = typeof(SamplePages))]
    public async Task Page_has_no_axe_violations(string path, string viewport)
    {
        Assert.True(File.Exists(AxeScript), $"axe-core is missing ({AxeScript}): run tests/run.sh, or `npm install --prefix tests`, to install it.");
        await using var context = await browser.NewContextAsync(SamplePages.Size(viewport));
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.FileUrl(path));
        await page.AddScriptTagAsync(new() { Path = AxeScript });

        var violations = await page.EvaluateAsync<JsonElement>(RunAxe);

        var lines = violations.EnumerateArray().Select(v =>
            $"- {v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}, {v.GetProperty("count").GetInt32()} nodes): {v.GetProperty("help").GetString()}\n" +
            $"    at {string.Join(" | ", v.GetProperty("targets").EnumerateArray().Select(t => t.GetString()))}\n" +
            $"    {v.GetProperty("summary").GetString()!.Replace("\n", "\n    ", StringComparison.Ordinal)}").ToList();
        Assert.True(lines.Count == 0, $"axe found {lines.Count} violation(s) on {path} at {viewport}:\n{string.Join("\n", lines)}");
    }
}
