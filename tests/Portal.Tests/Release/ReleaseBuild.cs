using System.Diagnostics;
using Portal.Tests.Support;

namespace Portal.Tests.Release;

/// <summary>
/// One release file, published once per test run by tools/release/publish.sh (what the release workflow
/// ships) from a copy of src/, so the publish never touches the obj/ folders of the running tests.
/// </summary>
public abstract class ReleaseBuild : IDisposable
{
    private readonly TempDir _temp = new();

    protected ReleaseBuild(string rid)
    {
        Rid = rid;
        var copy = _temp.Combine("repo");
        CopyTree(Repo.Path("src"), Path.Combine(copy, "src"));
        CopyTree(Repo.Path("tools", "release"), Path.Combine(copy, "tools", "release"));
        File.Copy(Repo.Path("Directory.Build.props"), Path.Combine(copy, "Directory.Build.props"));
        Commit = Git("rev-parse --short HEAD");

        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(copy, "tools", "release", "publish.sh"));
        start.ArgumentList.Add(rid);
        start.ArgumentList.Add(Folder);
        start.Environment["PORTAL_COMMIT"] = Commit;
        using var publish = Process.Start(start)!;
        var stdout = publish.StandardOutput.ReadToEndAsync();
        var stderr = publish.StandardError.ReadToEndAsync();
        // The composite ReadyToRun compile took 14 min on the loaded 2-core development machine, 2-3 min unloaded.
        if (!publish.WaitForExit(TimeSpan.FromMinutes(30)))
        {
            publish.Kill(entireProcessTree: true);
            throw new TimeoutException("tools/release/publish.sh " + rid);
        }

        if (publish.ExitCode != 0)
        {
            throw new InvalidOperationException($"tools/release/publish.sh {rid} failed:\n" + stdout.Result + stderr.Result);
        }
    }

    /// <summary>The runtime identifier the file was published for: win-x64, linux-x64 or linux-arm64.</summary>
    public string Rid { get; }

    public string Folder => _temp.Combine("publish");

    /// <summary>git's short hash of the commit under test, which the file must report.</summary>
    public string Commit { get; }

    public void Dispose()
    {
        _temp.Dispose();
        GC.SuppressFinalize(this);
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            var parts = relative.Split(Path.DirectorySeparatorChar);
            if (parts.Contains("bin") || parts.Contains("obj"))
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string Git(string arguments)
    {
        var start = new ProcessStartInfo("git", arguments) { WorkingDirectory = Repo.Root, RedirectStandardOutput = true };
        using var git = Process.Start(start)!;
        var output = git.StandardOutput.ReadToEnd().Trim();
        git.WaitForExit();
        return git.ExitCode == 0 ? output : throw new InvalidOperationException("git " + arguments + " failed");
    }
}
