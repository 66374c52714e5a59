using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Portal.Posters;

namespace Portal.Tests.Posters;

/// <summary>The body is made fit for paper and cut at whole blocks, list items or table rows; the rest stays hidden.</summary>
public sealed class PosterBodyTests
{
    private static readonly string Paragraph = "<p>" + new string('科', 70) + "。</p>"; // two lines at 36 characters a line

    [Fact]
    public void Short_body_is_kept_whole()
    {
        var (html, truncated) = PosterBody.Fit("<h2>一、时间</h2>" + Paragraph, 200);
        Assert.False(truncated);
        Assert.Equal(2, Shown(html).Count);
        Assert.DoesNotContain("hidden", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_body_is_cut_between_blocks_and_the_rest_hidden()
    {
        var body = string.Concat(Enumerable.Repeat(Paragraph, 20));
        var (html, truncated) = PosterBody.Fit(body, 100);
        Assert.True(truncated);
        var shown = Shown(html);
        Assert.InRange(shown.Count, 5, 8);
        Assert.All(shown, p => Assert.Equal(Paragraph, p.OuterHtml));
        var all = Parse(html).Body!.Children;
        var hidden = all.Skip(shown.Count).ToList();
        Assert.NotEmpty(hidden);
        Assert.All(hidden, p => Assert.True(p.HasAttribute("hidden") && p.HasAttribute("data-rest")));
        Assert.True(shown.Sum(PosterBody.Cost) <= 100);
    }

    [Fact]
    public void Only_half_a_budget_of_the_rest_is_kept_for_the_fit_script()
    {
        var body = string.Concat(Enumerable.Repeat(Paragraph, 200));
        var (html, _) = PosterBody.Fit(body, 100);
        var all = Parse(html).Body!.Children;
        var hidden = all.Where(p => p.HasAttribute("data-rest")).ToList();
        Assert.NotEmpty(hidden);
        // The block at the cut, then at most half a budget more.
        Assert.True(hidden.Skip(1).Sum(PosterBody.Cost) <= 100 * PosterBody.SpareShare, $"{hidden.Count} hidden paragraphs kept");
        Assert.True(all.Length < 20, $"{all.Length} of 200 paragraphs kept");
    }

    [Fact]
    public void A_list_that_does_not_fit_keeps_its_first_items()
    {
        var list = "<ol>" + string.Concat(Enumerable.Range(1, 12).Select(i => $"<li>第{i}步：{new string('做', 30)}</li>")) + "</ol>";
        var (html, truncated) = PosterBody.Fit(Paragraph + list, 60);
        Assert.True(truncated);
        var items = Parse(html).QuerySelectorAll("li").ToList();
        var shownItems = items.Where(PosterBody.IsShown).ToList();
        Assert.InRange(shownItems.Count, 1, 11);
        Assert.Equal("第1步：", shownItems[0].TextContent[..4]);
        Assert.All(items.Skip(shownItems.Count), li => Assert.True(li.HasAttribute("hidden")));
    }

    [Fact]
    public void A_heading_is_never_left_without_its_text()
    {
        var (html, truncated) = PosterBody.Fit(Paragraph + "<h2>二、要求</h2>" + string.Concat(Enumerable.Repeat(Paragraph, 6)), 30);
        Assert.True(truncated);
        Assert.Equal(["p"], Shown(html).Select(e => e.LocalName));
    }

    [Fact]
    public void Links_become_text_images_and_footnotes_go_and_table_wrappers_unwrap()
    {
        var body = """
            <p>见<a href="../x/index.html">这里</a>和<a class="footnote-ref" href="#fn:1"><sup>1</sup></a>。</p>
            <figure><img src="a.png" alt="图"></figure>
            <div class="table-scroll" tabindex="0" role="region" aria-label="表"><table><tr><td>甲</td></tr></table></div>
            <div class="footnotes"><ol><li id="fn:1">注</li></ol></div>
            """;
        var (html, _) = PosterBody.Fit(body, 200);
        var document = Parse(html);
        Assert.Empty(document.QuerySelectorAll("a, img, figure, .footnotes, .table-scroll, [id], [tabindex]"));
        Assert.Equal("见这里和。", document.QuerySelector("p")!.TextContent);
        Assert.NotNull(document.QuerySelector("table"));
    }

    [Fact]
    public void When_not_even_the_first_section_fits_the_summary_stands_in()
    {
        var (html, truncated) = PosterBody.Fit("<h2>一、背景</h2>" + string.Concat(Enumerable.Repeat(Paragraph, 3)), 20, "一句话摘要。");
        Assert.True(truncated);
        Assert.Equal(["一句话摘要。"], Shown(html).Select(e => e.TextContent));
    }

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");

    private static List<IElement> Shown(string html) => Parse(html).Body!.Children.Where(PosterBody.IsShown).ToList();
}
