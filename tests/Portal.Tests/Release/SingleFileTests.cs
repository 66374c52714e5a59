using System.Text.RegularExpressions;
using Portal.Kiosk.Install;
using Portal.Tests.Kiosk;
using Portal.Tests.Kiosk.Install;
using Portal.Tests.Support;

namespace Portal.Tests.Release;

/// <summary>
/// The self-contained linux-x64 release file, run with no .NET installed as far as it can tell (no dotnet on
/// PATH, no DOTNET_ROOT): it reports its version, builds the sample site as the SDK build does, and syncs a kiosk.
/// </summary>
public sealed class SingleFileTests(SingleFileBuild release) : IClassFixture<SingleFileBuild>
{
    [Fact]
    public void The_release_is_one_program_file_and_nothing_on_PATH_is_dotnet()
    {
        Assert.True(File.Exists(release.Exe), release.Exe);
        Assert.False(File.Exists(Path.Combine(release.Folder, "portal.dll")), "portal.dll beside the program: not a single file");
        Assert.Empty(Directory.EnumerateFiles(release.Folder, "*.so"));
        Assert.DoesNotContain(NoDotnetProcess.PathWithoutDotnet.Split(Path.PathSeparator), d => File.Exists(Path.Combine(d, "dotnet")));
    }

    [Fact]
    public void Version_names_the_commit_without_dotnet()
    {
        using var temp = new TempDir();
        var (exit, stdout, stderr) = NoDotnetProcess.Run(release.Exe, temp.Path, "--version");

        Assert.True(exit == 0, stdout + stderr);
        Assert.Matches(new Regex(@"^portal \d+\.\d+\.\d+\+" + release.Commit + @"\r?\n$"), stdout);
    }

    [Fact]
    public void Build_of_the_sample_site_without_dotnet_equals_the_sdk_build()
    {
        using var temp = new TempDir();
        Folders.Copy(Repo.Path("input"), temp.Combine("input"));
        Folders.Copy(Repo.Path("theme"), temp.Combine("theme"));

        var (exit, stdout, stderr) = NoDotnetProcess.Run(release.Exe, temp.Path, "build", "--output", "single", "--now", "2026-11-23");
        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("构建成功", stdout);
        (exit, stdout, stderr) = PortalProcess.Run(temp.Path, "build", "--output", "sdk", "--now", "2026-11-23");
        Assert.True(exit == 0, stdout + stderr);

        var single = Files(temp.Combine("single"));
        var sdk = Files(temp.Combine("sdk"));
        Assert.Equal(sdk.Keys.Order(StringComparer.Ordinal), single.Keys.Order(StringComparer.Ordinal));
        Assert.True(single.Count > 50, $"{single.Count} files");
        foreach (var (path, bytes) in sdk)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(single[path]), "differs: " + path);
        }
    }

    [Fact]
    public void Sync_switch_rename_from_a_folder_without_dotnet()
    {
        using var sites = new KioskSites();
        var a = sites.Publish(sites.A, "a");
        var b = sites.Publish(sites.B, "b");

        var (exit, stdout, stderr) = NoDotnetProcess.Run(release.Exe, sites.Combine(), "sync", a, "kiosk/site", "--switch", "rename");
        Assert.True(exit == 0, stdout + stderr);
        KioskSites.AssertServes(sites.Target, sites.A);
        (exit, stdout, stderr) = NoDotnetProcess.Run(release.Exe, sites.Combine(), "sync", b, "kiosk/site", "--switch", "rename");
        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("上一版本 build-a 已保留", stdout);
        Assert.Null(new FileInfo(sites.Target).LinkTarget);
        KioskSites.AssertServes(sites.Target, sites.B);
    }

    [Fact]
    public void Kiosk_install_writes_units_that_run_the_single_file_itself()
    {
        using var sites = new KioskSites();
        var a = sites.Publish(sites.A, "a");
        var (exit, stdout, stderr) = NoDotnetProcess.Run(release.Exe, sites.Combine(), "kiosk", "install", "--site", "kiosk/site", "--source", a, "--output-dir", "units");
        Assert.True(exit == 0, stdout + stderr);

        var sync = CommandLines.Systemd(CommandLines.Directive(File.ReadAllText(sites.Combine("units", SystemdUnits.SyncService)), "ExecStart"));
        Assert.Equal([release.Exe, "sync", a, sites.Target, "--switch", "symlink"], sync);
        (exit, stdout, stderr) = NoDotnetProcess.Run(sync[0], "/", [.. sync.Skip(1)]);
        Assert.True(exit == 0, stdout + stderr);
        KioskSites.AssertServes(sites.Target, sites.A);
    }

    [Fact]
    public void Poster_without_dotnet_finds_the_playwright_driver_beside_the_file()
    {
        Assert.True(File.Exists(Path.Combine(release.Folder, ".playwright", "node", "linux-x64", "node")), "the driver must stay out of the bundle");
        using var temp = new TempDir();
        Folders.Copy(Repo.Path("input"), temp.Combine("input"));
        Folders.Copy(Repo.Path("theme"), temp.Combine("theme"));

        var (exit, stdout, stderr) = NoDotnetProcess.Run(release.Exe, temp.Path, "poster", "notices/keji-huodongzhou-2026", "--now", "2026-11-23", "--output", "poster.pdf");

        Assert.True(exit == 0, stdout + stderr);
        Assert.StartsWith("%PDF", File.ReadAllText(temp.Combine("poster.pdf"))[..4], StringComparison.Ordinal);
    }

    // Every file of a build but the manifest, whose timings differ from run to run.
    private static Dictionary<string, byte[]> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(p => p != "portal-manifest.json")
            .ToDictionary(p => p, p => File.ReadAllBytes(Path.Combine(folder, p)), StringComparer.Ordinal);
}
