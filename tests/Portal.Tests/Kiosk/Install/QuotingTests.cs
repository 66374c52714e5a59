using Portal.Kiosk.Install;

namespace Portal.Tests.Kiosk.Install;

/// <summary>Every quoting rule read back by a splitter that follows the consumer's rules.</summary>
public class QuotingTests
{
    public static TheoryData<string> Words() =>
    [
        "plain",
        "/srv/信息亭 站点/site",
        "100% 完成",
        "%t",
        "$HOME",
        "${XDG_RUNTIME_DIR}",
        "a\\b",
        "say \"hi\"",
        "it's",
        ";",
        "",
        "https://example.org/华塘 镇/?a=1&b=2#x",
    ];

    [Theory]
    [MemberData(nameof(Words))]
    public void SystemdReadsEveryWordBackUnchanged(string word)
    {
        var line = SystemdQuote.Line(["/usr/bin/portal", word, "end"]);
        Assert.Equal(["/usr/bin/portal", word, "end"], CommandLines.Systemd(line));
    }

    [Fact]
    public void SystemdLeavesSimpleWordsUnquoted()
    {
        Assert.Equal("--switch", SystemdQuote.Word("--switch"));
        Assert.Equal("\"/srv/信息亭 站点\"", SystemdQuote.Word("/srv/信息亭 站点"));
        Assert.Equal("file:///srv/%%E4%%BF%%A1/index.html", SystemdQuote.Word("file:///srv/%E4%BF%A1/index.html"));
        Assert.Equal("科技之窗 100%% 完成", SystemdQuote.Text("科技之窗 100% 完成"));
    }

    public static TheoryData<string> WindowsWords() =>
    [
        "plain",
        @"C:\ProgramData\kjzc\信息亭 站点",
        @"E:\",
        @"\\server\share\华塘 镇\",
        "100%",
        "A&B (1)^!",
        "",
    ];

    [Theory]
    [MemberData(nameof(WindowsWords))]
    public void WindowsProgramsReadEveryWordBackUnchanged(string word)
    {
        Assert.Equal(["sync", word, "end"], CommandLines.Windows(WindowsQuote.Line(["sync", word, "end"])));
        Assert.Equal(["sync", word, "end"], CommandLines.Cmd(WindowsQuote.CmdLine(["sync", word, "end"])));
    }

    [Fact]
    public void CmdWordsAreQuotedAndPercentDoubled()
    {
        Assert.Equal("\"E:\\\\\"", WindowsQuote.CmdWord(@"E:\"));
        Assert.Equal("\"100%% A&B\"", WindowsQuote.CmdWord("100% A&B"));
        Assert.Throws<ArgumentException>(() => WindowsQuote.Word("say \"hi\""));
        Assert.Throws<ArgumentException>(() => SystemdQuote.Word("two\nlines"));
    }

    [Theory]
    [InlineData(KioskPlatform.Windows, @"C:\ProgramData\kjzc\信息亭 站点", "file:///C:/ProgramData/kjzc/%E4%BF%A1%E6%81%AF%E4%BA%AD%20%E7%AB%99%E7%82%B9/index.html")]
    [InlineData(KioskPlatform.Linux, "/srv/kiosk/site", "file:///srv/kiosk/site/index.html")]
    [InlineData(KioskPlatform.Linux, "/srv/信息亭 #1/100%/", "file:///srv/%E4%BF%A1%E6%81%AF%E4%BA%AD%20%231/100%25/index.html")]
    public void FileUrlsArePercentEncoded(KioskPlatform platform, string site, string url)
    {
        Assert.Equal(url, FileUrl.IndexOf(platform, site));
        if (platform == KioskPlatform.Linux)
        {
            Assert.Equal(Path.Combine(site, "index.html"), new Uri(url).LocalPath);
        }
    }
}
