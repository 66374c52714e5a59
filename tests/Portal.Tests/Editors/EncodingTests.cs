using Portal.Diagnostics;
using Portal.Load;
using Portal.Tests.Support;

namespace Portal.Tests.Editors;

public class EncodingTests
{
    private static byte[] GbkFixture => File.ReadAllBytes(Repo.Path("tests", "fixtures", "gbk", "notices", "gbk-tongzhi.md"));

    [Fact]
    public void TheFixtureReallyIsGbkAndNotUtf8()
    {
        Assert.False(LegacyEncoding.IsUtf8(GbkFixture));
        var guess = LegacyEncoding.Guess(GbkFixture);
        Assert.NotNull(guess);
        Assert.Equal("GBK/GB18030", guess.EncodingName);
        Assert.Contains("title: 关于举办水稻育秧培训班的通知", guess.Text);
    }

    [Fact]
    public void AGbkFileIsAnErrorAtLineOneThatNamesGbkAndTheFix()
    {
        var bag = new DiagnosticBag();
        Assert.Null(SourceText.Read(GbkFixture, new SourceSpan("input/notices/gbk-tongzhi.md"), bag));
        var d = Assert.Single(bag.Sorted());
        Assert.Equal(DiagnosticCodes.NotUtf8, d.Code);
        Assert.Equal("input/notices/gbk-tongzhi.md:1:1", d.Location.ToString());
        Assert.Contains("GBK/GB18030", d.Message);
        Assert.Contains("关于举办水稻育秧培训班", d.Message); // the editor recognises their own file
        Assert.Contains("--fix-encoding", d.Message);
        Assert.Contains("另存为", d.Message);
    }

    [Fact]
    public void Utf16FromNotepadIsRecognised()
    {
        var bytes = System.Text.Encoding.Unicode.GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes("---\ntitle: 通知\n---\n")).ToArray();
        var bag = new DiagnosticBag();
        Assert.Null(SourceText.Read(bytes, new SourceSpan("x.md"), bag));
        Assert.Contains("UTF-16", Assert.Single(bag.Sorted()).Message);
        Assert.Equal("---\ntitle: 通知\n---\n", LegacyEncoding.Guess(bytes)!.Text);
    }

    [Fact]
    public void BytesThatAreNoTextSayTheEncodingIsUnknown()
    {
        var bag = new DiagnosticBag();
        Assert.Null(SourceText.Read([0x80, 0xFF, 0x00, 0x81], new SourceSpan("x.md"), bag));
        Assert.Contains("无法识别", Assert.Single(bag.Sorted()).Message);
    }

    [Fact]
    public void BomAndCrLfAreAccepted()
    {
        using var site = new MiniSite().WithBytes("notices/a.md", [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes("---\r\ntitle: 通知\r\ndate: 2026-11-01\r\n---\r\n\r\n正文。\r\n")]);
        var report = site.Check();
        Assert.Empty(report.Diagnostics);
    }
}
