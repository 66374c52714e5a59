using Portal.Platform;
using Portal.Tests.Support;

namespace Portal.Tests.Platform;

/// <summary>The libc calls sync relies on, on the file system the tests run on.</summary>
public class NativeTests
{
    [Fact]
    public void ExchangeSwapsAFolderAndALinkInOneStep()
    {
        using var temp = new TempDir();
        temp.Write("site/index.html", "旧");
        temp.Write("v2/index.html", "新");
        File.CreateSymbolicLink(temp.Combine("swap"), "v2");

        Assert.True(Native.TryExchange(temp.Combine("swap"), temp.Combine("site")));

        Assert.Equal("v2", new FileInfo(temp.Combine("site")).LinkTarget);
        Assert.Equal("旧", File.ReadAllText(temp.Combine("swap", "index.html")));
    }

    [Fact]
    public void LinkGivesAFileASecondName()
    {
        using var temp = new TempDir();
        var first = temp.Write("a.txt", "一");

        Assert.True(Native.TryLink(first, temp.Combine("b.txt")));
        Assert.False(Native.TryLink(first, temp.Combine("b.txt"))); // exists: fails, the caller copies

        File.AppendAllText(first, "二");
        Assert.Equal("一二", File.ReadAllText(temp.Combine("b.txt")));
    }
}
