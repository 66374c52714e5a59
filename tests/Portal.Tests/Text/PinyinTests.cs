using Portal.Text;

namespace Portal.Tests.Text;

public class PinyinTests
{
    [Theory]
    [InlineData("蔬菜", "shucai", "sc")]
    [InlineData("水稻", "shuidao", "sd")]
    [InlineData("科技特派员", "kejitepaiyuan", "kjtpy")]
    [InlineData("绿色", "lvse", "ls")]
    [InlineData("病虫害", "bingchonghai", "bch")]
    public void Full_and_initials(string text, string full, string initials)
    {
        Assert.Equal(full, Pinyin.Full(text));
        Assert.Equal(initials, Pinyin.Initials(text));
    }

    [Fact]
    public void Polyphonic_characters_take_the_most_common_reading()
    {
        // 重 is read zhòng far more often than chóng: 重要 is right, 重庆 is the documented limit.
        Assert.Equal("zhongyao", Pinyin.Full("重要"));
        Assert.Equal("zhongqing", Pinyin.Full("重庆"));
    }

    [Fact]
    public void Non_han_characters_have_no_syllable()
    {
        Assert.Null(Pinyin.Of('a'));
        Assert.Null(Pinyin.Of('，'));
        Assert.Equal(["nong", "ye"], Pinyin.Syllables("农 2026 业"));
    }
}
