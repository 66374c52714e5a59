using Portal.Output;
using Portal.Tests.Support;

namespace Portal.Tests.Output;

/// <summary>The rule in-process first: the command-line tests rely on it before they ever run `portal build --output /`.</summary>
public sealed class OutputFolderRulesTests : IDisposable
{
    private readonly TempDir _temp = new();

    [Fact]
    public void TheRootIsRefused()
    {
        Assert.Contains("根目录", Problem("/"));
        Assert.NotNull(OutputFolderRules.ProblemWith("/"));
    }

    [Fact]
    public void TheHomeFolderAndItsParentsAreRefused()
    {
        var home = _temp.Combine("home", "editor");
        Directory.CreateDirectory(home);
        Assert.Contains("用户主目录", Problem(home, home: home));
        Assert.Contains("用户主目录", Problem(_temp.Combine("home"), home: home));
        Assert.Null(Problem(Path.Combine(home, "site-output"), home: home));
    }

    [Fact]
    public void TheCurrentFolderAndItsParentsAreRefused()
    {
        var here = _temp.Combine("work", "site");
        Directory.CreateDirectory(here);
        Assert.Contains("当前目录", Problem(here, currentDirectory: here));
        Assert.Contains("当前目录", Problem(_temp.Combine("work"), currentDirectory: here));
        Assert.Null(Problem(Path.Combine(here, "output"), currentDirectory: here));
    }

    [Fact]
    public void AParentOfTheInputOrThemeIsRefused()
    {
        var paths = Portal.Load.BuildPaths.From(_temp.Combine("repo", "input"), _temp.Combine("repo", "theme"), _temp.Combine("repo"));
        Assert.Contains("重叠", OutputFolderRules.PlacementProblem(paths.Output, [paths.Input, paths.Theme], "/nowhere", ""));
    }

    [Fact]
    public void AFolderTheToolDidNotMakeIsRefusedUnlessEmpty()
    {
        var output = _temp.Combine("output");
        Directory.CreateDirectory(output);
        Assert.Null(Problem(output));
        File.WriteAllText(Path.Combine(output, "thesis.docx"), "毕业论文");
        Assert.Contains("不是本工具生成的", Problem(output));
        File.WriteAllText(Path.Combine(output, BuildManifest.FileName), "{}");
        Assert.Null(Problem(output));
    }

    [Fact]
    public void AFileIsRefused()
    {
        Assert.Contains("是一个文件", Problem(_temp.Write("notes.txt", "x")));
    }

    [Fact]
    public void ALinkToTheRootIsRefused()
    {
        var link = _temp.Combine("looks-harmless");
        Directory.CreateSymbolicLink(link, "/");
        Assert.Contains("根目录", Problem(link));
    }

    [Fact]
    public void AMissingFolderBesideTheSourcesIsFine() =>
        Assert.Null(OutputFolderRules.ProblemWith(Portal.Load.BuildPaths.From(_temp.Combine("input"), _temp.Combine("theme"), _temp.Combine("output"))));

    public void Dispose() => _temp.Dispose();

    private string? Problem(string output, string? currentDirectory = null, string home = "")
    {
        var rules = OutputFolderRules.PlacementProblem(output, [], currentDirectory ?? _temp.Combine("elsewhere"), home);
        return rules ?? OutputFolderRules.ContentsProblem(output);
    }
}
