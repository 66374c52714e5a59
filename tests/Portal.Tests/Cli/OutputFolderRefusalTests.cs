using Portal.Output;
using Portal.Tests.Output;
using Portal.Tests.Support;

namespace Portal.Tests.Cli;

/// <summary>
/// `portal build` refuses output folders whose replacement would lose data, with exit 2 before anything is
/// written. Every run gets a throwaway working folder, HOME and a tiny fixture input, so a refusal that
/// failed would only ever write inside the test's own temp folder.
/// </summary>
public sealed class OutputFolderRefusalTests : IDisposable
{
    private readonly TempDir _temp = new();
    private readonly MiniSite _site = new MiniSite().With("notices/a.md", "---\ntitle: 通知\ndate: 2026-01-01\n---\n正文。");

    public OutputFolderRefusalTests()
    {
        Directory.CreateDirectory(_temp.Combine("home"));
        Directory.CreateDirectory(_temp.Combine("work"));
    }

    [Fact]
    public void TheRootIsRefusedAndTheWorkingFolderIsLeftAlone()
    {
        // The rule in-process first: never run `--output /` unless the engine is known to refuse it.
        Assert.NotNull(OutputFolderRules.ProblemWith("/"));
        var work = _temp.Combine("work");
        File.WriteAllText(Path.Combine(work, "sentinel.txt"), "哨兵");
        foreach (var name in new[] { ".staging", ".previous" })
        {
            Directory.CreateDirectory(Path.Combine(work, name));
            File.WriteAllText(Path.Combine(work, name, "keep.txt"), name);
        }

        var before = Listing(work);
        var (exit, stdout, stderr) = Build(work, "/");

        Assert.True(exit == 2, stdout + stderr);
        Assert.Contains("不能把根目录 / 用作输出目录", stderr);
        Assert.Equal(before, Listing(work));
        Assert.Equal(".staging", File.ReadAllText(Path.Combine(work, ".staging", "keep.txt")));
        Assert.Equal(".previous", File.ReadAllText(Path.Combine(work, ".previous", "keep.txt")));
    }

    [Fact]
    public void TheHomeFolderIsRefused()
    {
        var home = _temp.Combine("home");
        var (exit, _, stderr) = Build(_temp.Combine("work"), home);
        Assert.Equal(2, exit);
        Assert.Contains($"不能把用户主目录或它的上级目录 {home} 用作输出目录", stderr);
        Assert.Empty(Directory.EnumerateFileSystemEntries(home));
    }

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    public void TheCurrentFolderAndItsParentsAreRefused(string output)
    {
        var work = _temp.Combine("work", "deep");
        Directory.CreateDirectory(work);
        var (exit, _, stderr) = Build(work, output);
        Assert.Equal(2, exit);
        Assert.Contains("不能把当前目录或它的上级目录", stderr);
        Assert.Empty(Directory.EnumerateFileSystemEntries(work));
    }

    [Fact]
    public void AFolderOfSomeoneElsesFilesIsRefused()
    {
        var output = _temp.Combine("photos");
        var photo = _temp.Write("photos/2026/harvest.jpg", "照片");
        var (exit, _, stderr) = Build(_temp.Combine("work"), output);
        Assert.Equal(2, exit);
        Assert.Contains($"输出目录 {output} 已有其他文件且不是本工具生成的", stderr);
        Assert.Equal("照片", File.ReadAllText(photo));
        Assert.Equal([photo], Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories));
        Assert.Equal(["home", "photos", "work"], Directory.EnumerateFileSystemEntries(_temp.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void AFolderItMadeIsRebuilt()
    {
        var output = _temp.Combine("site");
        Assert.Equal(0, Build(_temp.Combine("work"), output).Exit);
        Assert.Equal(0, Build(_temp.Combine("work"), output).Exit);
        OutputAssert.IsOneCompleteBuild(output);
        OutputAssert.NothingLeftBeside(output);
    }

    public void Dispose()
    {
        _site.Dispose();
        _temp.Dispose();
    }

    private (int Exit, string Out, string Err) Build(string workingDirectory, string output) =>
        PortalProcess.RunWith(
            new Dictionary<string, string> { ["HOME"] = _temp.Combine("home"), ["USERPROFILE"] = _temp.Combine("home") },
            workingDirectory,
            "build", "--input", _site.Input, "--theme", Repo.Path("theme"), "--output", output, "--now", "2026-11-23");

    private static List<string> Listing(string folder) =>
        [.. Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];
}
