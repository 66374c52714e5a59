using System.Text;
using Portal.Diagnostics;
using Portal.Load;

namespace Portal.Tests.Load;

public class SourceTextTests
{
    [Fact]
    public void AcceptsBomAndFoldsCrLf()
    {
        var bag = new DiagnosticBag();
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("---\r\ntitle: 标题\r\n---\r\n")).ToArray();
        Assert.Equal("---\ntitle: 标题\n---\n", SourceText.Read(bytes, new SourceSpan("x.md"), bag));
        Assert.Empty(bag.Sorted());
    }

    [Fact]
    public void GbkBytesAreRejectedWithAChineseHint()
    {
        var bag = new DiagnosticBag();

        // "水稻" in GBK: not valid UTF-8.
        var gbk = new byte[] { 0xCB, 0xAE, 0xB5, 0xBE };
        Assert.Null(SourceText.Read(gbk, new SourceSpan("input/notices/x.md"), bag));
        var d = Assert.Single(bag.Sorted());
        Assert.Equal(DiagnosticCodes.NotUtf8, d.Code);
        Assert.Equal("input/notices/x.md:1:1", d.Location.ToString());
        Assert.Contains("GBK", d.Message);
        Assert.Contains("UTF-8", d.Message);
    }
}
