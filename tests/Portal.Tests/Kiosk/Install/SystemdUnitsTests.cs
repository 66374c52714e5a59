using System.Diagnostics;
using Portal.Kiosk.Install;
using Portal.Kiosk.Sync;
using Portal.Tests.Support;

namespace Portal.Tests.Kiosk.Install;

/// <summary>The Linux units: their content, <c>systemd-analyze verify</c>, and their commands actually run.</summary>
public class SystemdUnitsTests
{
    private static KioskInstallOptions Options(string site, string source) => new()
    {
        Site = site,
        Source = source,
        Platform = KioskPlatform.Linux,
        Switch = SiteSwitchMode.Rename,
        EveryMinutes = 7,
        Browser = "/usr/bin/chromium",
        Portal = ["/usr/local/bin/portal"],
    };

    private static string Text(IReadOnlyList<InstallFile> files, string name) =>
        System.Text.Encoding.UTF8.GetString(files.Single(f => f.Name == name).Bytes);

    [Fact]
    public void UnitsSyncOnATimerAndRecoverBeforeTheBrowserOpens()
    {
        var files = KioskInstall.Files(Options("/srv/信息亭 站点/site", "https://example.org/华塘/"));
        Assert.Equal([SystemdUnits.Launcher, SystemdUnits.SyncService, SystemdUnits.SyncTimer, SystemdUnits.Reload], files.Select(f => f.Name));
        Assert.All(files, f => Assert.True(InstallFile.IsOurs(f.Bytes)));

        var launcher = Text(files, SystemdUnits.Launcher);
        Assert.Equal(
            ["/usr/local/bin/portal", "kiosk", "recover", "--site", "/srv/信息亭 站点/site", "--switch", "rename"],
            CommandLines.Systemd(CommandLines.Directive(launcher, "ExecStartPre")));
        var browser = CommandLines.Systemd(CommandLines.Directive(launcher, "ExecStart"));
        Assert.Equal("/usr/bin/chromium", browser[0]);
        Assert.Contains("--kiosk", browser);
        Assert.Contains("--incognito", browser);
        Assert.Equal("file:///srv/%E4%BF%A1%E6%81%AF%E4%BA%AD%20%E7%AB%99%E7%82%B9/site/index.html", browser[^1]);
        Assert.Contains("Restart=always", launcher);
        Assert.Contains("WantedBy=graphical-session.target", launcher);

        var sync = Text(files, SystemdUnits.SyncService);
        Assert.Equal(
            ["/usr/local/bin/portal", "sync", "https://example.org/华塘/", "/srv/信息亭 站点/site", "--switch", "rename"],
            CommandLines.Systemd(CommandLines.Directive(sync, "ExecStart")));
        Assert.Contains("Type=oneshot", sync);
        Assert.Equal(SystemdUnits.Reload, CommandLines.Directive(sync, "OnSuccess"));

        var timer = Text(files, SystemdUnits.SyncTimer);
        Assert.Equal("7min", CommandLines.Directive(timer, "OnUnitActiveSec"));
        Assert.Contains("WantedBy=timers.target", timer);

        var reload = Text(files, SystemdUnits.Reload);
        Assert.Equal(["/usr/local/bin/portal", "kiosk", "changed", "--site", "/srv/信息亭 站点/site"], CommandLines.Systemd(CommandLines.Directive(reload, "ExecCondition")));
        Assert.Equal([SystemdUnits.Systemctl, "--user", "try-restart", SystemdUnits.Launcher], CommandLines.Systemd(CommandLines.Directive(reload, "ExecStart")));
    }

    /// <summary>
    /// systemd's own check of the files the real command writes (it also checks that every program
    /// exists). tests/run.sh installs systemd where systemd-analyze is missing; without it this fails.
    /// </summary>
    [Fact]
    public async Task SystemdAnalyzeVerifiesTheGeneratedUnits()
    {
        using var temp = new TempDir();
        var units = temp.Combine("单元 文件");
        var (exit, stdout, stderr) = PortalProcess.Run(temp.Path, "kiosk", "install", "--site", temp.Combine("信息亭 站点 100%", "site"), "--source", "https://example.org/华塘 镇/$HOME/", "--output-dir", units, "--browser", "/usr/bin/chromium");
        Assert.True(exit == 0, stdout + stderr);

        var verify = new ProcessStartInfo("systemd-analyze") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var word in new[] { "--user", "verify" }.Concat(Directory.GetFiles(units).Order()))
        {
            verify.ArgumentList.Add(word);
        }

        verify.Environment["XDG_RUNTIME_DIR"] = Directory.CreateDirectory(temp.Combine("runtime")).FullName; // the user manager's, which a test run has not
        Process process;
        try
        {
            process = Process.Start(verify)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("systemd-analyze is missing: install the systemd package (tests/run.sh does)", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, "systemd-analyze verify: " + await output + errors);
            Assert.Equal("", errors.Trim());
        }
    }

    /// <summary>
    /// The commands the units would run, taken from the written files and split as systemd splits them:
    /// the sync installs a version from a local folder, the launcher's recovery records it, the reload
    /// condition says "unchanged" (1) until a sync brings a new version (0), and the browser's URL is the index.
    /// </summary>
    [Fact]
    public async Task TheGeneratedCommandsRunAgainstALocalSource()
    {
        using var temp = new TempDir();
        var source = Write(temp.Combine("U 盘", "华塘 A"), KioskSites.VersionA());
        var site = temp.Combine("信息亭 站点", "site");
        var units = temp.Combine("units");
        var runtime = Directory.CreateDirectory(temp.Combine("runtime")).FullName;
        var (exit, stdout, stderr) = PortalProcess.Run(temp.Path, "kiosk", "install", "--site", site, "--source", source, "--switch", "rename", "--output-dir", units);
        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains($"注意：{Path.GetDirectoryName(site)} 还不存在", stdout); // sync creates the site, not its parent
        Directory.CreateDirectory(Path.GetDirectoryName(site)!);
        Assert.Contains("systemctl --user enable --now kjzc-kiosk-sync.timer kjzc-kiosk.service", stdout);

        string Exec(string unit, string key) => CommandLines.Directive(File.ReadAllText(Path.Combine(units, unit)), key);
        async Task<(int, string)> Run(string line)
        {
            var words = CommandLines.Systemd(line, runtime);
            var start = new ProcessStartInfo(words[0]) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/" };
            foreach (var w in words.Skip(1))
            {
                start.ArgumentList.Add(w);
            }

            start.Environment["XDG_RUNTIME_DIR"] = runtime;
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, await output + errors);
        }

        var (code, text) = await Run(Exec(SystemdUnits.SyncService, "ExecStart"));
        Assert.True(code == 0, text);
        KioskSites.AssertServes(site, source);
        (code, text) = await Run(Exec(SystemdUnits.Launcher, "ExecStartPre"));
        Assert.True(code == 0, text);
        (code, text) = await Run(Exec(SystemdUnits.Reload, "ExecCondition"));
        Assert.True(code == 1, text);

        var url = CommandLines.Systemd(Exec(SystemdUnits.Launcher, "ExecStart"))[^1];
        Assert.Equal(Path.Combine(site, "index.html"), new Uri(url).LocalPath);
        Assert.True(File.Exists(new Uri(url).LocalPath));

        // A new version at the source: the next timer run switches it in and the reload condition passes.
        Directory.Delete(source, recursive: true);
        Write(source, KioskSites.VersionB());
        (code, text) = await Run(Exec(SystemdUnits.SyncService, "ExecStart"));
        Assert.True(code == 0, text);
        KioskSites.AssertServes(site, source);
        (code, text) = await Run(Exec(SystemdUnits.Reload, "ExecCondition"));
        Assert.True(code == 0, text);
        Assert.Contains("已有新版本", text);
    }

    private static string Write(string folder, Dictionary<string, byte[]> files)
    {
        foreach (var (path, bytes) in files)
        {
            var full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
        }

        return folder;
    }
}
