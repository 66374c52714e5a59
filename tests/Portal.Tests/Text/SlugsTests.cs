using Portal.Text;

namespace Portal.Tests.Text;

public class SlugsTests
{
    [Theory]
    [InlineData("水稻育秧技术", "shuidao-yuyang-jishu")]
    [InlineData("2026年度水稻育秧技术", "2026-niandu-shuidao-yuyang-jishu")]
    [InlineData("科技特派员", "keji-tepai-yuan")]
    [InlineData("ＧＰＳ定位：玉米", "gps-dingwei-yumi")]
    [InlineData("  ——  ", "")]
    public void From_title(string title, string slug) => Assert.Equal(slug, Slugs.FromTitle(title));

    [Fact]
    public void Long_titles_are_cut_at_a_word_boundary()
    {
        var slug = Slugs.FromTitle(string.Concat(Enumerable.Repeat("水稻育秧技术", 10)));
        Assert.True(slug.Length <= Slugs.MaxLength);
        Assert.False(slug.EndsWith('-'));
        Assert.StartsWith("shuidao-yuyang-jishu-shuidao", slug);
    }

    [Fact]
    public void Unique_appends_the_first_free_number()
    {
        var taken = new HashSet<string> { "a", "a-2" };
        Assert.Equal("a-3", Slugs.Unique("a", taken.Contains));
        Assert.Equal("b", Slugs.Unique("b", taken.Contains));
    }
}
