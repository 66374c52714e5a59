using CsCheck;
using Xunit.Abstractions;

namespace Portal.Tests.Fuzz;

/// <summary>Property-based fuzzing of the whole engine (issue 10): generated sites are built in-process.</summary>
public class SiteFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void GeneratedSitesBuildOrFailWithDiagnosticsAndKeepThePreviousOutput()
    {
        using var invariant = new SiteInvariant();
        FuzzRun.Check(SiteGen.Site, invariant.Holds, output, "sites");
        Report(invariant);
    }

    [Fact]
    public void GeneratedFrontMatterNeverThrows()
    {
        using var invariant = new SiteInvariant();
        var site = Gen.Select(FrontMatterGen.Yaml, FuzzText.Consts("notices", "techniques", "policies", "pages"), (yaml, section) =>
            new FuzzSite([($"{section}/doc.md", $"---\n{yaml}\n---\n正文\n")]));
        FuzzRun.Check(site, invariant.Holds, output, "front matter", iterations: 300);
        Report(invariant);
    }

    [Fact]
    public void GeneratedMarkdownBodiesNeverThrow()
    {
        using var invariant = new SiteInvariant();
        var site = MarkdownGen.Body.Select(body => new FuzzSite([("notices/doc.md", "---\ntitle: 标题\ndate: 2026-01-01\n---\n" + body)]));
        FuzzRun.Check(site, invariant.Holds, output, "markdown", iterations: 90);
        Report(invariant);
    }

    private void Report(SiteInvariant invariant) =>
        output.WriteLine($"  {invariant.Failed} of {invariant.Cases} builds failed with content errors; codes: {string.Join(", ", invariant.Codes.Select(c => $"{c.Key}×{c.Value}"))}");
}
