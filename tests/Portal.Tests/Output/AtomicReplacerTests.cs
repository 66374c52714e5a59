using System.Diagnostics;
using System.Text;
using Portal.Output;
using Portal.Platform;
using Portal.Tests.Support;

namespace Portal.Tests.Output;

/// <summary>
/// Serve's way of replacing output files: each in one step, old inodes filled again for the next file, and
/// never an inode somebody else can still see.
/// </summary>
public class AtomicReplacerTests
{
    [Fact]
    public void ReplacesAndCreatesFilesAndLeavesNoSpareBehind()
    {
        using var temp = new TempDir();
        var growing = temp.Write("a/index.html", "旧");
        var shrinking = temp.Write("b/index.html", new string('旧', 500));
        var created = temp.Combine("c", "index.html");
        var createdLater = temp.Combine("d", "e", "index.html");

        using (var replacer = new AtomicReplacer())
        {
            replacer.Replace(growing, Encoding.UTF8.GetBytes(new string('新', 300)));
            replacer.Replace(shrinking, Encoding.UTF8.GetBytes("新"));
            replacer.Replace(created, Encoding.UTF8.GetBytes("建"));
            replacer.Replace(createdLater, Encoding.UTF8.GetBytes("又建")); // with a spare in hand, into a new folder
        }

        Assert.Equal(new string('新', 300), File.ReadAllText(growing));
        Assert.Equal("新", File.ReadAllText(shrinking));
        Assert.Equal("建", File.ReadAllText(created));
        Assert.Equal("又建", File.ReadAllText(createdLater));
        Assert.Equal(
            ["a/index.html", "b/index.html", "c/index.html", "d/e/index.html"],
            Directory.EnumerateFiles(temp.Path, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(temp.Path, f)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AReplacedInodeIsFilledAgainForTheNextFile()
    {
        using var temp = new TempDir();
        var first = temp.Write("a.html", "一");
        var second = temp.Write("b.html", "二");
        var firstInode = Inodes.Of(first);

        using var replacer = new AtomicReplacer();
        replacer.Replace(first, Encoding.UTF8.GetBytes("新一"));
        replacer.Replace(second, Encoding.UTF8.GetBytes("新二"));

        Assert.Equal(firstInode, Inodes.Of(second));
        Assert.Equal("新二", File.ReadAllText(second));
    }

    [Fact]
    public void AReaderOfTheOldFileKeepsReadingTheOldBytes()
    {
        using var temp = new TempDir();
        var old = new string('旧', 4000);
        var page = temp.Write("a.html", old);
        var other = temp.Write("b.html", "二");

        using var reader = new StreamReader(page, Encoding.UTF8);
        using (var replacer = new AtomicReplacer())
        {
            replacer.Replace(page, Encoding.UTF8.GetBytes("新"));
            // The spare now holds the old page's inode; the reader has it open, so it is not filled again.
            replacer.Replace(other, Encoding.UTF8.GetBytes(new string('别', 4000)));
        }

        Assert.Equal(old, reader.ReadToEnd());
        Assert.Equal("新", File.ReadAllText(page));
    }

    [Fact]
    public void AHardLinkElsewhereKeepsItsContent()
    {
        using var temp = new TempDir();
        var page = temp.Write("site/a.html", "旧");
        var other = temp.Write("site/b.html", "二");
        Assert.True(Native.TryLink(page, temp.Combine("backup-a.html")));

        using (var replacer = new AtomicReplacer())
        {
            replacer.Replace(page, Encoding.UTF8.GetBytes("新"));
            replacer.Replace(other, Encoding.UTF8.GetBytes("别"));
        }

        Assert.Equal("旧", File.ReadAllText(temp.Combine("backup-a.html")));
        Assert.Equal("新", File.ReadAllText(page));
        Assert.Equal("别", File.ReadAllText(other));
    }

    [Fact]
    public void ALinkInTheOutputIsReplacedAndWhatItPointsToIsNeverWritten()
    {
        using var temp = new TempDir();
        var outside = temp.Write("outside/secret.txt", "外面的文件");
        var page = temp.Combine("site", "a.html");
        Directory.CreateDirectory(temp.Combine("site"));
        File.CreateSymbolicLink(page, outside);
        var other = temp.Write("site/b.html", "二");

        using (var replacer = new AtomicReplacer())
        {
            replacer.Replace(page, Encoding.UTF8.GetBytes("新"));
            replacer.Replace(other, Encoding.UTF8.GetBytes("别"));
        }

        Assert.Equal("外面的文件", File.ReadAllText(outside));
        Assert.Null(new FileInfo(page).LinkTarget);
        Assert.Equal("新", File.ReadAllText(page));
        Assert.Equal("别", File.ReadAllText(other));
        Assert.Equal(["a.html", "b.html"], Directory.EnumerateFileSystemEntries(temp.Combine("site")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AFolderWhereAFileShouldGoStaysAndTheWriteFails()
    {
        using var temp = new TempDir();
        temp.Write("site/a.html/kept.txt", "留着");
        var page = temp.Combine("site", "a.html");

        using (var replacer = new AtomicReplacer())
        {
            Assert.Throws<IOException>(() => replacer.Replace(page, Encoding.UTF8.GetBytes("新")));
        }

        Assert.Equal("留着", File.ReadAllText(Path.Combine(page, "kept.txt")));
        Assert.Equal(["a.html"], Directory.EnumerateFileSystemEntries(temp.Combine("site")).Select(Path.GetFileName));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // Unix permissions; the tests run on Linux
    public void AReadOnlyOrPrivateFileIsReplacedAndItsPermissionsGoWithIt()
    {
        using var temp = new TempDir();
        var readOnly = temp.Write("a.html", "一");
        var secret = temp.Write("b.html", "二");
        var next = temp.Write("c.html", "三");
        var fresh = temp.Write("fresh.html", "");
        File.SetUnixFileMode(readOnly, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        File.SetUnixFileMode(secret, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        using (var replacer = new AtomicReplacer())
        {
            replacer.Replace(readOnly, Encoding.UTF8.GetBytes("新一"));
            replacer.Replace(secret, Encoding.UTF8.GetBytes("新二"));
            replacer.Replace(next, Encoding.UTF8.GetBytes("新三"));
        }

        Assert.Equal("新一", File.ReadAllText(readOnly));
        Assert.Equal("新二", File.ReadAllText(secret));
        Assert.Equal("新三", File.ReadAllText(next));
        // Each replaced page has the permissions of a new file, not those of the file whose inode it got.
        Assert.All([readOnly, secret, next], page => Assert.Equal(File.GetUnixFileMode(fresh), File.GetUnixFileMode(page)));
        Assert.Equal(["a.html", "b.html", "c.html", "fresh.html"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task APipeWhereAPageGoesIsReplacedWithoutBlocking()
    {
        using var temp = new TempDir();
        var page = temp.Combine("a.html");
        using (var mkfifo = Process.Start("mkfifo", [page])!)
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var other = temp.Write("b.html", "二");

        var done = Task.Run(() =>
        {
            using var replacer = new AtomicReplacer();
            replacer.Replace(page, Encoding.UTF8.GetBytes("新"));
            replacer.Replace(other, Encoding.UTF8.GetBytes("别"));
        });

        // Opening the pipe as a spare would block for ever: a timeout here fails the test.
        await done.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal("新", File.ReadAllText(page));
        Assert.Equal("别", File.ReadAllText(other));
        Assert.Equal(["a.html", "b.html"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
