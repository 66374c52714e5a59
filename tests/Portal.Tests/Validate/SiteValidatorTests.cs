using Portal.Diagnostics;
using Portal.Tests.Support;

namespace Portal.Tests.Validate;

public class SiteValidatorTests
{
    private const string Date = "date: 2026-01-01";

    [Fact]
    public void CategoryMustBeInSiteYml()
    {
        using var site = new MiniSite().With("techniques/t.md", $"---\ntitle: 技术\n{Date}\ncategory: 捕鱼\n---\n正文");
        var d = site.Check().Single(DiagnosticCodes.UnknownCategory);
        Assert.Equal(4, d.Location.Line);
        Assert.Contains("种植", d.Message);
    }

    [Fact]
    public void RegionMustBeInTheTree()
    {
        using var site = new MiniSite()
            .With("notices/ok.md", $"---\ntitle: 好\n{Date}\nregions: [北湖区, 北湖区/华塘镇]\n---\n")
            .With("notices/bad.md", $"---\ntitle: 坏\n{Date}\nregions: [北湖区/火星镇]\n---\n");
        var d = site.Check().Single(DiagnosticCodes.UnknownRegion);
        Assert.Equal("input/notices/bad.md".Length, d.Location.File.Length - d.Location.File.LastIndexOf("input/", StringComparison.Ordinal));
        Assert.Contains("火星镇", d.Message);
    }

    [Fact]
    public void ExpiresMustBeAfterDate()
    {
        using var site = new MiniSite().With("notices/a.md", $"---\ntitle: 通知\n{Date}\nexpires: 2025-12-31\n---\n");
        Assert.Equal(4, site.Check().Single(DiagnosticCodes.ExpiresNotAfterDate).Location.Line);
    }

    [Fact]
    public void DuplicateSlugNamesBothFiles()
    {
        using var site = new MiniSite()
            .With("notices/same.md", $"---\ntitle: 一\n{Date}\n---\n")
            .With("techniques/same/index.md", $"---\ntitle: 二\n{Date}\n---\n");
        var report = site.Check();
        var dups = report.Diagnostics.Where(d => d.Code == DiagnosticCodes.DuplicateSlug).ToList();
        Assert.Equal(2, dups.Count);
        Assert.All(dups, d => Assert.Contains("notices/same.md", d.Message));
        Assert.All(dups, d => Assert.Contains("techniques/same/index.md", d.Message));
    }

    [Theory]
    [InlineData("Shui_Dao")]
    [InlineData("水稻")]
    [InlineData("a--b")]
    public void SlugMustBeLowercaseAsciiWords(string slug)
    {
        using var site = new MiniSite().With($"notices/{slug}.md", $"---\ntitle: 通知\n{Date}\n---\n");
        Assert.Contains("小写英文字母", site.Check().Single(DiagnosticCodes.InvalidSlug).Message);
    }

    [Fact]
    public void ReferencedFilesMustExistAndStayInsideInput()
    {
        using var site = new MiniSite()
            .With("notices/a.md", $"---\ntitle: 通知\n{Date}\nimage: nope.png\nattachments:\n  - file: ../../../etc/passwd\n    title: 密码\n---\n");
        var report = site.Check();
        Assert.Equal(4, report.Single(DiagnosticCodes.MissingFile).Location.Line);
        Assert.Contains("input 目录以外", report.Single(DiagnosticCodes.PathEscapesInput).Message);
    }

    [Fact]
    public void WithdrawnNeedsAReason()
    {
        using var site = new MiniSite().With("notices/a.md", $"---\ntitle: 通知\n{Date}\nstatus: withdrawn\n---\n");
        Assert.Contains("withdrawn_reason", site.Check().Single(DiagnosticCodes.WithdrawnWithoutReason).Message);
    }

    [Fact]
    public void InterpretsRefMustExist()
    {
        using var site = new MiniSite().With("policies/p.md", $"---\ntitle: 解读\n{Date}\nissuer: 局\ninterprets:\n  ref: nowhere\n---\n");
        Assert.Contains("nowhere", site.Check().Single(DiagnosticCodes.InterpretsTargetMissing).Message);
    }

    [Fact]
    public void AliasesMustBeValidAndUnique()
    {
        using var site = new MiniSite()
            .With("notices/a.md", $"---\ntitle: 一\n{Date}\naliases: [/old/a/]\n---\n")
            .With("notices/b.md", $"---\ntitle: 二\n{Date}\naliases: [/old/a/, ../x]\n---\n");
        var report = site.Check();
        var aliases = report.Diagnostics.Where(d => d.Code == DiagnosticCodes.InvalidAlias).Select(d => d.Message).ToList();
        Assert.Equal(2, aliases.Count);
        Assert.Contains(aliases, m => m.Contains("冲突"));
        Assert.Contains(aliases, m => m.Contains("不是有效"));
    }

    [Fact]
    public void AllProblemsAreReportedTogether()
    {
        using var build = new SiteBuild(Repo.Fixture("broken"), write: false);
        var codes = build.Report.Diagnostics.Select(d => d.Code).ToHashSet();
        string[] expected =
        [
            DiagnosticCodes.InvalidDate, DiagnosticCodes.UnknownKey, DiagnosticCodes.InvalidSlug, DiagnosticCodes.DuplicateSlug,
            DiagnosticCodes.ExpiresNotAfterDate, DiagnosticCodes.BrokenLink, DiagnosticCodes.UnknownCategory, DiagnosticCodes.UnknownRegion,
            DiagnosticCodes.InvalidValue, DiagnosticCodes.UnsafeHtmlRemoved, DiagnosticCodes.InterpretsTargetMissing,
        ];
        Assert.All(expected, code => Assert.Contains(code, codes));
    }
}
