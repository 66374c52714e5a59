using System.Text;
using System.Xml;
using System.Xml.Linq;
using Portal.Kiosk.Install;
using Portal.Kiosk.Sync;

namespace Portal.Tests.Kiosk.Install;

/// <summary>The Windows files: the Task Scheduler XML (UTF-16, schema 1.2) and the start-up .cmd, with awkward paths.</summary>
public class WindowsFilesTests
{
    private const string Site = @"C:\ProgramData\kjzc\信息亭 A&B 100%";
    private const string Portal = @"C:\Program Files\kjzc\portal.exe";

    private static KioskInstallOptions Options(string browser = @"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe") => new()
    {
        Site = Site,
        Source = @"E:\",
        Platform = KioskPlatform.Windows,
        Switch = SiteSwitchMode.Rename,
        EveryMinutes = 20,
        Browser = browser,
        Portal = [Portal],
    };

    [Fact]
    public void TheTaskIsUtf16XmlOfSchema12ThatSyncsEveryNMinutes()
    {
        var bytes = WindowsTask.For(Options()).Bytes;
        Assert.Equal([0xFF, 0xFE], bytes[..2]); // UTF-16 little endian with its byte order mark
        var text = Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-16\"?>", text);
        Assert.Contains("A&amp;B", text); // escaped by the XML writer, not by hand

        XDocument doc;
        using (var reader = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }))
        {
            doc = XDocument.Load(reader); // throws unless well-formed
        }

        var ns = WindowsTask.Ns;
        var task = doc.Root!;
        Assert.Equal(ns + "Task", task.Name);
        Assert.Equal("1.2", (string?)task.Attribute("version"));
        Assert.Equal(
            ["RegistrationInfo", "Triggers", "Principals", "Settings", "Actions"],
            task.Elements().Select(e => e.Name.LocalName));

        var time = task.Element(ns + "Triggers")!.Element(ns + "TimeTrigger")!;
        var interval = XmlConvert.ToTimeSpan(time.Element(ns + "Repetition")!.Element(ns + "Interval")!.Value);
        Assert.Equal(TimeSpan.FromMinutes(20), interval);
        Assert.True(DateTime.TryParse(time.Element(ns + "StartBoundary")!.Value, out _));
        Assert.NotNull(task.Element(ns + "Triggers")!.Element(ns + "BootTrigger"));

        var principal = task.Element(ns + "Principals")!.Element(ns + "Principal")!;
        Assert.Equal("S-1-5-18", principal.Element(ns + "UserId")!.Value);
        Assert.Equal("Author", (string?)principal.Attribute("id"));
        Assert.Equal("Author", (string?)task.Element(ns + "Actions")!.Attribute("Context"));
        Assert.Equal("IgnoreNew", task.Element(ns + "Settings")!.Element(ns + "MultipleInstancesPolicy")!.Value);

        var exec = task.Element(ns + "Actions")!.Element(ns + "Exec")!;
        Assert.Equal(Portal, exec.Element(ns + "Command")!.Value);
        Assert.Equal(["sync", @"E:\", Site, "--switch", "rename"], CommandLines.Windows(exec.Element(ns + "Arguments")!.Value));
    }

    [Fact]
    public void TheStartUpScriptRecoversThenStartsEdgeInKioskMode()
    {
        var bytes = WindowsLauncher.For(Options()).Bytes;
        var text = Encoding.UTF8.GetString(bytes);
        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal)); // CRLF throughout
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("@echo off", lines[0]);
        var chcp = Array.IndexOf(lines, "chcp 65001 >nul");
        Assert.True(chcp > 0);
        Assert.All(lines[..chcp], l => Assert.True(l.All(char.IsAscii), l)); // read before cmd switches to UTF-8

        var recover = Array.FindIndex(lines, l => l.Contains("\"recover\"", StringComparison.Ordinal));
        var start = Array.FindIndex(lines, l => l.StartsWith("start \"\" ", StringComparison.Ordinal));
        Assert.True(chcp < recover && recover < start);
        Assert.Equal([Portal, "kiosk", "recover", "--site", Site, "--switch", "rename"], CommandLines.Cmd(lines[recover]));

        var browser = CommandLines.Cmd(lines[start]["start \"\" ".Length..]);
        Assert.Equal(@"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe", browser[0]);
        Assert.Contains("--kiosk", browser);
        Assert.Contains("--edge-kiosk-type=fullscreen", browser);
        Assert.Contains("--inprivate", browser);
        Assert.Contains(@"--user-data-dir=%LOCALAPPDATA%\kjzc-kiosk\browser", browser); // left for cmd to expand
        Assert.Equal("file:///C:/ProgramData/kjzc/%E4%BF%A1%E6%81%AF%E4%BA%AD%20A%26B%20100%25/index.html", browser[^1]);

        var changed = Array.FindIndex(lines, l => l.Contains("\"changed\"", StringComparison.Ordinal));
        Assert.Equal([Portal, "kiosk", "changed", "--site", Site, ">nul", "2>&1"], CommandLines.Cmd(lines[changed]));
        Assert.Contains("taskkill /im \"msedge.exe\" /f", lines[changed + 1]);
        Assert.Equal("goto watch", lines[^1]);
    }

    [Fact]
    public void ChromeGetsNoEdgeFlags()
    {
        var text = Encoding.UTF8.GetString(WindowsLauncher.For(Options(@"C:\Program Files\Google\Chrome\Application\chrome.exe")).Bytes);
        Assert.Contains("\"--kiosk\"", text);
        Assert.DoesNotContain("edge-kiosk-type", text);
        Assert.Contains("taskkill /im \"chrome.exe\"", text);
    }
}
