using Portal.Content;
using Portal.Diagnostics;
using Portal.Html;
using Portal.Load;
using Portal.Markdown;
using Portal.Tests.Support;

namespace Portal.Tests.Html;

public class HtmlPostProcessorTests
{
    private static readonly DateTimeOffset Now = SiteBuild.FixedNow;

    [Theory]
    [InlineData("<script>alert(1)</script>", "<script")]
    [InlineData("<img src=\"x.png\" onerror=\"alert(1)\">", "onerror")]
    [InlineData("<a href=\"javascript:alert(1)\">点</a>", "javascript:")]
    [InlineData("[点](javascript:alert(1))", "javascript:")]
    [InlineData("<span style=\"position:fixed;color:red\">字</span>", "position")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>", "<iframe")]
    [InlineData("<svg><script>alert(1)</script></svg>", "<script")]
    [InlineData("<style>body{display:none}</style>", "<style")]
    [InlineData("<form action=\"https://evil.example\"><input name=\"p\"></form>", "<form")]
    [InlineData("<javascript:alert(1)>", "href=\"javascript:")]
    [InlineData("![图](data:image/svg+xml;base64,PHN2Zz4=)", "data:")]
    [InlineData("[点](JaVaScRiPt:alert(1))", "javascript:")]
    public void UnsafeHtmlIsRemovedWithAWarning(string markdown, string forbidden)
    {
        var (doc, bag) = Process(Docs.Page("第一段\n\n" + markdown + "\n", bodyLine: 5));
        Assert.DoesNotContain(forbidden, doc.Html, StringComparison.OrdinalIgnoreCase);
        var warning = bag.Sorted().First(d => d.Code == DiagnosticCodes.UnsafeHtmlRemoved);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(7, warning.Location.Line);
    }

    [Fact]
    public void SafeRawHtmlAndAllowedStylesStay()
    {
        var (doc, bag) = Process(Docs.Page("<span style=\"color:red\">红字</span> <mark>重点</mark>"));
        Assert.Contains("style=\"color: rgba(255, 0, 0, 1)\"", doc.Html);
        Assert.Contains("<mark>重点</mark>", doc.Html);
        Assert.Empty(bag.Sorted());
    }

    [Fact]
    public void LinksToMarkdownFilesBecomeRelativePageUrls()
    {
        var target = Docs.Page("## 育秧准备\n", "shuidao", Section.Techniques);
        var (doc, bag) = Process(Docs.Page("见[技术](../techniques/shuidao.md#育秧准备)和[关于](/pages/about.md)"), target, Docs.Page("关于", "about", Section.Pages));
        Assert.Empty(bag.Sorted());
        Assert.Contains("href=\"../../techniques/shuidao/index.html#育秧准备\"", doc.Html);
        Assert.Contains("href=\"../../about/index.html\"", doc.Html);
    }

    [Fact]
    public void BrokenLinksAndAnchorsAreErrorsAtTheirLine()
    {
        var target = Docs.Page("## 育秧准备\n", "shuidao", Section.Techniques);
        var (_, bag) = Process(Docs.Page("第一行\n\n[坏](../notices/nope.md)\n\n[锚](../techniques/shuidao.md#不存在)\n\n[本页](#也不存在)", bodyLine: 10), target);
        var all = bag.Sorted();
        Assert.Contains(all, d => d.Code == DiagnosticCodes.BrokenLink && d.Location.Line == 12);
        Assert.Contains(all, d => d.Code == DiagnosticCodes.BrokenAnchor && d.Location.Line == 14);
        Assert.Contains(all, d => d.Code == DiagnosticCodes.BrokenAnchor && d.Location.Line == 16);
    }

    [Fact]
    public void LinksOutsideInputAndToUnpublishedContentAreErrors()
    {
        var draft = Docs.Page("草稿", "wip") with { Draft = true };
        var (_, bag) = Process(Docs.Page("[外](../../../etc/passwd)\n\n[草稿](wip.md)"), draft);
        var all = bag.Sorted();
        Assert.Contains(all, d => d.Code == DiagnosticCodes.PathEscapesInput);
        Assert.Contains(all, d => d.Code == DiagnosticCodes.BrokenLink && d.Message.Contains("草稿"));
    }

    [Fact]
    public void ExternalLinksAreMarkedAndRemoteImagesRejected()
    {
        var (doc, bag) = Process(Docs.Page("[政府网](https://www.gov.cn/)\n\n![图](https://example.org/x.png)"));
        Assert.Contains("class=\"external\"", doc.Html);
        Assert.Contains("rel=\"noopener noreferrer external\"", doc.Html);
        Assert.Equal(DiagnosticCodes.BrokenImage, Assert.Single(bag.Sorted()).Code);
    }

    [Fact]
    public void TocComesFromH2AndH3()
    {
        var (doc, _) = Process(Docs.Page("## 一、准备\n\n### 选种\n\n#### 细节\n\n## 二、播种\n"));
        Assert.Equal(["一准备", "二播种"], doc.Toc.Select(t => t.Id));
        Assert.Equal(["选种"], doc.Toc[0].Children.Select(t => t.Id));
        Assert.Empty(doc.Toc[1].Children);
    }

    [Fact]
    public void ExcerptIsDerivedWhenSummaryIsAbsent()
    {
        var body = "第一句话说明活动的目的和意义，请各单位高度重视并认真组织。第二句话说明时间安排，活动定于十一月底在华塘镇举行。第三句话说明报名方式和联系人电话，以及其他需要注意的事项。";
        var (doc, _) = Process(Docs.Page(body));
        Assert.EndsWith("。", doc.Excerpt);
        Assert.InRange(doc.Excerpt.Length, 40, 100);
        var (withSummary, _) = Process(Docs.Page(body) with { Summary = "编辑写的摘要" });
        Assert.Equal("编辑写的摘要", withSummary.Excerpt);
    }

    private static (ProcessedDocument Doc, DiagnosticBag Bag) Process(ContentItem item, params ContentItem[] others)
    {
        var bag = new DiagnosticBag();
        var rendered = new[] { item }.Concat(others).Select(MarkdownRenderer.Render).ToList();
        var targets = new LinkTargets(rendered, Array.Empty<AssetSource>(), Now);
        return (HtmlPostProcessor.Process(rendered[0], targets, Now, bag), bag);
    }
}
