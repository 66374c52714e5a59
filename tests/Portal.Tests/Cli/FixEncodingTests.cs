using System.Text;
using Portal.Load;
using Portal.Tests.Support;

namespace Portal.Tests.Cli;

public class FixEncodingTests
{
    [Fact]
    public void FixEncodingShowsWhatItChangesThenTheCheckPasses()
    {
        using var temp = new TempDir();
        foreach (var file in Directory.EnumerateFiles(Repo.Fixture("gbk"), "*", SearchOption.AllDirectories))
        {
            var target = temp.Combine("gbk", Path.GetRelativePath(Repo.Fixture("gbk"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var utf8Before = File.ReadAllBytes(temp.Combine("gbk", "notices", "utf8-tongzhi.md"));
        var before = PortalProcess.Run(temp.Path, "check", "--input", "gbk", "--theme", Repo.Path("theme"), "--now", "2026-11-23");
        Assert.Equal(1, before.Exit);
        Assert.Contains("gbk/notices/gbk-tongzhi.md:1:1: 错误 PORTAL001: 文件不是 UTF-8 编码，看起来是 GBK/GB18030", before.Out);

        var (exit, stdout, stderr) = PortalProcess.Run(temp.Path, "check", "--input", "gbk", "--theme", Repo.Path("theme"), "--now", "2026-11-23", "--fix-encoding");
        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("gbk/notices/gbk-tongzhi.md：GBK/GB18030 → UTF-8（内容：“title: 关于举办水稻育秧培训班的通知”）", stdout);
        Assert.Contains("已转换 1 个文件为 UTF-8", stdout);
        Assert.DoesNotContain("PORTAL001", stdout);

        var bytes = File.ReadAllBytes(temp.Combine("gbk", "notices", "gbk-tongzhi.md"));
        Assert.True(LegacyEncoding.IsUtf8(bytes));
        var text = Encoding.UTF8.GetString(bytes);
        Assert.StartsWith("---\r\ntitle: 关于举办水稻育秧培训班的通知\r\n", text); // line endings kept, no BOM added
        Assert.Equal(utf8Before, File.ReadAllBytes(temp.Combine("gbk", "notices", "utf8-tongzhi.md"))); // UTF-8 files untouched
        Assert.Empty(Directory.EnumerateFiles(temp.Path, "*.tmp", SearchOption.AllDirectories));

        var again = PortalProcess.Run(temp.Path, "check", "--input", "gbk", "--theme", Repo.Path("theme"), "--now", "2026-11-23", "--fix-encoding");
        Assert.Contains("都已是 UTF-8 编码", again.Out);
    }

    [Fact]
    public void TheCommittedFixtureIsStillGbk() => Assert.False(LegacyEncoding.IsUtf8(File.ReadAllBytes(Repo.Path("tests", "fixtures", "gbk", "notices", "gbk-tongzhi.md"))));
}
