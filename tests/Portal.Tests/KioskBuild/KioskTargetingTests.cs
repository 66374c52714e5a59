using Portal.KioskBuild;

namespace Portal.Tests.KioskBuild;

public class KioskTargetingTests
{
    [Theory]
    [InlineData(new string[0], "北湖区/华塘镇", true)] // no regions: everywhere
    [InlineData(new[] { "北湖区" }, "北湖区/华塘镇", true)] // the county reaches its towns
    [InlineData(new[] { "北湖区/华塘镇" }, "北湖区/华塘镇", true)]
    [InlineData(new[] { "北湖区/鲁塘镇" }, "北湖区/华塘镇", false)] // a neighbouring town
    [InlineData(new[] { "苏仙区" }, "北湖区/华塘镇", false)] // another county
    [InlineData(new[] { "宜章县", "汝城县" }, "汝城县/热水镇", true)] // any of several regions
    [InlineData(new[] { "北湖区/华塘镇" }, "北湖区", true)] // a county-wide kiosk shows its towns' items
    [InlineData(new[] { "北湖" }, "北湖区/华塘镇", false)] // segments, not string prefixes
    [InlineData(new[] { "苏仙区" }, null, true)] // a kiosk without a region shows everything
    public void An_item_shows_where_its_regions_overlap_the_kiosk(string[] regions, string? kiosk, bool shows)
    {
        Assert.Equal(shows, KioskTargeting.Shows(regions, kiosk));
    }
}
