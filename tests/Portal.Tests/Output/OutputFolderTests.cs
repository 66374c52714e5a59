using Portal.Output;

namespace Portal.Tests.Output;

public class OutputFolderTests
{
    [Theory]
    [InlineData("/srv/site/output")]
    [InlineData("/srv/site/output/")]
    public void ItsFoldersLieBesideTheOutputUnderTheToolsOwnNames(string output)
    {
        var folder = OutputFolder.For(output)!;
        Assert.Equal("/srv/site/output", folder.Path);
        Assert.Equal("/srv/site/.output.portal-lock", folder.LockFile);
        Assert.Equal("/srv/site/.output.portal-previous", folder.Previous);
        Assert.Equal($"/srv/site/.output.portal-staging-{Environment.ProcessId}", folder.Staging);
    }

    [Fact]
    public void TheRootHasNoFolderBesideIt()
    {
        // `--output /` once trimmed to "" and put ".staging" in the current folder.
        Assert.Null(OutputFolder.For("/"));
        Assert.Null(OutputFolder.For(Path.GetPathRoot(Path.GetTempPath())!));
    }
}
