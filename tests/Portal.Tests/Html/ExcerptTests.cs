using Portal.Html;

namespace Portal.Tests.Html;

public class ExcerptTests
{
    [Fact]
    public void ShortTextIsKeptWhole() => Assert.Equal("短文本。", Excerpt.From("短文本。"));

    [Fact]
    public void EndsOnASentenceBoundaryWhenOneIsNearTheTarget()
    {
        var text = string.Concat(Enumerable.Repeat("水稻育秧要注意保温保湿。", 20));
        var excerpt = Excerpt.From(text);
        Assert.EndsWith("。", excerpt);
        Assert.InRange(excerpt.Length, 40, 100);
    }

    [Fact]
    public void CutsWithAnEllipsisWhenThereIsNoSentenceEnd()
    {
        var excerpt = Excerpt.From(new string('稻', 300));
        Assert.EndsWith("…", excerpt);
        Assert.Equal(81, excerpt.Length);
    }

    [Fact]
    public void LatinLettersCountAsHalfACharacter()
    {
        Assert.Equal(4, Excerpt.CountUnits("水稻abcd"));
        var latin = Excerpt.From(string.Join(' ', Enumerable.Repeat("word", 100)));
        Assert.InRange(latin.Length, 120, 200);
    }

    [Fact]
    public void LineBreaksInsideChineseDoNotAddSpaces() => Assert.Equal("水稻育秧", Excerpt.From("水稻\n育秧"));
}
