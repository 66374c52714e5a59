using System.Diagnostics;
using System.Text.RegularExpressions;
using Portal.Tests.Support;

namespace Portal.Tests.Cli;

public class VersionTests
{
    [Fact]
    public void VersionNamesTheProgramTheVersionAndTheCommitItWasBuiltFrom()
    {
        var (exit, stdout, stderr) = PortalProcess.Run(Repo.Root, "--version");
        Assert.True(exit == 0, stdout + stderr);
        var match = Regex.Match(stdout, @"^portal (\d+\.\d+\.\d+)\+([0-9a-f]{7,40})\r?\n$");
        Assert.True(match.Success, stdout);
        Assert.StartsWith(match.Groups[2].Value, GitHead());
    }

    [Fact]
    public void VersionIsAlsoWhatTheProgramReportsInProcess()
    {
        var (_, stdout, _) = PortalProcess.Run(Repo.Root, "--version");
        Assert.Equal(Portal.Cli.ProgramVersion.Text, stdout.TrimEnd());
    }

    private static string GitHead()
    {
        var start = new ProcessStartInfo("git", "rev-parse HEAD") { WorkingDirectory = Repo.Root, RedirectStandardOutput = true };
        using var git = Process.Start(start)!;
        var head = git.StandardOutput.ReadToEnd().Trim();
        git.WaitForExit();
        Assert.Equal(0, git.ExitCode);
        return head;
    }
}
